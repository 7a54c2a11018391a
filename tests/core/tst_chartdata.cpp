// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data from runs: the paper's Table III penalties and Table II advantage recomputed from the
// shipped reference, the pairing of VOC and bare-metal runs, quartiles, phase spans and CSV.
#include "bench/chartdata.h"
#include "bench/paperreference.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(voc::Run)

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

QList<Run> paperHplRuns()
{
    const Result<PaperReference> reference = loadPaperReference();
    if (!reference)
        qFatal("the shipped reference does not load: %s", qPrintable(reference.error().toString()));
    QList<Run> runs;
    for (const Run& run : paperRuns(*reference)) {
        if (run.kind == RunKind::Hpl)
            runs.append(run);
    }
    return runs;
}

QList<Run> paperBootRuns()
{
    QList<Run> runs;
    for (const Run& run : paperRuns(loadPaperReference().value())) {
        if (run.kind == RunKind::Boot)
            runs.append(run);
    }
    return runs;
}

HplRow row(qint64 n, int p, int q, double gflops, bool passed = true)
{
    return HplRow{.n = n,
                  .nb = 192,
                  .p = p,
                  .q = q,
                  .seconds = 10,
                  .gflops = gflops,
                  .residual = 0.001,
                  .passed = passed,
                  .variant = u"WR11C2R4"_s};
}

Run hplRun(qint64 id, RunTarget target, const QList<HplRow>& rows)
{
    Run run;
    run.id = id;
    run.kind = RunKind::Hpl;
    run.target = target;
    run.design = u"demo"_s;
    run.hplRows = rows;
    return run;
}

Run bootRun(qint64 id, const QList<BootSample>& samples)
{
    Run run;
    run.id = id;
    run.kind = RunKind::Boot;
    run.target = RunTarget::Local;
    run.design = u"demo"_s;
    run.bootSamples = samples;
    return run;
}

// The value of a series at a category, or NaN.
double valueAt(const ChartSeries& series, const QString& category)
{
    const qsizetype index = series.categories.indexOf(category);
    const qsizetype point = series.x.indexOf(double(index));
    return point < 0 ? std::nan("") : series.y[point];
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void kindNames_data();
    void kindNames();
    void paperTableIII_data();
    void paperTableIII();
    void paperTableII();
    void gflopsByGrid();
    void penaltyPairing_data();
    void penaltyPairing();
    void wrongKind_data();
    void wrongKind();
    void bootDistribution_data();
    void bootDistribution();
    void paperBootBoxes();
    void bootTimeline();
    void gflopsVsN_data();
    void gflopsVsN();
    void netByNic();
    void csv_data();
    void csv();
};

void TestChartData::kindNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    for (const char* name : {"gflops", "penalty", "boot", "timeline", "scaling", "net"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    QTest::newRow("unknown") << u"pie"_s << false;
    QTest::newRow("case matters") << u"GFLOPS"_s << false;
}

void TestChartData::kindNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    ChartKind kind = ChartKind::NetByNic;
    QCOMPARE(fromString(name, &kind), known);
    if (known)
        QCOMPARE(toString(kind), name);
}

void TestChartData::paperTableIII_data()
{
    QTest::addColumn<QString>("grid");
    QTest::addColumn<double>("penalty");
    QTest::addColumn<double>("physical");
    QTest::addColumn<double>("voc");
    QTest::newRow("1x1") << u"1x1"_s << 8.401 << 6.821 << 6.248;
    QTest::newRow("14x2") << u"14x2"_s << 78.13 << 111.6 << 24.41;
    QTest::newRow("7x4") << u"7x4"_s << 75.69 << 138.2 << 33.60;
}

