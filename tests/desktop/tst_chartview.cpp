// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView offscreen: every chart kind shows its series, a legend click hides and shows a series,
// the mouse over a bar gives its tooltip text, a timeline of 20,000 VCNs is averaged whole and shows
// every VCN once zoomed in, and exports write PNG, PDF, SVG and CSV.
#include "charts/chartview.h"
#include "darklines.h"

#include "bench/paperreference.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

QList<Run> paperRunsOf(RunKind kind)
{
    QList<Run> runs;
    for (const Run& run : paperRuns(loadPaperReference().value())) {
        if (run.kind == kind)
            runs.append(run);
    }
    return runs;
}

Run bootRun(int vcns)
{
    Run run;
    run.id = 5;
    run.kind = RunKind::Boot;
    run.design = u"demo"_s;
    for (int i = 0; i < vcns; ++i) {
        const QString vcn = i == 0 ? u"demo-head"_s : u"demo-compute%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        qint64 ms = 100 + i;
        for (const BootPhase phase : allBootPhases) {
            run.bootSamples.append({vcn, phase, ms});
            ms += 1000 + (i * 37) % 500;
        }
    }
    return run;
}

Run netRun()
{
    Run run;
    run.id = 6;
    run.kind = RunKind::Net;
    run.netSamples = {{u"virtio"_s, u"a <-> b"_s, 50, 900}, {u"e1000"_s, u"a <-> b"_s, 150, 100}};
    return run;
}

ChartData chartOf(ChartKind kind)
{
    QList<Run> runs;
    switch (kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::GflopsVsN:
        runs = paperRunsOf(RunKind::Hpl);
        break;
    case ChartKind::BootDistribution:
        runs = paperRunsOf(RunKind::Boot) + QList<Run>{bootRun(12)};
        break;
    case ChartKind::BootTimeline:
        runs = {bootRun(12)};
        break;
    case ChartKind::NetByNic:
        runs = {netRun()};
        break;
    }
    const Result<ChartData> data = chartData(kind, runs);
    if (!data)
        qFatal("no chart data: %s", qPrintable(data.error().toString()));
    return *data;
}

// A boot timeline of 20,000 VCNs (100,000 samples, as bench_charts draws), made once for all rows.
const ChartData& denseTimelineChart()
{
    static const ChartData data = [] {
        const Result<ChartData> chart = chartData(ChartKind::BootTimeline, {bootRun(20000)});
        if (!chart)
            qFatal("no chart data: %s", qPrintable(chart.error().toString()));
        return *chart;
    }();
    return data;
}

// Averaged over blocks of rows: at most 1,500 points per phase in view, fewer than the VCNs in view.
bool averaged(const ChartView& view, qsizetype vcnsInView)
{
    for (int s = 0; s < view.seriesCount(); ++s) {
        const qsizetype points = view.drawnKeys(s).size();
        if (points == 0 || points > 1500 || points >= vcnsInView)
            return false;
    }
    return true;
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setChart_data();
    void setChart();
    void legendToggle();
    void hover_data();
    void hover();
    void denseTimeline_data();
    void denseTimeline();
    void denseTimelineWheel();
    void exportFormats_data();
    void exportFormats();
    void exportErrors();
    void emptyChartHasNoAxes();

private:
    ChartView* m_view = nullptr;
    QTemporaryDir m_dir;
};

void TestChartView::init()
{
    m_view = new ChartView;
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestChartView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestChartView::setChart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("series");
    QTest::newRow("gflops") << int(ChartKind::GflopsByGrid) << 4;
    QTest::newRow("penalty") << int(ChartKind::Penalty) << 1;
    QTest::newRow("boot") << int(ChartKind::BootDistribution) << 4;
    QTest::newRow("timeline") << int(ChartKind::BootTimeline) << 5;
    QTest::newRow("scaling") << int(ChartKind::GflopsVsN) << 4;
    QTest::newRow("net") << int(ChartKind::NetByNic) << 2;
}

void TestChartView::setChart()
{
    QFETCH(int, kind);
    QFETCH(int, series);
    const ChartData data = chartOf(ChartKind(kind));
    m_view->setChart(data);
    QCOMPARE(m_view->chart(), data);
    QCOMPARE(m_view->seriesCount(), series);
    for (int s = 0; s < series; ++s) {
        QVERIFY(m_view->isSeriesVisible(s));
        QVERIFY(m_view->legendItemRect(s).isValid());
        // The first point of every series is inside the plot and answers the mouse with its text.
        const int index =
            ChartKind(kind) == ChartKind::GflopsByGrid || ChartKind(kind) == ChartKind::Penalty ||
                    ChartKind(kind) == ChartKind::NetByNic || ChartKind(kind) == ChartKind::BootDistribution
                ? int(data.series[s].x.first())
                : 0;
        QVERIFY(!m_view->hoverTextFor(s, index).isEmpty());
        QVERIFY2(m_view->plotWidget()->rect().contains(m_view->pointPosition(s, index)),
                 qPrintable(u"series %1"_s.arg(s)));
    }
    QVERIFY(m_view->replotNow() >= 0);

    const QImage image = m_view->grab().toImage();
    QCOMPARE(image.size(), m_view->size() * image.devicePixelRatio());
    m_view->clear();
    QCOMPARE(m_view->seriesCount(), 0);
}

