// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites, Deploy and Benchmarks pages against a real site: a 2-host VSP sandbox of the test's own
// (scripts/vsp-sandbox: libvirtd per host over qemu+ssh, slapd with StartTLS, dnsmasq, netsync), each
// page driven by its own widgets offscreen, asserting what a person would see. Sites: Test connection
// shows both hosts ready and the directory bound over StartTLS; with a wrong CA the TLS error sits on
// the directory's row. Deploy: Preview places the demo design (head + 1 compute, TCG) on both hosts;
// Deploy ends with every stage done, every VCN ready and the timeline drawn from its real phases.
// Benchmarks: the empty chart shows its hint and no axes; HPL (N=1000) on the deployment and on the
// site's bare hosts from the Run tab, both in the history, the penalty chart drawn and exported as PNG.
// Deploy again: Destroy leaves nothing on either host, in the pool or in the directory. Resume: a
// `vocctl deploy` killed in the middle of its launch shows as interrupted after Refresh; Resume on its
// row brings every VCN up with exactly one of each domain and record; Destroy removes it. The pages
// work as the VO alpha, with the profile its provider handed over (the sandbox puts it in the sites
// folder as NAME-alpha): its own accounts, libvirt sessions, pool and directory account; only the
// bare-metal baseline runs on the provider's own profile (NAME), as the bare hosts are the provider's.
#include "darklines.h"
#include "guie2e.h"
#include "vspsandbox.h"

#include "bench/benchmarkspage.h"
#include "bench/runhistorymodel.h"
#include "charts/chartview.h"
#include "deploy/deploymentlistmodel.h"
#include "deploy/deploypage.h"
#include "deploy/siteplanmodel.h"
#include "deploy/stagemodel.h"
#include "design/designdocument.h"
#include "localrun/boottimelinemodel.h"
#include "sites/passwordstore.h"
#include "sites/sitecheckmodel.h"
#include "sites/sitespage.h"

#include "sitedeployments.h"
#include "virt/libvirthypervisor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

#include <csignal>
#include <unistd.h>

using namespace voc;
using test::child;
using Ran = test::ProcessRun;

namespace {

// No keychain in a test: the profile's password file is what the pages use.
class MemoryPasswords final : public PasswordStore
{
public:
    void read(const QString&, ReadCallback done) override { done(Outcome::NotStored, {}); }
    void write(const QString&, const QString&, WriteCallback done) override { done(Outcome::Found, {}); }
};

// The Benchmarks page with its file dialog answered: a person types this path into it.
class ExportingBenchmarksPage : public BenchmarksPage
{
public:
    using BenchmarksPage::BenchmarksPage;
    QString chartPath;

protected:
    QString askChartPath() override { return chartPath; }
};

} // namespace

class TestSitePagesE2e : public QObject
{
    Q_OBJECT

public:
    // A deployment and HPL under TCG on a busy two-core machine outlast Qt Test's 5 minutes per function.
    TestSitePagesE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "2400000"); }

private slots:
    void initTestCase();
    void sitesTestConnectionShowsHostsAndDirectory();
    void sitesWrongCaShowsTlsErrorOnDirectory();
    void deployPreviewShowsBothHosts();
    void deployBringsEveryVcnUp();
    void benchmarksEmptyChartShowsOnlyItsHint();
    void benchmarksHplOnDeploymentAgainstBareMetal();
    void deployDestroyLeavesNothing();
    void deployKilledMidwayResumesFromPage();
    void cleanupTestCase();

private:
    QString sitesDir() const { return m_tmp.filePath(QStringLiteral("data/vocstudio/sites")); }
    QStringList domainsOn(int host);
    QList<VcnRecord> directoryRecords();
    // Clicks the Sites page's Test button and waits for its report.
    void testConnection();
    // Runs HPL from the Run tab on the target whose entry contains `target`; the stored run's id.
    qint64 runHplOn(const QString& target);
    // Clicks the row of deployment `id`, then Destroy, confirmed; checks that nothing is left on
    // either host, in the pool or in the directory, and saves the page as `png`.
    void destroyFromPage(const QString& id, const QString& png);

    QTemporaryDir m_tmp;
    QString m_name; // the site, and the provider's own profile
    QString m_site; // alpha's profile in the sites folder
    QString m_dir;  // the sandbox
    QString m_stateDir;
    QString m_storePath;
    QProcessEnvironment m_env;
    test::VspSandbox m_sandbox;
    SiteProfile m_profile;
    test::DemoImages m_images;
    DesignDocument m_document;
    std::unique_ptr<HypervisorConnection> m_hosts[2];
    LibvirtHypervisor m_hypervisor;
    std::unique_ptr<SitesPage> m_sites;
    std::unique_ptr<DeployPage> m_deploy;
    std::unique_ptr<ExportingBenchmarksPage> m_bench;
    QString m_deploymentId;
    bool m_destroyed = false;
    QString m_resumedId; // deployKilledMidwayResumesFromPage's, until its Destroy passed
};

