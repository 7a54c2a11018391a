// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page offscreen: a results store in a temporary file with fixture runs becomes the
// history (the paper's runs imported on first show), filtered by kind and target; selections become
// charts of the right kind and series; the penalty's problem is explained in the page; runs are deleted
// only when confirmed and exported as CSV; the empty state; defaults from the design; and, where hpcc
// and mpirun are installed, a real bare-metal HPL run with its progress, log and cancel.
#include "bench/benchjobs.h"
#include "bench/benchmarkspage.h"
#include "bench/hpldesign.h"
#include "bench/runfiltermodel.h"
#include "bench/runhistorymodel.h"
#include "charts/chartview.h"
#include "design/designdocument.h"
#include "ui_benchmarkspage.h"

#include "bench/paperreference.h"
#include "bench/resultsstore.h"
#include "model/designfile.h"
#include "model/siteprofile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::ChartKind)

namespace {

class TestPage : public BenchmarksPage
{
public:
    using BenchmarksPage::BenchmarksPage;
    bool confirmDelete = false;
    int deleteAsked = 0;
    QString csvPath;
    QString chartPath;

protected:
    bool askConfirmDelete(const QList<Run>&) override
    {
        ++deleteAsked;
        return confirmDelete;
    }
    QString askCsvPath() override { return csvPath; }
    QString askChartPath() override { return chartPath; }
};

HplRow row(qint64 n, int p, int q, double gflops, bool passed = true)
{
    return HplRow{.n = n,
                  .nb = 64,
                  .p = p,
                  .q = q,
                  .seconds = 1.5,
                  .gflops = gflops,
                  .residual = 0.004,
                  .passed = passed,
                  .variant = u"WR11C2R4"_s};
}

Run hplRun(RunTarget target, const QString& label, QList<HplRow> rows)
{
    Run run;
    run.kind = RunKind::Hpl;
    run.target = target;
    run.design = u"demo"_s;
    run.hosts = {u"localhost"_s};
    run.time = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    run.label = label;
    run.settings = u"{}"_s;
    run.hplRows = std::move(rows);
    return run;
}

// Five measured runs: HPL on bare metal, in a local run (one row failed) and at a site; boot; network.
QList<Run> fixtureRuns()
{
    QList<Run> runs{
        hplRun(RunTarget::BareMetal, u"baremetal ws"_s, {row(1000, 1, 1, 5.0), row(1000, 1, 2, 9.0)}),
        hplRun(RunTarget::Local, u"demo local"_s,
               {row(1000, 1, 1, 4.5), row(1000, 1, 2, 6.0), row(2000, 1, 2, 5.5, false)}),
        hplRun(RunTarget::Site, u"demo at sandbox"_s, {row(1000, 1, 1, 4.0)}),
    };
    Run boot;
    boot.kind = RunKind::Boot;
    boot.target = RunTarget::Local;
    boot.design = u"demo"_s;
    boot.label = u"demo boot"_s;
    boot.time = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    for (const QString& vcn : {u"demo-head"_s, u"demo-compute01"_s}) {
        qint64 ms = 0;
        for (const BootPhase phase : allBootPhases)
            boot.bootSamples.append(BootSample{vcn, phase, ms += 4000});
    }
    runs.append(boot);
    Run net;
    net.kind = RunKind::Net;
    net.target = RunTarget::Local;
    net.design = u"demo"_s;
    net.label = u"demo net"_s;
    net.time = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    net.netSamples.append(NetSample{u"virtio"_s, u"demo-compute01 <-> demo-compute02"_s, 50.0, 100.0});
    runs.append(net);
    return runs;
}

int paperRunCount()
{
    return int(paperRuns(loadPaperReference().value()).size());
}

} // namespace

class TestBenchmarksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void historyRows();
    void filters_data();
    void filters();
    void chartFromSelection_data();
    void chartFromSelection();
    void penaltyProblem_data();
    void penaltyProblem();
    void deleteWithConfirmation_data();
    void deleteWithConfirmation();
    void exportCsv_data();
    void exportCsv();
    void exportChart();
    void emptyState();
    void defaultsFromDesign();
    void siteHostsAsTargets();
    void siteHostsEndpoint_data();
    void siteHostsEndpoint();
    void bareMetalRun();
    void cancelRun();

