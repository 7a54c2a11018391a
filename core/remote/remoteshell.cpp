// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteshell.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

#include <algorithm>

namespace voc {

namespace {

struct RemoteShellText
{
    Q_DECLARE_TR_FUNCTIONS(voc::RemoteShell)
};

bool isHarmless(QChar c)
{
    if (c.unicode() >= 128)
        return false;
    const char ch = char(c.unicode());
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           QByteArrayView("_./:,+@%-").contains(ch);
}

} // namespace

QString shellQuote(const QString& arg)
{
    if (!arg.isEmpty() && std::all_of(arg.begin(), arg.end(), isHarmless))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommandLine(const QStringList& command)
{
    QStringList words;
    words.reserve(command.size());
    for (const QString& arg : command)
        words.append(shellQuote(arg));
    return words.join(QLatin1Char(' '));
}

Result<RemoteCommandResult> runLocalProcess(const QString& program, const QStringList& arguments,
                                            const RemoteCommandOptions& options, const QString& where,
                                            const QString& what)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    qCDebug(lcRemote).noquote() << where << program << shellCommandLine(arguments);
    // Dies with us: a killed vocstudio or vocctl leaves no mpirun, ssh or qemu-img behind. (The signal
    // comes when the forking thread ends; that thread waits here until the process is gone.)
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start();
    if (!process.waitForStarted(10000))
        return makeError(ErrorCode::NotFound,
                         RemoteShellText::tr("could not start %1: %2").arg(program, process.errorString()),
                         where);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();

    QElapsedTimer timer;
    timer.start();
    const auto stop = [&process] {
        process.kill();
        process.waitForFinished(5000);
    };
    // waitForFinished() in slices: no event loop is needed, and cancel is seen within 50 ms.
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(50)) {
        if (options.cancelled && options.cancelled()) {
            stop();
            return makeError(ErrorCode::Cancelled, RemoteShellText::tr("cancelled: %1").arg(what), where);
        }
        if (timer.elapsed() > options.timeoutMs) {
            stop();
            return makeError(ErrorCode::External,
                             RemoteShellText::tr("%1 did not finish within %2 s")
                                 .arg(what)
                                 .arg(options.timeoutMs / 1000.0),
                             where,
                             RemoteShellText::tr("the host may be overloaded or unreachable; try again"));
        }
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return makeError(ErrorCode::External, RemoteShellText::tr("%1 crashed").arg(program), where);
    RemoteCommandResult result;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    result.exitCode = process.exitCode();
    qCDebug(lcRemote).noquote() << where << what << "exited with" << result.exitCode << "after"
                                << timer.elapsed() << "ms";
    return result;
}

Result<QByteArray> RemoteShell::runChecked(const QStringList& command, const RemoteCommandOptions& options)
{
    Result<RemoteCommandResult> result = run(command, options);
    if (!result)
        return result.error();
    if (result->exitCode != 0) {
        const QString program = command.value(0);
        QString reason = QString::fromUtf8(result->standardError).trimmed();
        if (reason.size() > 500)
            reason = reason.left(500) + QStringLiteral("...");
        return makeError(ErrorCode::External,
                         RemoteShellText::tr("%1 failed with exit code %2%3")
                             .arg(program)
                             .arg(result->exitCode)
                             .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason),
                         host());
    }
    return std::move(result->standardOutput);
}

} // namespace voc
