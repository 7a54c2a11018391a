// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page offscreen: its models under QAbstractItemModelTester, a plan preview rendered from
// a SitePlan value (table grouped by host, per-host load, uploads) and the explanation when it does
// not fit, the stage list driven by stageChanged, the deployments list read from journals written
// here, the buttons' enabled states, the password's source, a deployed VCN's console followed from
// its file, and a real preview (PlanSiteJob off the GUI thread) against libvirt's test driver.
#include "deploy/deploymentlistmodel.h"
#include "deploy/deploypage.h"
#include "deploy/siteplanmodel.h"
#include "deploy/stagemodel.h"
#include "design/designdocument.h"
#include "localrun/boottimelinemodel.h"
#include "localrun/consoleview.h"
#include "sites/passwordstore.h"
#include "sites/sitelistmodel.h"

#include "deploy/deployjournal.h"
#include "deploy/deploymentsurvey.h"
#include "directory/directory.h"
#include "directory/sitecredentials.h"
#include "run/bootprobe.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

class FakePasswords final : public PasswordStore
{
public:
    QHash<QString, QString> stored;
    void read(const QString& key, ReadCallback done) override
    {
        if (stored.contains(key))
            return done(Outcome::Found, stored.value(key));
        done(Outcome::NotStored, {});
    }
    void write(const QString& key, const QString& password, WriteCallback done) override
    {
        stored.insert(key, password);
        done(Outcome::Found, {});
    }
};

class FakeDirectory final : public Directory
{
public:
    QList<VcnRecord> records;
    QString uri() const override { return u"ldap://fake"_s; }
    Result<DirectoryInfo> info() override
    {
        return DirectoryInfo{u"ldap://fake"_s, u"dn:cn=vocstudio"_s, u"dc=vsp,dc=test"_s, true, 2, 0};
    }
    Result<QStringList> listVocs() override { return QStringList(); }
    Result<QList<VcnRecord>> listVcns(const QString&) override { return records; }
    Status addVcns(const QList<VcnRecord>&) override { return Ok{}; }
    Status removeVcn(const QString&, const QString&) override { return Ok{}; }
    Result<int> removeVoc(const QString&) override { return 0; }
    Result<VoGrant> grant() override { return makeError(ErrorCode::InvalidInput, u"no VO"_s, {}, {}); }
};

// A page whose dialogs answer from fields instead of blocking.
class ScriptedPage : public DeployPage
{
public:
    using DeployPage::DeployPage;
    bool confirmDeploy = false;
    bool confirmDestroy = false;
    bool keepImages = false;
    int asked = 0;

protected:
    bool askConfirmDeploy(const SitePlan&) override
    {
        ++asked;
        return confirmDeploy;
    }
    bool askConfirmDestroy(const DeploymentSummary&, bool* keep) override
    {
        ++asked;
        *keep = keepImages;
        return confirmDestroy;
    }

public:
    bool confirmForget = false;
    std::optional<DeploymentSurvey> forgetSurvey; // what the confirmation listed

protected:
    bool askConfirmForget(const DeploymentSummary&, const DeploymentSurvey& survey) override
    {
        ++asked;
        forgetSurvey = survey;
        return confirmForget;
    }
};

SiteVcn siteVcn(const QString& name, RoleKind role, const QString& host, int vcpus, int memoryMiB,
                const QString& ip)
{
    SiteVcn v;
    v.entry.hostname = name;
    v.entry.role = role;
    v.entry.vcpus = vcpus;
    v.entry.memoryMiB = memoryMiB;
    v.entry.ip = ip;
    v.entry.mac = u"0a:00:00:00:00:%1"_s.arg(ip.section(u'.', 3).toInt() % 100, 2, 10, QLatin1Char('0'));
    v.host = host;
    v.hostUri = u"qemu+ssh://root@%1/system"_s.arg(host);
    v.domain = u"voc-demo-"_s + name;
    v.overlayVolume = v.domain + u".qcow2"_s;
    v.baseVolume = role == RoleKind::Head ? u"vocimg-aaaa.qcow2"_s : u"vocimg-bbbb.qcow2"_s;
    return v;
}

// 1 head + 4 compute as `hosts` says, on kvm1 (2 CPUs, 4 GiB, 1 vCPU and 512 MiB used) and kvm2.
SitePlan samplePlan(const QStringList& hosts, StorageSharing sharing)
{
    SitePlan plan;
    plan.site = u"lab"_s;
    plan.design = u"demo"_s;
    plan.vo = u"phys"_s;
    plan.pool = u"vocstudio"_s;
    plan.sharing = sharing;
    plan.bridge = u"vocbr0"_s;
    plan.subnet = u"10.213.0.0/24"_s;
    plan.dnsDomain = u"vsp.test"_s;
    plan.hosts = {HostCapacity{u"kvm1"_s, 2, 4096, 1, 512}, HostCapacity{u"kvm2"_s, 2, 4096, 0, 0}};
    // The last compute node's address sorts before the others as a number, after them as text.
    const QStringList ips{u"10.213.0.100"_s, u"10.213.0.101"_s, u"10.213.0.102"_s, u"10.213.0.103"_s,
                          u"10.213.0.99"_s};
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const bool head = i == 0;
        plan.vcns.append(
            siteVcn(head ? u"demo-head"_s : u"demo-compute%1"_s.arg(int(i), 2, 10, QLatin1Char('0')),
                    head ? RoleKind::Head : RoleKind::Compute, hosts.at(i), head ? 2 : 1, head ? 1024 : 512,
                    ips.at(i)));
    }
    const QStringList targets = sharing == StorageSharing::Shared ? QStringList{u"kvm1"_s} : plan.usedHosts();
    plan.uploads = {ImageUpload{.localPath = u"/images/head.qcow2"_s,
                                .sha256 = u"aaaa"_s,
                                .format = u"qcow2"_s,
                                .bytes = qint64(300) << 20,
                                .volume = u"vocimg-aaaa.qcow2"_s,
                                .hosts = targets,
                                .vcns = {u"demo-head"_s}},
                    ImageUpload{.localPath = u"/images/compute.qcow2"_s,
                                .sha256 = u"bbbb"_s,
                                .format = u"qcow2"_s,
                                .bytes = qint64(200) << 20,
                                .volume = u"vocimg-bbbb.qcow2"_s,
                                .hosts = targets,
                                .vcns = {u"demo-compute01"_s}}};
    plan.summary = u"%1 VCNs on the site"_s.arg(plan.vcns.size());
    return plan;
}

