// SPDX-License-Identifier: GPL-3.0-or-later
// The Test locally page against a real libvirtd (tests/e2e/libvirt-sandbox), driven by its own
// buttons offscreen: Start on the demo design wired to the built demo images (head + 1 compute, TCG)
// -> every row of the table ready with its five phase times and the timeline drawn from them; the
// console view shows the head's kernel banner as plain text (the raw serial log's escape sequences
// gone) and its search finds it; Stop, confirmed in its message box -> no domain, network or overlay
// of the design left.
#include "guie2e.h"
#include "vspsandbox.h"

#include "design/designdocument.h"
#include "localrun/boottimelinemodel.h"
#include "localrun/consoleview.h"
#include "localrun/localrunpage.h"
#include "localrun/vcnstatemodel.h"

#include "run/runjournal.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"

#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <unistd.h>

using namespace voc;
using test::child;

namespace {

const QString designName = QStringLiteral("demo");
constexpr int vcnCount = 2;

// The design's overlays, wherever under the state folder the run put them.
QStringList overlaysUnder(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("*.qcow2")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

} // namespace

class TestLocalRunPageE2e : public QObject
{
    Q_OBJECT

public:
    // VCNs booting under TCG on a busy two-core machine outlast Qt Test's 5 minutes per function.
    TestLocalRunPageE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "2400000"); }

private slots:
    void initTestCase();
    void startMakesEveryVcnReady();
    void consoleShowsKernelBannerAsText();
    void stopRemovesEverything();
    void cleanupTestCase();

private:
    QTableView* table() const { return child<QTableView>(*m_page, "vcnTable"); }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }

    QTemporaryDir m_tmp{QStringLiteral("/tmp/voc-localrunpage-e2e.XXXXXX")};
    QString m_stateDir;
    DesignDocument m_document;
    std::unique_ptr<LocalRunPage> m_page;
    std::unique_ptr<HypervisorConnection> m_connection;
    LibvirtHypervisor m_hypervisor;
    bool m_started = false;
};