private:
    // A page over the fixture store, shown, with its history loaded (paper runs imported).
    std::unique_ptr<TestPage> shownPage();
    bool selectLabels(TestPage& page, const QStringList& labels);
    QString m_storePath;
    std::unique_ptr<QTemporaryDir> m_dir;
    DesignDocument* m_document = nullptr;
    QHash<QString, qint64> m_ids; // fixture label -> id
};

void TestBenchmarksPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<voc::ChartKind>();
}

void TestBenchmarksPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(u"results.sqlite"_s);
    auto store = ResultsStore::open(m_storePath);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_ids.clear();
    for (const Run& run : fixtureRuns()) {
        const Result<qint64> id = (*store)->addRun(run);
        QVERIFY(id.ok());
        m_ids.insert(run.label, *id);
    }
    m_document = new DesignDocument(this);
    const Result<ParsedDesign> demo =
        loadDesignFile(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"));
    QVERIFY(demo.ok());
    m_document->newDesign(demo->design);
}

void TestBenchmarksPage::cleanup()
{
    delete m_document;
    m_document = nullptr;
    m_dir.reset();
}

std::unique_ptr<TestPage> TestBenchmarksPage::shownPage()
{
    auto page = std::make_unique<TestPage>(m_document, m_storePath);
    page->setDeployStateDir(m_dir->filePath(u"deployments"_s));
    page->setRunStateDir(m_dir->filePath(u"runs"_s));
    page->setSitesDir(m_dir->filePath(u"sites"_s));
    page->resize(1100, 700);
    QSignalSpy loaded(page.get(), &BenchmarksPage::historyLoaded);
    page->show();
    if (!loaded.wait(10000))
        return nullptr;
    return page;
}

bool TestBenchmarksPage::selectLabels(TestPage& page, const QStringList& labels)
{
    QList<qint64> ids;
    for (const QString& label : labels) {
        if (!m_ids.contains(label))
            return false;
        ids.append(m_ids.value(label));
    }
    page.selectRuns(ids);
    return page.selectedRunIds().size() == labels.size();
}

void TestBenchmarksPage::historyRows()
{
    auto page = shownPage();
    QVERIFY(page);
    QAbstractItemModelTester historyTester(page->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(page->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunHistoryModel* model = page->historyModel();
    QCOMPARE(model->rowCount(), int(m_ids.size()) + paperRunCount());
    QCOMPARE(page->ui()->historyStack->currentWidget(), page->ui()->runTable);

    const int local = model->rowOf(m_ids.value(u"demo local"_s));
    QVERIFY(local >= 0);
    QCOMPARE(model->index(local, RunHistoryModel::KindColumn).data().toString(), u"HPL"_s);
    QCOMPARE(model->index(local, RunHistoryModel::TargetColumn).data().toString(), u"Local run"_s);
    QCOMPARE(model->index(local, RunHistoryModel::DesignColumn).data().toString(), u"demo"_s);
    QCOMPARE(model->index(local, RunHistoryModel::LabelColumn).data().toString(), u"demo local"_s);
    QVERIFY(!model->index(local, RunHistoryModel::TimeColumn).data().toString().isEmpty());
    // The best of the rows, and the failed row counted.
    const QString result = model->index(local, RunHistoryModel::ResultColumn).data().toString();
    QVERIFY2(result.contains(u"6.000 GFLOPS"_s) && result.contains(u"1 failed"_s), qPrintable(result));
    const int boot = model->rowOf(m_ids.value(u"demo boot"_s));
    // Both VCNs are ready after 5 phases of 4 s: the median is 20.0 s.
    QCOMPARE(model->index(boot, RunHistoryModel::ResultColumn).data().toString(), u"20.0 s to ready"_s);
    const int net = model->rowOf(m_ids.value(u"demo net"_s));
    QVERIFY(model->index(net, RunHistoryModel::ResultColumn).data().toString().startsWith(u"50.0 µs"_s));
    // The paper's Table III physical run, best of its grids: 138.2 GFLOPS.
    bool foundPaper = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->run(r).label == u"Table III: Bare metal"_s) {
            foundPaper = true;
            QCOMPARE(RunHistoryModel::resultValue(model->run(r)).value(), 138.2);
        }
    }
    QVERIFY(foundPaper);

    // A second page on the same store imports nothing twice.
    auto again = shownPage();
    QVERIFY(again);
    QCOMPARE(again->historyModel()->rowCount(), model->rowCount());
}