void TestChartData::paperTableIII()
{
    QFETCH(QString, grid);
    QFETCH(double, penalty);
    QFETCH(double, physical);
    QFETCH(double, voc);

    const Result<ChartData> chart = chartData(ChartKind::Penalty, paperHplRuns());
    QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().toString()));
    QCOMPARE(chart->series.size(), 1); // Table II's runs are no VOC/bare-metal pair
    QCOMPARE(chart->series[0].name, u"Table III: VOC vs Table III: Bare metal"_s);
    QCOMPARE(chart->series[0].categories, (QStringList{u"1x1"_s, u"14x2"_s, u"7x4"_s}));
    const double computed = valueAt(chart->series[0], grid);
    QVERIFY2(std::abs(computed - penalty) <= paperPercentTolerance,
             qPrintable(u"%1: %2 vs %3"_s.arg(grid).arg(computed).arg(penalty)));

    // The GFLOPS chart of the same runs shows both sides of the table.
    const Result<ChartData> gflops = chartData(ChartKind::GflopsByGrid, paperHplRuns());
    QVERIFY(gflops.ok());
    bool sawPhysical = false, sawVoc = false;
    for (const ChartSeries& series : gflops->series) {
        if (series.name == u"Table III: Bare metal"_s) {
            QCOMPARE(valueAt(series, grid), physical);
            sawPhysical = true;
        } else if (series.name == u"Table III: VOC"_s) {
            QCOMPARE(valueAt(series, grid), voc);
            sawVoc = true;
        }
    }
    QVERIFY(sawPhysical && sawVoc);
}

void TestChartData::paperTableII()
{
    const Result<ChartData> chart = hostOsAdvantageChart(paperHplRuns());
    QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().toString()));
    QCOMPARE(chart->series.size(), 1);
    const double advantage = valueAt(chart->series[0], u"14x2"_s);
    QVERIFY2(std::abs(advantage - 12.11) <= paperPercentTolerance, qPrintable(QString::number(advantage)));

    // Without the Table II runs there is nothing to compare.
    QList<Run> tableIII = paperHplRuns();
    tableIII.removeIf([](const Run& run) { return run.label.startsWith(u"Table II:"_s); });
    QVERIFY(!hostOsAdvantageChart(tableIII).ok());
}

void TestChartData::gflopsByGrid()
{
    const Run a =
        hplRun(1, RunTarget::BareMetal,
               {row(2000, 2, 2, 10), row(4000, 2, 2, 12.5), row(4000, 1, 1, 4), row(4000, 1, 4, 99, false)});
    const Run b = hplRun(2, RunTarget::Local, {row(4000, 1, 4, 3), row(4000, 2, 2, 6)});
    const Result<ChartData> chart = chartData(ChartKind::GflopsByGrid, {a, b});
    QVERIFY(chart.ok());
    QCOMPARE(chart->series.size(), 2);
    // Ordered by process count, then the taller grid; the failed row's grid comes only from run b.
    QCOMPARE(chart->series[0].categories, (QStringList{u"1x1"_s, u"2x2"_s, u"1x4"_s}));
    QCOMPARE(chart->series[0].name, u"baremetal demo #1"_s);
    QCOMPARE(chart->series[0].x, (QList<double>{0, 1}));
    QCOMPARE(chart->series[0].y, (QList<double>{4, 12.5})); // the best of the 2x2 rows
    QCOMPARE(chart->series[1].x, (QList<double>{1, 2}));
    QCOMPARE(chart->series[1].y, (QList<double>{6, 3}));

    const Run failedOnly = hplRun(3, RunTarget::Local, {row(1000, 1, 1, 5, false)});
    const Result<ChartData> empty = chartData(ChartKind::GflopsByGrid, {failedOnly});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
    QVERIFY(empty.error().where.contains(u"#3"_s));
}

