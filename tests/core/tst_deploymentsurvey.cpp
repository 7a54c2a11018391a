// SPDX-License-Identifier: GPL-3.0-or-later
// What is left of a deployment at its site: each object present, gone or unchecked (with the host or
// directory and why), and whether a new deployment may retire the earlier one; the journal once
// retired (state gone, kept) or forgotten (moved aside); and a DeployJob on libvirt's test driver
// that retires an earlier failed deployment whose site holds nothing of it instead of refusing.
#include "deploy/deployjob.h"
#include "deploy/deploymentsurvey.h"
#include "virt/hypervisor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

// A host that answers from sets, or fails every query: the failure cases a daemon cannot produce
// on demand (a query error that is not NotFound).
class FakeHost final : public HypervisorConnection
{
public:
    QSet<QString> domains;
    QSet<QString> volumes; // "pool/name"
    QSet<QString> pools{u"vocstudio"_s};
    bool failing = false;

    Error broken() const { return Error{ErrorCode::External, u"internal error: rpc broke"_s, {}, {}}; }
    QString uri() const override { return u"fake:///"_s; }
    bool isAlive() const override { return true; }
    Result<HostInfo> hostInfo() override { return HostInfo{}; }
    Result<QString> capabilities() override { return QString(); }
    Result<DomainInfo> createDomainXml(const QString&, bool) override { return broken(); }
    Status suspend(const QString&) override { return broken(); }
    Status resume(const QString&) override { return broken(); }
    Status destroy(const QString&) override { return broken(); }
    Status reset(const QString&) override { return broken(); }
    Result<QList<DomainInfo>> listDomains(const QString&) override { return QList<DomainInfo>(); }
    Result<DomainState> domainState(const QString& name) override
    {
        if (failing)
            return broken();
        if (!domains.contains(name))
            return Error{ErrorCode::NotFound, u"no domain"_s, name, {}};
        return DomainState::Running;
    }
    Result<QString> domainXml(const QString&) override { return broken(); }
    Result<QString> createNetworkXml(const QString&) override { return broken(); }
    Status destroyNetwork(const QString&) override { return broken(); }
    Result<QStringList> listNetworks(const QString&) override { return QStringList(); }
    Result<QList<DhcpLease>> networkDhcpLeases(const QString&) override { return QList<DhcpLease>(); }
    Result<std::unique_ptr<Console>> openConsole(const QString&, ConsoleCallbacks) override
    {
        return broken();
    }
    Result<StoragePoolInfo> storagePool(const QString&) override { return broken(); }
    Result<bool> hasBridge(const QString&) override { return false; }
    Result<QList<VolumeInfo>> listVolumes(const QString&, const QString&) override
    {
        return QList<VolumeInfo>();
    }
    Result<std::optional<VolumeInfo>> findVolume(const QString& pool, const QString& name) override
    {
        if (failing)
            return broken();
        if (!pools.contains(pool))
            return Error{ErrorCode::NotFound, u"no storage pool"_s, pool, {}};
        if (!volumes.contains(pool + u'/' + name))
            return std::optional<VolumeInfo>();
        return std::optional<VolumeInfo>(VolumeInfo{pool, name, {}, u"qcow2"_s, 0, 0});
    }
    Result<VolumeInfo> createOverlayVolume(const QString&, const QString&, const QString&, const QString&,
                                           qint64) override
    {
        return broken();
    }
    Result<VolumeInfo> uploadVolume(const QString&, const QString&, const QString&, const QString&, bool,
                                    const UploadProgress&) override
    {
        return broken();
    }
    Status deleteVolume(const QString&, const QString&) override { return broken(); }
};

class FakeDirectory final : public Directory
{
public:
    QList<VcnRecord> records;
    std::optional<Error> failure;
    QString uri() const override { return u"ldap://fake"_s; }
    Result<DirectoryInfo> info() override { return DirectoryInfo{}; }
    Result<QStringList> listVocs() override { return QStringList(); }
    Result<QList<VcnRecord>> listVcns(const QString& voc) override
    {
        if (failure)
            return *failure;
        QList<VcnRecord> of;
        for (const VcnRecord& record : records) {
            if (voc.isEmpty() || record.voc == voc)
                of.append(record);
        }
        return of;
    }
    Status addVcns(const QList<VcnRecord>& added) override
    {
        records += added;
        return Ok{};
    }
    Status removeVcn(const QString&, const QString&) override { return Ok{}; }
    Result<int> removeVoc(const QString&) override { return 0; }
    Result<VoGrant> grant() override { return makeError(ErrorCode::InvalidInput, u"no VO"_s, {}, {}); }
};