void TestBenchmarksPage::filters_data()
{
    QTest::addColumn<int>("kind");   // -1: all
    QTest::addColumn<int>("target"); // -1: all
    QTest::addColumn<int>("rows");   // measured fixture rows; the paper's are added below
    QTest::addColumn<bool>("withPaper");
    QTest::newRow("all") << -1 << -1 << 5 << true;
    QTest::newRow("hpl") << int(RunKind::Hpl) << -1 << 3 << true;
    QTest::newRow("boot") << int(RunKind::Boot) << -1 << 1 << true;
    QTest::newRow("net") << int(RunKind::Net) << -1 << 1 << false;
    QTest::newRow("baremetal") << -1 << int(RunTarget::BareMetal) << 1 << false;
    QTest::newRow("local") << -1 << int(RunTarget::Local) << 3 << false;
    QTest::newRow("site") << -1 << int(RunTarget::Site) << 1 << false;
    QTest::newRow("paper") << -1 << int(RunTarget::Paper) << 0 << true;
    QTest::newRow("hpl local") << int(RunKind::Hpl) << int(RunTarget::Local) << 1 << false;
    QTest::newRow("net paper") << int(RunKind::Net) << int(RunTarget::Paper) << 0 << false;
}

void TestBenchmarksPage::filters()
{
    QFETCH(int, kind);
    QFETCH(int, target);
    QFETCH(int, rows);
    QFETCH(bool, withPaper);
    auto page = shownPage();
    QVERIFY(page);
    QAbstractItemModelTester tester(page->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->setKindFilter(kind < 0 ? std::nullopt : std::optional(RunKind(kind)));
    page->setTargetFilter(target < 0 ? std::nullopt : std::optional(RunTarget(target)));
    int paper = 0;
    if (withPaper) {
        for (const Run& run : paperRuns(loadPaperReference().value())) {
            if (kind < 0 || int(run.kind) == kind)
                ++paper;
        }
    }
    const int expected = rows + paper;
    QCOMPARE(page->filterModel()->rowCount(), expected);
    for (int r = 0; r < page->filterModel()->rowCount(); ++r) {
        const QModelIndex index = page->filterModel()->index(r, 0);
        if (kind >= 0)
            QCOMPARE(index.data(RunHistoryModel::KindRole).toInt(), kind);
        if (target >= 0)
            QCOMPARE(index.data(RunHistoryModel::TargetRole).toInt(), target);
    }
    // Nothing left: the table makes way for a sentence saying so.
    QCOMPARE(page->ui()->historyStack->currentWidget() == page->ui()->emptyPage, expected == 0);
    if (expected == 0)
        QVERIFY(page->ui()->emptyLabel->text().contains(u"filter"_s));
}

void TestBenchmarksPage::chartFromSelection_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("chosenKind"); // -1: the page picks
    QTest::addColumn<bool>("paper");
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<int>("series");
    QTest::addColumn<QString>("problem"); // a part of the problem label; empty: no problem shown
    const QStringList pair{u"baremetal ws"_s, u"demo local"_s};
    QTest::newRow("gflops") << pair << -1 << false << ChartKind::GflopsByGrid << 2 << QString();
    QTest::newRow("penalty") << pair << int(ChartKind::Penalty) << false << ChartKind::Penalty << 1
                             << QString();
    QTest::newRow("penalty site") << QStringList{u"baremetal ws"_s, u"demo local"_s, u"demo at sandbox"_s}
                                  << int(ChartKind::Penalty) << false << ChartKind::Penalty << 2 << QString();
    // The local run tried two N on 1x2, so N is the x axis and every grid of each run is a curve.
    QTest::newRow("scaling") << pair << int(ChartKind::GflopsVsN) << false << ChartKind::GflopsVsN << 4
                             << QString();
    QTest::newRow("boot picks its chart")
        << QStringList{u"demo boot"_s} << -1 << false << ChartKind::BootDistribution << 1 << QString();
    QTest::newRow("timeline") << QStringList{u"demo boot"_s} << int(ChartKind::BootTimeline) << false
                              << ChartKind::BootTimeline << 0 << QString() /* series: see below */;
    QTest::newRow("net picks its chart")
        << QStringList{u"demo net"_s} << -1 << false << ChartKind::NetByNic << 2 << QString();
    QTest::newRow("paper only") << QStringList() << int(ChartKind::GflopsByGrid) << true
                                << ChartKind::GflopsByGrid << 2 << QString();
    QTest::newRow("paper penalty") << QStringList() << int(ChartKind::Penalty) << true << ChartKind::Penalty
                                   << 1 << QString();
    QTest::newRow("paper beside ours")
        << pair << int(ChartKind::GflopsByGrid) << true << ChartKind::GflopsByGrid << 4 << QString();
    QTest::newRow("paper boot") << QStringList{u"demo boot"_s} << -1 << true << ChartKind::BootDistribution
                                << 4 << QString();
    QTest::newRow("mixed kinds") << QStringList{u"demo local"_s, u"demo boot"_s} << -1 << false
                                 << ChartKind::GflopsByGrid << 1 << u"another kind"_s;
    QTest::newRow("nothing selected") << QStringList() << int(ChartKind::GflopsByGrid) << false
                                      << ChartKind::GflopsByGrid << 0 << u"Select an HPL run"_s;
}

