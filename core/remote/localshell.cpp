// SPDX-License-Identifier: GPL-3.0-or-later
#include "localshell.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace voc {

namespace {

struct LocalShellText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LocalShell)
};

} // namespace

QString LocalShell::host() const
{
    return LocalShellText::tr("%1 (this machine)").arg(QHostInfo::localHostName());
}

Result<RemoteCommandResult> LocalShell::run(const QStringList& command, const RemoteCommandOptions& options)
{
    if (command.isEmpty())
        return makeError(ErrorCode::Internal, LocalShellText::tr("no command to run"), host());
    return runProcess(command.first(), command.mid(1), options, host(), command.first());
}

} // namespace voc