// "domain kvm1 voc-demo-demo-head", "entry demo-head", "overlay kvm2 x.qcow2 done=0"
DeploymentSummary summaryOf(const QStringList& objects, DeploymentState state)
{
    DeploymentSummary s;
    s.id = u"demo-lab-20260101-100000"_s;
    s.design = u"demo"_s;
    s.site = u"lab"_s;
    s.state = state;
    for (const QString& line : objects) {
        const QStringList f = line.split(u' ');
        const bool entry = f.at(0) == u"entry"_s;
        DeployedObject o{.host = entry ? QString() : f.at(1),
                         .pool = {},
                         .name = entry ? f.at(1) : f.at(2),
                         .vcn = {},
                         .done = !line.endsWith(u"done=0"_s)};
        if (f.at(0) == u"domain"_s)
            s.domains.append(o);
        else if (f.at(0) == u"overlay"_s)
            s.overlays.append(o);
        else if (f.at(0) == u"volume"_s)
            s.volumes.append(o);
        else
            s.entries.append(o);
    }
    return s;
}

QChar letter(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return u'P';
    case Presence::Gone:
        return u'G';
    case Presence::Unchecked:
        return u'U';
    }
    return u'?';
}

} // namespace

class TestDeploymentSurvey : public QObject
{
    Q_OBJECT

private slots:
    void survey_data();
    void survey();
    void retiredJournal();
    void forgottenJournal();
    void nextDeployRetiresGoneOne();
};

void TestDeploymentSurvey::survey_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("objects");
    QTest::addColumn<QStringList>("atSite"); // "kvm1 NAME" (domain or vocstudio/NAME volume), "entry NAME"
    QTest::addColumn<QStringList>("hostTrouble"); // "kvm2 unreachable", "kvm2 failing", "kvm2 missing"
    QTest::addColumn<QString>("directory");       // "up", "down", "failing"
    QTest::addColumn<QString>("expected");        // a letter per object: domains, overlays, entries, volumes
    QTest::addColumn<bool>("retire");
    QTest::addColumn<QString>("whyContains");

    const int failed = int(DeploymentState::Failed);
    const QStringList all{u"domain kvm1 voc-demo-demo-head"_s, u"domain kvm2 voc-demo-demo-compute01"_s,
                          u"overlay kvm1 voc-demo-demo-head.qcow2"_s, u"entry demo-head"_s,
                          u"volume kvm1 vocimg-aaaa.qcow2"_s};
    QTest::newRow("site made again: everything gone")
        << failed << all << QStringList() << QStringList() << u"up"_s << u"GGGGG"_s << true << QString();
    QTest::newRow("interrupted, intents only")
        << int(DeploymentState::Interrupted)
        << QStringList{u"domain kvm1 voc-demo-demo-head done=0"_s,
                       u"overlay kvm1 voc-demo-demo-head.qcow2 done=0"_s}
        << QStringList() << QStringList() << u"up"_s << u"GG"_s << true << QString();
    QTest::newRow("running, provider wiped it")
        << int(DeploymentState::Running) << all << QStringList() << QStringList() << u"up"_s << u"GGGGG"_s
        << true << QString();
    QTest::newRow("nothing journalled") << failed << QStringList() << QStringList() << QStringList()
                                        << u"down"_s << QString() << true << QString();
    QTest::newRow("a domain still runs") << failed << all << QStringList{u"kvm2 voc-demo-demo-compute01"_s}
                                         << QStringList() << u"up"_s << u"GPGGG"_s << false << QString();
    QTest::newRow("an overlay is left") << failed << all << QStringList{u"kvm1 voc-demo-demo-head.qcow2"_s}
                                        << QStringList() << u"up"_s << u"GGPGG"_s << false << QString();
    QTest::newRow("an entry is left") << failed << all << QStringList{u"entry demo-head"_s} << QStringList()
                                      << u"up"_s << u"GGGPG"_s << false << QString();
    QTest::newRow("the image is still there") << failed << all << QStringList{u"kvm1 vocimg-aaaa.qcow2"_s}
                                              << QStringList() << u"up"_s << u"GGGGP"_s << false << QString();
    QTest::newRow("host unreachable")
        << failed << all << QStringList() << QStringList{u"kvm2 unreachable"_s} << u"up"_s << u"GUGGG"_s
        << false << u"kvm2 unreachable: ssh: no route"_s;
    QTest::newRow("host no longer in the profile")
        << failed << all << QStringList() << QStringList{u"kvm2 missing"_s} << u"up"_s << u"GUGGG"_s << false
        << u"not in the site profile"_s;
    QTest::newRow("host answers with an error")
        << failed << all << QStringList() << QStringList{u"kvm1 failing"_s} << u"up"_s << u"UGUGU"_s << false
        << u"rpc broke"_s;
    QTest::newRow("pool gone with the site")
        << failed << all << QStringList() << QStringList{u"kvm1 nopool"_s} << u"up"_s << u"GGGGG"_s << true
        << QString();
    QTest::newRow("directory down") << failed << all << QStringList() << QStringList() << u"down"_s
                                    << u"GGGUG"_s << false << u"connection refused"_s;
    QTest::newRow("directory query fails") << failed << all << QStringList() << QStringList() << u"failing"_s
                                           << u"GGGUG"_s << false << u"size limit"_s;
    QTest::newRow("still deploying") << int(DeploymentState::Deploying) << all << QStringList()
                                     << QStringList() << u"up"_s << u"GGGGG"_s << false << QString();
    QTest::newRow("rolled back already") << int(DeploymentState::RolledBack) << QStringList() << QStringList()
                                         << QStringList() << u"up"_s << QString() << false << QString();
}