void TestBenchmarksPage::chartFromSelection()
{
    QFETCH(QStringList, labels);
    QFETCH(int, chosenKind);
    QFETCH(bool, paper);
    QFETCH(ChartKind, kind);
    QFETCH(int, series);
    QFETCH(QString, problem);
    auto page = shownPage();
    QVERIFY(page);
    if (chosenKind >= 0)
        page->setChartKind(ChartKind(chosenKind));
    page->setShowPaper(paper);
    QVERIFY(selectLabels(*page, labels));
    QCOMPARE(int(page->chartKind()), int(kind));
    QCOMPARE(int(page->chartView()->chart().kind), int(kind));
    if (kind == ChartKind::BootTimeline) {
        // Gantt: one series per phase drawn, each with a span per VCN.
        QVERIFY(!page->chartView()->chart().series.isEmpty());
    } else {
        QCOMPARE(page->chartView()->chart().series.size(), series);
    }
    if (problem.isEmpty())
        QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
    else
        QVERIFY2(page->problemText().contains(problem), qPrintable(page->problemText()));
    QCOMPARE(page->ui()->exportChartButton->isEnabled(), !page->chartView()->chart().series.isEmpty());
}

void TestBenchmarksPage::penaltyProblem_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("missing");
    QTest::newRow("voc only") << QStringList{u"demo local"_s} << u"no bare-metal run"_s;
    QTest::newRow("bare metal only") << QStringList{u"baremetal ws"_s} << u"no VOC run"_s;
    QTest::newRow("site only") << QStringList{u"demo at sandbox"_s} << u"no bare-metal run"_s;
}

void TestBenchmarksPage::penaltyProblem()
{
    QFETCH(QStringList, labels);
    QFETCH(QString, missing);
    auto page = shownPage();
    QVERIFY(page);
    page->setChartKind(ChartKind::Penalty);
    QVERIFY(selectLabels(*page, labels));
    QCOMPARE(int(page->chartKind()), int(ChartKind::Penalty));
    QVERIFY(page->chartView()->chart().series.isEmpty());
    QVERIFY(page->ui()->problemLabel->isVisibleTo(page.get()));
    QVERIFY2(page->problemText().contains(u"Select a bare-metal run and a VOC run to see the penalty"_s),
             qPrintable(page->problemText()));
    QVERIFY2(page->problemText().contains(missing), qPrintable(page->problemText()));
    QVERIFY(!page->ui()->exportChartButton->isEnabled());
    // With the paper's results the bare-metal side is there: the page draws the local run against
    // the paper's cluster (no measured partner) or explains what still misses.
    page->setShowPaper(true);
    if (labels == QStringList{u"baremetal ws"_s}) {
        QVERIFY(!page->chartView()->chart().series.isEmpty()); // the paper's own VOC vs physical
    }
    QVERIFY(page->messageText().isEmpty()); // a problem is never an error box
}

void TestBenchmarksPage::deleteWithConfirmation_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("declined") << false << QStringList{u"demo local"_s};
    QTest::newRow("one") << true << QStringList{u"demo local"_s};
    QTest::newRow("two") << true << QStringList{u"demo boot"_s, u"demo net"_s};
}

