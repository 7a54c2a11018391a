// SPDX-License-Identifier: GPL-3.0-or-later
// Runs qemu-img with an argument list (never through a shell) and turns its failures into Errors.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace voc {

class QemuImg
{
public:
    struct Output
    {
        QByteArray standardOutput;
        QString standardError;
    };

    explicit QemuImg(QString program = QStringLiteral("qemu-img"), int timeoutMs = 60000);

    QString program() const { return m_program; }

    // Runs `qemu-img <arguments>`; `where` names the file the error is about. A non-zero exit is an
    // error carrying qemu-img's first line of stderr (no space → Exhausted, permissions → Io).
    Result<Output> run(const QStringList& arguments, const QString& where) const;

private:
    QString m_program;
    int m_timeoutMs;
};

} // namespace voc
