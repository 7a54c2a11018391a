// SPDX-License-Identifier: GPL-3.0-or-later
#include "qemuimg.h"

#include "common/process.h"

#include <QCoreApplication>

namespace voc {

namespace {

struct QemuImgText
{
    Q_DECLARE_TR_FUNCTIONS(voc::QemuImg)
};

} // namespace

QemuImg::QemuImg(QString program, int timeoutMs)
    : m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{}

Result<QemuImg::Output> QemuImg::run(const QStringList& arguments, const QString& where) const
{
    ProcessOptions options;
    options.timeoutMs = m_timeoutMs;
    options.startHint = QemuImgText::tr("install qemu-utils (scripts/setup)");
    const Result<ProcessResult> ran =
        runProcessChecked(m_program, arguments, options, where, m_program + u' ' + arguments.value(0));
    if (!ran)
        return ran.error();
    return Output{ran->standardOutput, QString::fromLocal8Bit(ran->standardError)};
}

} // namespace voc