void TestChartData::penaltyPairing_data()
{
    QTest::addColumn<QList<Run>>("runs");
    QTest::addColumn<QString>("series");
    QTest::addColumn<double>("penalty"); // at 2x2; NaN: no chart

    const Run voc = hplRun(1, RunTarget::Local, {row(4000, 2, 2, 6)});
    const Run site = hplRun(5, RunTarget::Site, {row(4000, 2, 2, 9)});
    const Run bare = hplRun(2, RunTarget::BareMetal, {row(4000, 2, 2, 8), row(4000, 1, 1, 3)});
    const Run otherBare = hplRun(3, RunTarget::BareMetal, {row(4000, 1, 4, 7)});
    Run paperBare = hplRun(4, RunTarget::Paper, {row(54800, 2, 2, 10)});
    paperBare.label = u"Table III: Bare metal"_s;
    paperBare.settings = uR"({"system":"baremetal","table":"III"})"_s;

    QTest::newRow("local vs bare metal")
        << QList<Run>{voc, bare} << u"local demo #1 vs baremetal demo #2"_s << 25.0;
    QTest::newRow("site vs bare metal")
        << QList<Run>{site, bare} << u"site demo #5 vs baremetal demo #2"_s << -12.5;
    QTest::newRow("bare metal without the grid") << QList<Run>{voc, otherBare} << QString() << std::nan("");
    QTest::newRow("falls back to the paper")
        << QList<Run>{voc, paperBare} << u"local demo #1 vs Table III: Bare metal"_s << 40.0;
    QTest::newRow("measured before the paper")
        << QList<Run>{paperBare, voc, bare} << u"local demo #1 vs baremetal demo #2"_s << 25.0;
    QTest::newRow("no VOC run") << QList<Run>{bare, otherBare} << QString() << std::nan("");
}

void TestChartData::penaltyPairing()
{
    QFETCH(QList<Run>, runs);
    QFETCH(QString, series);
    QFETCH(double, penalty);
    const Result<ChartData> chart = chartData(ChartKind::Penalty, runs);
    if (std::isnan(penalty)) {
        QVERIFY(!chart.ok());
        QCOMPARE(chart.error().code, ErrorCode::InvalidInput);
        QVERIFY(!chart.error().hint.isEmpty());
        return;
    }
    QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().toString()));
    QCOMPARE(chart->series.size(), 1);
    QCOMPARE(chart->series[0].name, series);
    QCOMPARE(valueAt(chart->series[0], u"2x2"_s), penalty);
}

void TestChartData::wrongKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("runKind");
    QTest::newRow("boot run in a GFLOPS chart") << int(ChartKind::GflopsByGrid) << int(RunKind::Boot);
    QTest::newRow("HPL run in a timeline") << int(ChartKind::BootTimeline) << int(RunKind::Hpl);
    QTest::newRow("net run in a penalty chart") << int(ChartKind::Penalty) << int(RunKind::Net);
    QTest::newRow("HPL run in the NIC chart") << int(ChartKind::NetByNic) << int(RunKind::Hpl);
}

void TestChartData::wrongKind()
{
    QFETCH(int, kind);
    QFETCH(int, runKind);
    Run run = hplRun(42, RunTarget::Local, {row(1000, 1, 1, 1)});
    run.kind = RunKind(runKind);
    run.label = u"my run"_s;
    QVERIFY(!chartAcceptsRun(ChartKind(kind), run));
    const Result<ChartData> chart = chartData(ChartKind(kind), {run});
    QVERIFY(!chart.ok());
    QCOMPARE(chart.error().code, ErrorCode::InvalidInput);
    QCOMPARE(chart.error().where, u"my run"_s);
}

void TestChartData::bootDistribution_data()
{
    QTest::addColumn<QList<qint64>>("computeMs");
    QTest::addColumn<QList<double>>("box"); // seconds
    QTest::newRow("one") << QList<qint64>{5000} << QList<double>{5, 5, 5, 5, 5};
    QTest::newRow("odd") << QList<qint64>{3000, 1000, 2000, 5000, 4000} << QList<double>{1, 2, 3, 4, 5};
    QTest::newRow("even, interpolated")
        << QList<qint64>{1000, 2000, 3000, 4000} << QList<double>{1, 1.75, 2.5, 3.25, 4};
}