void TestLocalRunPageE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    // Root outside the sandbox re-ran itself inside; anything else here is a broken set-up.
    QVERIFY2(!qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"),
             "not inside tests/e2e/libvirt-sandbox: the host's libvirt must not be touched");
    QVERIFY(m_tmp.isValid());
    // QEMU runs as its own user: it must reach the images and overlays through this folder.
    QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    // The app's settings, results and journals in the test's own folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_tmp.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp.filePath(QStringLiteral("data"))));
    qputenv("VOCSTUDIO_RESULTS_DB", QFile::encodeName(m_tmp.filePath(QStringLiteral("results.sqlite"))));
    // Many VMs under TCG on a shared two-core machine: a boot may take longer than the pages' default.
    QSettings().setValue(QStringLiteral("localrun/readyTimeoutSeconds"), 1800);
    m_stateDir = m_tmp.filePath(QStringLiteral("state"));

    // The demo images of the build-images fixture: missing is a failure here, not a reason to skip.
    QString why;
    const std::optional<test::DemoImages> images =
        test::copyDemoImages(m_tmp.filePath(QStringLiteral("images")), &why);
    QVERIFY2(images, qPrintable(why));
    for (const QString& dir :
         {QStringLiteral("images"), QStringLiteral("images/head"), QStringLiteral("images/compute")})
        QFile::setPermissions(m_tmp.filePath(dir), QFile::permissions(m_tmp.filePath(dir)) |
                                                       QFileDevice::ReadOther | QFileDevice::ExeOther);
    // The demo design, smaller: the head and one compute node of one vCPU each, as the flow is the
    // same for five and a busy machine boots two sooner.
    const QString design = m_tmp.filePath(QStringLiteral("demo.voc"));
    QVERIFY(test::writeDemoDesign(design, images->head, images->compute, 1));
    QVERIFY(m_document.load(design).ok());
    QCOMPARE(m_document.design().name, designName);
    QTRY_VERIFY_WITH_TIMEOUT(!m_document.isPlanPending(), 10000);
    QCOMPARE(m_document.plan().entries.size(), vcnCount);

    Result<std::unique_ptr<HypervisorConnection>> connection =
        m_hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    m_connection = std::move(connection).value();

    m_page = std::make_unique<LocalRunPage>(&m_document);
    m_page->setStateDir(m_stateDir);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLocalRunPageE2e::startMakesEveryVcnReady()
{
    QVERIFY(m_page);
    // Nothing of the design runs yet: the first show looked it up.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(*m_page, "startButton")->isEnabled(), 60000);
    auto* accel = child<QComboBox>(*m_page, "accelCombo");
    accel->setCurrentIndex(accel->findData(QStringLiteral("tcg")));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(*m_page, "startButton"), Qt::LeftButton);
    m_started = true;
    QVERIFY(child<QWidget>(*m_page, "progressRow")->isVisible());
    QVERIFY(child<QPushButton>(*m_page, "cancelButton")->isEnabled());
    QCOMPARE(table()->model()->rowCount(), vcnCount);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->runState() == LocalRunPage::RunState::Up ||
                                 m_page->runState() == LocalRunPage::RunState::Failed,
                             2000000);
    qInfo("Start to every VCN ready: %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY2(m_page->runState() == LocalRunPage::RunState::Up, qPrintable(m_page->messageText()));
    QVERIFY(!child<QWidget>(*m_page, "progressRow")->isVisible());
    QVERIFY(child<QPushButton>(*m_page, "stopButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_page, "startButton")->isEnabled());

    // Every row: ready, its planned address, a time in each phase column.
    const QString ready = VcnStateModel::stateForPhase(BootPhase::Ready);
    for (int row = 0; row < vcnCount; ++row) {
        const QString host = cell(row, VcnStateModel::HostnameColumn);
        QVERIFY2(cell(row, VcnStateModel::StateColumn) == ready,
                 qPrintable(host + QStringLiteral(": ") + cell(row, VcnStateModel::StateColumn)));
        QVERIFY(!cell(row, VcnStateModel::AddressColumn).isEmpty());
        QStringList phases;
        for (int p = 0; p < int(std::size(allBootPhases)); ++p) {
            const QString shown = cell(row, VcnStateModel::FirstPhaseColumn + p);
            QVERIFY2(!shown.isEmpty(), qPrintable(host + QStringLiteral(" phase %1").arg(p)));
            phases.append(shown);
        }
        qInfo("%s: %s", qPrintable(host), qPrintable(phases.join(QStringLiteral(" | "))));
    }
    // The timeline draws the same phases, one bar row per VCN.
    BootTimelineModel* timeline = m_page->timelineModel();
    QCOMPARE(timeline->rowCount(), vcnCount);
    for (int row = 0; row < vcnCount; ++row)
        for (BootPhase phase : allBootPhases)
            QVERIFY(timeline->phaseMs(row, phase).has_value());
    // What libvirt says: the domains running, the design's network up.
    const Result<QList<DomainInfo>> domains = m_connection->listDomains(domainName(designName, QString()));
    QVERIFY(domains.ok());
    QCOMPARE(domains->size(), vcnCount);
    QCOMPARE(m_connection->listNetworks(networkName(designName)).valueOr({}).size(), 1);
    test::grabToPng(m_page.get(), m_tmp.filePath(QStringLiteral("localrun-up.png")));
}

void TestLocalRunPageE2e::consoleShowsKernelBannerAsText()
{
    QVERIFY(m_page && m_page->runState() == LocalRunPage::RunState::Up);
    // A click on the head's row shows its console.
    int headRow = -1;
    for (int row = 0; row < vcnCount; ++row)
        if (cell(row, VcnStateModel::HostnameColumn) == QLatin1String("demo-head"))
            headRow = row;
    QVERIFY(headRow >= 0);
    test::clickRow(table(), headRow == 0 ? 1 : 0); // another row first, so the head's is a change
    test::clickRow(table(), headRow);
    auto* console = child<ConsoleView>(*m_page, "console");
    auto* log = child<QPlainTextEdit>(*console, "logView");
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QLatin1String("Linux version")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QLatin1String("VOC-READY")), 30000);
    const QString shown = log->toPlainText();
    QVERIFY(child<QLabel>(*console, "titleLabel")->text().contains(QLatin1String("demo-head")));

    // The raw log has the terminal's escape sequences; what shows has none, not even a fragment.
    QFile raw(RunJournal::serialLogPathFor(designName, QStringLiteral("demo-head"), m_stateDir));
    QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(raw.fileName()));
    const QByteArray bytes = raw.readAll();
    qInfo("raw serial log: %lld bytes, %lld ESC, %lld CR", static_cast<long long>(bytes.size()),
          static_cast<long long>(bytes.count('\x1b')), static_cast<long long>(bytes.count('\r')));
    QVERIFY(bytes.contains("Linux version"));
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY(!shown.contains(QLatin1Char('\r')));
    // What the old view left: colour codes ("[0;32m", "[0m"), modes ("[?25l"), window titles ("]0;").
    // The guest itself may print such text without its ESC (systemd's ellipsis cuts a unit name with
    // its colour code: "modprobe@dm_mod.s…[0m"): the view shows text as sent, so only those count.
    static const QRegularExpression fragment(
        QStringLiteral("\\[(?:[0-9]{1,3};)*[0-9]{1,3}m|\\[\\?[0-9]+[hl]|\\][0-9];"));
    const auto fragments = [](const QString& text, bool sentAsText) {
        qsizetype count = 0;
        for (QRegularExpressionMatchIterator it = fragment.globalMatch(text); it.hasNext();) {
            const qsizetype at = it.next().capturedStart();
            count += !sentAsText || at == 0 || text.at(at - 1) != QChar(0x1b) ? 1 : 0;
        }
        return count;
    };
    const qsizetype asText = fragments(QString::fromUtf8(bytes), true);
    const qsizetype inView = fragments(shown, false);
    qInfo("fragments sent as text: %lld, in the view: %lld", static_cast<long long>(asText),
          static_cast<long long>(inView));
    QVERIFY2(inView <= asText, qPrintable(shown.left(2000)));

    // The search field finds the banner: typed, it selects the first match and counts them all.
    auto* search = child<QLineEdit>(*console, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Linux version"));
    QVERIFY(console->matchCount() >= 1);
    QCOMPARE(log->textCursor().selectedText(), QStringLiteral("Linux version"));
    const QString matches = child<QLabel>(*console, "matchLabel")->text();
    QVERIFY2(!matches.isEmpty() && matches != QLatin1String("no match"), qPrintable(matches));
    QTest::keyClick(search, Qt::Key_Return); // next match (wraps around)
    QCOMPARE(log->textCursor().selectedText(), QStringLiteral("Linux version"));
    test::grabToPng(m_page.get(), m_tmp.filePath(QStringLiteral("localrun-console.png")));
}

