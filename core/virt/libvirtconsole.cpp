// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirtconsole.h"

#include "common/logging.h"
#include "libvirterror.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QThread>

#include <mutex>

namespace voc {

namespace {

struct ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Console)
};

} // namespace

struct LibvirtConsole::State
{
    quintptr id = 0;
    std::mutex mutex;
    bool open = true; // false once closed by either side: no callback runs after that
    QString name;
    ConsoleCallbacks callbacks;
};

namespace {

using State = LibvirtConsole::State;

// The stream callback's opaque pointer is a key into this table, not an owning pointer: libvirt
// 9.0 does not call the free function for a callback removed while it runs, so ownership through
// the opaque pointer would leak, and freeing it ourselves could free it twice. Whoever removes
// the callback (or libvirt's free function, whichever comes first) drops the entry.
struct Registry
{
    std::mutex mutex;
    QHash<quintptr, std::shared_ptr<State>> states;
    quintptr nextId = 1;
};

Registry& registry()
{
    static Registry r;
    return r;
}

quintptr remember(std::shared_ptr<State> state)
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    const quintptr id = r.nextId++;
    state->id = id;
    r.states.insert(id, std::move(state));
    return id;
}

std::shared_ptr<State> lookup(quintptr id)
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    return r.states.value(id);
}

void forget(quintptr id)
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.states.remove(id);
}

void forgetFromLibvirt(void* opaque)
{
    forget(reinterpret_cast<quintptr>(opaque));
}

// The guest or the daemon ended the console: stop listening and tell the owner once.
void finishFromCallback(State& state, virStreamPtr stream, const Status& status)
{
    state.open = false;
    virStreamEventRemoveCallback(stream);
    if (status.ok())
        virStreamFinish(stream);
    else
        virStreamAbort(stream);
    if (state.callbacks.onClosed)
        state.callbacks.onClosed(status);
    forget(state.id);
}

void onStreamEvent(virStreamPtr stream, int events, void* opaque)
{
    const std::shared_ptr<State> state = lookup(reinterpret_cast<quintptr>(opaque));
    if (!state)
        return;
    std::lock_guard lock(state->mutex);
    if (!state->open)
        return;
    if (events & VIR_STREAM_EVENT_READABLE) {
        char buffer[16 * 1024];
        for (;;) {
            const int got = virStreamRecv(stream, buffer, sizeof buffer);
            if (got > 0) {
                if (state->callbacks.onData)
                    state->callbacks.onData(QByteArray(buffer, got));
                continue;
            }
            if (got == -2) // nothing more for now
                break;
            if (got == 0) {
                finishFromCallback(*state, stream, Ok{});
                return;
            }
            finishFromCallback(*state, stream,
                               libvirtError(ConsoleText::tr("reading the console failed"), state->name));
            return;
        }
    }
    if (events & (VIR_STREAM_EVENT_HANGUP | VIR_STREAM_EVENT_ERROR))
        finishFromCallback(*state, stream, Ok{});
}

} // namespace

Result<std::unique_ptr<Console>> LibvirtConsole::open(virConnectPtr connection, virDomainPtr domain,
                                                      const QString& name, ConsoleCallbacks callbacks)
{
    StreamHandle stream(virStreamNew(connection, VIR_STREAM_NONBLOCK));
    if (!stream)
        return libvirtError(ConsoleText::tr("could not open a stream for the console"), name);
    if (virDomainOpenConsole(domain, nullptr, stream.get(), VIR_DOMAIN_CONSOLE_FORCE) < 0)
        return libvirtError(ConsoleText::tr("could not attach to the console"), name);

    auto state = std::make_shared<State>();
    state->name = name;
    state->callbacks = std::move(callbacks);
    const quintptr id = remember(state);

    // Held until the console object exists, so an early hang-up cannot race its construction.
    std::unique_lock lock(state->mutex);
    const int events = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_HANGUP | VIR_STREAM_EVENT_ERROR;
    if (virStreamEventAddCallback(stream.get(), events, onStreamEvent, reinterpret_cast<void*>(id),
                                  forgetFromLibvirt) < 0) {
        Error error = libvirtError(ConsoleText::tr("could not watch the console"), name);
        forget(id);
        virStreamAbort(stream.get());
        return error;
    }
    lock.unlock();
    return std::unique_ptr<Console>(new LibvirtConsole(std::move(state), std::move(stream)));
}

LibvirtConsole::LibvirtConsole(std::shared_ptr<State> state, StreamHandle stream)
    : m_state(std::move(state))
    , m_stream(std::move(stream))
{}

LibvirtConsole::~LibvirtConsole()
{
    {
        // Waits for a callback that is running right now; any later one sees open == false.
        std::lock_guard lock(m_state->mutex);
        if (!m_state->open)
            return; // the callback removed itself and finished the stream already
        m_state->open = false;
    }
    virStreamEventRemoveCallback(m_stream.get());
    forget(m_state->id);
    if (virStreamAbort(m_stream.get()) < 0)
        qCDebug(lcVirt).noquote()
            << libvirtError(ConsoleText::tr("closing the console"), m_state->name).toString();
}

bool LibvirtConsole::isOpen() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->open;
}

Status LibvirtConsole::send(const QByteArray& bytes, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        int wrote = 0;
        {
            // The stream callback may finish the stream meanwhile: never send on a finished one.
            std::lock_guard lock(m_state->mutex);
            if (!m_state->open)
                return makeError(ErrorCode::External, ConsoleText::tr("the console is closed"), m_state->name,
                                 ConsoleText::tr("is the VCN still running? open the console again"));
            wrote = virStreamSend(m_stream.get(), bytes.constData() + sent, size_t(bytes.size() - sent));
        }
        if (wrote < 0 && wrote != -2)
            return libvirtError(ConsoleText::tr("writing to the console failed"), m_state->name);
        if (wrote > 0) {
            sent += wrote;
            continue;
        }
        // -2: the stream is full for now (a guest that does not read its serial port).
        if (deadline.hasExpired())
            return makeError(ErrorCode::External,
                             ConsoleText::tr("the console took only %1 of %2 bytes within %3 ms")
                                 .arg(sent)
                                 .arg(bytes.size())
                                 .arg(timeoutMs),
                             m_state->name, ConsoleText::tr("is the guest reading its serial console?"));
        QThread::msleep(10);
    }
    return Ok{};
}

} // namespace voc