void TestChartData::bootDistribution()
{
    QFETCH(QList<qint64>, computeMs);
    QFETCH(QList<double>, box);
    QList<BootSample> samples{{u"demo-head"_s, BootPhase::Kernel, 500},
                              {u"demo-head"_s, BootPhase::Ready, 9000}};
    for (qsizetype i = 0; i < computeMs.size(); ++i) {
        const QString vcn = u"demo-compute%1"_s.arg(i + 1);
        samples.append({vcn, BootPhase::Network, computeMs[i] / 2});
        samples.append({vcn, BootPhase::Ready, computeMs[i]});
    }
    samples.append({u"demo-compute99"_s, BootPhase::Init, 100}); // never ready: not in the box
    const Result<ChartData> chart = chartData(ChartKind::BootDistribution, {bootRun(7, samples)});
    QVERIFY(chart.ok());
    QCOMPARE(chart->series.size(), 1);
    const ChartSeries& series = chart->series[0];
    QCOMPARE(series.categories, (QStringList{u"head"_s, u"compute"_s}));
    QCOMPARE(series.x, (QList<double>{0, 1}));
    QCOMPARE(series.boxes[0], (QList<double>{9, 9, 9, 9, 9}));
    QCOMPARE(series.boxes[1], box);
    QCOMPARE(series.boxSamples[1].size(), computeMs.size());
    QVERIFY(std::is_sorted(series.boxSamples[1].begin(), series.boxSamples[1].end()));
}

void TestChartData::paperBootBoxes()
{
    const Result<ChartData> chart = chartData(ChartKind::BootDistribution, paperBootRuns());
    QVERIFY(chart.ok());
    QCOMPARE(chart->series.size(), 3);
    QCOMPARE(chart->series[0].categories, (QStringList{u"head"_s, u"compute"_s, u"all VCNs"_s}));
    // The VMs: 52..63 s, average 58 s, drawn as a line at the average.
    QCOMPARE(chart->series[2].x, (QList<double>{2}));
    QCOMPARE(chart->series[2].boxes[0], (QList<double>{52, 58, 58, 58, 63}));
    // The physical compute nodes: no average printed, the middle of 160..163.
    QCOMPARE(chart->series[1].boxes[0], (QList<double>{160, 161.5, 161.5, 161.5, 163}));
}

void TestChartData::bootTimeline()
{
    const Run run = bootRun(3, {{u"a"_s, BootPhase::Running, 100},
                                {u"a"_s, BootPhase::Kernel, 400},
                                {u"b"_s, BootPhase::Running, 150},
                                {u"a"_s, BootPhase::Ready, 2000}, // network and init not seen: folded
                                {u"b"_s, BootPhase::Init, 900}});
    const Result<ChartData> chart = chartData(ChartKind::BootTimeline, {run});
    QVERIFY(chart.ok());
    QStringList names;
    for (const ChartSeries& series : chart->series)
        names.append(series.name);
    QCOMPARE(names, (QStringList{u"running"_s, u"kernel"_s, u"init"_s, u"ready"_s}));
    QCOMPARE(chart->series[0].categories, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(chart->series[0].x, (QList<double>{0, 1}));
    QCOMPARE(chart->series[0].spans, (QList<std::pair<double, double>>{{0, 100}, {0, 150}}));
    QCOMPARE(chart->series[1].spans, (QList<std::pair<double, double>>{{100, 400}}));
    QCOMPARE(chart->series[2].x, (QList<double>{1}));
    QCOMPARE(chart->series[2].spans, (QList<std::pair<double, double>>{{150, 900}}));
    QCOMPARE(chart->series[3].spans, (QList<std::pair<double, double>>{{400, 2000}}));

    // Two runs: VCN names carry the run.
    const Result<ChartData> two =
        chartData(ChartKind::BootTimeline, {run, bootRun(4, {{u"a"_s, BootPhase::Ready, 1}})});
    QVERIFY(two.ok());
    QCOMPARE(two->series[0].categories.last(), u"local demo #4: a"_s);
}

void TestChartData::gflopsVsN_data()
{
    QTest::addColumn<QList<Run>>("runs");
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::newRow("several N: against N")
        << QList<Run>{hplRun(1, RunTarget::BareMetal,
                             {row(4000, 2, 2, 9), row(1000, 2, 2, 3), row(2000, 2, 2, 6)})}
        << QList<double>{1000, 2000, 4000} << QList<double>{3, 6, 9};
    QTest::newRow("one N per grid: against processes") << paperHplRuns().mid(2, 1) // Table III: Bare metal
                                                       << QList<double>{1, 28} << QList<double>{6.821, 138.2};
}

void TestChartData::gflopsVsN()
{
    QFETCH(QList<Run>, runs);
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    const Result<ChartData> chart = chartData(ChartKind::GflopsVsN, runs);
    QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().toString()));
    QCOMPARE(chart->series.size(), 1);
    QCOMPARE(chart->series[0].x, x);
    QCOMPARE(chart->series[0].y, y);
}

