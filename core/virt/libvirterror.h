// SPDX-License-Identifier: GPL-3.0-or-later
// The one converter from libvirt's thread-local last error to voc::Error.
#pragma once

#include "common/result.h"

struct _virError;

namespace voc {

// Whom QEMU runs as on a connection's host, which decides what a refused file means and what to do.
enum class QemuAccount
{
    Service, // qemu:///system: the daemon's QEMU user (libvirt-qemu), whatever account connected
    Session, // qemu:///session: the account that connected (a VO's own account at a shared site)
};

// Session for a URI whose path is /session (qemu:///session, qemu+ssh://vo@host/session?...).
QemuAccount qemuAccountOf(const QString& uri);

// Reads and resets the calling thread's last libvirt error and turns it into an Error: `what` says
// what we tried ("could not start the domain"), libvirt's message is appended; `where` names the
// URI, domain or network. The code follows libvirt's (missing object: NotFound, name taken or wrong
// state: Conflict, daemon unreachable: External with a hint to start it); `fallback` is used for
// codes with no better mapping and when libvirt recorded no error at all. `qemu` says whom a refused
// file was refused to (give it where QEMU opens files: starting a domain, creating a volume).
Error libvirtError(const QString& what, const QString& where, ErrorCode fallback = ErrorCode::External,
                   QemuAccount qemu = QemuAccount::Service);

// The same conversion of an error at hand (libvirtError reads it from the thread); tests give it
// errors a daemon does not produce on demand, such as QEMU's user refused a file.
Error libvirtError(const _virError& error, const QString& what, const QString& where,
                   ErrorCode fallback = ErrorCode::External, QemuAccount qemu = QemuAccount::Service);

// Initialises libvirt for use from many threads and replaces its default error handler, which
// prints every error to stderr, by one that logs to vocstudio.virt at debug level. Idempotent and
// thread-safe; every entry point of the virt layer calls it before the first libvirt call.
void initLibvirt();

} // namespace voc