SiteProfile labProfile(const QString& hostUri, const QString& passwordFile)
{
    SiteProfile p;
    p.name = u"lab"_s;
    // libvirt's test driver on this machine: hosts marked local, as the profile loader requires.
    p.hosts = {{u"kvm1"_s, hostUri, 2, 4096, true}, {u"kvm2"_s, hostUri, 2, 4096, true}};
    p.storage.pool = u"vocstudio"_s;
    p.network = {u"vspbr0"_s,     u"10.213.0.0/24"_s, u"10.213.0.100"_s, u"10.213.0.199"_s,
                 u"10.213.0.1"_s, u"vsp.test"_s,      u"10.213.0.2"_s};
    p.directory = {u"ldap://10.213.0.2"_s,
                   u"dc=vsp,dc=test"_s,
                   u"cn=vocstudio,ou=services,dc=vsp,dc=test"_s,
                   true,
                   {},
                   passwordFile};
    return p;
}

// A widget of the page by its object name; the test fails loudly when the .ui renamed it.
template<typename W> W* child(QObject& page, const char* name)
{
    W* widget = page.findChild<W*>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", W::staticMetaObject.className(), name);
    return widget;
}

QString tableText(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestDeployPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void models();
    void planRendered_data();
    void planRendered();
    void planDoesNotFit();
    void stages_data();
    void stages();
    void stageProgress();
    void deploymentsFromJournals();
    void buttons();
    void passwordSource();
    void console();
    void previewOffThread();
    void deployJobDrivesPage();
    void forgetButton();
    void resumeButton();

private:
    // A page over the temporary sites folder and state folder, with the lab site loaded.
    std::unique_ptr<ScriptedPage> makePage(std::unique_ptr<PasswordStore> passwords = {});
    void writeSite(const SiteProfile& profile);
    // The demo design on a tiny qcow2 image and the lab site on libvirt's test driver: what a real
    // PlanSiteJob or DeployJob runs against. False when qemu-img could not make the image.
    QString useTinyImageOnTestDriver(); // empty when it worked, else why not
    // useTinyImageOnTestDriver, then a page shown with a password and a fake directory whose
    // Preview succeeded, in `page`.
    void previewOnTestDriver(std::unique_ptr<ScriptedPage>& page);
    void writeJournal(const QString& id, const QDateTime& started, qint64 pid, const SitePlan& plan,
                      const QList<JournalRecord>& records, const QString& hostUri = u"test:///default"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    DesignDocument m_document;
    QString sitesDir() const { return m_dir->filePath(u"sites"_s); }
    QString stateDir() const { return m_dir->filePath(u"state"_s); }
};

void TestDeployPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv(ldapPasswordVariable);
}

void TestDeployPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(sitesDir()));
    QSettings().remove(u"sites"_s);
    m_document.newDesign(makeDefaultDesign(u"demo"_s));
}

void TestDeployPage::writeSite(const SiteProfile& profile)
{
    QVERIFY(saveSiteProfile(QDir(sitesDir()).filePath(profile.name + u".json"_s), profile).ok());
}

QString TestDeployPage::useTinyImageOnTestDriver()
{
    const QString image = m_dir->filePath(u"base.qcow2"_s);
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"64M"_s});
    if (!qemuImg.waitForFinished(10000) || qemuImg.exitCode() != 0)
        return u"qemu-img could not create a qcow2 image (scripts/setup installs qemu-utils): "_s +
               qemuImg.errorString() + u"\n"_s + QString::fromLocal8Bit(qemuImg.readAllStandardError());
    Design design = makeDefaultDesign(u"demo"_s);
    for (Role& role : design.roles) {
        role.image.path = image;
        role.image.sha256.clear();
        role.memoryMiB = 256;
        role.vcpus = 1;
    }
    m_document.newDesign(design);
    writeSite(labProfile(u"test://" VOC_FIXTURES_DIR "/sites/testnode.xml"_s, {}));
    return {};
}

void TestDeployPage::previewOnTestDriver(std::unique_ptr<ScriptedPage>& page)
{
    if (const QString why = useTinyImageOnTestDriver(); !why.isEmpty())
        QFAIL(qPrintable(why));
    page = makePage();
    page->show();
    child<QLineEdit>(*page, "passwordEdit")->setText(u"secret"_s);
    page->setDirectoryConnector([](const DirectoryConfig&) -> Result<std::unique_ptr<Directory>> {
        return std::unique_ptr<Directory>(std::make_unique<FakeDirectory>());
    });
    QSignalSpy previewed(page.get(), &DeployPage::previewFinished);
    page->preview();
    QVERIFY(previewed.wait(20000));
    QVERIFY2(previewed.first().first().toBool(), qPrintable(page->messageText()));
}

std::unique_ptr<ScriptedPage> TestDeployPage::makePage(std::unique_ptr<PasswordStore> passwords)
{
    auto page = std::make_unique<ScriptedPage>(
        &m_document, passwords ? std::move(passwords) : std::make_unique<FakePasswords>(), sitesDir());
    page->setStateDir(stateDir());
    QSignalSpy loaded(page.get(), &DeployPage::sitesLoaded);
    page->reloadSites();
    if (!loaded.wait(5000))
        qWarning("the site profiles did not load");
    return page;
}