void TestChartData::netByNic()
{
    Run run;
    run.id = 9;
    run.kind = RunKind::Net;
    run.design = u"demo"_s;
    run.netSamples = {{u"e1000"_s, u"c1 <-> c2"_s, 120, 90},
                      {u"virtio"_s, u"c1 <-> c2"_s, 40, 900},
                      {u"e1000"_s, u"c3 <-> c4"_s, 100, 110},
                      {u"host"_s, u"n1 <-> n2"_s, 20, 1100}};
    const Result<ChartData> chart = chartData(ChartKind::NetByNic, {run});
    QVERIFY(chart.ok());
    QCOMPARE(chart->series.size(), 2);
    QCOMPARE(chart->series[0].categories, (QStringList{u"host"_s, u"virtio"_s, u"e1000"_s}));
    QVERIFY(!chart->series[0].secondaryAxis);
    QVERIFY(chart->series[1].secondaryAxis);
    QCOMPARE(chart->series[0].y, (QList<double>{20, 40, 110}));    // latency, e1000 averaged
    QCOMPARE(chart->series[1].y, (QList<double>{1100, 900, 100})); // bandwidth
    QVERIFY(!chart->y2Label.isEmpty());
}

void TestChartData::csv_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<Run>>("runs");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("penalty") << int(ChartKind::Penalty) << paperHplRuns()
                             << QByteArrayList{"series,grid,percent",
                                               "Table III: VOC vs Table III: Bare metal,1x1,8.400527782"};
    QTest::newRow("gflops") << int(ChartKind::GflopsByGrid) << paperHplRuns().mid(2, 2)
                            << QByteArrayList{"series,grid,gflops", "Table III: Bare metal,1x1,6.821",
                                              "Table III: Bare metal,14x2,111.6", "Table III: VOC,7x4,33.6"};
    QTest::newRow("boot") << int(ChartKind::BootDistribution) << paperBootRuns()
                          << QByteArrayList{
                                 "series,role,min,lower_quartile,median,upper_quartile,max",
                                 "Boot: virtual machines (1 head + 28 compute),all VCNs,52,58,58,58,63"};
    QTest::newRow("timeline") << int(ChartKind::BootTimeline)
                              << QList<Run>{bootRun(1, {{u"x,y"_s, BootPhase::Running, 10}})}
                              << QByteArrayList{"phase,vcn,start_ms,end_ms", "running,\"x,y\",0,10"};
    QTest::newRow("scaling") << int(ChartKind::GflopsVsN) << paperHplRuns().mid(3, 1)
                             << QByteArrayList{"series,x,gflops", "Table III: VOC,1,6.248",
                                               "Table III: VOC,28,33.6"};
}

void TestChartData::csv()
{
    QFETCH(int, kind);
    QFETCH(QList<Run>, runs);
    QFETCH(QByteArrayList, lines);
    const Result<ChartData> chart = chartData(ChartKind(kind), runs);
    QVERIFY(chart.ok());
    const QByteArray csv = chartCsv(*chart);
    QVERIFY(csv.endsWith("\r\n"));
    const QByteArrayList got = csv.trimmed().split('\n');
    QCOMPARE(got.first().trimmed(), lines.first());
    for (const QByteArray& line : lines.mid(1))
        QVERIFY2(csv.contains(QByteArray(line + "\r\n")), qPrintable(QString::fromUtf8(csv)));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
