// SPDX-License-Identifier: GPL-3.0-or-later
// bench_minimalwidget: the startup baseline, a bare Qt Widgets window (QMainWindow + QLabel) that
// reports its first paint exactly as vocstudio does with VOCSTUDIO_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

// Watches the window for its first paint event, prints the time since main() began and quits: the
// same hook, on the same widget (the main window), as vocstudio's FirstPaintProbe.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("first-paint-ms: %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            watched->removeEventFilter(this);
            // Queued, so the paint that is under way finishes before the event loop ends.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_minimalwidget"));

    QMainWindow window;
    auto* label =
        new QLabel(QCoreApplication::translate("voc::MinimalWidget", "Hello from a bare Qt window"));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1024, 700);

    if (qEnvironmentVariable("VOCSTUDIO_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
        new FirstPaintProbe(&window, sinceStart);

    window.show();
    return app.exec();
}