void TestChartView::legendToggle()
{
    m_view->setChart(chartOf(ChartKind::GflopsByGrid));
    QSignalSpy toggled(m_view, &ChartView::seriesVisibilityChanged);
    const QRect item = m_view->legendItemRect(1);
    QVERIFY(item.isValid());
    const QPoint bar = m_view->pointPosition(1, 1); // Table II: CentOS at 14x2
    QVERIFY(!bar.isNull());

    QTest::mouseClick(m_view->plotWidget(), Qt::LeftButton, {}, item.center());
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.first(), (QVariantList{1, false}));
    QVERIFY(!m_view->isSeriesVisible(1));
    QVERIFY(m_view->isSeriesVisible(0));
    QVERIFY(m_view->pointPosition(1, 1).isNull()); // hidden: no point to hover

    // The legend entry stays where it was, so a second click brings the series back.
    QCOMPARE(m_view->legendItemRect(1), item);
    QTest::mouseClick(m_view->plotWidget(), Qt::LeftButton, {}, item.center());
    QCOMPARE(toggled.size(), 2);
    QVERIFY(m_view->isSeriesVisible(1));
}

void TestChartView::hover_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("penalty 14x2") << int(ChartKind::Penalty) << 0 << 1 << QStringList{u"14x2"_s, u"78.13"_s};
    QTest::newRow("gflops VOC 7x4") << int(ChartKind::GflopsByGrid) << 3 << 2
                                    << QStringList{u"Table III: VOC"_s, u"7x4"_s, u"33.6"_s};
    QTest::newRow("paper VM boot") << int(ChartKind::BootDistribution) << 2 << 2
                                   << QStringList{u"virtual machines"_s, u"median 58"_s};
    QTest::newRow("timeline span") << int(ChartKind::BootTimeline) << 4 << 3
                                   << QStringList{u"demo-compute03"_s, u"ready"_s};
    QTest::newRow("scaling point") << int(ChartKind::GflopsVsN) << 2 << 1 << QStringList{u"28"_s, u"138.2"_s};
}

void TestChartView::hover()
{
    QFETCH(int, kind);
    QFETCH(int, series);
    QFETCH(int, index);
    QFETCH(QStringList, contains);
    m_view->setChart(chartOf(ChartKind(kind)));
    const QString expected = m_view->hoverTextFor(series, index);
    for (const QString& part : contains)
        QVERIFY2(expected.contains(part), qPrintable(expected));

    QSignalSpy hovered(m_view, &ChartView::hoverTextChanged);
    const QPoint position = m_view->pointPosition(series, index);
    QTest::mouseMove(m_view->plotWidget(), position);
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().first().toString(), expected);

    // Far from every point (the top-left corner, in the title's margin): the text goes away.
    QTest::mouseMove(m_view->plotWidget(), QPoint(2, 2));
    QTRY_COMPARE(hovered.last().first().toString(), QString());
}

void TestChartView::denseTimeline_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<int>("firstVcn"); // the VCNs in view: firstVcn .. firstVcn + vcns - 1
    QTest::addColumn<int>("vcns");
    QTest::addColumn<bool>("everyVcn");
    QTest::newRow("20 VCNs at the top") << -0.5 << 19.5 << 0 << 20 << true;
    QTest::newRow("20 VCNs in the middle") << 9999.5 << 10019.5 << 10000 << 20 << true;
    QTest::newRow("10 VCNs at the bottom, past the end") << 19989.5 << 20009.5 << 19990 << 10 << true;
    QTest::newRow("1,000 VCNs, the most drawn one by one") << 4999.5 << 5999.5 << 5000 << 1000 << true;
    QTest::newRow("2,000 VCNs, averaged") << 4999.5 << 6999.5 << 5000 << 2000 << false;
}