void TestSitePagesE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: a VSP sandbox makes namespaces and starts libvirtd, sshd, slapd and dnsmasq "
              "(run ctest as root)");
    // As root, whatever is missing is a failure: CI must not pass by skipping.
    const QString tool = test::missingSandboxTool({QStringLiteral("openssl")});
    QVERIFY2(tool.isEmpty(), qPrintable(tool + QStringLiteral(" is missing: run scripts/setup")));
    QVERIFY2(m_tmp.isValid(), qPrintable(m_tmp.errorString()));
    QString why;
    const std::optional<test::DemoImages> images =
        test::copyDemoImages(m_tmp.filePath(QStringLiteral("images")), &why);
    QVERIFY2(images, qPrintable(why));
    m_images = *images;

    // The app's settings, site profiles, journals and results in the test's own folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_tmp.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp.filePath(QStringLiteral("data"))));
    m_storePath = m_tmp.filePath(QStringLiteral("results.sqlite"));
    qputenv("VOCSTUDIO_RESULTS_DB", QFile::encodeName(m_storePath));
    // Many VMs under TCG on a shared two-core machine: a boot may take longer than the pages' default.
    QSettings().setValue(QStringLiteral("localrun/readyTimeoutSeconds"), 1800);
    qputenv("VOC_VO_KEY", QFile::encodeName(m_images.head.voKey)); // the VCNs' ssh key, for HPL
    qunsetenv("VOCSTUDIO_LDAP_PASSWORD");
    m_stateDir = m_tmp.filePath(QStringLiteral("state"));

    // The demo design, smaller: the head and one compute node of one vCPU each (one HPL rank, as on
    // one bare host), one on each host: the flows are the same for five, a busy machine boots two sooner.
    const QString design = m_tmp.filePath(QStringLiteral("demo.voc"));
    QVERIFY(test::writeDemoDesign(design, m_images.head, m_images.compute, 1));
    QVERIFY(m_document.load(design).ok());

    // The site: our own name and /24; its profile lands in our sites folder (XDG_DATA_HOME).
    m_name = QStringLiteral("gui%1").arg(::getpid() % 100000);
    const QString net = test::freeSandboxNet();
    QVERIFY(!net.isEmpty());
    m_dir = m_tmp.filePath(QStringLiteral("site"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("VOCCTL"), QStringLiteral(VOC_VOCCTL));
    QElapsedTimer clock;
    clock.start();
    const Ran up = m_sandbox.up(m_name, m_dir, net, 2, m_env,
                                {QStringLiteral("--vo-grant"), QStringLiteral("4,8,8192,40960")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    qInfo("sandbox %s up in %lld ms", qPrintable(m_name), static_cast<long long>(clock.elapsed()));
    QVERIFY(QFileInfo::exists(sitesDir() + QLatin1Char('/') + m_name + QStringLiteral(".json")));
    m_site = m_name + QStringLiteral("-alpha");
    const Result<SiteProfile> profile = loadSiteProfile(sitesDir() + u'/' + m_site + QStringLiteral(".json"));
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
    m_profile = *profile;
    QCOMPARE(m_profile.name, m_site);
    QCOMPARE(m_profile.directory.vo, QStringLiteral("alpha"));
    QCOMPARE(m_profile.hosts.size(), 2);
    for (const SiteHost& host : m_profile.hosts)
        QVERIFY2(host.uri.startsWith(QStringLiteral("qemu+ssh://alpha@")), qPrintable(host.uri));
    for (int i = 0; i < 2; ++i) {
        Result<std::unique_ptr<HypervisorConnection>> c = m_hypervisor.connect(m_profile.hosts.at(i).uri);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        m_hosts[i] = std::move(c).value();
    }
}

QStringList TestSitePagesE2e::domainsOn(int host)
{
    QStringList names;
    const Result<QList<DomainInfo>> domains = m_hosts[host]->listDomains(QStringLiteral("voc-demo-"));
    if (!domains)
        return {QStringLiteral("error: ") + domains.error().toString()};
    for (const DomainInfo& d : *domains)
        names.append(d.name);
    return names;
}

QList<VcnRecord> TestSitePagesE2e::directoryRecords()
{
    // As alpha's own directory account reads them (its password file is in the sandbox's vos/alpha).
    return test::directoryRecords(m_profile, m_dir + QStringLiteral("/vos/alpha"));
}

void TestSitePagesE2e::testConnection()
{
    auto* tabs = child<QTabWidget>(*m_sites, "tabs");
    tabs->setCurrentWidget(child<QWidget>(*m_sites, "connectionTab"));
    auto* test = child<QPushButton>(*m_sites, "testButton");
    QTRY_VERIFY(test->isEnabled());
    QSignalSpy finished(m_sites.get(), &SitesPage::checkFinished);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(180000));
}

void TestSitePagesE2e::sitesTestConnectionShowsHostsAndDirectory()
{
    QVERIFY(m_sandbox.isUp());
    m_sites = std::make_unique<SitesPage>(std::make_unique<MemoryPasswords>(), sitesDir());
    m_sites->resize(1100, 800);
    m_sites->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sites.get()));
    // The sandbox's profile is in the list: a click selects it.
    auto* list = child<QListView>(*m_sites, "siteList");
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 10000);
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data().toString().contains(m_site))
            row = r;
    QVERIFY2(row >= 0, qPrintable(list->model()->index(0, 0).data().toString()));
    test::clickRow(list, row);
    QTRY_COMPARE(child<QLineEdit>(*m_sites, "nameEdit")->text(), m_site);
    QVERIFY(child<QCheckBox>(*m_sites, "startTlsCheck")->isChecked());
    // The password comes from the profile's file: nothing to type.
    QTRY_VERIFY(!child<QLineEdit>(*m_sites, "passwordEdit")->text().isEmpty());

    testConnection();
    const QString summary = child<QLabel>(*m_sites, "checkSummaryLabel")->text();
    qInfo("%s", qPrintable(summary));
    QVERIFY2(summary.startsWith(QLatin1String("2 of 2 host")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("directory bound as")), qPrintable(summary));
    // The tree as shown: both hosts passed with their pool and bridge, the directory over TLS.
    QAbstractItemModel* tree = child<QTreeView>(*m_sites, "checkTree")->model();
    const auto* check = qobject_cast<const SiteCheckModel*>(tree);
    QVERIFY(check);
    for (const QString& host : {QStringLiteral("kvm1"), QStringLiteral("kvm2")}) {
        const int top = check->topRow(host);
        QVERIFY2(top >= 0, qPrintable(host));
        QVERIFY2(tree->index(top, 0).data(SiteCheckModel::OkRole).toBool(), qPrintable(host));
        for (const QString& key : {QStringLiteral("pool"), QStringLiteral("bridge")}) {
            const QModelIndex item = check->child(top, key);
            QVERIFY2(item.isValid(), qPrintable(host + u'/' + key));
            QVERIFY2(item.data(SiteCheckModel::OkRole).toBool(),
                     qPrintable(host + u'/' + key + u' ' + item.siblingAtColumn(1).data().toString()));
        }
        QVERIFY(!check->child(top, QStringLiteral("libvirt")).siblingAtColumn(1).data().toString().isEmpty());
    }
    const int directory = check->topRow(QStringLiteral("directory"));
    QVERIFY(directory >= 0);
    QVERIFY(tree->index(directory, 0).data(SiteCheckModel::OkRole).toBool());
    QCOMPARE(check->child(directory, QStringLiteral("tls")).siblingAtColumn(1).data().toString(),
             QStringLiteral("TLS"));
    QVERIFY(check->child(directory, QStringLiteral("boundAs"))
                .siblingAtColumn(1)
                .data()
                .toString()
                .contains(QLatin1String("uid=alpha,ou=people")));
    test::grabToPng(m_sites.get(), m_tmp.filePath(QStringLiteral("sites-ok.png")));
}

