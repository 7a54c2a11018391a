// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's tools for real: on a VSP sandbox of the test's own (alpha and beta made by `up`),
// `vocctl site vo add gamma` with the sandbox's provider admin profile makes a VO whose profile
// passes `vocctl site check` and `vocctl directory grant`, whose session on the hosts has its pool, and
// with which gamma deploys a VOC (`vocctl deploy`, head + 1 compute on the tiny image, its VCNs running
// as gamma); list and grant as the admin; a VO's profile and a taken name are refused; `remove gamma`
// refuses while gamma has VCN records and domains, and `--force` destroys them and leaves no account,
// home, pool directory, directory entry or process of gamma.
#include "model/siteprofile.h"
#include "vspsandbox.h"

#include <QDir>
#include <QElapsedTimer>
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

const QString gammaVo = QStringLiteral("gamma");

template<typename T> QString errorText(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().toString();
}

// The uids of every process of this machine (the hosts' pid namespaces included).
QList<uint> processUids()
{
    QList<uint> uids;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        entry.toInt(&number);
        if (!number)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(entry));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Uid:")) {
                uids << line.mid(4).trimmed().split('\t').value(0).toUInt();
                break;
            }
        }
    }
    return uids;
}

} // namespace

class TestSiteVoE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upWithTheDefaultVos();
    void addGamma();
    void refusedArguments_data();
    void refusedArguments();
    void gammaProfilePassesSiteCheckAndGrant();
    void gammaDeploysWithItsProfile();
    void listAndGrant();
    void removeRefusesWhileGammaHasAVcn();
    void removeForceLeavesNothing();
    void cleanupTestCase();

private:
    test::ProcessRun vocctl(const QStringList& args, int timeoutMs = 120000) const
    {
        return test::runProcess(QStringLiteral(VOC_VOCCTL), args, timeoutMs, m_setup.env);
    }
    // As root on host K, through the sandbox's own ssh wrapper.
    test::ProcessRun rootShell(int k, const QStringList& command) const
    {
        return test::runProcess(m_setup.dir + QStringLiteral("/ssh/ssh"),
                                QStringList{QStringLiteral("%1.%2").arg(m_setup.net).arg(10 + k)} + command,
                                30000, m_setup.env);
    }
    // An OpenLDAP client as the directory's admin (the admin profile's credentials).
    test::ProcessRun adminLdap(const QString& tool, const QStringList& args) const;
    QString gammaDir() const { return m_tmp.filePath(QStringLiteral("gamma")); }
    QString gammaProfile() const { return gammaDir() + QStringLiteral("/site.json"); }

    QTemporaryDir m_tmp;
    test::SandboxSetup m_setup;
    test::VspSandbox m_sandbox;
    SiteProfile m_admin;
    SiteProfile m_gamma;
    uint m_gammaUid = 0;
};

test::ProcessRun TestSiteVoE2e::adminLdap(const QString& tool, const QStringList& args) const
{
    QProcessEnvironment env = m_setup.env;
    env.insert(QStringLiteral("LDAPTLS_CACERT"), m_admin.directory.caFile);
    env.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("hard"));
    return test::runProcess(tool,
                            QStringList{QStringLiteral("-x"), QStringLiteral("-ZZ"), QStringLiteral("-H"),
                                        m_admin.directory.uri, QStringLiteral("-D"), m_admin.directory.bindDn,
                                        QStringLiteral("-y"), m_admin.directory.passwordFile} +
                                args,
                            30000, env);
}

void TestSiteVoE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the VSP sandbox makes namespaces and accounts on its hosts and starts libvirtd, "
              "sshd, slapd and dnsmasq (run ctest as root)");
    if (const QString tool =
            test::missingSandboxTool({QStringLiteral("ldapsearch"), QStringLiteral("virsh")});
        !tool.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup").arg(tool)));
    QVERIFY(m_tmp.isValid());
    m_setup = test::sandboxSetup(m_tmp, QStringLiteral("svo"));
    QVERIFY2(m_setup.error.isEmpty(), qPrintable(m_setup.error));
}

// `up` makes alpha and beta (vocctl site vo add) and the provider admin profile.
void TestSiteVoE2e::upWithTheDefaultVos()
{
    QElapsedTimer timer;
    timer.start();
    const test::ProcessRun up = m_sandbox.up(m_setup, 2);
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    qInfo("sandbox up with 2 hosts and the VOs alpha and beta in %lld ms",
          static_cast<long long>(timer.elapsed()));
    const Result<SiteProfile> admin = loadSiteProfile(m_sandbox.adminProfilePath());
    QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
    QCOMPARE(admin->kind(), SiteProfileKind::ProviderAdmin);
    m_admin = *admin;
    for (const QString& vo : {QStringLiteral("alpha"), QStringLiteral("beta")})
        QVERIFY2(QFileInfo::exists(m_sandbox.voProfilePath(vo)), qPrintable(up.out));
}