void TestDeployPage::writeJournal(const QString& id, const QDateTime& started, qint64 pid,
                                  const SitePlan& plan, const QList<JournalRecord>& records,
                                  const QString& hostUri)
{
    DeployJournal journal(DeployJournal::pathFor(id, stateDir()));
    QVERIFY(journal.open(true).ok());
    const QJsonObject profile = QJsonDocument::fromJson(siteProfileToJson(labProfile(hostUri, {}))).object();
    QVERIFY(journal
                .intent(JournalStep::Deployment, plan.design,
                        {{u"site"_s, plan.site},
                         {u"profile"_s, profile},
                         {u"plan"_s, sitePlanToJson(plan)},
                         {u"accel"_s, u"tcg"_s},
                         {u"pid"_s, double(pid)},
                         {u"started"_s, started.toString(Qt::ISODateWithMs)}})
                .ok());
    QVERIFY(journal.append(records).ok());
    journal.close();
}

void TestDeployPage::models()
{
    const SitePlan plan =
        samplePlan({u"kvm1"_s, u"kvm2"_s, u"kvm1"_s, u"kvm2"_s, u"kvm1"_s}, StorageSharing::Shared);

    SitePlanModel vcns;
    QAbstractItemModelTester vcnsTester(&vcns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    vcns.setVcns(plan.vcns);
    QCOMPARE(vcns.rowCount(), 5);
    vcns.setState(u"demo-head"_s, u"ready"_s);
    QCOMPARE(tableText(&vcns, 0, SitePlanModel::State), u"ready"_s);
    vcns.setState(u"nobody"_s, u"ready"_s); // an unknown VCN changes nothing
    vcns.setStates({{u"demo-compute01"_s, u"kernel"_s}});
    QCOMPARE(tableText(&vcns, 1, SitePlanModel::State), u"kernel"_s);
    QCOMPARE(tableText(&vcns, 0, SitePlanModel::State), QString());
    vcns.clear();
    QCOMPARE(vcns.rowCount(), 0);

    HostLoadModel hosts;
    QAbstractItemModelTester hostsTester(&hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    hosts.setPlan(plan);
    QCOMPARE(hosts.rowCount(), 2);
    hosts.clear();

    UploadModel uploads;
    QAbstractItemModelTester uploadsTester(&uploads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    uploads.setUploads(plan.uploads, plan.sharing);
    QCOMPARE(uploads.rowCount(), 2);
    uploads.clear();

    StageModel stages;
    QAbstractItemModelTester stagesTester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    stages.reset();
    stages.setStageState(DeployStage::Preflight, StageState::Running, u"connecting"_s);
    stages.setProgress(1, 4, u"binding"_s);
    stages.tick();
    stages.finishOpenStages(StageState::Cancelled);
    QCOMPARE(int(stages.state(DeployStage::Preflight)), int(StageState::Cancelled));

    DeploymentListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeploymentSummary a;
    a.id = u"demo-lab-1"_s;
    a.plan = plan;
    a.state = DeploymentState::Running;
    DeploymentSummary b = a;
    b.id = u"demo-lab-2"_s;
    b.state = DeploymentState::RolledBack;
    list.setDeployments({a, b});
    QCOMPARE(list.rowCount(), 2);
    b.state = DeploymentState::Destroyed;
    list.setDeployments({a, b}); // same ids: updated in place
    QCOMPARE(list.index(1, DeploymentListModel::State).data(DeploymentListModel::StateRole).toInt(),
             int(DeploymentState::Destroyed));
    list.setDeployments({b});
    QCOMPARE(list.rowOf(u"demo-lab-2"_s), 0);
    QCOMPARE(list.rowOf(u"demo-lab-1"_s), -1);
}

void TestDeployPage::planRendered_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<int>("sharing");
    QTest::addColumn<QList<int>>("vcnsPerHost");
    QTest::addColumn<QStringList>("freeMemory");
    QTest::addColumn<QString>("uploadTargets");

    // kvm1: 4096 MiB, 512 used before. Head 1024 MiB, compute 512 MiB each.
    QTest::newRow("spread, shared pool")
        << QStringList{u"kvm1"_s, u"kvm2"_s, u"kvm1"_s, u"kvm2"_s, u"kvm1"_s} << int(StorageSharing::Shared)
        << QList<int>{3, 2} << QStringList{u"1.5 GiB"_s, u"3.0 GiB"_s} << u"shared pool (through kvm1)"_s;
    QTest::newRow("pack, per-host pools")
        << QStringList{u"kvm1"_s, u"kvm1"_s, u"kvm1"_s, u"kvm1"_s, u"kvm2"_s} << int(StorageSharing::PerHost)
        << QList<int>{4, 1} << QStringList{u"1.0 GiB"_s, u"3.5 GiB"_s} << u"kvm1, kvm2"_s;
    QTest::newRow("one host") << QStringList{u"kvm2"_s, u"kvm2"_s} << int(StorageSharing::PerHost)
                              << QList<int>{0, 2} << QStringList{u"3.5 GiB"_s, u"2.5 GiB"_s} << u"kvm2"_s;
}

void TestDeployPage::planRendered()
{
    QFETCH(QStringList, hosts);
    QFETCH(int, sharing);
    QFETCH(QList<int>, vcnsPerHost);
    QFETCH(QStringList, freeMemory);
    QFETCH(QString, uploadTargets);

    writeSite(labProfile(u"test:///default"_s, {}));
    auto page = makePage();
    const SitePlan plan = samplePlan(hosts, StorageSharing(sharing));
    page->showPlan(plan);

    // The table: one row per VCN, in plan order, every column filled.
    QAbstractItemModel* table = child<QTableView>(*page, "planView")->model();
    QCOMPARE(table->rowCount(), hosts.size());
    QCOMPARE(tableText(table, 0, SitePlanModel::Hostname), u"demo-head"_s);
    QCOMPARE(tableText(table, 0, SitePlanModel::Role), u"head"_s);
    QCOMPARE(tableText(table, 0, SitePlanModel::Memory), u"1.0 GiB"_s);
    QCOMPARE(tableText(table, 0, SitePlanModel::Mac), plan.vcns.at(0).entry.mac);
    // Sorted by host: the VCNs come grouped per host.
    child<QTableView>(*page, "planView")->sortByColumn(SitePlanModel::Host, Qt::AscendingOrder);
    QStringList seenHosts;
    for (int row = 0; row < table->rowCount(); ++row)
        seenHosts.append(tableText(table, row, SitePlanModel::Host));
    QStringList grouped = hosts;
    std::sort(grouped.begin(), grouped.end());
    QCOMPARE(seenHosts, grouped);
    // Sorted by IP: numerically (…99 before …100).
    child<QTableView>(*page, "planView")->sortByColumn(SitePlanModel::Ip, Qt::AscendingOrder);
    if (hosts.size() == 5)
        QCOMPARE(tableText(table, 0, SitePlanModel::Ip), u"10.213.0.99"_s);

    // Per-host load, in profile order.
    HostLoadModel* load = page->hostLoadModel();
    QCOMPARE(load->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(load->index(row, HostLoadModel::Vcns).data().toInt(), vcnsPerHost.at(row));
        QCOMPARE(tableText(load, row, HostLoadModel::FreeMemory), freeMemory.at(row));
    }
    QVERIFY2(tableText(load, 0, HostLoadModel::Vcpus).startsWith(u"1 + "_s),
             qPrintable(tableText(load, 0, 2)));

    // Uploads: both images, sizes, where they go.
    QCOMPARE(page->uploadModel()->rowCount(), 2);
    QCOMPARE(tableText(page->uploadModel(), 0, UploadModel::Image), u"head.qcow2"_s);
    QCOMPARE(tableText(page->uploadModel(), 0, UploadModel::Size), u"300 MiB"_s);
    QCOMPARE(tableText(page->uploadModel(), 0, UploadModel::Hosts), uploadTargets);

    QVERIFY(child<QLabel>(*page, "planSummaryLabel")->text().contains(plan.summary));
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled());
}

void TestDeployPage::planDoesNotFit()
{
    writeSite(labProfile(u"test:///default"_s, {}));
    auto page = makePage();
    page->showPlan(samplePlan({u"kvm1"_s}, StorageSharing::Shared));
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled());
    page->showPlanError(
        makeError(ErrorCode::Exhausted,
                  u"compute VCN demo-compute14 needs 1024 MiB; the largest free is 512 MiB on kvm2"_s,
                  u"kvm2"_s, u"choose fewer or smaller compute nodes"_s));
    QVERIFY(child<QLabel>(*page, "planSummaryLabel")->text().contains(u"does not fit"_s));
    QVERIFY(child<QLabel>(*page, "planSummaryLabel")->text().contains(u"largest free is 512 MiB on kvm2"_s));
    QVERIFY(page->messageText().contains(u"kvm2: compute VCN demo-compute14"_s));
    QVERIFY(page->messageText().contains(u"Hint: choose fewer"_s));
    QCOMPARE(page->planModel()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled());
}