void TestBenchmarksPage::deleteWithConfirmation()
{
    QFETCH(bool, confirm);
    QFETCH(QStringList, labels);
    auto page = shownPage();
    QVERIFY(page);
    const int before = page->historyModel()->rowCount();
    QVERIFY(selectLabels(*page, labels));
    QVERIFY(page->ui()->deleteButton->isEnabled());
    page->confirmDelete = confirm;
    QSignalSpy removed(page.get(), &BenchmarksPage::runsRemoved);
    QSignalSpy loaded(page.get(), &BenchmarksPage::historyLoaded);
    // The Delete key on the table asks like the button.
    page->ui()->runTable->setFocus();
    QTest::keyClick(page->ui()->runTable, Qt::Key_Delete);
    QCOMPARE(page->deleteAsked, 1);
    if (!confirm) {
        QTest::qWait(100);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(page->historyModel()->rowCount(), before);
        return;
    }
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.first().first().toBool(), true);
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    QCOMPARE(page->historyModel()->rowCount(), before - int(labels.size()));
    for (const QString& label : labels)
        QCOMPARE(page->historyModel()->rowOf(m_ids.value(label)), -1);
    // Gone from the store, not only from the view.
    auto store = ResultsStore::open(m_storePath);
    QVERIFY(store.ok());
    QCOMPARE((*store)->runs().value().size(), before - labels.size());
}

void TestBenchmarksPage::exportCsv_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("files"); // written, relative to the temporary folder
    QTest::addColumn<int>("dataLines");     // in all files
    QTest::newRow("one hpl run") << QStringList{u"demo local"_s} << QStringList{u"out.csv"_s} << 3;
    QTest::newRow("two hpl runs") << QStringList{u"baremetal ws"_s, u"demo local"_s}
                                  << QStringList{u"out.csv"_s} << 5;
    QTest::newRow("hpl and boot") << QStringList{u"demo local"_s, u"demo boot"_s}
                                  << QStringList{u"out-hpl.csv"_s, u"out-boot.csv"_s} << 13;
}

void TestBenchmarksPage::exportCsv()
{
    QFETCH(QStringList, labels);
    QFETCH(QStringList, files);
    QFETCH(int, dataLines);
    auto page = shownPage();
    QVERIFY(page);
    QVERIFY(selectLabels(*page, labels));
    page->csvPath = m_dir->filePath(u"out.csv"_s);
    QSignalSpy exported(page.get(), &BenchmarksPage::csvExported);
    QTest::mouseClick(page->ui()->exportCsvButton, Qt::LeftButton);
    QVERIFY(exported.wait(5000));
    QCOMPARE(exported.first().first().toBool(), true);
    int lines = 0;
    for (const QString& name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
        QVERIFY(rows.first().startsWith("run,target,design,label,"));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            // Each row names its run, so runs stay apart in one file.
            const QByteArray id = rows.at(i).left(rows.at(i).indexOf(','));
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QString& label) {
                return QByteArray::number(m_ids.value(label)) == id;
            }));
        }
        lines += int(rows.size()) - 1;
    }
    QCOMPARE(lines, dataLines);
    if (files.size() == 1)
        QVERIFY(!QFile::exists(m_dir->filePath(u"out-hpl.csv"_s)));
}