// gamma in seconds: its folder with the profile, the password file (0600) and its ssh key; progress
// per host on stderr.
void TestSiteVoE2e::addGamma()
{
    QVERIFY(m_sandbox.isUp());
    QElapsedTimer timer;
    timer.start();
    const test::ProcessRun add =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("add"), gammaVo,
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--out"), gammaDir(),
                QStringLiteral("--max-vcns"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
    qInfo("site vo add gamma in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 30000, "adding a VO must take seconds");
    QVERIFY2(add.err.contains(QStringLiteral("kvm1: ")) && add.err.contains(QStringLiteral("kvm2: ")),
             qPrintable(add.err));
    const QJsonObject json = QJsonDocument::fromJson(add.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("profile")).toString(), gammaProfile());
    m_gammaUid = uint(json.value(QStringLiteral("uidNumber")).toInteger());
    QVERIFY2(m_gammaUid > 20000, qPrintable(add.out));

    const Result<SiteProfile> profile = loadSiteProfile(gammaProfile());
    QVERIFY2(profile.ok(), qPrintable(errorText(profile)));
    m_gamma = *profile;
    QCOMPARE(m_gamma.kind(), SiteProfileKind::Vo);
    QCOMPARE(m_gamma.directory.vo, gammaVo);
    QCOMPARE(m_gamma.directory.bindDn,
             QStringLiteral("uid=gamma,ou=people,%1").arg(m_gamma.directory.baseDn));
    QCOMPARE(m_gamma.storage.path, QStringLiteral("/var/lib/libvirt/images/vos/gamma"));
    QCOMPARE(m_gamma.hosts.size(), 2);
    for (const SiteHost& host : std::as_const(m_gamma.hosts))
        QVERIFY2(host.uri.startsWith(QStringLiteral("qemu+ssh://gamma@")) &&
                     host.uri.contains(QStringLiteral("/session?")),
                 qPrintable(host.uri));
    QCOMPARE(QFileInfo(m_gamma.directory.passwordFile).permissions() &
                 ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QFileInfo(gammaDir() + QStringLiteral("/ssh/id_ed25519")).isFile());
    const QFileInfo pool(m_setup.dir + QStringLiteral("/vopools/gamma"));
    QVERIFY(pool.isDir());
    QCOMPARE(pool.ownerId(), m_gammaUid);
}

void TestSiteVoE2e::refusedArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a VO's profile") << QStringList{QStringLiteral("list"), QStringLiteral("--site"),
                                                   QString()}
                                    << 1 << QStringLiteral("this is VO gamma's profile");
    QTest::newRow("a taken name") << QStringList{QStringLiteral("add"), QStringLiteral("alpha"),
                                                 QStringLiteral("--out"), QStringLiteral("@tmp/alpha2")}
                                  << 1 << QStringLiteral("the name alpha is taken by");
    QTest::newRow("a machine account's name")
        << QStringList{QStringLiteral("add"), QStringLiteral("daemon"), QStringLiteral("--out"),
                       QStringLiteral("@tmp/daemon")}
        << 1 << QStringLiteral("an account daemon exists already");
}

