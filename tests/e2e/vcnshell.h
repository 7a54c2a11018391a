// SPDX-License-Identifier: GPL-3.0-or-later
// A shell on a VCN's serial console, for tests that must act from inside a guest (the tiny image
// offers `sh` on ttyS0): each command is typed with a marker echoing its exit code, and its output is
// what the console printed between the typed line and the marker.
#pragma once

#include "virt/hypervisor.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <memory>

namespace voc::test {

class VcnShell
{
public:
    struct Answer
    {
        int exitCode = -1; // -1: no marker within the time (the error says what was seen)
        QString output;
        QString error;
    };

    // Attaches to the domain's console on that connection; an empty error when it is open.
    QString open(HypervisorConnection& connection, const QString& domain)
    {
        m_domain = domain;
        auto buffer = m_buffer;
        ConsoleCallbacks callbacks;
        callbacks.onData = [buffer](const QByteArray& bytes) {
            QMutexLocker lock(&buffer->mutex);
            buffer->bytes += bytes;
        };
        Result<std::unique_ptr<Console>> console = connection.openConsole(domain, std::move(callbacks));
        if (!console)
            return console.error().toString();
        m_console = std::move(console).value();
        return {};
    }

    // Types the command and waits for its exit code. The command runs in the guest's shell as typed.
    Answer run(const QString& command, int timeoutMs = 60000)
    {
        Answer answer;
        if (!m_console)
            return {-1, {}, QStringLiteral("no console open on %1").arg(m_domain)};
        const int n = ++m_count;
        const qsizetype from = snapshot().size();
        // The marker's code is computed in the guest, so the echo of the typed line never matches it.
        const QByteArray line = QStringLiteral("%1; echo VOC-SHELL-%2-$?-END\n").arg(command).arg(n).toUtf8();
        if (const Status sent = m_console->send("\n" + line); !sent)
            return {-1, {}, sent.error().toString()};
        const QRegularExpression marker(QStringLiteral("VOC-SHELL-%1-(\\d+)-END").arg(n));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const QString seen = QString::fromUtf8(snapshot().mid(from));
            const QRegularExpressionMatch match = marker.match(seen);
            if (match.hasMatch()) {
                answer.exitCode = match.captured(1).toInt();
                const qsizetype typed = seen.indexOf(QStringLiteral("-$?-END"));
                const qsizetype start = typed < 0 ? 0 : seen.indexOf(u'\n', typed) + 1;
                answer.output = seen.mid(start, match.capturedStart() - start).trimmed();
                return answer;
            }
            QThread::msleep(100);
        }
        answer.error = QStringLiteral("no answer to \"%1\" from %2 within %3 ms; the console showed: %4")
                           .arg(command, m_domain)
                           .arg(timeoutMs)
                           .arg(QString::fromUtf8(snapshot().mid(from).right(1000)));
        return answer;
    }

    // `ping -c COUNT -W 3 ADDRESS` in the guest, its output dropped: exit 0 when an answer came.
    Answer ping(const QString& address, int count = 2)
    {
        return run(QStringLiteral("ping -c %1 -W 3 %2 >/dev/null 2>&1").arg(count).arg(address));
    }

private:
    struct Buffer
    {
        QMutex mutex;
        QByteArray bytes;
    };

    QByteArray snapshot()
    {
        QMutexLocker lock(&m_buffer->mutex);
        return m_buffer->bytes;
    }

    std::shared_ptr<Buffer> m_buffer = std::make_shared<Buffer>();
    std::unique_ptr<Console> m_console;
    QString m_domain;
    int m_count = 0;
};

} // namespace voc::test