void TestLocalRunPageE2e::stopRemovesEverything()
{
    QVERIFY(m_page && m_page->runState() == LocalRunPage::RunState::Up);
    test::MessageBoxAnswer answer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*m_page, "stopButton"), Qt::LeftButton);
    QVERIFY(answer.answered());
    QVERIFY2(answer.text().contains(designName), qPrintable(answer.text()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->runState() == LocalRunPage::RunState::Idle ||
                                 m_page->runState() == LocalRunPage::RunState::Failed,
                             300000);
    QVERIFY2(m_page->runState() == LocalRunPage::RunState::Idle, qPrintable(m_page->messageText()));
    m_started = false;
    // The page says what it removed; every row says so.
    QVERIFY2(m_page->messageText().contains(QStringLiteral("%1 domain").arg(vcnCount)),
             qPrintable(m_page->messageText()));
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        QCOMPARE(cell(row, VcnStateModel::StateColumn), QStringLiteral("removed"));
    // And libvirt and the disk agree: no domain, no network, no overlay.
    const Result<QList<DomainInfo>> domains = m_connection->listDomains(domainName(designName, QString()));
    QVERIFY(domains.ok());
    QCOMPARE(domains->size(), 0);
    QCOMPARE(m_connection->listNetworks(networkName(designName)).valueOr({QStringLiteral("?")}),
             QStringList{});
    QCOMPARE(overlaysUnder(m_stateDir), QStringList{});
    QVERIFY(child<QPushButton>(*m_page, "startButton")->isEnabled());
}

void TestLocalRunPageE2e::cleanupTestCase()
{
    if (m_page && m_started) {
        // A failure left the run up: take it down the page's way, so the sandbox's libvirtd stops clean.
        QTest::mouseClick(child<QPushButton>(*m_page, "destroyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->runState() == LocalRunPage::RunState::Idle ||
                                     m_page->runState() == LocalRunPage::RunState::Failed,
                                 300000);
    }
    m_page.reset();
    if (qEnvironmentVariableIsSet("VOC_E2E_KEEP_SCREENSHOTS")) {
        // Where a person can look at what the page showed.
        const QString keep = qEnvironmentVariable("VOC_E2E_KEEP_SCREENSHOTS");
        QDir().mkpath(keep);
        for (const QString& png : QDir(m_tmp.path()).entryList({QStringLiteral("*.png")}, QDir::Files))
            QFile::copy(m_tmp.filePath(png), keep + QLatin1Char('/') + png);
    }
}

VOC_E2E_GUI_MAIN(TestLocalRunPageE2e)
#include "tst_localrunpage_e2e.moc"
