// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's migration ("bring the VOC down, copy two disk images and a small configuration file,
// boot it at another site") with two commands: a VOC (1 head + 1 compute of the demo images, TCG)
// deployed at sandbox site A is brought down there with `vocctl destroy --keep-images` (domains,
// overlays and directory entries go, the pushed images stay), `vocctl export` packs the design with
// its images, `vocctl import` unpacks them elsewhere, and `vocctl deploy` of the imported design at
// sandbox site B boots the VOC there: every VCN ready with its address and name from B's DHCP, the
// head reaching the compute node by name. Destroy at B then leaves nothing there. The VOC is the VO
// alpha's at both sites: alpha's profile of each (its host account and session, its pool, its
// directory account), no root on any host.
#include "run/preflight.h"
#include "sitedeployments.h"
#include "virt/libvirthypervisor.h"
#include "vspsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace voc;

namespace {

using test::DemoImage;
using Ran = test::ProcessRun;

const QString vo = QStringLiteral("alpha");

struct Site
{
    QString name;
    QString dir;
    test::VspSandbox sandbox;
    SiteProfile profile;

    QString profilePath() const { return sandbox.voProfilePath(vo); }
    QStringList poolFiles() const { return sandbox.voPoolFiles(vo); }
};

} // namespace

class TestMigrateE2e : public QObject
{
    Q_OBJECT

public:
    // A deployment under TCG on a busy two-core machine outlasts Qt Test's 5 minutes per function.
    TestMigrateE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "1500000"); }

private slots:
    void initTestCase();
    void deployAtSiteA();
    void bringDownAtSiteAKeepingImages();
    void exportAndImport();
    void deployImportedAtSiteB();
    void headReachesComputeAtSiteB();
    void destroyAtSiteB();
    void cleanupTestCase();

private:
    Ran vocctl(const QStringList& args, int timeoutMs = 60000);
    Ran deploy(const QString& design, const Site& site);
    QStringList domainsAt(const Site& site);
    int directoryEntriesAt(const Site& site);

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_stateDir;
    QString m_design;
    QString m_imported; // the design as `vocctl import` wrote it
    DemoImage m_head;
    DemoImage m_compute;
    Site m_sites[2];
    LibvirtHypervisor m_hypervisor;
    QString m_idA;
    QString m_idB;
    QJsonObject m_resultB;
};

Ran TestMigrateE2e::vocctl(const QStringList& args, int timeoutMs)
{
    return test::runProcess(QStringLiteral(VOC_VOCCTL), args, timeoutMs, m_env);
}

Ran TestMigrateE2e::deploy(const QString& design, const Site& site)
{
    return vocctl({QStringLiteral("deploy"), design, QStringLiteral("--site"), site.profilePath(),
                   QStringLiteral("--yes"), QStringLiteral("--accel"), QStringLiteral("tcg"),
                   QStringLiteral("--json"), QStringLiteral("--state-dir"), m_stateDir},
                  1500000);
}

QStringList TestMigrateE2e::domainsAt(const Site& site)
{
    QStringList names;
    for (const SiteHost& host : site.profile.hosts) {
        Result<std::unique_ptr<HypervisorConnection>> c = m_hypervisor.connect(host.uri);
        if (!c) {
            names.append(QStringLiteral("error: ") + c.error().toString());
            continue;
        }
        const Result<QList<DomainInfo>> domains = (*c)->listDomains(QStringLiteral("voc-demo-"));
        if (!domains) {
            names.append(QStringLiteral("error: ") + domains.error().toString());
            continue;
        }
        for (const DomainInfo& d : *domains)
            names.append(host.name + QLatin1Char(':') + d.name);
    }
    return names;
}

// -1 when the directory cannot be read.
int TestMigrateE2e::directoryEntriesAt(const Site& site)
{
    const QList<VcnRecord> records =
        test::directoryRecords(site.profile, site.dir + QStringLiteral("/vos/") + vo);
    return records.size() == 1 && records.first().voc == QLatin1String("error") ? -1 : int(records.size());
}

