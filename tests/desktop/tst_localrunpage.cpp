// SPDX-License-Identifier: GPL-3.0-or-later
// The Test-locally page without VMs: its state table and timeline models fed with boot samples, the
// timeline drawing them, the console's search, and errors of a run shown in the page with their hint
// (a hypervisor that cannot connect stands in for a missing libvirtd).
#include "design/designdocument.h"
#include "localrun/boottimeline.h"
#include "localrun/boottimelinemodel.h"
#include "localrun/consoleview.h"
#include "localrun/localrunpage.h"
#include "localrun/vcnstatemodel.h"

#include "model/plan.h"
#include "virt/hypervisor.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::BootPhase)

namespace {

class UnreachableHypervisor : public Hypervisor
{
public:
    Result<std::unique_ptr<HypervisorConnection>> connect(const QString& uri) override
    {
        ++calls;
        return makeError(ErrorCode::External, u"Failed to connect socket: No such file or directory"_s, uri,
                         u"start the test daemon"_s);
    }
    int calls = 0;
};

QList<BootSample> samples(const QString& vcn, int phases, qint64 stepMs)
{
    QList<BootSample> list;
    for (int p = 0; p < phases; ++p)
        list.append({vcn, BootPhase(p), stepMs * (p + 1)});
    return list;
}

bool containsColor(const QImage& image, const QColor& color)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color)
                return true;
        }
    }
    return false;
}

} // namespace

class TestLocalRunPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stateModel_data();
    void stateModel();
    void timelineModel_data();
    void timelineModel();
    void timelineDrawsPhases();
    void consoleSearch_data();
    void consoleSearch();
    void consoleCleansSerialBytes();
    void startShowsConnectionError();
    void refreshShowsConnectionError();
};

void TestLocalRunPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalRunPage::stateModel_data()
{
    QTest::addColumn<int>("phases"); // reached by the first VCN
    QTest::addColumn<QString>("state");
    QTest::newRow("none") << 0 << u"planned"_s;
    QTest::newRow("running") << 1 << VcnStateModel::stateForPhase(BootPhase::Running);
    QTest::newRow("kernel") << 2 << VcnStateModel::stateForPhase(BootPhase::Kernel);
    QTest::newRow("network") << 4 << VcnStateModel::stateForPhase(BootPhase::Network);
    QTest::newRow("ready") << 5 << VcnStateModel::stateForPhase(BootPhase::Ready);
}