void TestDeployPage::stages_data()
{
    QTest::addColumn<QList<int>>("events");   // stage, state pairs as the job emits them
    QTest::addColumn<QList<int>>("expected"); // state per stage afterwards

    const auto S = [](StageState s) { return int(s); };
    const int Run = S(StageState::Running), Done = S(StageState::Done), Skip = S(StageState::Skipped),
              Fail = S(StageState::Failed), Cancel = S(StageState::Cancelled), Pend = S(StageState::Pending);
    QList<int> all;
    for (int stage = 0; stage < deployStageCount; ++stage)
        all << stage << Run << stage << (stage == 1 ? Skip : Done);
    QTest::newRow("all done, images there") << all << QList<int>{Done, Skip, Done, Done, Done, Done, Done};
    QTest::newRow("register fails") << QList<int>{0, Run, 0, Done, 1, Run, 1, Done, 2, Run, 2, Fail}
                                    << QList<int>{Done, Done, Fail, Pend, Pend, Pend, Pend};
    QTest::newRow("cancelled while launching")
        << QList<int>{0, Run, 0, Done, 1, Run, 1, Skip, 2, Run, 2, Done, 3, Run, 3, Done, 4, Run, 4, Cancel}
        << QList<int>{Done, Skip, Done, Done, Cancel, Pend, Pend};
}