void TestMigrateE2e::initTestCase()
{
    const test::DemoSandboxCheck check =
        test::requireDemoSandbox(m_tmp, QStringLiteral("origin/images"), &m_head, &m_compute);
    if (!check.skip.isEmpty())
        QSKIP(qPrintable(check.skip));
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    m_design = m_tmp.filePath(QStringLiteral("origin/demo.voc"));
    QVERIFY(test::writeDemoDesign(m_design, m_head, m_compute, 1));

    m_stateDir = m_tmp.filePath(QStringLiteral("state"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("VOCCTL"), QStringLiteral(VOC_VOCCTL));
    m_env.remove(QStringLiteral("VOCSTUDIO_LDAP_PASSWORD"));
    // Two sites of our own names and /24s, one KVM host each.
    QStringList nets;
    for (int i = 0; i < 2; ++i) {
        Site& site = m_sites[i];
        site.name = QStringLiteral("mi%1%2").arg(QLatin1Char(i == 0 ? 'a' : 'b')).arg(::getpid() % 100000);
        site.dir = m_tmp.filePath(QStringLiteral("site-") + site.name);
        const QString net = test::freeSandboxNet(nets);
        QVERIFY(!net.isEmpty());
        nets.append(net);
        const Ran up = site.sandbox.up(site.name, site.dir, net, 1, m_env,
                                       {QStringLiteral("--vo-grant"), QStringLiteral("4,8,8192,40960")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        const Result<SiteProfile> profile = loadSiteProfile(site.profilePath());
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
        QCOMPARE(profile->directory.vo, vo);
        site.profile = *profile;
    }
}

void TestMigrateE2e::deployAtSiteA()
{
    const Ran deployed = deploy(m_design, m_sites[0]);
    QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err.right(3000)));
    const QJsonObject result = QJsonDocument::fromJson(deployed.out.toUtf8()).object();
    m_idA = result.value(QLatin1String("id")).toString();
    QVERIFY(!m_idA.isEmpty());
    QCOMPARE(domainsAt(m_sites[0]).size(), 2);
    QCOMPARE(directoryEntriesAt(m_sites[0]), 2);
}

void TestMigrateE2e::bringDownAtSiteAKeepingImages()
{
    QVERIFY(!m_idA.isEmpty());
    const QStringList imagesBefore = m_sites[0].poolFiles().filter(QStringLiteral("vocimg-"));
    QCOMPARE(imagesBefore.size(), 4); // two disks, one kernel, one initrd
    const Ran destroy = vocctl({QStringLiteral("destroy"), m_idA, QStringLiteral("--keep-images"),
                                QStringLiteral("--state-dir"), m_stateDir},
                               300000);
    QVERIFY2(destroy.exitCode == 0, qPrintable(destroy.out + destroy.err));
    // Domains, overlays and entries gone; the pushed images kept for the next deployment.
    QCOMPARE(domainsAt(m_sites[0]), QStringList{});
    QCOMPARE(directoryEntriesAt(m_sites[0]), 0);
    QCOMPARE(m_sites[0].poolFiles(), imagesBefore);
}

void TestMigrateE2e::exportAndImport()
{
    const QString bundle = m_tmp.filePath(QStringLiteral("demo.vocbundle"));
    const Ran exported = vocctl(
        {QStringLiteral("export"), m_design, QStringLiteral("-o"), bundle, QStringLiteral("--json")}, 600000);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFileInfo(bundle).size() > 0);
    // The other site has nothing of the origin: the bundle is all it gets.
    const QString target = m_tmp.filePath(QStringLiteral("at-site-b"));
    const Ran imported = vocctl(
        {QStringLiteral("import"), bundle, QStringLiteral("-C"), target, QStringLiteral("--json")}, 600000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject json = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    m_imported = json.value(QLatin1String("design")).toString();
    QVERIFY2(QFileInfo(m_imported).isFile(), qPrintable(imported.out));
    QVERIFY(QFileInfo(m_imported).absolutePath().startsWith(QFileInfo(target).absoluteFilePath()));
    // The imported design names copies under the import folder, byte for byte the origin's images.
    QFile file(m_imported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray roles =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("roles")).toArray();
    QCOMPARE(roles.size(), 2);
    for (const QJsonValue& role : roles) {
        const QJsonObject image = role.toObject().value(QLatin1String("image")).toObject();
        QString disk = image.value(QLatin1String("path")).toString();
        if (QFileInfo(disk).isRelative())
            disk = QFileInfo(m_imported).absolutePath() + QLatin1Char('/') + disk;
        QVERIFY2(!disk.startsWith(m_tmp.filePath(QStringLiteral("origin"))), qPrintable(disk));
        QCOMPARE(fileSha256(disk).valueOr(QString()), image.value(QLatin1String("sha256")).toString());
    }
    // The origin is gone before the deploy at B, as after a real move.
    QVERIFY(QDir(m_tmp.filePath(QStringLiteral("origin"))).removeRecursively());
}

void TestMigrateE2e::deployImportedAtSiteB()
{
    QVERIFY(!m_imported.isEmpty());
    const Ran deployed = deploy(m_imported, m_sites[1]);
    QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err.right(3000)));
    m_resultB = QJsonDocument::fromJson(deployed.out.toUtf8()).object();
    m_idB = m_resultB.value(QLatin1String("id")).toString();
    QVERIFY(!m_idB.isEmpty());
    const QJsonArray vcns = m_resultB.value(QLatin1String("vcns")).toArray();
    QCOMPARE(vcns.size(), 2);
    const QString prefix = m_sites[1].sandbox.net() + QLatin1Char('.');
    for (const QJsonValue& v : vcns) {
        const QJsonObject o = v.toObject();
        // Booted at B: ready, with an address of B's segment and its own name from B's DHCP.
        QVERIFY2(o.value(QLatin1String("ready")).toBool(),
                 qPrintable(o.value(QLatin1String("hostname")).toString()));
        QVERIFY2(o.value(QLatin1String("address")).toString().startsWith(prefix),
                 qPrintable(o.value(QLatin1String("address")).toString()));
        QCOMPARE(o.value(QLatin1String("leaseHostname")).toString(),
                 o.value(QLatin1String("hostname")).toString());
        qInfo("%s at %s: ready after %s", qPrintable(o.value(QLatin1String("hostname")).toString()),
              qPrintable(m_sites[1].name),
              QJsonDocument(o.value(QLatin1String("phasesMs")).toObject())
                  .toJson(QJsonDocument::Compact)
                  .constData());
    }
    QCOMPARE(domainsAt(m_sites[1]).size(), 2);
    QCOMPARE(directoryEntriesAt(m_sites[1]), 2);
    // Site A is not touched by the deployment at B.
    QCOMPARE(domainsAt(m_sites[0]), QStringList{});
    QCOMPARE(directoryEntriesAt(m_sites[0]), 0);
}

