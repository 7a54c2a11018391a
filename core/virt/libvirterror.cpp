// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirterror.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <signal.h>
#include <unistd.h>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct LibvirtText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Libvirt)
};

void logLibvirtError(void* /*userData*/, virErrorPtr error)
{
    if (error)
        qCDebug(lcVirt, "libvirt error %d (domain %d): %s", error->code, error->domain,
                error->message ? error->message : "(no message)");
}

// Errors raised while talking to the daemon over its socket (not by a driver inside it).
bool isTransportError(const virError& error)
{
    return error.domain == VIR_FROM_RPC || error.domain == VIR_FROM_REMOTE;
}

QString daemonHint()
{
    return LibvirtText::tr(
        "is libvirtd running? start it with `libvirtd -d` (or `systemctl start libvirtd`)");
}

// The daemon refused us. Root is let in by every daemon's default settings, so telling root to
// run as root would send them in a circle.
QString daemonPermissionHint()
{
    if (::geteuid() == 0)
        return LibvirtText::tr("the daemon refused root: check its access settings (unix_sock_rw_perms, "
                               "auth_unix_rw and access_drivers in libvirtd.conf)");
    return LibvirtText::tr("you may not use this libvirt daemon: run as root, add your user to the "
                           "'libvirt' group, or use qemu:///session");
}

// The daemon let us in, but a file was refused (libvirt checks every disk and kernel as the user
// QEMU runs as before it starts it).
QString filePermissionHint(QemuAccount qemu)
{
    // In a session nothing but the account's own permissions can help, and another VO's pool is
    // refused on purpose: the hint points at the account's own pool, not at making files readable.
    if (qemu == QemuAccount::Session)
        return LibvirtText::tr("QEMU runs as your account on that host (a libvirt session): it opens only "
                               "files your account may read; upload images and kernels to your own "
                               "storage pool (the site profile's storage) and keep overlays there");
    return LibvirtText::tr("QEMU runs as its own user under qemu:///system (libvirt-qemu): it must be "
                           "able to read the file and enter every folder above it, which a home folder "
                           "such as /root does not allow; keep images and overlays elsewhere (root's "
                           "defaults: /var/cache/vocstudio/images and /var/lib/vocstudio/overlays)");
}

bool isPermissionDenied(const virError& error)
{
    return error.int1 == EACCES || error.int1 == EPERM ||
           (error.message && std::strstr(error.message, "Permission denied"));
}

struct Mapping
{
    ErrorCode code;
    QString hint;
};

Mapping mapError(const virError& error, ErrorCode fallback, QemuAccount qemu)
{
    switch (error.code) {
    case VIR_ERR_NO_DOMAIN:
    case VIR_ERR_NO_NETWORK:
    case VIR_ERR_NO_STORAGE_POOL:
    case VIR_ERR_NO_STORAGE_VOL:
    case VIR_ERR_NO_NETWORK_PORT:
        return {ErrorCode::NotFound, LibvirtText::tr("it may have been stopped or removed meanwhile")};
    case VIR_ERR_OPERATION_INVALID:
        return {ErrorCode::Conflict, LibvirtText::tr("the object is not in a state that allows this")};
    case VIR_ERR_DOM_EXIST:
    case VIR_ERR_NETWORK_EXIST:
    case VIR_ERR_STORAGE_VOL_EXIST:
    case VIR_ERR_NETWORK_PORT_EXIST:
        return {ErrorCode::Conflict, LibvirtText::tr("the name is taken: remove the leftover or choose "
                                                     "another name")};
    case VIR_ERR_NO_CONNECT:
        return {ErrorCode::External, daemonHint()};
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
    case VIR_ERR_AUTH_UNAVAILABLE:
        return {ErrorCode::External, daemonPermissionHint()};
    case VIR_ERR_SYSTEM_ERROR:
        // int1 carries errno for system errors.
        if (isTransportError(error) && (error.int1 == EACCES || error.int1 == EPERM))
            return {ErrorCode::External, daemonPermissionHint()};
        if (isTransportError(error))
            return {ErrorCode::External, daemonHint()};
        if (isPermissionDenied(error))
            return {ErrorCode::External, filePermissionHint(qemu)};
        return {fallback, {}};
    case VIR_ERR_INTERNAL_ERROR:
        // QEMU itself failing to open a disk ("Could not open '...': Permission denied").
        if (isPermissionDenied(error) && !isTransportError(error))
            return {fallback, filePermissionHint(qemu)};
        return {fallback, {}};
    case VIR_ERR_RPC:
        return {ErrorCode::External, daemonHint()};
    case VIR_ERR_NO_SUPPORT:
        return {ErrorCode::External, LibvirtText::tr("this libvirt driver cannot do that; a newer libvirt "
                                                     "or another hypervisor may")};
    case VIR_ERR_XML_ERROR:
    case VIR_ERR_XML_DETAIL:
    case VIR_ERR_INVALID_ARG:
    case VIR_ERR_CONFIG_UNSUPPORTED:
        return {ErrorCode::InvalidInput, {}};
    case VIR_ERR_OPERATION_ABORTED:
        return {ErrorCode::Cancelled, {}};
    case VIR_ERR_OPERATION_TIMEOUT:
        return {ErrorCode::External, LibvirtText::tr("the daemon or the guest did not answer in time; "
                                                     "try again")};
    case VIR_ERR_NO_MEMORY:
        return {ErrorCode::Exhausted, LibvirtText::tr("the host is out of memory")};
    default:
        return {fallback, {}};
    }
}

} // namespace

QemuAccount qemuAccountOf(const QString& uri)
{
    return QUrl(uri).path() == QLatin1String("/session") ? QemuAccount::Session : QemuAccount::Service;
}

Error libvirtError(const QString& what, const QString& where, ErrorCode fallback, QemuAccount qemu)
{
    const virError* error = virGetLastError();
    if (!error || error->code == VIR_ERR_OK)
        return makeError(fallback, what, where, LibvirtText::tr("libvirt gave no reason; see its log"));
    Error result = libvirtError(*error, what, where, fallback, qemu);
    // Reset, so that a later failure that sets no error is not blamed on this one.
    virResetLastError();
    return result;
}

Error libvirtError(const virError& error, const QString& what, const QString& where, ErrorCode fallback,
                   QemuAccount qemu)
{
    const Mapping mapping = mapError(error, fallback, qemu);
    QString text = what;
    if (error.message)
        text += QLatin1String(": ") + QString::fromUtf8(error.message);
    qCDebug(lcVirt) << "libvirt error" << error.code << "domain" << error.domain << "mapped to"
                    << int(mapping.code) << text;
    return makeError(mapping.code, text, where, mapping.hint);
}

void initLibvirt()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, logLibvirtError);
        // libvirt writes to its sockets with plain write(): a host whose ssh or daemon went away
        // raises SIGPIPE, on the caller's thread or on the event loop's, and its default action ends
        // the whole process without a word (seen as an empty, killed `vocctl destroy --forget` when
        // the site was gone). libvirt leaves ignoring it to the application; ignored, the write
        // fails with EPIPE and libvirt reports it as the error of the call. A handler someone
        // installed stays.
        struct sigaction current = {};
        if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL &&
            (current.sa_flags & SA_SIGINFO) == 0) {
            struct sigaction ignore = {};
            ignore.sa_handler = SIG_IGN;
            sigemptyset(&ignore.sa_mask);
            (void)::sigaction(SIGPIPE, &ignore, nullptr);
        }
    });
}

} // namespace voc