void TestDeployPage::stages()
{
    QFETCH(QList<int>, events);
    QFETCH(QList<int>, expected);
    writeSite(labProfile(u"test:///default"_s, {}));
    auto page = makePage();
    StageModel* model = page->stageModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    for (qsizetype i = 0; i + 1 < events.size(); i += 2) {
        const auto stage = DeployStage(events.at(i));
        const auto state = StageState(events.at(i + 1));
        page->onStageChanged(stage, state,
                             state == StageState::Failed ? u"kvm2: lost the connection"_s
                                                         : deployStageTitle(stage));
        QCOMPARE(int(model->state(stage)), int(state));
        QCOMPARE(model->data(model->index(int(stage), StageModel::State)).toString(),
                 StageModel::stateTitle(state));
    }
    QCOMPARE(changed.size(), events.size() / 2);
    for (int stage = 0; stage < deployStageCount; ++stage) {
        const auto s = DeployStage(stage);
        QCOMPARE(int(model->state(s)), expected.at(stage));
        const bool finished = model->state(s) != StageState::Pending;
        // Finished stages have a time; pending ones have none.
        QCOMPARE(model->elapsedMs(s) >= 0, finished);
        QCOMPARE(model->data(model->index(stage, StageModel::Elapsed)).toString().isEmpty(), !finished);
        if (model->state(s) == StageState::Done || model->state(s) == StageState::Skipped)
            QCOMPARE(model->progressPercent(s), 100);
        if (model->state(s) == StageState::Failed)
            QCOMPARE(model->detail(s), u"kvm2: lost the connection"_s);
    }
    QVERIFY(!model->runningStage());
    QCOMPARE(model->data(model->index(0, StageModel::Stage)).toString(),
             deployStageTitle(DeployStage::Preflight));
    QVERIFY(!model->data(model->index(0, StageModel::Stage), Qt::DecorationRole).value<QIcon>().isNull());
}

void TestDeployPage::stageProgress()
{
    StageModel model;
    model.reset();
    model.setProgress(1, 2, u"ignored: nothing runs"_s);
    QCOMPARE(model.detail(DeployStage::Preflight), QString());
    model.setStageState(DeployStage::PushImages, StageState::Running, u"Push images"_s);
    QCOMPARE(model.progressPercent(DeployStage::PushImages), -1); // busy until measured
    model.setProgress(300, 1200, u"kvm1: 300 of 1200 MiB"_s);
    QCOMPARE(model.progressPercent(DeployStage::PushImages), 25);
    QCOMPARE(model.detail(DeployStage::PushImages), u"kvm1: 300 of 1200 MiB"_s);
    QCOMPARE(model.data(model.index(1, StageModel::Progress)).toString(), u"300 of 1200"_s);
    QTest::qWait(20);
    QVERIFY(model.elapsedMs(DeployStage::PushImages) >= 20);
    model.setStageState(DeployStage::PushImages, StageState::Done, u"Push images in 0.1 s"_s);
    const qint64 ms = model.elapsedMs(DeployStage::PushImages);
    QTest::qWait(20);
    QCOMPARE(model.elapsedMs(DeployStage::PushImages), ms); // stopped with the stage
    QCOMPARE(model.progressPercent(DeployStage::PushImages), 100);
}

void TestDeployPage::deploymentsFromJournals()
{
    writeSite(labProfile(u"test:///default"_s, {}));
    const SitePlan plan = samplePlan({u"kvm1"_s, u"kvm2"_s, u"kvm1"_s}, StorageSharing::Shared);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto domain = [](const SiteVcn& v, bool done) {
        return JournalRecord{
            JournalStep::Domain, done, v.domain, {{u"host"_s, v.host}, {u"vcn"_s, v.entry.hostname}}};
    };
    // Running: every domain made, the head reached its kernel, the deployment done.
    QList<JournalRecord> running;
    for (const SiteVcn& v : plan.vcns)
        running << domain(v, false) << domain(v, true);
    running << JournalRecord{JournalStep::Phase,
                             true,
                             u"demo-head"_s,
                             {{u"phase"_s, bootPhaseName(BootPhase::Kernel)}, {u"ms"_s, 1200.0}}}
            << JournalRecord{
                   JournalStep::Deployment, true, u"demo"_s, {{u"finished"_s, t0.toString(Qt::ISODate)}}};
    writeJournal(u"demo-lab-20260101-100000"_s, t0, 0, plan, running);
    // Rolled back: its one domain removed again.
    writeJournal(
        u"demo-lab-20260101-110000"_s, t0.addSecs(600), 0, plan,
        {domain(plan.vcns.at(0), true),
         JournalRecord{JournalStep::Removed,
                       true,
                       plan.vcns.at(0).domain,
                       {{u"host"_s, u"kvm1"_s}, {u"kind"_s, u"domain"_s}}},
         JournalRecord{JournalStep::Outcome, true, u"rolled-back"_s, {{u"error"_s, u"kvm2: lost"_s}}}});
    // Interrupted: its process (pid 0: none) died with a domain made.
    writeJournal(u"demo-lab-20260101-120000"_s, t0.addSecs(1200), 0, plan, {domain(plan.vcns.at(1), true)});
    // Deploying: this process is alive and "works" on it.
    // (Started now: a process younger than its deployment's start is not its owner.)
    writeJournal(u"demo-lab-20260101-130000"_s, QDateTime::currentDateTimeUtc(),
                 QCoreApplication::applicationPid(), plan, {});

    auto page = makePage();
    QSignalSpy refreshed(page.get(), &DeployPage::deploymentsRefreshed);
    page->refreshDeployments();
    QVERIFY(refreshed.wait(5000));
    DeploymentListModel* list = page->deploymentModel();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->rowCount(), 4);
    // Newest first, each with its state.
    const QList<std::pair<QString, DeploymentState>> expected{
        {u"demo-lab-20260101-130000"_s, DeploymentState::Deploying},
        {u"demo-lab-20260101-120000"_s, DeploymentState::Interrupted},
        {u"demo-lab-20260101-110000"_s, DeploymentState::RolledBack},
        {u"demo-lab-20260101-100000"_s, DeploymentState::Running}};
    const QList<bool> destroyable{false, true, false, true};
    const QList<bool> resumable{false, true, false, false};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(tableText(list, row, DeploymentListModel::Id), expected.at(row).first);
        QCOMPARE(tableText(list, row, DeploymentListModel::State),
                 deploymentStateTitle(expected.at(row).second));
        QCOMPARE(list->index(row, DeploymentListModel::Vcns).data().toInt(), 3);
        page->selectDeployment(expected.at(row).first);
        QCOMPARE(page->selectedDeploymentId(), expected.at(row).first);
        QCOMPARE(child<QPushButton>(*page, "destroyButton")->isEnabled(), destroyable.at(row));
        QCOMPARE(child<QPushButton>(*page, "forgetButton")->isEnabled(), destroyable.at(row));
        QCOMPARE(child<QPushButton>(*page, "resumeButton")->isEnabled(), resumable.at(row));
        QCOMPARE(page->deploymentVcnModel()->rowCount(), 3);
    }
    // The running one's VCNs: the head at its last phase, the others defined.
    page->selectDeployment(u"demo-lab-20260101-100000"_s);
    SitePlanModel* vcns = page->deploymentVcnModel();
    QCOMPARE(vcns->state(u"demo-head"_s), BootTimelineModel::phaseLabel(BootPhase::Kernel));
    QCOMPARE(vcns->state(u"demo-compute01"_s), u"defined"_s);
    QCOMPARE(page->timelineModel()->rowCount(), 3);
    QVERIFY(page->timelineModel()->phaseMs(0, BootPhase::Kernel).has_value());
    page->selectDeployment(u"demo-lab-20260101-110000"_s);
    QCOMPARE(vcns->state(u"demo-head"_s), u"removed"_s);
    QVERIFY(child<QLabel>(*page, "deploymentVcnsLabel")->text().contains(u"kvm2: lost"_s));
    page->selectDeployment(u"demo-lab-20260101-120000"_s);
    QCOMPARE(vcns->state(u"demo-head"_s), u"not launched"_s);

    // A refresh keeps the selection; a destroy that is declined starts nothing.
    page->refreshDeployments();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(page->selectedDeploymentId(), u"demo-lab-20260101-120000"_s);
    page->confirmDestroy = false;
    page->destroySelected();
    QCOMPARE(page->asked, 1);
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
}

