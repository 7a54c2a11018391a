// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView offscreen: every chart kind shows its series, a legend click hides and shows a series,
// the mouse over a bar gives its tooltip text, and exports write PNG, PDF, SVG and CSV.
#include "charts/chartview.h"

#include "bench/paperreference.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void exportFormats_data();
    void exportFormats();
    void exportErrors();

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

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