void TestBenchmarksPage::exportChart()
{
    auto page = shownPage();
    QVERIFY(page);
    QVERIFY(selectLabels(*page, {u"baremetal ws"_s, u"demo local"_s}));
    for (const QString& name : {u"chart.png"_s, u"chart.csv"_s, u"chart.svg"_s}) {
        page->chartPath = m_dir->filePath(name);
        QTest::mouseClick(page->ui()->exportChartButton, Qt::LeftButton);
        QVERIFY2(QFileInfo(page->chartPath).size() > 0, qPrintable(name));
    }
    QFile csv(m_dir->filePath(u"chart.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.contains("baremetal ws") && text.contains("demo local"));
    // An unknown suffix is an error in the page, not a crash or a silent nothing.
    page->chartPath = m_dir->filePath(u"chart.xyz"_s);
    QTest::mouseClick(page->ui()->exportChartButton, Qt::LeftButton);
    QVERIFY(!page->messageText().isEmpty());
}

void TestBenchmarksPage::emptyState()
{
    const QString path = m_dir->filePath(u"empty.sqlite"_s);
    TestPage page(m_document, path);
    QSignalSpy loaded(&page, &BenchmarksPage::historyLoaded);
    page.reload(); // without the first show's import
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.historyModel()->rowCount(), 0);
    QCOMPARE(page.ui()->historyStack->currentWidget(), page.ui()->emptyPage);
    QCOMPARE(page.ui()->emptyLabel->text(), u"No runs yet: run HPL or import the paper's results."_s);
    QVERIFY(!page.ui()->importPaperButton->isHidden());
    QVERIFY(page.problemText().contains(u"No runs yet"_s));
    QVERIFY(!page.ui()->deleteButton->isEnabled());
    QVERIFY(!page.ui()->exportCsvButton->isEnabled());
    QTest::mouseClick(page.ui()->importPaperButton, Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.historyModel()->rowCount(), paperRunCount());
    QCOMPARE(page.ui()->historyStack->currentWidget(), page.ui()->runTable);
}

void TestBenchmarksPage::defaultsFromDesign()
{
    auto page = shownPage();
    QVERIFY(page);
    const Design& design = m_document->design();
    const HplDesignSizing defaults = sizeHplForDesign(design);
    QVERIFY(defaults.n.ok());
    QVERIFY(defaults.grid.ok());
    // The same N as the sizing gives for the compute nodes, and the grid for all their vCPUs.
    int nodes = 0;
    int processes = 0;
    for (const Role* role : design.computeRoles()) {
        nodes += role->count;
        processes += role->count * role->vcpus;
    }
    const HplSizingInput input{nodes, qint64(design.computeRoles().first()->memoryMiB) << 20,
                               design.hpl.utilization,
                               design.hpl.step > 0 ? design.hpl.step : design.hpl.blockSize};
    QCOMPARE(page->ui()->nEdit->text(), QString::number(hplProblemSize(input).value()));
    QCOMPARE(page->ui()->nbSpin->value(), design.hpl.blockSize);
    QCOMPARE(page->ui()->pSpin->value() * page->ui()->qSpin->value(), processes);
    QVERIFY(page->ui()->pSpin->value() <= page->ui()->qSpin->value());
    QVERIFY2(page->ui()->derivationLabel->text().contains(u"N = "_s + page->ui()->nEdit->text()),
             qPrintable(page->ui()->derivationLabel->text()));
    // Edited, then back to the design's values.
    page->setProblemSizes(u"1000"_s);
    page->setGrid(1, 1);
    QTest::mouseClick(page->ui()->defaultsButton, Qt::LeftButton);
    QCOMPARE(page->ui()->nEdit->text(), QString::number(*defaults.n));
    QCOMPARE(page->ui()->pSpin->value(), defaults.grid->p);
    // Targets: the local run of the design and this workstation (no deployments in the test folder).
    QCOMPARE(page->ui()->runTargetCombo->count(), 2);
    QVERIFY(page->ui()->runTargetCombo->itemText(0).contains(design.name));
    QVERIFY(page->setRunTarget(RunTarget::BareMetal));
    QVERIFY(!page->setRunTarget(RunTarget::Site, u"nope"_s));
}

namespace {

// A site profile with `hosts` KVM hosts kvm1..kvmK in `dir`; its path.
QString writeSite(const QString& dir, const QString& name, int hosts)
{
    SiteProfile site;
    site.name = name;
    for (int k = 1; k <= hosts; ++k)
        site.hosts.append(SiteHost{.name = u"kvm%1"_s.arg(k),
                                   .uri = u"qemu+ssh://root@10.213.0.%1/system?keyfile=/k/id"_s.arg(10 + k)});
    site.network.bridge = u"vocbr0"_s;
    site.network.subnet = u"10.213.0.0/24"_s;
    site.network.rangeStart = u"10.213.0.100"_s;
    site.network.rangeEnd = u"10.213.0.200"_s;
    site.directory.uri = u"ldap://10.213.0.1"_s;
    site.directory.baseDn = u"dc=vsp,dc=test"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + u".json"_s;
    return saveSiteProfile(path, site).ok() ? path : QString();
}

} // namespace

void TestBenchmarksPage::siteHostsAsTargets()
{
    const QString sites = m_dir->filePath(u"sites"_s);
    const QString two = writeSite(sites, u"vsp"_s, 2);
    QVERIFY(!two.isEmpty());
    QVERIFY(!writeSite(sites, u"nohosts"_s, 0).isEmpty()); // not a target: nothing to run on
    QFile broken(sites + u"/broken.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    auto page = shownPage();
    QVERIFY(page);
    QComboBox* combo = page->ui()->runTargetCombo;
    // The local run, this workstation and the hosts of the one usable site, once they have been read.
    QTRY_COMPARE(combo->count(), 3);
    QVERIFY2(combo->itemText(2).contains(u"vsp"_s) && combo->itemText(2).contains(u"kvm1, kvm2"_s),
             qPrintable(combo->itemText(2)));
    // Chosen by the site's name or its file.
    QVERIFY(page->setRunTarget(RunTarget::BareMetal, u"vsp"_s));
    QCOMPARE(combo->currentIndex(), 2);
    QVERIFY(page->setRunTarget(RunTarget::BareMetal));
    QCOMPARE(combo->currentIndex(), 1);
    QVERIFY(page->setRunTarget(RunTarget::BareMetal, two));
    QCOMPARE(combo->currentIndex(), 2);
    // The choice survives a refresh of the targets.
    page->refreshTargets();
    QTest::qWait(200);
    QTRY_COMPARE(combo->count(), 3);
    QCOMPARE(combo->currentIndex(), 2);
    // A grid that cannot spread over the two hosts is refused before anything runs, naming the site.
    page->setProblemSizes(u"200"_s);
    page->setGrid(1, 3);
    QSignalSpy finished(page.get(), &BenchmarksPage::runFinished);
    QTest::mouseClick(page->ui()->runHplButton, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(page->messageText().contains(u"vsp"_s), qPrintable(page->messageText()));
    QCOMPARE(page->activity(), BenchmarksPage::Activity::Idle);
}

void TestBenchmarksPage::siteHostsEndpoint_data()
{
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("processes");
    QTest::addColumn<bool>("network");
    QTest::addColumn<QStringList>("nodes"); // empty: an error
    QTest::addColumn<int>("ranksPerNode");

    const QString a = u"10.213.0.11"_s, b = u"10.213.0.12"_s, c = u"10.213.0.13"_s;
    QTest::newRow("one rank per host") << 2 << 2 << false << QStringList{a, b} << 1;
    QTest::newRow("two ranks per host") << 2 << 4 << false << QStringList{a, b} << 2;
    QTest::newRow("fewer ranks than hosts") << 3 << 2 << false << QStringList{a, b} << 1;
    QTest::newRow("uneven") << 2 << 3 << false << QStringList() << 0;
    QTest::newRow("ping-pong: the first two") << 3 << 6 << true << QStringList{a, b} << 1;
    QTest::newRow("ping-pong on one host") << 1 << 2 << true << QStringList() << 0;
    QTest::newRow("every host") << 3 << 3 << false << QStringList{a, b, c} << 1;
}

void TestBenchmarksPage::siteHostsEndpoint()
{
    QFETCH(int, hosts);
    QFETCH(int, processes);
    QFETCH(bool, network);
    QFETCH(QStringList, nodes);
    QFETCH(int, ranksPerNode);
    BenchTargetChoice choice;
    choice.target = RunTarget::BareMetal;
    choice.siteProfile = writeSite(m_dir->filePath(u"sites"_s), u"vsp"_s, hosts);
    QVERIFY(!choice.siteProfile.isEmpty());
    choice.processes = processes;
    choice.network = network;
    const Result<BenchEndpoint> endpoint = bareMetalEndpoint(choice);
    if (nodes.isEmpty()) {
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error().what.contains(u"vsp"_s), qPrintable(endpoint.error().toString()));
        QVERIFY(!endpoint.error().hint.isEmpty());
        return;
    }
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().toString()));
    QCOMPARE(endpoint->nodes, nodes);
    QCOMPARE(endpoint->slotsPerNode, ranksPerNode);
    QCOMPARE(endpoint->launcher, u"root@10.213.0.11"_s);
    QCOMPARE(endpoint->displayName(nodes.first()), u"kvm1"_s);
    QCOMPARE(toString(endpoint->target), toString(RunTarget::BareMetal));
    // A missing profile is an error naming the file.
    choice.siteProfile = m_dir->filePath(u"sites/none.json"_s);
    const Result<BenchEndpoint> missing = bareMetalEndpoint(choice);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().toString().contains(u"none.json"_s));
}