void TestDeployPage::buttons()
{
    // No site: nothing to preview.
    {
        auto page = makePage();
        QCOMPARE(page->siteModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(*page, "previewButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "cancelButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "destroyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "resumeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "forgetButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*page, "consoleButton")->isEnabled());
    }
    writeSite(labProfile(u"test:///default"_s, {}));
    auto page = makePage();
    QCOMPARE(page->siteModel()->rowCount(), 1);
    QVERIFY(child<QPushButton>(*page, "previewButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled()); // no plan yet
    page->showPlan(samplePlan({u"kvm1"_s, u"kvm2"_s}, StorageSharing::Shared));
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled());
    // Declined: nothing starts.
    page->confirmDeploy = false;
    child<QPushButton>(*page, "deployButton")->click();
    QCOMPARE(page->asked, 1);
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
    // Another placement makes the plan stale.
    child<QComboBox>(*page, "placementCombo")->setCurrentIndex(1);
    QVERIFY(!page->plan());
    QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled());
    // So does an edit of the design.
    page->showPlan(samplePlan({u"kvm1"_s, u"kvm2"_s}, StorageSharing::Shared));
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled());
    m_document.newDesign(makeDefaultDesign(u"other"_s));
    QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled());
    QCOMPARE(child<QLabel>(*page, "designLabel")->text(), u"other"_s);
    // A design without roles cannot be previewed.
    Design empty = makeDefaultDesign(u"empty"_s);
    empty.roles.clear();
    m_document.newDesign(empty);
    QVERIFY(!child<QPushButton>(*page, "previewButton")->isEnabled());
}

