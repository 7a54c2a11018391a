// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop.h"

#include "common/logging.h"
#include "libvirterror.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QThread>

#include <libvirt/libvirt.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace voc {

namespace {

struct EventLoopText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LibvirtEventLoop)
};

// libvirt's default event loop iterates GLib's default main context. Qt's GLib event dispatcher
// makes the main thread own that context for good, so libvirt's loop thread would wait forever
// and keepalive, close callbacks and consoles would never fire. Qt's own dispatcher avoids the
// clash; it is chosen when the QCoreApplication is made, so the choice is made at load time,
// before main(). Where the variable is set on purpose it is left alone; ensureRunning() then says
// what is wrong instead of hanging.
[[maybe_unused]] const bool qtDispatcherChosen = [] {
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    return true;
}();

// True when the application's main thread runs Qt's GLib dispatcher (see above).
bool mainThreadOwnsGlibContext()
{
    const QCoreApplication* app = QCoreApplication::instance();
    const QAbstractEventDispatcher* dispatcher = app ? app->thread()->eventDispatcher() : nullptr;
    return dispatcher && QByteArray(dispatcher->metaObject()->className()).contains("Glib");
}

struct LoopState
{
    std::mutex mutex;
    bool registered = false;
    std::atomic<bool> stopRequested{false};
    std::atomic<std::thread::id> loopThreadId{};
    std::thread thread;

    ~LoopState() { LibvirtEventLoop::stop(); }
};

LoopState& state()
{
    static LoopState s;
    return s;
}

void runLoop(LoopState* s)
{
    s->loopThreadId.store(std::this_thread::get_id());
    while (!s->stopRequested.load()) {
        if (virEventRunDefaultImpl() < 0) {
            const Error error = libvirtError(EventLoopText::tr("the libvirt event loop failed"), {});
            qCWarning(lcVirt).noquote() << error.toString();
            // Do not spin on a persistent failure.
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    s->loopThreadId.store(std::thread::id{});
}

// One-shot timer whose only job is to make virEventRunDefaultImpl() return.
void wakeUp(int timer, void* /*opaque*/)
{
    virEventRemoveTimeout(timer);
}

} // namespace

Status LibvirtEventLoop::ensureRunning()
{
    initLibvirt();
    if (mainThreadOwnsGlibContext())
        return makeError(ErrorCode::Internal,
                         EventLoopText::tr("Qt's GLib event dispatcher blocks libvirt's event loop"), {},
                         EventLoopText::tr("start the program with QT_NO_GLIB=1"));
    LoopState& s = state();
    std::lock_guard lock(s.mutex);
    if (!s.registered) {
        if (virEventRegisterDefaultImpl() < 0)
            return libvirtError(EventLoopText::tr("could not set up libvirt's event loop"), {},
                                ErrorCode::Internal);
        s.registered = true;
    }
    if (!s.thread.joinable()) {
        s.stopRequested.store(false);
        s.thread = std::thread(runLoop, &s);
    }
    return Ok{};
}

void LibvirtEventLoop::stop()
{
    LoopState& s = state();
    std::lock_guard lock(s.mutex);
    if (!s.thread.joinable())
        return;
    s.stopRequested.store(true);
    if (virEventAddTimeout(0, wakeUp, nullptr, nullptr) < 0) {
        // Without a wake-up the loop still returns at its next event; say why the wait may be long.
        qCWarning(lcVirt) << "could not wake the libvirt event loop; waiting for its next event";
    }
    s.thread.join();
}

bool LibvirtEventLoop::isRunning()
{
    LoopState& s = state();
    std::lock_guard lock(s.mutex);
    return s.thread.joinable();
}

bool LibvirtEventLoop::isLoopThread()
{
    const std::thread::id id = state().loopThreadId.load();
    return id != std::thread::id{} && id == std::this_thread::get_id();
}

} // namespace voc