void TestBenchmarksPage::bareMetalRun()
{
    if (QStandardPaths::findExecutable(u"hpcc"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"mpirun"_s).isEmpty())
        QFAIL("hpcc or mpirun is not installed (scripts/setup installs them): no bare-metal run");
    auto page = shownPage();
    QVERIFY(page);
    const int before = page->historyModel()->rowCount();
    QVERIFY(page->setRunTarget(RunTarget::BareMetal));
    page->setProblemSizes(u"200"_s);
    page->ui()->nbSpin->setValue(32);
    page->setGrid(1, 1);
    QSignalSpy finished(page.get(), &BenchmarksPage::runFinished);
    QSignalSpy lines(page.get(), &BenchmarksPage::logLine);
    QSignalSpy busy(page.get(), &BenchmarksPage::busyChanged);
    QSignalSpy loaded(page.get(), &BenchmarksPage::historyLoaded);
    QTest::mouseClick(page->ui()->runHplButton, Qt::LeftButton);
    QVERIFY(page->activity() != BenchmarksPage::Activity::Idle);
    QVERIFY(!page->ui()->runHplButton->isEnabled());
    QVERIFY(page->ui()->cancelButton->isEnabled());
    QVERIFY(page->ui()->progressRow->isVisibleTo(page.get()));
    QCOMPARE(page->ui()->tabs->currentWidget(), page->ui()->runTab);
    QVERIFY(finished.wait(300000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(page->messageText()));
    QVERIFY(lines.count() > 3);
    QVERIFY(!page->ui()->logView->toPlainText().isEmpty());
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
    // The new run is in the history, selected and charted.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->historyModel()->rowCount(), before + 1);
    const QList<qint64> selected = page->selectedRunIds();
    QCOMPARE(selected.size(), 1);
    const Run* run = page->historyModel()->findRun(selected.first());
    QVERIFY(run);
    QCOMPARE(int(run->target), int(RunTarget::BareMetal));
    QCOMPARE(int(run->kind), int(RunKind::Hpl));
    QVERIFY(!run->hplRows.isEmpty());
    QCOMPARE(run->hplRows.first().n, 200);
    QCOMPARE(page->ui()->tabs->currentWidget(), page->ui()->compareTab);
    QCOMPARE(int(page->chartKind()), int(ChartKind::GflopsByGrid));
    QCOMPARE(page->chartView()->chart().series.size(), 1);
}

void TestBenchmarksPage::cancelRun()
{
    if (QStandardPaths::findExecutable(u"hpcc"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"mpirun"_s).isEmpty())
        QFAIL("hpcc or mpirun is not installed (scripts/setup installs them): no bare-metal run to cancel");
    auto page = shownPage();
    QVERIFY(page);
    const int before = page->historyModel()->rowCount();
    QVERIFY(page->setRunTarget(RunTarget::BareMetal));
    page->setProblemSizes(u"20000"_s); // minutes of work: only a cancel ends it in time
    page->setGrid(1, 1);
    QSignalSpy finished(page.get(), &BenchmarksPage::runFinished);
    QSignalSpy lines(page.get(), &BenchmarksPage::logLine);
    page->runHpl();
    // Wait until mpirun is under way (the job logs what it starts), then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(page->activity() == BenchmarksPage::Activity::Running && lines.count() >= 2,
                             30000);
    QTest::qWait(1000);
    // The log follows the output while nobody scrolls back.
    const QScrollBar* bar = page->ui()->logView->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, 30000);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::mouseClick(page->ui()->cancelButton, Qt::LeftButton);
    QVERIFY(!page->ui()->cancelButton->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(page->messageText().contains(u"cancelled"_s), qPrintable(page->messageText()));
    QCOMPARE(int(page->activity()), int(BenchmarksPage::Activity::Idle));
    QVERIFY(page->ui()->runHplButton->isEnabled());
    auto store = ResultsStore::open(m_storePath);
    QVERIFY(store.ok());
    QCOMPARE(int((*store)->runs().value().size()), before); // nothing stored
}

QTEST_MAIN(TestBenchmarksPage)
#include "tst_benchmarkspage.moc"
