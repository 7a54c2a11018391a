// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace voc {

FirstPaintProbe::FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart)
    : QObject(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariable("VOCSTUDIO_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1");
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        const qint64 ms = m_sinceStart.elapsed();
        // The bench scripts parse exactly this line from stdout.
        std::printf("first-paint-ms: %lld\n", static_cast<long long>(ms));
        std::fflush(stdout);
        watched->removeEventFilter(this);
        // Let this paint finish before quitting.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace voc