// Each refusal says why and leaves nothing behind.
void TestSiteVoE2e::refusedArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(m_sandbox.isUp());
    QString out;
    for (QString& arg : args) {
        if (arg.isEmpty())
            arg = gammaProfile();
        if (arg.startsWith(QLatin1Char('@')))
            out = arg = m_tmp.filePath(arg.mid(5));
    }
    if (!args.contains(QStringLiteral("--site")))
        args << QStringLiteral("--site") << m_sandbox.adminProfilePath();
    const test::ProcessRun run = vocctl(QStringList{QStringLiteral("site"), QStringLiteral("vo")} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (!out.isEmpty())
        QVERIFY2(!QFileInfo::exists(out), qPrintable(out));
    const test::ProcessRun daemonHome =
        rootShell(1, {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/home/daemon")});
    QVERIFY(daemonHome.exitCode != 0);
}

void TestSiteVoE2e::gammaProfilePassesSiteCheckAndGrant()
{
    QVERIFY(!m_gamma.hosts.isEmpty());
    const test::ProcessRun check =
        vocctl({QStringLiteral("site"), QStringLiteral("check"), QStringLiteral("--site"), gammaProfile(),
                QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    const QJsonObject report = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QVERIFY2(report.value(QStringLiteral("ok")).toBool(), qPrintable(check.out));
    QCOMPARE(report[QStringLiteral("directory")][QStringLiteral("vo")].toString(), gammaVo);

    const test::ProcessRun grant =
        vocctl({QStringLiteral("directory"), QStringLiteral("grant"), QStringLiteral("--site"),
                gammaProfile(), QStringLiteral("--json")});
    QVERIFY2(grant.exitCode == 0, qPrintable(grant.out + grant.err));
    const QJsonObject json = QJsonDocument::fromJson(grant.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("vo")).toString(), gammaVo);
    QCOMPARE(json.value(QStringLiteral("maxVcns")).toInteger(), 2);
    QVERIFY2(grant.out.contains(m_gamma.network.rangeStart + QLatin1Char('-') + m_gamma.network.rangeEnd),
             qPrintable(grant.out));
}

// gamma's session on kvm1 (started on demand, as gamma) has its pool and runs a domain: a QEMU process
// with gamma's uid.
void TestSiteVoE2e::gammaDeploysWithItsProfile()
{
    QVERIFY(!m_gamma.hosts.isEmpty());
    const QString uri = m_gamma.hosts.first().uri;
    const test::ProcessRun pool = test::runProcess(
        QStringLiteral("virsh"),
        {QStringLiteral("-c"), uri, QStringLiteral("pool-dumpxml"), QStringLiteral("vocstudio")}, 60000,
        m_setup.env);
    QVERIFY2(pool.exitCode == 0, qPrintable(pool.err));
    QVERIFY2(pool.out.contains(QStringLiteral("<path>/var/lib/libvirt/images/vos/gamma</path>")),
             qPrintable(pool.out));

    // The profile as handed over is all gamma needs: the deploy pushes the images into its pool,
    // registers its VCNs below its entry and starts them in its sessions (--no-wait: done once every
    // domain runs).
    const test::ProcessRun build = test::buildTinyImage(m_tmp.filePath(QStringLiteral("cache")));
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    const Result<ImageInfo> image = loadManifest(test::printedValue(build.out, QStringLiteral("manifest")));
    QVERIFY2(image.ok(), qPrintable(errorText(image)));
    const QString design = m_tmp.filePath(QStringLiteral("gsmall.voc"));
    QVERIFY(test::writeTinyDesign(design, QStringLiteral("gsmall"), 1, *image));
    const test::ProcessRun deploy = vocctl(
        {QStringLiteral("deploy"), design, QStringLiteral("--site"), gammaProfile(), QStringLiteral("--yes"),
         QStringLiteral("--accel"), QStringLiteral("tcg"), QStringLiteral("--no-wait"),
         QStringLiteral("--json"), QStringLiteral("--state-dir"), m_tmp.filePath(QStringLiteral("state"))},
        600000);
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.err.right(3000)));
    const QJsonArray vcns =
        QJsonDocument::fromJson(deploy.out.toUtf8()).object().value(QStringLiteral("vcns")).toArray();
    QCOMPARE(vcns.size(), 2);
    QVERIFY(processUids().contains(m_gammaUid));
    QCOMPARE(QDir(m_setup.dir + QStringLiteral("/vopools/gamma"))
                 .entryList({QStringLiteral("voc-gsmall-*")}, QDir::Files)
                 .size(),
             2);

    const test::ProcessRun show =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("show"), gammaVo,
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonArray hosts =
        QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0)[QStringLiteral("running")].toInt() + hosts.at(1)[QStringLiteral("running")].toInt(),
             2);
}