void TestDeploymentSurvey::survey()
{
    QFETCH(int, state);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, atSite);
    QFETCH(QStringList, hostTrouble);
    QFETCH(QString, directory);
    QFETCH(QString, expected);
    QFETCH(bool, retire);
    QFETCH(QString, whyContains);

    const DeploymentSummary summary = summaryOf(objects, DeploymentState(state));
    FakeHost kvm1;
    FakeHost kvm2;
    FakeDirectory ldap;
    for (const QString& line : atSite) {
        const QString host = line.section(u' ', 0, 0);
        const QString name = line.section(u' ', 1);
        if (host == u"entry"_s) {
            ldap.records.append({u"demo"_s, name, u"10.213.0.100"_s, u"02:00:00:00:00:01"_s, u"head"_s, {}});
            continue;
        }
        FakeHost& fake = host == u"kvm1"_s ? kvm1 : kvm2;
        fake.domains.insert(name);
        fake.volumes.insert(u"vocstudio/"_s + name);
    }
    // Another VOC's entry of the same name does not count.
    ldap.records.append(
        {u"other"_s, u"demo-head2"_s, u"10.213.0.120"_s, u"02:00:00:00:00:02"_s, u"head"_s, {}});
    SurveyTargets targets{.hosts = {{u"kvm1"_s, &kvm1}, {u"kvm2"_s, &kvm2}},
                          .unreachable = {},
                          .directory = &ldap,
                          .directoryProblem = {},
                          .pool = u"vocstudio"_s,
                          .voc = u"demo"_s};
    for (const QString& trouble : hostTrouble) {
        const QString host = trouble.section(u' ', 0, 0);
        const QString kind = trouble.section(u' ', 1);
        FakeHost& fake = host == u"kvm1"_s ? kvm1 : kvm2;
        if (kind == u"unreachable"_s) {
            targets.hosts.remove(host);
            targets.unreachable.insert(host, u"ssh: no route to host"_s);
        } else if (kind == u"missing"_s) {
            targets.hosts.remove(host);
        } else if (kind == u"failing"_s) {
            fake.failing = true;
        } else if (kind == u"nopool"_s) {
            fake.pools.clear();
        }
    }
    if (directory == u"down"_s) {
        targets.directory = nullptr;
        targets.directoryProblem = u"ldap://10.213.0.1: connection refused"_s;
    } else if (directory == u"failing"_s) {
        ldap.failure = Error{ErrorCode::External, u"size limit exceeded"_s, {}, {}};
    }

    const DeploymentSurvey survey = surveyDeployment(summary, targets);
    QCOMPARE(survey.id, summary.id);
    QString letters;
    for (const SurveyedObject& object : survey.objects)
        letters += letter(object.presence);
    QCOMPARE(letters, expected);
    QCOMPARE(mayRetire(summary, survey), retire);
    QCOMPARE(survey.nothingLeft(), !expected.contains(u'P') && !expected.contains(u'U'));
    // What could not be checked names its host (or the directory) and why.
    for (const SurveyedObject& object : survey.with(Presence::Unchecked)) {
        QVERIFY2(object.describe().contains(whyContains), qPrintable(object.describe()));
        if (object.kind != u"entry"_s)
            QVERIFY2(object.describe().startsWith(object.object.host + u':'), qPrintable(object.describe()));
    }
    QCOMPARE(survey.describe(Presence::Present).size(), expected.count(u'P'));
}

