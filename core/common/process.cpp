// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace voc {

namespace {

struct ProcessText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Process)
};

// Enough of stderr to say why; a program that prints pages of it is shortened.
constexpr qsizetype maxReasonLength = 500;

} // namespace

Result<ProcessResult> runProcess(const QString& program, const QStringList& arguments,
                                 const ProcessOptions& options, const QString& where, const QString& what)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    qCDebug(lcProcess).noquote() << where << program << arguments.join(QLatin1Char(' '));
    // Dies with us: a killed vocstudio or vocctl leaves no mpirun, ssh, qemu-img or tar behind. (The
    // signal comes when the forking thread ends; that thread waits here until the process is gone.)
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start();
    if (!process.waitForStarted(10000))
        return makeError(ErrorCode::NotFound,
                         ProcessText::tr("could not start %1: %2").arg(program, process.errorString()), where,
                         options.startHint);
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
            return makeError(ErrorCode::Cancelled, ProcessText::tr("cancelled: %1").arg(what), where);
        }
        if (options.timeoutMs > 0 && timer.elapsed() > options.timeoutMs) {
            stop();
            return makeError(
                ErrorCode::External,
                ProcessText::tr("%1 did not finish within %2 s").arg(what).arg(options.timeoutMs / 1000.0),
                where, ProcessText::tr("the host may be overloaded or unreachable; try again"));
        }
        if (options.tick)
            options.tick();
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return makeError(ErrorCode::External, ProcessText::tr("%1 crashed").arg(program), where);
    ProcessResult result;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    result.exitCode = process.exitCode();
    qCDebug(lcProcess).noquote() << where << what << "exited with" << result.exitCode << "after"
                                 << timer.elapsed() << "ms";
    return result;
}

Error processFailure(const QString& what, const ProcessResult& result, const QString& where,
                     const QString& hint)
{
    QString reason = QString::fromLocal8Bit(result.standardError).trimmed();
    if (reason.size() > maxReasonLength)
        reason = reason.left(maxReasonLength) + QStringLiteral("...");
    const QString text = ProcessText::tr("%1 failed with exit code %2%3")
                             .arg(what)
                             .arg(result.exitCode)
                             .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    // The conditions a user can act on, whatever the program.
    if (reason.contains(QLatin1String("No space left on device")))
        return makeError(ErrorCode::Exhausted, text, where,
                         ProcessText::tr("free some space on the disk that holds %1").arg(where));
    if (reason.contains(QLatin1String("Permission denied")))
        return makeError(ErrorCode::Io, text, where,
                         ProcessText::tr("check the permissions of %1").arg(where));
    return makeError(ErrorCode::External, text, where, hint);
}

Result<ProcessResult> runProcessChecked(const QString& program, const QStringList& arguments,
                                        const ProcessOptions& options, const QString& where,
                                        const QString& what, const QString& failureHint)
{
    Result<ProcessResult> result = runProcess(program, arguments, options, where, what);
    if (result && result->exitCode != 0)
        return processFailure(what, *result, where, failureHint);
    return result;
}

} // namespace voc