void TestSitePagesE2e::sitesWrongCaShowsTlsErrorOnDirectory()
{
    QVERIFY(m_sites);
    // A CA of its own, not the one that signed slapd's certificate.
    const QString key = m_tmp.filePath(QStringLiteral("wrong-ca.key"));
    const QString ca = m_tmp.filePath(QStringLiteral("wrong-ca.pem"));
    const Ran made =
        test::runProcess(QStringLiteral("openssl"),
                         {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          key, QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("1"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=Not the VSP CA")},
                         60000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    child<QTabWidget>(*m_sites, "tabs")->setCurrentWidget(child<QWidget>(*m_sites, "profileTab"));
    auto* caFile = child<QLineEdit>(*m_sites, "caFileEdit");
    const QString rightCa = caFile->text();
    QVERIFY(!rightCa.isEmpty());
    test::typeInto(caFile, ca);
    QCOMPARE(m_sites->profile().directory.caFile, ca);

    testConnection();
    QAbstractItemModel* tree = child<QTreeView>(*m_sites, "checkTree")->model();
    const auto* check = qobject_cast<const SiteCheckModel*>(tree);
    // The hosts are as good as before; the directory's row carries the TLS failure and what to do.
    QVERIFY(tree->index(check->topRow(QStringLiteral("kvm1")), 0).data(SiteCheckModel::OkRole).toBool());
    const int directory = check->topRow(QStringLiteral("directory"));
    QVERIFY(directory >= 0);
    QVERIFY(!tree->index(directory, 0).data(SiteCheckModel::OkRole).toBool());
    const QModelIndex bind = check->child(directory, QStringLiteral("bind"));
    QVERIFY(bind.isValid());
    const QString error = bind.siblingAtColumn(1).data().toString();
    qInfo("directory row: %s", qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("TLS")), qPrintable(error));
    // What to do, right under it: the CA file.
    QModelIndex hint;
    for (int r = 0; r < tree->rowCount(bind); ++r)
        if (tree->index(r, 0, bind).data(SiteCheckModel::KeyRole).toString() == QLatin1String("bind.hint"))
            hint = tree->index(r, 1, bind);
    QVERIFY(hint.isValid());
    QVERIFY2(hint.data().toString().contains(QLatin1String("CA file")), qPrintable(hint.data().toString()));
    QVERIFY2(child<QLabel>(*m_sites, "checkSummaryLabel")->text().contains(QLatin1String("directory failed")),
             qPrintable(child<QLabel>(*m_sites, "checkSummaryLabel")->text()));
    test::grabToPng(m_sites.get(), m_tmp.filePath(QStringLiteral("sites-wrong-ca.png")));

    // Revert: the profile on disk was never touched.
    child<QTabWidget>(*m_sites, "tabs")->setCurrentWidget(child<QWidget>(*m_sites, "profileTab"));
    QTest::mouseClick(child<QPushButton>(*m_sites, "revertButton"), Qt::LeftButton);
    QCOMPARE(caFile->text(), rightCa);
    QVERIFY(!m_sites->isModified());
    m_sites.reset();
}

void TestSitePagesE2e::deployPreviewShowsBothHosts()
{
    QVERIFY(m_sandbox.isUp());
    m_deploy = std::make_unique<DeployPage>(&m_document, std::make_unique<MemoryPasswords>(), sitesDir());
    m_deploy->setStateDir(m_stateDir);
    m_deploy->resize(1400, 900);
    m_deploy->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_deploy.get()));
    auto* sites = child<QComboBox>(*m_deploy, "siteCombo");
    QTRY_VERIFY_WITH_TIMEOUT(sites->findText(m_site, Qt::MatchContains) >= 0, 10000);
    sites->setCurrentIndex(sites->findText(m_site, Qt::MatchContains));
    auto* accel = child<QComboBox>(*m_deploy, "accelCombo");
    accel->setCurrentIndex(accel->findData(QStringLiteral("tcg")));
    // The password comes from the profile's file: the field stays hidden.
    QTRY_VERIFY(!child<QLineEdit>(*m_deploy, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(*m_deploy, "passwordEdit")->isHidden());

    auto* preview = child<QPushButton>(*m_deploy, "previewButton");
    QTRY_VERIFY(preview->isEnabled());
    QSignalSpy previewed(m_deploy.get(), &DeployPage::previewFinished);
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(previewed.wait(120000));
    QVERIFY2(previewed.first().first().toBool(), qPrintable(m_deploy->messageText()));
    QCOMPARE(child<QTabWidget>(*m_deploy, "tabs")->currentWidget()->objectName(), QStringLiteral("planTab"));

    // The plan as shown: two VCNs, the head on kvm1, the compute node on kvm2, each with an address
    // of the site's range; the host table lists both hosts.
    QAbstractItemModel* plan = child<QTableView>(*m_deploy, "planView")->model();
    QCOMPARE(plan->rowCount(), 2);
    QSet<QString> hosts;
    for (int row = 0; row < plan->rowCount(); ++row) {
        hosts.insert(plan->index(row, SitePlanModel::Host).data().toString());
        QVERIFY(plan->index(row, SitePlanModel::Ip).data().toString().startsWith(m_sandbox.net()));
    }
    QCOMPARE(hosts, (QSet<QString>{QStringLiteral("kvm1"), QStringLiteral("kvm2")}));
    QAbstractItemModel* load = child<QTableView>(*m_deploy, "hostsView")->model();
    QCOMPARE(load->rowCount(), 2);
    QStringList loadHosts{load->index(0, HostLoadModel::Host).data().toString(),
                          load->index(1, HostLoadModel::Host).data().toString()};
    loadHosts.sort();
    QCOMPARE(loadHosts, (QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm2")}));
    QVERIFY(child<QTableView>(*m_deploy, "uploadsView")->model()->rowCount() >= 1);
    QVERIFY(child<QPushButton>(*m_deploy, "deployButton")->isEnabled());
    test::grabToPng(m_deploy.get(), m_tmp.filePath(QStringLiteral("deploy-preview.png")));
}

void TestSitePagesE2e::deployBringsEveryVcnUp()
{
    QVERIFY(m_deploy && m_deploy->plan());
    QSignalSpy finished(m_deploy.get(), &DeployPage::deploymentFinished);
    QElapsedTimer clock;
    clock.start();
    {
        test::MessageBoxAnswer answer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(*m_deploy, "deployButton"), Qt::LeftButton);
        QVERIFY(answer.answered());
        QVERIFY2(answer.text().contains(m_site), qPrintable(answer.text()));
    }
    QCOMPARE(m_deploy->activity(), DeployPage::Activity::Deploying);
    QCOMPARE(child<QTabWidget>(*m_deploy, "tabs")->currentWidget()->objectName(),
             QStringLiteral("progressTab"));
    QVERIFY(child<QPushButton>(*m_deploy, "cancelButton")->isEnabled());
    QVERIFY(finished.wait(1800000));
    qInfo("Deploy to every VCN ready: %lld ms", static_cast<long long>(clock.elapsed()));
    const QString log = child<QPlainTextEdit>(*m_deploy, "deployLogView")->toPlainText();
    QVERIFY2(finished.first().first().toBool(),
             qPrintable(m_deploy->messageText() + u'\n' + log.right(3000)));
    QCOMPARE(m_deploy->activity(), DeployPage::Activity::Idle);

    // Every stage done, with its time.
    QAbstractItemModel* stages = child<QTreeView>(*m_deploy, "stagesView")->model();
    QCOMPARE(stages->rowCount(), int(std::size(allDeployStages)));
    for (int row = 0; row < stages->rowCount(); ++row) {
        const QString stage = stages->index(row, StageModel::Stage).data().toString();
        QVERIFY2(stages->index(row, StageModel::State).data(StageModel::StateRole).toInt() ==
                     int(StageState::Done),
                 qPrintable(stage + QStringLiteral(": ") +
                            stages->index(row, StageModel::State).data().toString()));
        qInfo("stage %s: %s", qPrintable(stage),
              qPrintable(stages->index(row, StageModel::Elapsed).data().toString()));
    }
    // The deployment in the list, selected, running; each of its VCNs ready at its address.
    QTRY_VERIFY_WITH_TIMEOUT(!m_deploy->selectedDeploymentId().isEmpty(), 10000);
    m_deploymentId = m_deploy->selectedDeploymentId();
    // Read again from the journal once the job is done: running.
    auto* listView = child<QTreeView>(*m_deploy, "deploymentsView");
    QTRY_COMPARE_WITH_TIMEOUT(listView->model()
                                  ->index(listView->currentIndex().row(), DeploymentListModel::State)
                                  .data()
                                  .toString(),
                              deploymentStateTitle(DeploymentState::Running), 10000);
    QAbstractItemModel* vcns = child<QTableView>(*m_deploy, "deploymentVcnView")->model();
    QCOMPARE(vcns->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString state = vcns->index(row, SitePlanModel::State).data().toString();
        QVERIFY2(state.startsWith(QLatin1String("ready at ")),
                 qPrintable(vcns->index(row, SitePlanModel::Hostname).data().toString() + u' ' + state));
    }
    // The timeline from the real phases: every VCN through every phase, in order.
    BootTimelineModel* timeline = m_deploy->timelineModel();
    QCOMPARE(timeline->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        qint64 last = -1;
        for (BootPhase phase : allBootPhases) {
            const std::optional<qint64> ms = timeline->phaseMs(row, phase);
            QVERIFY2(ms && *ms >= last,
                     qPrintable(QStringLiteral("row %1 phase %2").arg(row).arg(int(phase))));
            last = *ms;
        }
    }
    // What the hosts say: the VCNs run on both.
    const QStringList on1 = domainsOn(0);
    const QStringList on2 = domainsOn(1);
    qInfo("kvm1: %s; kvm2: %s", qPrintable(on1.join(u',')), qPrintable(on2.join(u',')));
    QVERIFY(!on1.isEmpty() && !on2.isEmpty());
    QCOMPARE(on1.size() + on2.size(), 2);
    QCOMPARE(directoryRecords().size(), 2);
    test::grabToPng(m_deploy.get(), m_tmp.filePath(QStringLiteral("deploy-done.png")));
}

void TestSitePagesE2e::benchmarksEmptyChartShowsOnlyItsHint()
{
    m_bench = std::make_unique<ExportingBenchmarksPage>(&m_document, m_storePath);
    m_bench->setDeployStateDir(m_stateDir);
    m_bench->setSitesDir(sitesDir());
    m_bench->resize(1400, 900);
    m_bench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bench.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bench->isHistoryLoaded(), 30000);
    // Nothing selected: the hint says what to do, the chart draws no axes.
    child<QTabWidget>(*m_bench, "tabs")->setCurrentWidget(child<QWidget>(*m_bench, "compareTab"));
    QVERIFY(m_bench->selectedRunIds().isEmpty());
    auto* hint = child<QLabel>(*m_bench, "problemLabel");
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(!hint->text().isEmpty(), "no hint");
    QCoreApplication::processEvents();
    const QImage chart = m_bench->chartView()->grab().toImage();
    chart.save(m_tmp.filePath(QStringLiteral("bench-empty-chart.png")));
    test::grabToPng(m_bench.get(), m_tmp.filePath(QStringLiteral("bench-empty.png")));
    const int line = test::longestDarkLine(chart);
    QVERIFY2(line < chart.width() / 3,
             qPrintable(QStringLiteral("a line of %1 px across the empty %2 x %3 chart")
                            .arg(line)
                            .arg(chart.width())
                            .arg(chart.height())));
    QVERIFY(!child<QPushButton>(*m_bench, "exportChartButton")->isEnabled());
}

qint64 TestSitePagesE2e::runHplOn(const QString& target)
{
    auto* tabs = child<QTabWidget>(*m_bench, "tabs");
    tabs->setCurrentWidget(child<QWidget>(*m_bench, "runTab"));
    auto* where = child<QComboBox>(*m_bench, "runTargetCombo");
    QTest::mouseClick(child<QToolButton>(*m_bench, "reloadTargetsButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return where->findText(target, Qt::MatchContains) >= 0; }, 30000)) {
        QStringList items;
        for (int i = 0; i < where->count(); ++i)
            items.append(where->itemText(i));
        qWarning("no target %s among: %s", qPrintable(target), qPrintable(items.join(QStringLiteral("; "))));
        return -1;
    }
    where->setCurrentIndex(where->findText(target, Qt::MatchContains));
    // N = 1000, NB = 100, grid 1 x 1: typed as a person would.
    test::typeInto(child<QLineEdit>(*m_bench, "nEdit"), QStringLiteral("1000"));
    test::typeInto(child<QSpinBox>(*m_bench, "nbSpin"), QStringLiteral("100"));
    test::typeInto(child<QSpinBox>(*m_bench, "pSpin"), QStringLiteral("1"));
    test::typeInto(child<QSpinBox>(*m_bench, "qSpin"), QStringLiteral("1"));
    QTest::keyClick(child<QSpinBox>(*m_bench, "qSpin"), Qt::Key_Tab); // the spin boxes take their text
    if (child<QSpinBox>(*m_bench, "nbSpin")->value() != 100 ||
        child<QSpinBox>(*m_bench, "pSpin")->value() != 1 ||
        child<QSpinBox>(*m_bench, "qSpin")->value() != 1) {
        qWarning("the settings did not take");
        return -1;
    }
    const QList<qint64> before = m_bench->selectedRunIds(); // the previous run, selected
    QSignalSpy finished(m_bench.get(), &BenchmarksPage::runFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(*m_bench, "runHplButton"), Qt::LeftButton);
    if (!finished.wait(1500000) || !finished.first().first().toBool()) {
        qWarning("HPL on %s failed: %s\n%s", qPrintable(target), qPrintable(m_bench->messageText()),
                 qPrintable(child<QPlainTextEdit>(*m_bench, "logView")->toPlainText().right(3000)));
        return -1;
    }
    qInfo("HPL on %s: %lld ms", qPrintable(target), static_cast<long long>(clock.elapsed()));
    // The new run is selected in the history (read again) and charted.
    const auto newRunSelected = [&] {
        const QList<qint64> now = m_bench->selectedRunIds();
        return now.size() == 1 && !before.contains(now.first());
    };
    if (!QTest::qWaitFor(newRunSelected, 10000)) {
        qWarning("the new run is not selected: %d runs are", int(m_bench->selectedRunIds().size()));
        return -1;
    }
    return m_bench->selectedRunIds().first();
}

void TestSitePagesE2e::benchmarksHplOnDeploymentAgainstBareMetal()
{
    QVERIFY(m_bench);
    QVERIFY(!m_deploymentId.isEmpty());
    const qint64 vocRun = runHplOn(QStringLiteral("demo at %1").arg(m_site));
    QVERIFY(vocRun > 0);
    // The provider's profile: "hosts of NAME (" is not the start of alpha's "hosts of NAME-alpha (".
    const qint64 bareRun = runHplOn(QStringLiteral("hosts of %1 (").arg(m_name));
    QVERIFY(bareRun > 0);
    QVERIFY(bareRun != vocRun);

    // Both runs in the history as shown: HPL, on the site and on bare metal.
    auto* table = child<QTableView>(*m_bench, "runTable");
    QAbstractItemModel* history = table->model();
    int vocRow = -1, bareRow = -1;
    for (int row = 0; row < history->rowCount(); ++row) {
        const qint64 id = history->index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong();
        if (id == vocRun)
            vocRow = row;
        if (id == bareRun)
            bareRow = row;
    }
    QVERIFY(vocRow >= 0 && bareRow >= 0);
    for (const auto& [row, target] :
         {std::pair{vocRow, RunTarget::Site}, std::pair{bareRow, RunTarget::BareMetal}}) {
        qInfo("history: %s | %s | %s | %s",
              qPrintable(history->index(row, RunHistoryModel::KindColumn).data().toString()),
              qPrintable(history->index(row, RunHistoryModel::TargetColumn).data().toString()),
              qPrintable(history->index(row, RunHistoryModel::LabelColumn).data().toString()),
              qPrintable(history->index(row, RunHistoryModel::ResultColumn).data().toString()));
        QCOMPARE(history->index(row, RunHistoryModel::KindColumn).data().toString(),
                 RunHistoryModel::kindTitle(RunKind::Hpl));
        QVERIFY(!history->index(row, RunHistoryModel::ResultColumn).data().toString().isEmpty());
        Q_UNUSED(target);
    }

    // Both selected (a click, a Ctrl+click), the penalty chart: drawn, no hint in the way.
    child<QTabWidget>(*m_bench, "tabs")->setCurrentWidget(child<QWidget>(*m_bench, "compareTab"));
    test::clickRow(table, vocRow);
    test::clickRow(table, bareRow, Qt::ControlModifier);
    QList<qint64> selected = m_bench->selectedRunIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QList<qint64>{std::min(vocRun, bareRun), std::max(vocRun, bareRun)}));
    auto* kind = child<QComboBox>(*m_bench, "chartKindCombo");
    kind->setCurrentIndex(kind->findData(int(ChartKind::Penalty)));
    QTRY_VERIFY(!m_bench->chartView()->chart().series.isEmpty());
    QVERIFY2(m_bench->problemText().isEmpty(), qPrintable(m_bench->problemText()));
    const QImage drawn = m_bench->chartView()->grab().toImage();
    QVERIFY(test::longestDarkLine(drawn) > drawn.width() / 3); // its axes, this time
    test::grabToPng(m_bench.get(), m_tmp.filePath(QStringLiteral("bench-penalty.png")));

    // Exported: a PNG file, not empty.
    auto* exportButton = child<QPushButton>(*m_bench, "exportChartButton");
    QVERIFY(exportButton->isEnabled());
    m_bench->chartPath = m_tmp.filePath(QStringLiteral("penalty.png"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile png(m_bench->chartPath);
    QTRY_VERIFY(png.exists() && png.size() > 0);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    png.close();
    const QImage exported(m_bench->chartPath);
    QVERIFY(!exported.isNull() && exported.width() > 100 && exported.height() > 100);
    qInfo("penalty chart exported: %lld bytes, %d x %d", static_cast<long long>(png.size()), exported.width(),
          exported.height());
}

void TestSitePagesE2e::destroyFromPage(const QString& id, const QString& png)
{
    // The deployment's row, clicked; Destroy, confirmed (the uploaded images go too).
    auto* deployments = child<QTreeView>(*m_deploy, "deploymentsView");
    const int row = m_deploy->deploymentModel()->rowOf(id);
    QVERIFY(row >= 0);
    test::clickRow(deployments, row);
    QCOMPARE(m_deploy->selectedDeploymentId(), id);
    auto* destroy = child<QPushButton>(*m_deploy, "destroyButton");
    QVERIFY(destroy->isEnabled());
    QSignalSpy finished(m_deploy.get(), &DeployPage::destroyFinished);
    {
        test::MessageBoxAnswer answer(QMessageBox::Yes);
        QTest::mouseClick(destroy, Qt::LeftButton);
        QVERIFY(answer.answered());
        QVERIFY2(answer.text().contains(id), qPrintable(answer.text()));
    }
    QVERIFY(finished.wait(600000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(m_deploy->messageText()));
    QVERIFY2(m_deploy->messageText().contains(QLatin1String("2 domain")),
             qPrintable(m_deploy->messageText()));
    QAbstractItemModel* list = deployments->model();
    QTRY_COMPARE(
        list->index(m_deploy->deploymentModel()->rowOf(id), DeploymentListModel::State).data().toString(),
        deploymentStateTitle(DeploymentState::Destroyed));
    // Its VCNs say so too, the deployment of this session's own Deploy included (not "ready at").
    QAbstractItemModel* vcns = child<QTableView>(*m_deploy, "deploymentVcnView")->model();
    QTRY_VERIFY(vcns->rowCount() == 2);
    for (int row = 0; row < vcns->rowCount(); ++row)
        QTRY_COMPARE(vcns->index(row, SitePlanModel::State).data().toString(), QStringLiteral("removed"));

    // Nothing on either host, in alpha's pool (nor in the provider's) or in the directory.
    QCOMPARE(domainsOn(0), QStringList{});
    QCOMPARE(domainsOn(1), QStringList{});
    QCOMPARE(m_sandbox.voPoolFiles(QStringLiteral("alpha")), QStringList{});
    QCOMPARE(m_sandbox.poolFiles(), QStringList{});
    for (int i = 0; i < 2; ++i) {
        const Result<QList<VolumeInfo>> volumes = m_hosts[i]->listVolumes(m_profile.storage.pool, QString());
        QVERIFY(volumes.ok());
        QCOMPARE(volumes->size(), 0);
    }
    QCOMPARE(directoryRecords().size(), 0);
    test::grabToPng(m_deploy.get(), m_tmp.filePath(png));
}

void TestSitePagesE2e::deployDestroyLeavesNothing()
{
    QVERIFY(m_deploy);
    QVERIFY(!m_deploymentId.isEmpty());
    destroyFromPage(m_deploymentId, QStringLiteral("deploy-destroyed.png"));
    if (!QTest::currentTestFailed())
        m_destroyed = true;
}

// A deployment whose vocctl was killed in the middle of its launch (overlays made, no VCN up yet):
// the page lists it as interrupted after Refresh, and Resume on its row does the rest: every VCN
// ready, exactly one of each domain and record. Then Destroy removes it.
void TestSitePagesE2e::deployKilledMidwayResumesFromPage()
{
    QVERIFY(m_deploy);
    QProcess deploy;
    deploy.setProcessEnvironment(m_env);
    deploy.start(QStringLiteral(VOC_VOCCTL),
                 {QStringLiteral("deploy"), m_tmp.filePath(QStringLiteral("demo.voc")),
                  QStringLiteral("--site"), m_site, QStringLiteral("--yes"), QStringLiteral("--accel"),
                  QStringLiteral("tcg"), QStringLiteral("--state-dir"), m_stateDir});
    QVERIFY(deploy.waitForStarted());
    const QString id = test::waitForJournal(
        m_stateDir, QStringLiteral("\"state\":\"done\",\"step\":\"overlay\""), {m_deploymentId}, 600000);
    QVERIFY2(!id.isEmpty(), qPrintable(QString::fromLocal8Bit(deploy.readAllStandardError())));
    ::kill(pid_t(deploy.processId()), SIGKILL);
    QVERIFY(deploy.waitForFinished(30000));
    m_resumedId = id;

    // Refresh: the killed deployment shows as interrupted; its row, clicked, offers Resume.
    QTest::mouseClick(child<QPushButton>(*m_deploy, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_deploy->deploymentModel()->rowOf(id) >= 0, 30000);
    auto* deployments = child<QTreeView>(*m_deploy, "deploymentsView");
    QTRY_COMPARE_WITH_TIMEOUT(deployments->model()
                                  ->index(m_deploy->deploymentModel()->rowOf(id), DeploymentListModel::State)
                                  .data()
                                  .toString(),
                              deploymentStateTitle(DeploymentState::Interrupted), 30000);
    test::clickRow(deployments, m_deploy->deploymentModel()->rowOf(id));
    QCOMPARE(m_deploy->selectedDeploymentId(), id);
    auto* resume = child<QPushButton>(*m_deploy, "resumeButton");
    QTRY_VERIFY(resume->isEnabled());
    test::grabToPng(m_deploy.get(), m_tmp.filePath(QStringLiteral("deploy-interrupted.png")));

    QSignalSpy finished(m_deploy.get(), &DeployPage::deploymentFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(m_deploy->activity(), DeployPage::Activity::Deploying);
    QVERIFY(finished.wait(1800000));
    qInfo("Resume to every VCN ready: %lld ms", static_cast<long long>(clock.elapsed()));
    const QString log = child<QPlainTextEdit>(*m_deploy, "deployLogView")->toPlainText();
    QVERIFY2(finished.first().first().toBool(),
             qPrintable(m_deploy->messageText() + u'\n' + log.right(3000)));
    QCOMPARE(m_deploy->activity(), DeployPage::Activity::Idle);

    // The same deployment, now running, every VCN ready; exactly one of everything on the site.
    QTRY_COMPARE_WITH_TIMEOUT(deployments->model()
                                  ->index(m_deploy->deploymentModel()->rowOf(id), DeploymentListModel::State)
                                  .data()
                                  .toString(),
                              deploymentStateTitle(DeploymentState::Running), 10000);
    test::clickRow(deployments, m_deploy->deploymentModel()->rowOf(id));
    QAbstractItemModel* vcns = child<QTableView>(*m_deploy, "deploymentVcnView")->model();
    QTRY_COMPARE(vcns->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString state = vcns->index(row, SitePlanModel::State).data().toString();
        QVERIFY2(state.startsWith(QLatin1String("ready at ")),
                 qPrintable(vcns->index(row, SitePlanModel::Hostname).data().toString() + u' ' + state));
    }
    QCOMPARE(domainsOn(0).size() + domainsOn(1).size(), 2);
    QCOMPARE(directoryRecords().size(), 2);
    test::grabToPng(m_deploy.get(), m_tmp.filePath(QStringLiteral("deploy-resumed.png")));

    destroyFromPage(id, QStringLiteral("deploy-resumed-destroyed.png"));
    if (!QTest::currentTestFailed())
        m_resumedId.clear();
}

void TestSitePagesE2e::cleanupTestCase()
{
    m_bench.reset();
    m_deploy.reset();
    m_sites.reset();
    if (!m_deploymentId.isEmpty() && !m_destroyed) {
        // A failure left the deployment: vocctl removes it from the journal, so the sandbox goes clean.
        const Ran destroy = test::runProcess(
            QStringLiteral(VOC_VOCCTL),
            {QStringLiteral("destroy"), m_deploymentId, QStringLiteral("--state-dir"), m_stateDir}, 300000,
            m_env);
        qInfo("vocctl destroy: %d %s", destroy.exitCode, qPrintable(destroy.err.right(1000)));
    }
    if (!m_resumedId.isEmpty()) {
        const Ran destroy = test::runProcess(
            QStringLiteral(VOC_VOCCTL),
            {QStringLiteral("destroy"), m_resumedId, QStringLiteral("--state-dir"), m_stateDir}, 300000,
            m_env);
        qInfo("vocctl destroy: %d %s", destroy.exitCode, qPrintable(destroy.err.right(1000)));
    }
    for (auto& host : m_hosts)
        host.reset();
    const Ran down = m_sandbox.down();
    QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
    if (qEnvironmentVariableIsSet("VOC_E2E_KEEP_SCREENSHOTS")) {
        // Where a person can look at what the pages showed.
        const QString keep = qEnvironmentVariable("VOC_E2E_KEEP_SCREENSHOTS");
        QDir().mkpath(keep);
        for (const QString& png : QDir(m_tmp.path()).entryList({QStringLiteral("*.png")}, QDir::Files))
            QFile::copy(m_tmp.filePath(png), keep + QLatin1Char('/') + png);
    }
}

VOC_E2E_GUI_MAIN(TestSitePagesE2e)
#include "tst_sitepages_e2e.moc"