void TestSiteVoE2e::listAndGrant()
{
    QVERIFY(m_sandbox.isUp());
    const test::ProcessRun grant =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("grant"), gammaVo,
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--max-vcns"),
                QStringLiteral("3")});
    QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));
    const test::ProcessRun list =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("list"),
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QStringList names;
    for (const QJsonValue& vo : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        names << vo[QStringLiteral("vo")].toString();
        if (vo[QStringLiteral("vo")].toString() == gammaVo)
            QCOMPARE(vo[QStringLiteral("grant")][QStringLiteral("maxVcns")].toInteger(), 3);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), gammaVo}));
    // The VO sees the new grant; it cannot change it (the access rules), only the admin can.
    const test::ProcessRun seen =
        vocctl({QStringLiteral("directory"), QStringLiteral("grant"), QStringLiteral("--site"),
                gammaProfile(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(seen.out.toUtf8()).object().value(QStringLiteral("maxVcns")).toInteger(),
             3);
}

// gamma's deployment (two VCN records and their domains) and one more record of another VOC (written
// as gamma, with no domain): remove is refused, saying what gamma holds, and nothing of gamma changes.
void TestSiteVoE2e::removeRefusesWhileGammaHasAVcn()
{
    QVERIFY(!m_gamma.hosts.isEmpty());
    const test::ProcessRun record =
        vocctl({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("--site"), gammaProfile(),
                QStringLiteral("--voc"), QStringLiteral("demo"), QStringLiteral("--hostname"),
                QStringLiteral("gamma-head"), QStringLiteral("--ip"), m_gamma.network.rangeEnd,
                QStringLiteral("--mac"), QStringLiteral("0a:67:00:00:00:01")});
    QVERIFY2(record.exitCode == 0, qPrintable(record.err));
    const test::ProcessRun remove =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("remove"), gammaVo,
                QStringLiteral("--site"), m_sandbox.adminProfilePath()});
    QCOMPARE(remove.exitCode, 1);
    QVERIFY2(remove.err.contains(QStringLiteral("gamma has 3 VCNs (")) &&
                 remove.err.contains(QStringLiteral("demo")) && remove.err.contains(QStringLiteral("gsmall")),
             qPrintable(remove.err));
    // Head and compute: one domain on each host, or both on one.
    QVERIFY2((remove.err.contains(QStringLiteral("1 domain on kvm1")) &&
              remove.err.contains(QStringLiteral("1 domain on kvm2"))) ||
                 remove.err.contains(QStringLiteral("2 domains on kvm")),
             qPrintable(remove.err));
    QVERIFY2(remove.err.contains(QStringLiteral("destroy them or use --force")), qPrintable(remove.err));
    QVERIFY(QFileInfo(m_setup.dir + QStringLiteral("/vopools/gamma")).isDir());
    QVERIFY(processUids().contains(m_gammaUid));
    const test::ProcessRun check =
        vocctl({QStringLiteral("site"), QStringLiteral("check"), QStringLiteral("--site"), gammaProfile(),
                QStringLiteral("--hosts-only")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

// --force: gamma's domains end with its session; no account, home or pool directory on any host, no
// entry or account in the directory, no process with gamma's uid.
void TestSiteVoE2e::removeForceLeavesNothing()
{
    QVERIFY(m_gammaUid != 0);
    const test::ProcessRun remove =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("remove"), gammaVo,
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--force"),
                QStringLiteral("--json")});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.out + remove.err));
    const QJsonObject json = QJsonDocument::fromJson(remove.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("vcns")).toInt(), 3); // the deployment's two and the extra record
    QCOMPARE(json.value(QStringLiteral("domains")).toInt(),
             2); // the deployment's, destroyed with the session

    QVERIFY2(!processUids().contains(m_gammaUid), "a process of gamma's is left");
    QVERIFY(!QFileInfo::exists(m_setup.dir + QStringLiteral("/vopools/gamma")));
    for (int k = 1; k <= 2; ++k) {
        const test::ProcessRun account =
            rootShell(k, {QStringLiteral("getent"), QStringLiteral("passwd"), gammaVo});
        QCOMPARE(account.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_setup.dir + QStringLiteral("/homes/kvm%1/gamma").arg(k)));
    }
    const QString base = m_admin.directory.baseDn;
    for (const QString& dn : QStringList{QStringLiteral("ou=gamma,ou=vocs,") + base,
                                         QStringLiteral("uid=gamma,ou=people,") + base}) {
        const test::ProcessRun search =
            adminLdap(QStringLiteral("ldapsearch"),
                      {QStringLiteral("-LLL"), QStringLiteral("-b"), dn, QStringLiteral("-s"),
                       QStringLiteral("base"), QStringLiteral("1.1")});
        QCOMPARE(search.exitCode, 32); // noSuchObject
    }
    // And gamma's profile no longer opens anything.
    const test::ProcessRun check =
        vocctl({QStringLiteral("site"), QStringLiteral("check"), QStringLiteral("--site"), gammaProfile()});
    QVERIFY(check.exitCode != 0);
    // alpha and beta are untouched.
    const test::ProcessRun list =
        vocctl({QStringLiteral("site"), QStringLiteral("vo"), QStringLiteral("list"),
                QStringLiteral("--site"), m_sandbox.adminProfilePath(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
}

void TestSiteVoE2e::cleanupTestCase()
{
    if (m_sandbox.isUp()) {
        const test::ProcessRun down = m_sandbox.down();
        if (down.exitCode != 0)
            qWarning("vsp-sandbox down: %s", qPrintable(down.out + down.err));
    }
}

QTEST_GUILESS_MAIN(TestSiteVoE2e)
#include "tst_sitevo_e2e.moc"