void TestLocalRunPage::stateModel()
{
    QFETCH(int, phases);
    QFETCH(QString, state);
    VcnStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<Plan> plan = planLocal(makeDefaultDesign(u"t"_s));
    QVERIFY(plan);
    model.setPlan(plan->entries);
    QCOMPARE(model.rowCount(), plan->entries.size());
    QCOMPARE(model.columnCount(), 4 + 5);
    const QString vcn = plan->entries.first().hostname;
    QCOMPARE(model.address(vcn), plan->entries.first().ip);
    for (const BootSample& sample : samples(vcn, phases, 1500))
        model.addSample(sample);
    const int row = model.rowOf(vcn);
    QCOMPARE(model.index(row, VcnStateModel::StateColumn).data().toString(), state);
    for (int p = 0; p < 5; ++p) {
        const QString cell = model.index(row, VcnStateModel::FirstPhaseColumn + p).data().toString();
        QCOMPARE(model.phaseMs(vcn, BootPhase(p)).has_value(), p < phases);
        if (p < phases)
            QCOMPARE(cell, QLocale().toString(1.5 * (p + 1), 'f', 2));
    }
    // A VCN the plan did not name (a run found in libvirt) gets a row of its own.
    model.addSample({u"stranger"_s, BootPhase::Running, 10});
    QCOMPARE(model.rowCount(), plan->entries.size() + 1);
    model.setAddress(u"stranger"_s, u"10.77.0.99"_s);
    QCOMPARE(model.index(model.rowOf(u"stranger"_s), VcnStateModel::AddressColumn).data().toString(),
             u"10.77.0.99"_s);
    model.setAllStates(u"removed"_s);
    QCOMPARE(model.state(vcn), u"removed"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLocalRunPage::timelineModel_data()
{
    QTest::addColumn<int>("vcns");
    QTest::addColumn<int>("phases");
    QTest::newRow("one VCN, running") << 1 << 1;
    QTest::newRow("three VCNs, ready") << 3 << 5;
    QTest::newRow("two VCNs, init") << 2 << 3;
}

void TestLocalRunPage::timelineModel()
{
    QFETCH(int, vcns);
    QFETCH(int, phases);
    BootTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({u"head"_s});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 5);
    for (int v = 0; v < vcns; ++v) {
        const QString name = v == 0 ? u"head"_s : u"compute%1"_s.arg(v);
        for (const BootSample& sample : samples(name, phases, 1000 + v * 100))
            model.addSample(sample);
    }
    QCOMPARE(model.rowCount(), vcns);
    QCOMPARE(model.lastPhase(0), std::optional<BootPhase>(BootPhase(phases - 1)));
    QCOMPARE(model.isReady(vcns - 1), phases == 5);
    QCOMPARE(model.maxMs(), qint64(1000 + (vcns - 1) * 100) * phases);
    QCOMPARE(model.index(0, 0).data(BootTimelineModel::MsRole).toLongLong(), 1000);
    // Phases not reached yet have no time.
    for (int p = phases; p < 5; ++p)
        QVERIFY(!model.index(0, p).data(BootTimelineModel::MsRole).isValid());
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"head"_s);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), BootTimelineModel::phaseLabel(BootPhase::Ready));
    model.setReference(52, 63, u"paper"_s);
    QCOMPARE(model.referenceMaxS(), 63.0);
    model.reset();
    QCOMPARE(model.rowCount(), 0);
}

void TestLocalRunPage::timelineDrawsPhases()
{
    BootTimelineModel model;
    model.setReference(52, 63, u"Paper"_s);
    BootTimeline timeline;
    timeline.setModel(&model);
    timeline.resize(800, timeline.sizeHint().height());
    for (const BootSample& sample : samples(u"voc-head"_s, 5, 2000))
        model.addSample(sample);
    for (const BootSample& sample : samples(u"voc-compute01"_s, 3, 2500))
        model.addSample(sample);
    // The axis reaches past the reference band so both are in view.
    QVERIFY(timeline.axisEndMs() >= 63000);
    timeline.setReferenceVisible(false);
    QVERIFY(timeline.axisEndMs() >= 10000 && timeline.axisEndMs() < 63000);
    const QImage image = timeline.grab().toImage();
    for (BootPhase phase : {BootPhase::Running, BootPhase::Kernel, BootPhase::Init, BootPhase::Network})
        QVERIFY2(containsColor(image, BootTimelineModel::phaseColor(phase)),
                 qPrintable(BootTimelineModel::phaseLabel(phase)));
    // While live, the bar of a VCN not yet ready grows with the clock.
    timeline.startLive(7600);
    QVERIFY(timeline.isLive());
    QTest::qWait(150);
    QVERIFY(timeline.nowMs() >= 7700);
    timeline.stopLive();
    const qint64 frozen = timeline.nowMs();
    QTest::qWait(50);
    QCOMPARE(timeline.nowMs(), frozen);
}

void TestLocalRunPage::consoleSearch_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("matches");
    QTest::newRow("kernel") << u"Linux version"_s << 2;
    QTest::newRow("case-insensitive") << u"dhcp"_s << 5; // udhcpc twice, DHCP three times
    QTest::newRow("none") << u"segfault"_s << 0;
}

