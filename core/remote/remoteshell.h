// SPDX-License-Identifier: GPL-3.0-or-later
// The edge to a shell on another machine (a site's KVM host, a VOC's head node): run one command,
// given as an argument list, and get its exit code and output. OpenSSH implements it (opensshshell.h).
#pragma once

#include "common/process.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace voc {

// A remote command's options and result are a local process's (common/process.h): ssh is one.
using RemoteCommandOptions = ProcessOptions;
using RemoteCommandResult = ProcessResult;

// Blocking; call from worker threads. run() may be called from several threads at once: each call
// has its own process and the shell object holds only its configuration.
class RemoteShell
{
public:
    virtual ~RemoteShell() = default;

    // Where commands run, for messages: "root@10.213.0.11".
    virtual QString host() const = 0;

    // Runs `command` (program and arguments; each passes to the remote program unchanged, never
    // interpreted by a shell). A non-zero exit of the command is a result, not an error; errors are
    // failures to run it at all: unreachable host, authentication, unknown host key, timeout, cancel.
    virtual Result<RemoteCommandResult> run(const QStringList& command,
                                            const RemoteCommandOptions& options = {}) = 0;

    // run(), with a non-zero exit turned into an External error naming the host, the program and
    // its stderr. Returns stdout.
    Result<QByteArray> runChecked(const QStringList& command, const RemoteCommandOptions& options = {});
};

// `arg` quoted for a POSIX shell: single quotes, with each embedded ' written as '\''. Words made
// only of characters no shell treats specially ([A-Za-z0-9_./:,+@%-]) stay as they are, for
// readable logs. An empty word becomes ''.
QString shellQuote(const QString& arg);
// The command line a remote POSIX shell turns back into exactly `command`: quoted words joined by
// spaces (ssh sends one string, which the remote login shell splits).
QString shellCommandLine(const QStringList& command);

} // namespace voc