namespace {

void writeFailedJournal(const QString& path, const QString& uri, const SitePlan& plan)
{
    DeployJournal journal(path);
    QVERIFY(journal.open(true).ok());
    SiteProfile profile;
    profile.name = u"lab"_s;
    profile.hosts = {{u"kvm1"_s, uri, 0, 0}};
    profile.storage.pool = u"vocstudio"_s;
    profile.network.bridge = u"vspbr0"_s;
    profile.directory.uri = u"ldap://127.0.0.1:1"_s;
    profile.directory.baseDn = u"dc=vsp,dc=test"_s;
    profile.directory.bindDn = u"cn=vocstudio,dc=vsp,dc=test"_s;
    const QJsonObject json = QJsonDocument::fromJson(siteProfileToJson(profile)).object();
    QVERIFY(
        journal
            .append({{JournalStep::Deployment,
                      false,
                      u"demo"_s,
                      {{u"site"_s, u"lab"_s},
                       {u"profile"_s, json},
                       {u"plan"_s, sitePlanToJson(plan)},
                       {u"pid"_s, 0.0},
                       {u"started"_s, u"2026-01-01T10:00:00.000Z"_s}}},
                     {JournalStep::Domain, true, u"voc-demo-demo-head"_s, {{u"host"_s, u"kvm1"_s}}},
                     {JournalStep::Overlay,
                      true,
                      u"voc-demo-demo-head.qcow2"_s,
                      {{u"host"_s, u"kvm1"_s}, {u"pool"_s, u"vocstudio"_s}}},
                     {JournalStep::Outcome, true, u"failed"_s, {{u"error"_s, u"kvm1: host unreachable"_s}}}})
            .ok());
    journal.close();
}

SitePlan labPlan()
{
    SitePlan plan;
    plan.site = u"lab"_s;
    plan.design = u"demo"_s;
    plan.pool = u"vocstudio"_s;
    return plan;
}

} // namespace

void TestDeploymentSurvey::retiredJournal()
{
    QTemporaryDir dir;
    const QString path = DeployJournal::pathFor(u"demo-lab-20260101-100000"_s, dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeFailedJournal(path, u"test:///nowhere"_s, labPlan());
    Result<DeploymentSummary> before = DeployJournal::load(path);
    QVERIFY(before);
    QCOMPARE(int(before->state), int(DeploymentState::Failed));
    QVERIFY(before->hasLiveObjects());

    QVERIFY(retireDeployment(*before, u"demo-lab-20260102-100000"_s).ok());
    Result<DeploymentSummary> after = DeployJournal::load(path);
    QVERIFY(after);
    QCOMPARE(int(after->state), int(DeploymentState::Gone));
    QVERIFY(!after->hasLiveObjects());
    QVERIFY2(after->error.contains(u"demo-lab-20260102-100000"_s), qPrintable(after->error));
    // Kept and listed (vocctl deployments --all shows it as gone).
    Result<QList<DeploymentSummary>> listed = listDeployments(dir.path());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

void TestDeploymentSurvey::forgottenJournal()
{
    QTemporaryDir dir;
    const QString id = u"demo-lab-20260101-100000"_s;
    const QString path = DeployJournal::pathFor(id, dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeFailedJournal(path, u"test:///nowhere"_s, labPlan());
    const QString log = DeployJournal::serialLogPathFor(id, u"demo-head"_s, dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(log).absolutePath()));
    QFile(log).open(QIODevice::WriteOnly);

    // Every host unreachable: destroy --forget removes nothing, drops the journal all the same.
    DestroyDeploymentJob job(DestroyOptions{.id = id,
                                            .stateDir = dir.path(),
                                            .keepImages = false,
                                            .ldapPassword = {},
                                            .hypervisor = nullptr,
                                            .connectDirectory = {},
                                            .forget = true});
    job.exec();
    const Result<DestroyReport> report = *job.result();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->left.size(), 2);
    QVERIFY2(report->left.first().startsWith(u"kvm1: domain voc-demo-demo-head (host unreachable: "_s),
             qPrintable(report->left.first()));
    const QString archived = DeployJournal::forgottenFolder(dir.path()) + u'/' + id + u".jsonl"_s;
    QCOMPARE(report->forgottenJournal, archived);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(archived));
    QVERIFY(QFileInfo::exists(DeployJournal::forgottenFolder(dir.path()) + u'/' + id +
                              u"/demo-head.serial.log"_s));
    Result<DeploymentSummary> kept = DeployJournal::load(archived);
    QVERIFY(kept);
    QCOMPARE(int(kept->state), int(DeploymentState::Gone));
    Result<QList<DeploymentSummary>> listed = listDeployments(dir.path());
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());

    // Without --forget the same destroy fails and keeps the journal.
    writeFailedJournal(path, u"test:///nowhere"_s, labPlan());
    DestroyDeploymentJob plain(DestroyOptions{.id = id,
                                              .stateDir = dir.path(),
                                              .keepImages = false,
                                              .ldapPassword = {},
                                              .hypervisor = nullptr,
                                              .connectDirectory = {},
                                              .forget = false});
    plain.exec();
    QVERIFY(!plain.result()->ok());
    QVERIFY(QFileInfo::exists(path));
}