void TestLocalRunPage::consoleSearch()
{
    QFETCH(QString, needle);
    QFETCH(int, matches);
    ConsoleView view;
    view.setLog("[    0.000000] Linux version 6.1.0\r\n"
                "Run /init as init process\r\n"
                "udhcpc: started, DHCP discover\r\n"
                "udhcpc: lease of 10.77.0.2 obtained from DHCP server\r\n");
    view.appendLog("Linux version again after a reboot\r\nDHCP done\r\n");
    view.setSearchText(needle);
    QCOMPARE(view.matchCount(), matches);
    QCOMPARE(view.highlightCount(), matches);
    if (matches == 0) {
        QVERIFY(!view.findNext());
        QVERIFY(view.currentMatch().isEmpty());
        return;
    }
    // Typing selected the first match; next and previous step through them and wrap around.
    QCOMPARE(view.currentMatch().toLower(), needle.toLower());
    QVERIFY(view.findNext());
    QCOMPARE(view.currentMatch().toLower(), needle.toLower());
    for (int i = 0; i < matches; ++i)
        QVERIFY(view.findPrevious());
    QCOMPARE(view.currentMatch().toLower(), needle.toLower());
}

void TestLocalRunPage::consoleCleansSerialBytes()
{
    ConsoleView view;
    view.setLog("\x1b[0;32m  OK  \x1b[0m Started ssh.service\r\nlogin: ");
    QCOMPARE(view.text(), u"  OK   Started ssh.service\nlogin: "_s);
    // A sequence split between two reads of the console leaves no fragment behind.
    view.appendLog("\x1b[1;3");
    view.appendLog("1mroot\x1b[0m\x1b]0;demo-head\x07");
    QCOMPARE(view.text(), u"  OK   Started ssh.service\nlogin: root"_s);
}

void TestLocalRunPage::startShowsConnectionError()
{
    QTemporaryDir dir;
    const QString image = dir.filePath(u"base.qcow2"_s);
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"8M"_s});
    if (!qemuImg.waitForFinished(30000) || qemuImg.exitCode() != 0)
        QFAIL(qPrintable(u"qemu-img could not create an image (scripts/setup installs qemu-utils): "_s +
                         qemuImg.errorString() + u"\n"_s +
                         QString::fromLocal8Bit(qemuImg.readAllStandardError())));

    DesignDocument document;
    Design design = makeDefaultDesign(u"gui-fake"_s);
    for (Role& role : design.roles)
        role.image.path = image;
    document.newDesign(design);
    UnreachableHypervisor hypervisor;
    LocalRunPage page(&document);
    page.setHypervisor(&hypervisor);
    page.setStateDir(dir.filePath(u"state"_s));
    QAbstractItemModelTester stateTester(page.stateModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(page.timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!document.isPlanPending());

    page.start();
    QCOMPARE(page.runState(), LocalRunPage::RunState::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(page.runState(), LocalRunPage::RunState::Failed, 30000);
    QCOMPARE(hypervisor.calls, 1);
    // What failed, where, and the hint, in the page.
    QVERIFY2(page.messageText().contains(u"Failed to connect socket"_s), qPrintable(page.messageText()));
    QVERIFY(page.messageText().contains(u"start the test daemon"_s));
    QCOMPARE(page.stateModel()->rowCount(), document.plan().entries.size());
    QCOMPARE(page.stateModel()->state(document.plan().entries.first().hostname), u"failed"_s);
}

void TestLocalRunPage::refreshShowsConnectionError()
{
    QTemporaryDir dir;
    DesignDocument document;
    UnreachableHypervisor hypervisor;
    LocalRunPage page(&document);
    page.setHypervisor(&hypervisor);
    page.setStateDir(dir.path());
    page.refresh();
    QTRY_COMPARE(hypervisor.calls, 1);
    QTRY_VERIFY(!page.messageText().isEmpty());
    QCOMPARE(page.runState(), LocalRunPage::RunState::Idle);
    QVERIFY(page.messageText().contains(u"start the test daemon"_s));
}

QTEST_MAIN(TestLocalRunPage)
#include "tst_localrunpage.moc"
