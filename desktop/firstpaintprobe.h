// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark hook: reports the time to the main window's first paint and quits.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace voc {

class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    // Watches `window`; `sinceStart` was started first thing in main().
    FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart);

    // True when VOCSTUDIO_EXIT_AFTER_FIRST_PAINT=1.
    static bool requested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace voc