void TestDeploymentSurvey::nextDeployRetiresGoneOne()
{
    // The earlier deployment failed on kvm1; the site was made again (a test driver host is new on
    // every connection): nothing of it is there, so the next deployment retires it and goes on.
    QTemporaryDir dir;
    const QString image = dir.filePath(u"base.qcow2"_s);
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"64M"_s});
    QVERIFY2(qemuImg.waitForFinished(10000) && qemuImg.exitCode() == 0,
             "qemu-img could not make an image (scripts/setup installs qemu-utils)");
    const QString node = u"test://" VOC_FIXTURES_DIR "/sites/testnode.xml"_s;
    const QString earlier = DeployJournal::pathFor(u"demo-lab-20260101-100000"_s, dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(earlier).absolutePath()));
    writeFailedJournal(earlier, node, labPlan());

    Design design = makeDefaultDesign(u"demo"_s);
    for (Role& role : design.roles) {
        role.image.path = image;
        role.image.sha256.clear();
        role.memoryMiB = 256;
        role.vcpus = 1;
        role.count = 1;
    }
    SiteProfile profile;
    profile.name = u"lab"_s;
    profile.hosts = {{u"kvm1"_s, node, 16, 32768}};
    profile.storage.pool = u"vocstudio"_s;
    profile.network = {u"vspbr0"_s,     u"10.213.0.0/24"_s, u"10.213.0.100"_s, u"10.213.0.199"_s,
                       u"10.213.0.1"_s, u"vsp.test"_s,      u"10.213.0.2"_s};
    profile.directory.uri = u"ldap://fake"_s;
    DeployOptions options{.design = design, .profile = profile};
    options.stateDir = dir.path();
    options.publishTimeoutSeconds = 1;
    options.waitForReady = false;
    options.connectDirectory = [](const DirectoryConfig&) -> Result<std::unique_ptr<Directory>> {
        return std::unique_ptr<Directory>(std::make_unique<FakeDirectory>());
    };
    QStringList log;
    DeployJob job(options);
    connect(&job, &DeployJob::logLine, this, [&log](const QString& line) { log.append(line); });
    job.exec();
    const Result<DeployResult> result = *job.result();
    // Whatever the test driver lets the new deployment do, it was not refused for the earlier one.
    if (!result)
        QVERIFY2(!result.error().what.contains(u"already"_s), qPrintable(result.error().toString()));
    Result<DeploymentSummary> retired = DeployJournal::load(earlier);
    QVERIFY(retired);
    QCOMPARE(int(retired->state), int(DeploymentState::Gone));
    QVERIFY2(retired->error.contains(u"demo-lab-"_s), qPrintable(retired->error));
    if (!job.deploymentId().isEmpty())
        QVERIFY(retired->error.contains(job.deploymentId()));
    QVERIFY2(log.join(u'\n').contains(u"retired"_s), qPrintable(log.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDeploymentSurvey)
#include "tst_deploymentsurvey.moc"