void TestMigrateE2e::headReachesComputeAtSiteB()
{
    QVERIFY(!m_idB.isEmpty());
    QString headIp;
    for (const QJsonValue& v : m_resultB.value(QLatin1String("vcns")).toArray()) {
        if (v.toObject().value(QLatin1String("role")).toString() == QLatin1String("head"))
            headIp = v.toObject().value(QLatin1String("address")).toString();
    }
    QVERIFY(!headIp.isEmpty());
    const Ran ssh = test::runProcess(
        QStringLiteral("ssh"),
        {QStringLiteral("-i"), m_head.voKey, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
         QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
         QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
         QStringLiteral("ConnectTimeout=20"), QStringLiteral("root@") + headIp,
         QStringLiteral("hostname; ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o ConnectTimeout=20 "
                        "demo-compute01 hostname")},
        300000);
    QVERIFY2(ssh.exitCode == 0, qPrintable(ssh.err));
    QCOMPARE(ssh.out.trimmed().split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("demo-head"), QStringLiteral("demo-compute01")}));
}

void TestMigrateE2e::destroyAtSiteB()
{
    QVERIFY(!m_idB.isEmpty());
    const Ran destroy =
        vocctl({QStringLiteral("destroy"), m_idB, QStringLiteral("--state-dir"), m_stateDir}, 300000);
    QVERIFY2(destroy.exitCode == 0, qPrintable(destroy.out + destroy.err));
    QCOMPARE(domainsAt(m_sites[1]), QStringList{});
    QCOMPARE(directoryEntriesAt(m_sites[1]), 0);
    QCOMPARE(m_sites[1].poolFiles(), QStringList{});
    QCOMPARE(m_sites[1].sandbox.poolFiles(), QStringList{}); // the provider's own pool: never used
}

void TestMigrateE2e::cleanupTestCase()
{
    for (Site& site : m_sites) {
        const Ran down = site.sandbox.down();
        if (down.exitCode != 0)
            qWarning("vsp-sandbox down %s: %s", qPrintable(site.name), qPrintable(down.out + down.err));
    }
}

QTEST_GUILESS_MAIN(TestMigrateE2e)
#include "tst_migrate_e2e.moc"
