// SPDX-License-Identifier: GPL-3.0-or-later
#include "qemuimg.h"

#include <QCoreApplication>
#include <QProcess>

namespace voc {

namespace {

struct QemuImgText
{
    Q_DECLARE_TR_FUNCTIONS(voc::QemuImg)
};

// qemu-img's own message for the conditions a user can act on.
Error qemuImgError(const QString& what, const QString& where, const QString& message)
{
    const QString text = message.isEmpty() ? what : what + QLatin1String(": ") + message;
    if (message.contains(QLatin1String("No space left on device")))
        return makeError(ErrorCode::Exhausted, text, where,
                         QemuImgText::tr("free some space on the disk that holds %1").arg(where));
    if (message.contains(QLatin1String("Permission denied")))
        return makeError(ErrorCode::Io, text, where,
                         QemuImgText::tr("check the permissions of %1").arg(where));
    return makeError(ErrorCode::External, text, where);
}

QString firstLine(const QString& text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

QemuImg::QemuImg(QString program, int timeoutMs)
    : m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{}

Result<QemuImg::Output> QemuImg::run(const QStringList& arguments, const QString& where) const
{
    QProcess process;
    process.start(m_program, arguments);
    if (!process.waitForStarted())
        return makeError(ErrorCode::External,
                         QemuImgText::tr("could not run %1: %2").arg(m_program, process.errorString()), where,
                         QemuImgText::tr("install qemu-utils (scripts/setup)"));
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return makeError(ErrorCode::External, QemuImgText::tr("%1 did not finish in time").arg(m_program),
                         where);
    }
    Output output{process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return qemuImgError(QemuImgText::tr("%1 %2 failed").arg(m_program, arguments.value(0)), where,
                            firstLine(output.standardError));
    return output;
}

} // namespace voc