void TestChartView::denseTimeline()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(int, firstVcn);
    QFETCH(int, vcns);
    QFETCH(bool, everyVcn);
    const ChartData& data = denseTimelineChart();
    m_view->setChart(data);
    const QList<double> whole = m_view->drawnKeys(0);
    QVERIFY(averaged(*m_view, data.series.first().categories.size()));

    m_view->setKeyRange(lower, upper);
    // Drawn again once the event loop runs, not on every range change.
    const QList<double> stale = m_view->drawnKeys(0);
    QTRY_VERIFY(m_view->drawnKeys(0) != stale);
    if (everyVcn) {
        QList<double> expected;
        for (int vcn = firstVcn; vcn < firstVcn + vcns; ++vcn)
            expected.append(vcn);
        for (int s = 0; s < m_view->seriesCount(); ++s)
            QCOMPARE(m_view->drawnKeys(s), expected);
    } else {
        QVERIFY(averaged(*m_view, vcns));
    }

    // A VCN drawn on its own answers the mouse with its own tooltip.
    if (everyVcn && vcns <= 20) {
        const int vcn = firstVcn + vcns / 2;
        const QString expected = m_view->hoverTextFor(4, vcn);
        QVERIFY2(expected.contains(data.series[4].categories[vcn]) && expected.contains(u"ready"_s),
                 qPrintable(expected));
        QSignalSpy hovered(m_view, &ChartView::hoverTextChanged);
        QTest::mouseMove(m_view->plotWidget(), m_view->pointPosition(4, vcn));
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().first().toString(), expected);
    }

    // Zoomed out again: averaged as before, and at once when the zoom is reset.
    m_view->setKeyRange(-0.6, double(data.series.first().categories.size()) - 0.4);
    QTRY_COMPARE(m_view->drawnKeys(0), whole);
    m_view->setKeyRange(lower, upper);
    QTRY_VERIFY(m_view->drawnKeys(0) != whole);
    m_view->resetZoom();
    QCOMPARE(m_view->drawnKeys(0), whole);
}

void TestChartView::denseTimelineWheel()
{
    m_view->setChart(denseTimelineChart());
    // A burst of wheel steps over the middle of the plot, 0.85 times the range each: 43 of them leave
    // about 19 of the 20,000 VCNs in view.
    const QPointF middle = QRectF(m_view->plotWidget()->rect()).center();
    for (int step = 0; step < 43; ++step) {
        QWheelEvent wheel(middle, m_view->plotWidget()->mapToGlobal(middle), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->plotWidget(), &wheel);
    }
    const auto [lower, upper] = m_view->keyRange();
    QVERIFY2(upper - lower < 25, qPrintable(u"%1 .. %2"_s.arg(lower).arg(upper)));
    QList<double> expected;
    for (int vcn = int(std::ceil(lower)); vcn <= int(std::floor(upper)); ++vcn)
        expected.append(vcn);
    QTRY_COMPARE(m_view->drawnKeys(2), expected);
}

void TestChartView::exportFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("png") << u"chart.png"_s << QByteArray("\x89PNG");
    QTest::newRow("pdf") << u"chart.pdf"_s << QByteArray("%PDF");
    QTest::newRow("svg, upper case") << u"chart.SVG"_s << QByteArray("<?xml");
    QTest::newRow("csv") << u"chart.csv"_s << QByteArray("series,grid,percent\r\nTable III: VOC vs");
}

void TestChartView::exportFormats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, prefix);
    m_view->setChart(chartOf(ChartKind::Penalty));
    const QString path = m_dir.filePath(name);
    const Status written = m_view->exportTo(path, QSize(640, 400));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(prefix), bytes.left(40).constData());
    if (name.endsWith(u".png"_s))
        QCOMPARE(QImage::fromData(bytes).size(), QSize(640, 400));
    if (name.endsWith(u".SVG"_s))
        QVERIFY(bytes.contains("<svg") && bytes.contains("78.13"));
}

void TestChartView::exportErrors()
{
    m_view->setChart(chartOf(ChartKind::Penalty));
    const Status gif = m_view->exportTo(m_dir.filePath(u"chart.gif"_s));
    QVERIFY(!gif.ok());
    QCOMPARE(gif.error().code, ErrorCode::InvalidInput);
    QVERIFY(!gif.error().hint.isEmpty());
    const Status missing = m_view->exportTo(m_dir.filePath(u"no/such/dir/chart.png"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().toString().contains(u"chart.png"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"chart.gif"_s)));
}

void TestChartView::emptyChartHasNoAxes()
{
    // Before runs are chosen: the title only, no box of axes ticked 0 to 1 (the page shows its hint).
    ChartData empty;
    empty.kind = ChartKind::GflopsByGrid;
    empty.title = u"GFLOPS per process grid"_s;
    m_view->setChart(empty);
    const QImage blank = m_view->grab().toImage();
    // With series the axes are back.
    m_view->setChart(chartOf(ChartKind::GflopsByGrid));
    const QImage drawn = m_view->grab().toImage();
    if (qEnvironmentVariableIsSet("VOC_CHART_PNG_DIR")) { // to look at
        blank.save(qEnvironmentVariable("VOC_CHART_PNG_DIR") + u"/empty-chart.png"_s);
        drawn.save(qEnvironmentVariable("VOC_CHART_PNG_DIR") + u"/drawn-chart.png"_s);
    }
    QVERIFY2(test::longestDarkLine(blank) < blank.width() / 3,
             qPrintable(QString::number(test::longestDarkLine(blank))));
    QVERIFY(test::longestDarkLine(drawn) > drawn.width() / 3);
    m_view->setChart(empty);
    const QImage again = m_view->grab().toImage();
    QVERIFY(test::longestDarkLine(again) < again.width() / 3);
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