void TestDeployPage::passwordSource()
{
    // The profile's 0600 password file: no field to fill.
    const QString file = QDir(sitesDir()).filePath(u"lab.password"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("s3cret\n");
        QVERIFY(out.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
    writeSite(labProfile(u"test:///default"_s, u"lab.password"_s));
    {
        auto page = makePage();
        QVERIFY(child<QLineEdit>(*page, "passwordEdit")->isHidden());
        QCOMPARE(child<QLineEdit>(*page, "passwordEdit")->text(), u"s3cret"_s);
        QVERIFY(child<QLabel>(*page, "passwordSourceLabel")->text().contains(u"password file"_s));
    }
    // No file, the keychain has it.
    writeSite(labProfile(u"test:///default"_s, {}));
    auto stored = std::make_unique<FakePasswords>();
    stored->stored.insert(
        PasswordStore::keyFor(u"ldap://10.213.0.2"_s, u"cn=vocstudio,ou=services,dc=vsp,dc=test"_s),
        u"from-keychain"_s);
    {
        auto page = makePage(std::move(stored));
        QTRY_COMPARE(child<QLineEdit>(*page, "passwordEdit")->text(), u"from-keychain"_s);
        QVERIFY(child<QLineEdit>(*page, "passwordEdit")->isHidden());
    }
    // Neither: the field asks.
    auto page = makePage();
    QVERIFY(!child<QLineEdit>(*page, "passwordEdit")->isHidden());
    QVERIFY(child<QLineEdit>(*page, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(*page, "passwordSourceLabel")->text().contains(u"enter it"_s));
}

void TestDeployPage::console()
{
    writeSite(labProfile(u"test:///default"_s, {}));
    const SitePlan plan = samplePlan({u"kvm1"_s, u"kvm2"_s}, StorageSharing::Shared);
    const QString id = u"demo-lab-20260101-100000"_s;
    writeJournal(id, QDateTime::currentDateTimeUtc(), 0, plan, {});
    const QString log = DeployJournal::serialLogPathFor(id, u"demo-compute01"_s, stateDir());
    QVERIFY(QDir().mkpath(QFileInfo(log).absolutePath()));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[    0.000000] Linux version 6.1.0\r\n");
    file.flush();

    auto page = makePage();
    page->show();
    QSignalSpy refreshed(page.get(), &DeployPage::deploymentsRefreshed);
    QVERIFY(refreshed.wait(5000)); // the first show reads the journals
    page->selectDeployment(id);
    QVERIFY(child<QPushButton>(*page, "consoleButton")->isEnabled());
    page->openConsole(u"demo-compute01"_s);
    QCOMPARE(child<QTabWidget>(*page, "tabs")->currentWidget(), child<QWidget>(*page, "consoleTab"));
    QTRY_VERIFY(child<ConsoleView>(*page, "console")->text().contains(u"Linux version 6.1.0"_s));
    // It follows the file.
    file.write("demo-compute01 login:\n");
    file.flush();
    QTRY_VERIFY_WITH_TIMEOUT(child<ConsoleView>(*page, "console")->text().contains(u"login:"_s), 5000);
    QCOMPARE(child<ConsoleView>(*page, "console")->text().count(u"Linux version"_s), 1);
}

void TestDeployPage::previewOffThread()
{
    // A real PlanSiteJob: two hosts on libvirt's test driver, a fake directory, a tiny qcow2 image.
    if (const QString why = useTinyImageOnTestDriver(); !why.isEmpty())
        QFAIL(qPrintable(why));
    auto page = makePage();
    child<QLineEdit>(*page, "passwordEdit")->setText(u"secret"_s);
    QString seenPassword;
    page->setDirectoryConnector([&](const DirectoryConfig& config) -> Result<std::unique_ptr<Directory>> {
        seenPassword = config.password;
        auto directory = std::make_unique<FakeDirectory>();
        // An address of another VOC the plan must skip.
        directory->records = {
            {u"other"_s, u"other-head"_s, u"10.213.0.100"_s, u"02:00:00:00:00:01"_s, u"head"_s, {}}};
        return std::unique_ptr<Directory>(std::move(directory));
    });
    QSignalSpy finished(page.get(), &DeployPage::previewFinished);
    page->preview();
    QCOMPARE(page->activity(), DeployPage::Activity::Planning);
    QVERIFY(child<QPushButton>(*page, "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "previewButton")->isEnabled());
    QVERIFY(finished.wait(20000));
    if (!finished.first().first().toBool())
        QFAIL(qPrintable(page->messageText()));
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
    QCOMPARE(seenPassword, u"secret"_s);
    QVERIFY(page->plan());
    QCOMPARE(page->planModel()->rowCount(), page->plan()->vcns.size());
    QVERIFY(page->planModel()->rowCount() >= 2);
    for (const SiteVcn& vcn : page->plan()->vcns)
        QVERIFY2(vcn.entry.ip != u"10.213.0.100"_s, qPrintable(vcn.entry.ip));
    QCOMPARE(page->uploadModel()->rowCount(), 1); // one image for both roles
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled());

    // A preview made stale by an edit is dropped when it arrives.
    page->preview();
    child<QComboBox>(*page, "placementCombo")->setCurrentIndex(1);
    QVERIFY(!finished.wait(3000) || finished.size() == 1);
    QVERIFY(!page->plan());
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
}

void TestDeployPage::deployJobDrivesPage()
{
    // A real DeployJob against libvirt's test driver, which cannot upload a volume
    // (virStorageVolUpload): the deployment passes its preflight and fails pushing the images. The
    // page shows that failure where it happened (on its stage, in the message with the hint, in the
    // log), rolls back, and lists the deployment as rolled back. The successful path runs against
    // real daemons in tests/e2e/tst_sitepages_e2e.
    std::unique_ptr<ScriptedPage> page;
    previewOnTestDriver(page);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy finished(page.get(), &DeployPage::deploymentFinished);
    page->confirmDeploy = true;
    child<QPushButton>(*page, "deployButton")->click();
    QCOMPARE(page->asked, 1);
    QCOMPARE(page->activity(), DeployPage::Activity::Deploying);
    QVERIFY(child<QPushButton>(*page, "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "deployButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "previewButton")->isEnabled());
    QCOMPARE(child<QTabWidget>(*page, "tabs")->currentWidget()->objectName(), u"progressTab"_s);
    QVERIFY(finished.wait(60000));
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
    QVERIFY2(!finished.first().first().toBool(),
             "the test driver deployed: it cannot upload images, so this test no longer tests a failure");

    // The stages: preflight done, the push failed with the reason, nothing after it started.
    StageModel* stages = page->stageModel();
    QVERIFY(!stages->runningStage());
    QCOMPARE(int(stages->state(DeployStage::Preflight)), int(StageState::Done));
    QCOMPARE(int(stages->state(DeployStage::PushImages)), int(StageState::Failed));
    QVERIFY2(stages->detail(DeployStage::PushImages).contains(u"virStorageVolUpload"_s),
             qPrintable(stages->detail(DeployStage::PushImages)));
    bool afterPush = false;
    for (DeployStage stage : allDeployStages) {
        if (afterPush)
            QCOMPARE(int(stages->state(stage)), int(StageState::Pending));
        afterPush |= stage == DeployStage::PushImages;
    }
    // The message in place: what failed, on which volume and host, and the hint.
    const QString message = page->messageText();
    QVERIFY2(message.contains(u"could not start the upload"_s), qPrintable(message));
    QVERIFY2(message.contains(u"testnode.xml"_s), qPrintable(message));
    QVERIFY2(message.contains(u"this libvirt driver cannot do that"_s), qPrintable(message));
    QVERIFY(child<QPlainTextEdit>(*page, "deployLogView")->toPlainText().contains(u"failed: "_s));
    QVERIFY(child<QPushButton>(*page, "deployButton")->isEnabled()); // the plan is still there to retry
    // The journal it wrote is in the list, selected, rolled back once the list is read again.
    const auto selected = [&page]() -> std::optional<DeploymentSummary> {
        const int row = page->deploymentModel()->rowOf(page->selectedDeploymentId());
        return row < 0 ? std::nullopt : std::optional(page->deploymentModel()->deployment(row));
    };
    QTRY_VERIFY(selected() && selected()->state != DeploymentState::Deploying);
    QCOMPARE(selected()->design, u"demo"_s);
    QCOMPARE(deploymentStateTitle(selected()->state), deploymentStateTitle(DeploymentState::RolledBack));
}

void TestDeployPage::forgetButton()
{
    // A failed deployment whose site is gone: both hosts and the directory unreachable.
    writeSite(labProfile(u"test:///default"_s, {}));
    const SitePlan plan = samplePlan({u"kvm1"_s, u"kvm2"_s}, StorageSharing::Shared);
    const QString id = u"demo-lab-20260101-100000"_s;
    QList<JournalRecord> records;
    for (const SiteVcn& v : plan.vcns)
        records << JournalRecord{
            JournalStep::Domain, true, v.domain, {{u"host"_s, v.host}, {u"vcn"_s, v.entry.hostname}}};
    records << JournalRecord{JournalStep::Outcome, true, u"failed"_s, {{u"error"_s, u"kvm2: lost"_s}}};
    writeJournal(id, QDateTime::currentDateTimeUtc(), 0, plan, records, u"test:///nonexistent/site.xml"_s);

    auto page = makePage();
    page->show();
    QSignalSpy refreshed(page.get(), &DeployPage::deploymentsRefreshed);
    QTRY_VERIFY(page->deploymentModel()->rowOf(id) >= 0);
    page->selectDeployment(id);
    auto* forget = child<QPushButton>(*page, "forgetButton");
    QVERIFY(forget->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "resumeButton")->isEnabled()); // failed, not interrupted

    // Declined: the survey ran and listed what could not be checked; nothing changed.
    QSignalSpy finished(page.get(), &DeployPage::destroyFinished);
    page->confirmForget = false;
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(page->activity(), DeployPage::Activity::Checking);
    QVERIFY(!forget->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QCOMPARE(page->asked, 1);
    QVERIFY(page->forgetSurvey);
    const QStringList unchecked = page->forgetSurvey->describe(Presence::Unchecked);
    QCOMPARE(unchecked.size(), 2);
    QVERIFY2(unchecked.first().startsWith(u"kvm1: domain voc-demo-demo-head (could not be checked: host kvm1 "
                                          "unreachable"_s),
             qPrintable(unchecked.first()));
    QVERIFY(QFileInfo::exists(DeployJournal::pathFor(id, stateDir())));
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);

    // Confirmed: what is reachable is removed (nothing), the journal moved aside, the list without it.
    page->confirmForget = true;
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QVERIFY(!QFileInfo::exists(DeployJournal::pathFor(id, stateDir())));
    QVERIFY(QFileInfo::exists(DeployJournal::forgottenFolder(stateDir()) + u'/' + id + u".jsonl"_s));
    QVERIFY2(page->messageText().contains(u"Forgot"_s), qPrintable(page->messageText()));
    QTRY_COMPARE(page->deploymentModel()->rowOf(id), -1);
}

void TestDeployPage::resumeButton()
{
    // An interrupted deployment (its process gone before any step was done) of a real plan on
    // libvirt's test driver: Resume runs the job `vocctl resume` runs, with stages and Cancel.
    std::unique_ptr<ScriptedPage> page;
    previewOnTestDriver(page);
    if (QTest::currentTestFailed())
        return;
    const QString id = u"demo-lab-20260101-100000"_s;
    writeJournal(id, QDateTime::currentDateTimeUtc(), 0, *page->plan(),
                 {JournalRecord{JournalStep::Stage, true, toString(DeployStage::Preflight), {}}},
                 u"test://" VOC_FIXTURES_DIR "/sites/testnode.xml"_s);
    QSignalSpy refreshed(page.get(), &DeployPage::deploymentsRefreshed);
    page->refreshDeployments();
    QVERIFY(refreshed.wait(5000));
    page->selectDeployment(id);
    QCOMPARE(
        tableText(page->deploymentModel(), page->deploymentModel()->rowOf(id), DeploymentListModel::State),
        deploymentStateTitle(DeploymentState::Interrupted));
    auto* resume = child<QPushButton>(*page, "resumeButton");
    QVERIFY(resume->isEnabled());

    QSignalSpy finished(page.get(), &DeployPage::deploymentFinished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(page->activity(), DeployPage::Activity::Deploying);
    QVERIFY(child<QPushButton>(*page, "cancelButton")->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "forgetButton")->isEnabled());
    QCOMPARE(child<QTabWidget>(*page, "tabs")->currentWidget()->objectName(), u"progressTab"_s);
    QVERIFY(finished.wait(60000));
    QCOMPARE(page->activity(), DeployPage::Activity::Idle);
    QVERIFY(page->stageModel()->state(DeployStage::Preflight) != StageState::Pending);
    QVERIFY2(child<QPlainTextEdit>(*page, "deployLogView")->toPlainText().contains(u"Resuming "_s + id),
             qPrintable(child<QPlainTextEdit>(*page, "deployLogView")->toPlainText()));
    if (!finished.first().first().toBool())
        qInfo("the test driver's resume ended with: %s", qPrintable(page->messageText()));
    // The same journal carried on: no longer interrupted, whatever the test driver let it reach.
    QTRY_VERIFY(page->deploymentModel()->rowOf(id) >= 0 &&
                page->deploymentModel()->deployment(page->deploymentModel()->rowOf(id)).state !=
                    DeploymentState::Interrupted);
    QCOMPARE(page->deploymentModel()->rowCount(), 1);
}

QTEST_MAIN(TestDeployPage)
#include "tst_deploypage.moc"
