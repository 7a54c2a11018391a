// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup: how long vocstudio takes from process start to its first painted window, against a
// bare Qt Widgets window (bench_minimalwidget) started the same way in the same run.
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

using voc::bench::Timings;

namespace {

constexpr double targetMs = 500.0;
constexpr int runTimeoutMs = 30000;

QString tr(const char* text)
{
    return QCoreApplication::translate("voc::BenchStartup", text);
}

struct Subject
{
    QString label;
    QString program;
    QStringList arguments;
    Timings firstPaint; // as the program reports it: from its main() to its first paint
    Timings wallClock;  // from our QProcess::start() to reading that line: adds exec and dynamic linking
};

// Starts the program once and waits for its "first-paint-ms: N" line. Returns an error text on
// failure (did not start, exited without the line, or hung).
QString runOnce(Subject& subject, const QProcessEnvironment& environment, bool record)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);

    QElapsedTimer wall;
    wall.start();
    process.start(subject.program, subject.arguments);
    if (!process.waitForStarted(runTimeoutMs))
        return tr("cannot start %1: %2").arg(subject.program, process.errorString());

    static const QByteArray marker = QByteArrayLiteral("first-paint-ms:");
    double reported = -1.0;
    double wallMs = 0.0;
    QByteArray pending;
    while (reported < 0.0 && wall.elapsed() < runTimeoutMs) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        pending += process.readAllStandardOutput();
        qsizetype newline = -1;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line.startsWith(marker)) {
                wallMs = double(wall.nsecsElapsed()) / 1e6;
                bool ok = false;
                reported = line.mid(marker.size()).trimmed().toDouble(&ok);
                if (!ok)
                    return tr("%1 printed an unreadable line: %2")
                        .arg(subject.label, QString::fromUtf8(line));
            }
        }
    }

    if (reported < 0.0) {
        process.kill();
        process.waitForFinished(5000);
        const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return tr("%1 printed no 'first-paint-ms:' line within %2 s (exit code %3)%4")
            .arg(subject.label)
            .arg(runTimeoutMs / 1000)
            .arg(process.exitCode())
            .arg(stderrText.isEmpty() ? QString() : QStringLiteral(":\n") + stderrText);
    }
    // The program quits by itself after the line; a straggler must not overlap the next run.
    if (!process.waitForFinished(runTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (record) {
        subject.firstPaint.add(reported);
        subject.wallClock.add(wallMs);
    }
    return {};
}

QString findNextTo(const QString& relativePath)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + relativePath);
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));

    voc::bench::BenchCommandLine commandLine(
        tr("Times vocstudio's start to first paint against a bare Qt window (bench_minimalwidget), both "
           "started with VOCSTUDIO_EXIT_AFTER_FIRST_PAINT=1 on the same Qt platform, alternately."),
        tr("Timed runs of each program (default 10)."), 10,
        tr("Exit with status 1 when vocstudio's median misses the target."));
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption appOption(QStringLiteral("app"), tr("The vocstudio binary."),
                                       QStringLiteral("PATH"),
                                       findNextTo(QStringLiteral("../desktop/vocstudio")));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"), tr("The bare Qt window binary."),
                                            QStringLiteral("PATH"),
                                            findNextTo(QStringLiteral("bench_minimalwidget")));
    const QCommandLineOption designOption(QStringLiteral("design"), tr("The design vocstudio opens."),
                                          QStringLiteral("FILE"),
                                          QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            tr("QT_QPA_PLATFORM for both programs: offscreen (default), or "
                                               "xcb with DISPLAY set (e.g. under Xvfb)."),
                                            QStringLiteral("NAME"), QStringLiteral("offscreen"));
    parser.addOptions({commandLine.repetitions, appOption, baselineOption, designOption, platformOption,
                       commandLine.check});
    const int repetitions = commandLine.process(app);
    if (repetitions < 1)
        return 2;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString design = parser.value(designOption);
    for (const QString& path : {parser.value(appOption), parser.value(baselineOption), design}) {
        if (!QFileInfo::exists(path)) {
            err << tr("bench_startup: %1 does not exist (build the release preset, or pass --app, "
                      "--baseline, "
                      "--design)\n")
                       .arg(path);
            return 2;
        }
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VOCSTUDIO_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), parser.value(platformOption));

    Subject vocstudio{QStringLiteral("vocstudio"), parser.value(appOption), {design}, {}, {}};
    Subject bare{tr("bare Qt window"), parser.value(baselineOption), {}, {}, {}};

    out << tr("bench_startup: %1 runs each, alternating, after one warm-up run each; platform %2\n")
               .arg(repetitions)
               .arg(parser.value(platformOption));
    out.flush();
    // The warm-up loads the shared libraries and fonts into the page cache for both.
    for (int i = -1; i < repetitions; ++i) {
        for (Subject* subject : {&vocstudio, &bare}) {
            const QString failure = runOnce(*subject, environment, i >= 0);
            if (!failure.isEmpty()) {
                err << QStringLiteral("bench_startup: ") << failure << '\n';
                return 2;
            }
        }
    }

    out << tr("%1  %2  %3  %4  %5\n")
               .arg(QString(), -16)
               .arg(tr("paint best"), 11)
               .arg(tr("paint median"), 13)
               .arg(tr("wall best"), 11)
               .arg(tr("wall median"), 12);
    for (const Subject* subject : {&vocstudio, &bare}) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(subject->label, -16)
                   .arg(formatMs(subject->firstPaint.best()), 11)
                   .arg(formatMs(subject->firstPaint.median()), 13)
                   .arg(formatMs(subject->wallClock.best()), 11)
                   .arg(formatMs(subject->wallClock.median()), 12);
    }

    const double appMs = vocstudio.firstPaint.median();
    const double bareMs = bare.firstPaint.median();
    const QStringList summary = {
        tr("first paint: vocstudio %1 ms vs bare Qt window %2 ms: ratio %3 (target < %4 ms)")
            .arg(formatMs(appMs), formatMs(bareMs))
            .arg(voc::bench::ratio(appMs, bareMs), 0, 'f', 2)
            .arg(targetMs),
        tr("spawn to first paint (wall clock): vocstudio %1 ms vs bare Qt window %2 ms: ratio %3")
            .arg(formatMs(vocstudio.wallClock.median()), formatMs(bare.wallClock.median()))
            .arg(voc::bench::ratio(vocstudio.wallClock.median(), bare.wallClock.median()), 0, 'f', 2)};
    return commandLine.finish(
        out, summary,
        appMs >= targetMs
            ? tr("target missed: vocstudio's median first paint is at or above %1 ms").arg(targetMs)
            : QString());
}
