// SPDX-License-Identifier: GPL-3.0-or-later
// The one runner of local programs (ssh, qemu-img, tar, dhcp_release, mpirun...): an argument list,
// never a shell; a timeout and cancel; the child dies with us (PR_SET_PDEATHSIG); and the one
// converter of a failed run into an Error.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace voc {

struct ProcessOptions
{
    int timeoutMs = 120000; // the whole run; 0 or less: no limit (cancel still works)
    QByteArray input;       // written to the program's stdin, which is then closed
    // Polled about every 50 ms while the program runs; true ends it with ErrorCode::Cancelled.
    std::function<bool()> cancelled;
    // Called about every 50 ms while the program runs: progress of work the program does.
    std::function<void()> tick;
    // The hint when the program cannot be started, e.g. "install GNU tar (scripts/setup)".
    QString startHint;
};

struct ProcessResult
{
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs `program` with `arguments` and waits for it (blocking: call from worker threads; no event loop
// needed). A non-zero exit is a result, not an error; failing to start (NotFound), a crash and the
// timeout (External) and cancel (Cancelled) are errors. `where` (host, file, interface) and `what`
// (the command, for messages) name them.
Result<ProcessResult> runProcess(const QString& program, const QStringList& arguments,
                                 const ProcessOptions& options, const QString& where, const QString& what);

// The one converter of a program that ran and failed (non-zero exit) into an Error: "<what> failed
// with exit code N: <its stderr, trimmed and shortened>". Out of space is ErrorCode::Exhausted and a
// permission problem ErrorCode::Io, each with its hint about `where`; anything else External with
// `hint`.
Error processFailure(const QString& what, const ProcessResult& result, const QString& where,
                     const QString& hint = {});

// runProcess() with a non-zero exit turned into processFailure(what, ..., failureHint).
Result<ProcessResult> runProcessChecked(const QString& program, const QStringList& arguments,
                                        const ProcessOptions& options, const QString& where,
                                        const QString& what, const QString& failureHint = {});

} // namespace voc
