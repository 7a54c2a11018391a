// SPDX-License-Identifier: GPL-3.0-or-later
// bench_charts: replot time of boot charts with 100,000 samples drawn by ChartView, against the naive
// QCustomPlot way measured in the same run (data added point by point, no adaptive sampling, no
// label cache: ChartView::setFastPath(false)). Two charts: the boot time distribution of 100,000 VCNs
// (boxes + the quantile curve of every sample) and the boot timeline of 20,000 VCNs x 5 phases.
#include "bench/chartdata.h"
#include "charts/chartview.h"
#include "timings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace voc;
using voc::bench::Timings;

namespace {

constexpr double targetMs = 50.0;
constexpr int totalSamples = 100000;

QString tr(const char* text)
{
    return QCoreApplication::translate("voc::BenchCharts", text);
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 2);
}

// VCNs boot in 20..60 s, the head a little later; fixed seed so every run draws the same chart.
Run bootRun(int vcns, bool everyPhase)
{
    QRandomGenerator random(7);
    Run run;
    run.id = 1;
    run.kind = RunKind::Boot;
    run.design = QStringLiteral("bench");
    run.bootSamples.reserve(everyPhase ? vcns * 5 : vcns);
    for (int i = 0; i < vcns; ++i) {
        const QString vcn = i == 0 ? QStringLiteral("bench-head")
                                   : QStringLiteral("bench-compute%1").arg(i, 6, 10, QLatin1Char('0'));
        qint64 ms = 200 + random.bounded(800);
        if (everyPhase) {
            for (const BootPhase phase : allBootPhases) {
                run.bootSamples.append({vcn, phase, ms});
                ms += 3000 + random.bounded(9000);
            }
        } else {
            run.bootSamples.append({vcn, BootPhase::Ready, ms + 20000 + random.bounded(40000)});
        }
    }
    return run;
}

struct Case
{
    QString label;
    ChartKind kind;
    Run run;
};

} // namespace

int main(int argc, char** argv)
{
    // Without a display the offscreen platform draws the same pixels with the same raster engine.
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_charts"));

    bench::BenchCommandLine commandLine(
        tr("Replot time of boot charts with 100,000 samples, ChartView against "
           "the naive QCustomPlot way, in the same run."),
        tr("Timed replots per chart and way (default 30)."), 30);
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption exportOption(
        QStringLiteral("export"), tr("Also write each chart as drawn to DIR/boot-<n>.png, to look at."),
        QStringLiteral("DIR"));
    parser.addOptions({commandLine.repetitions, commandLine.check, exportOption});
    const int repetitions = commandLine.process(app);
    if (repetitions < 1)
        return 2;

    QTextStream out(stdout);
    QTextStream err(stderr);

    const QList<Case> cases = {
        {tr("distribution, 100000 VCNs"), ChartKind::BootDistribution, bootRun(totalSamples, false)},
        {tr("timeline, 20000 VCNs x 5 phases"), ChartKind::BootTimeline, bootRun(totalSamples / 5, true)},
    };

    out << tr("bench_charts: %1 timed replots per chart after one warm-up, 1280x800, platform %2; ms\n")
               .arg(repetitions)
               .arg(QGuiApplication::platformName());
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(tr("chart"), -34)
               .arg(tr("data"), 8)
               .arg(tr("build"), 8)
               .arg(tr("best"), 8)
               .arg(tr("median"), 8)
               .arg(tr("naive"), 8)
               .arg(tr("ratio"), 6);
    out.flush();

    bool targetMissed = false;
    QStringList summary;
    for (const Case& c : cases) {
        QElapsedTimer timer;
        timer.start();
        const Result<ChartData> data = chartData(c.kind, {c.run});
        const double dataMs = double(timer.nsecsElapsed()) / 1e6;
        if (!data) {
            err << tr("bench_charts: %1: %2\n").arg(c.label, data.error().toString());
            return 2;
        }

        ChartView fast;
        ChartView naive;
        naive.setFastPath(false);
        for (ChartView* view : {&fast, &naive}) {
            view->resize(1280, 800);
            view->show();
        }
        QApplication::processEvents();

        timer.restart();
        fast.setChart(*data);
        const double buildMs = double(timer.nsecsElapsed()) / 1e6;
        naive.setChart(*data);
        fast.replotNow(); // warm-up: label caches, paint buffers
        naive.replotNow();

        // Alternate the two, so a burst of load from another process hits both alike.
        Timings fastTimes;
        Timings naiveTimes;
        for (int i = 0; i < repetitions; ++i) {
            fastTimes.add(fast.replotNow());
            naiveTimes.add(naive.replotNow());
        }
        if (parser.isSet(exportOption)) {
            const QString path =
                QStringLiteral("%1/boot-%2.png").arg(parser.value(exportOption)).arg(summary.size() + 1);
            if (const Status written = fast.exportTo(path); !written)
                err << tr("bench_charts: %1\n").arg(written.error().toString());
        }
        const double median = fastTimes.median();
        const double baseline = naiveTimes.median();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(c.label, -34)
                   .arg(formatMs(dataMs), 8)
                   .arg(formatMs(buildMs), 8)
                   .arg(formatMs(fastTimes.best()), 8)
                   .arg(formatMs(median), 8)
                   .arg(formatMs(baseline), 8)
                   .arg(bench::ratio(baseline, median), 6, 'f', 1);
        out.flush();
        summary
            << tr("replot of the boot %1: median %2 ms (target < %3 ms); naive QCustomPlot (point by point, "
                  "no adaptive sampling, no label cache): %4 ms; %5x faster")
                   .arg(c.label, formatMs(median))
                   .arg(targetMs)
                   .arg(formatMs(baseline))
                   .arg(bench::ratio(baseline, median), 0, 'f', 1);
        if (median >= targetMs)
            targetMissed = true;
    }

    return commandLine.finish(out, summary,
                              targetMissed ? tr("target missed: a median is at or above %1 ms").arg(targetMs)
                                           : QString());
}
