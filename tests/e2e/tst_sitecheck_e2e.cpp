// SPDX-License-Identifier: GPL-3.0-or-later
// The site connection test against a real, private libvirtd (tests/e2e/libvirt-sandbox) and a
// private slapd (scripts/slapd-instance) on loopback: a dir storage pool and a Linux bridge made in
// the sandbox's namespaces are found with their sizes, missing ones are reported as such, an
// unreachable host is an error of its own that hides nothing else, and the directory answers
// who we are bound as and how many VOCs and VCNs it holds.
#include "sandboxmain.h"
#include "site/sitecheck.h"
#include "virt/libvirthypervisor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace voc;

namespace {

const QString poolName = QStringLiteral("vocsite-pool");
const QString bridgeName = QStringLiteral("vocsitebr0");
const QString ldapUrl = QStringLiteral("ldap://127.0.0.1:3891");
const QString suffix = QStringLiteral("dc=vsp,dc=test");
const QString slapdScript = QStringLiteral(VOC_SOURCE_DIR "/scripts/slapd-instance");

// Runs a tool, returning its stdout; fails the test with its stderr.
QString run(const QString& program, const QStringList& args, bool* ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning("%s %s: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString text(const std::optional<Error>& error)
{
    return error ? error->toString() : QString();
}

} // namespace

class TestSiteCheckE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storagePool_data();
    void storagePool();
    void hasBridge_data();
    void hasBridge();
    void siteCheck();
    void cancelBetweenHosts();
    void cleanupTestCase();

private:
    SiteProfile profile() const;

    std::unique_ptr<HypervisorConnection> m_connection;
    QTemporaryDir m_dir;
    QString m_poolPath;
    QString m_slapdDir;
    QString m_serviceDn;
    QString m_ca;
    bool m_slapd = false;
};

void TestSiteCheckE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        QSKIP("run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");

    // libvirt's interface driver reads /sys/class/net, which shows the network namespace of whoever
    // mounted sysfs: mount one of this namespace (the sandbox's mount namespace is private).
    QVERIFY2(::mount("sysfs", "/sys", "sysfs", 0, nullptr) == 0, "could not mount sysfs in the sandbox");

    bool ok = false;
    run(QStringLiteral("ip"),
        {QStringLiteral("link"), QStringLiteral("add"), bridgeName, QStringLiteral("type"),
         QStringLiteral("bridge")},
        &ok);
    QVERIFY(ok);
    // Not a bridge: one end of a veth pair.
    run(QStringLiteral("ip"),
        {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("vocsiteveth0"),
         QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
         QStringLiteral("vocsiteveth1")},
        &ok);
    QVERIFY(ok);

    QVERIFY(m_dir.isValid());
    m_poolPath = m_dir.filePath(QStringLiteral("pool"));
    QVERIFY(QDir().mkpath(m_poolPath));
    run(QStringLiteral("virsh"),
        {QStringLiteral("pool-create-as"), poolName, QStringLiteral("dir"), QStringLiteral("--target"),
         m_poolPath},
        &ok);
    QVERIFY(ok);
    // An inactive pool: defined, never started.
    run(QStringLiteral("virsh"),
        {QStringLiteral("pool-define-as"), QStringLiteral("vocsite-stopped"), QStringLiteral("dir"),
         QStringLiteral("--target"), m_dir.filePath(QStringLiteral("stopped"))},
        &ok);
    QVERIFY(ok);

    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    m_connection = std::move(connection).value();

    // The directory: a private slapd on loopback inside the sandbox's network namespace.
    m_slapdDir = m_dir.filePath(QStringLiteral("slapd"));
    const QString out = run(slapdScript,
                            {QStringLiteral("start"), m_slapdDir, QStringLiteral("--url"), ldapUrl,
                             QStringLiteral("--suffix"), suffix},
                            &m_slapd);
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("service_dn=")))
            m_serviceDn = line.mid(11);
        if (line.startsWith(QLatin1String("ca=")))
            m_ca = line.mid(3);
    }
    if (!m_slapd)
        qWarning("no slapd: the directory part of siteCheck will fail");
}

void TestSiteCheckE2e::cleanupTestCase()
{
    bool ok = false;
    if (m_slapd)
        run(slapdScript, {QStringLiteral("stop"), m_slapdDir}, &ok);
    m_connection.reset();
    run(QStringLiteral("virsh"), {QStringLiteral("pool-destroy"), poolName}, &ok);
    run(QStringLiteral("virsh"), {QStringLiteral("pool-undefine"), QStringLiteral("vocsite-stopped")}, &ok);
    run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), bridgeName}, &ok);
    run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), QStringLiteral("vocsiteveth0")},
        &ok);
}

void TestSiteCheckE2e::storagePool_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("active");
    QTest::newRow("active dir pool") << poolName << true << true;
    QTest::newRow("defined, not started") << QStringLiteral("vocsite-stopped") << true << false;
    QTest::newRow("missing") << QStringLiteral("no-such-pool") << false << false;
}

void TestSiteCheckE2e::storagePool()
{
    QFETCH(QString, name);
    QFETCH(bool, exists);
    QFETCH(bool, active);
    const Result<StoragePoolInfo> pool = m_connection->storagePool(name);
    if (!exists) {
        QVERIFY(!pool.ok());
        QCOMPARE(pool.error().code, ErrorCode::NotFound);
        QVERIFY2(pool.error().hint.contains(QStringLiteral("pool-define-as")),
                 qPrintable(pool.error().toString()));
        QVERIFY(pool.error().where.contains(name));
        return;
    }
    QVERIFY2(pool.ok(), qPrintable(pool.ok() ? QString() : pool.error().toString()));
    QCOMPARE(pool->name, name);
    QCOMPARE(pool->active, active);
    QCOMPARE(pool->type, QStringLiteral("dir"));
    QCOMPARE(pool->targetPath, active ? m_poolPath : m_dir.filePath(QStringLiteral("stopped")));
    if (active) {
        // The same file system as the temporary folder: statvfs gives the numbers to compare.
        QVERIFY(pool->capacityBytes > 0);
        QVERIFY(pool->availableBytes > 0);
        QVERIFY(pool->availableBytes <= pool->capacityBytes);
    }
}

void TestSiteCheckE2e::hasBridge_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bridge") << bridgeName << true;
    QTest::newRow("not a bridge") << QStringLiteral("vocsiteveth0") << false;
    QTest::newRow("loopback") << QStringLiteral("lo") << false;
    QTest::newRow("missing") << QStringLiteral("nosuchbr0") << false;
}

void TestSiteCheckE2e::hasBridge()
{
    QFETCH(QString, name);
    QFETCH(bool, expected);
    const Result<bool> bridge = m_connection->hasBridge(name);
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().toString()));
    QCOMPARE(*bridge, expected);
}

SiteProfile TestSiteCheckE2e::profile() const
{
    SiteProfile p;
    p.name = QStringLiteral("e2e");
    p.hosts = {{QStringLiteral("kvm1"), QStringLiteral("qemu:///system"), 0, 0},
               // Nothing listens on port 1 of loopback: refused at once, no timeout to wait for.
               {QStringLiteral("gone"), QStringLiteral("qemu+tcp://127.0.0.1:1/system"), 0, 0},
               {QStringLiteral("kvm2"), QStringLiteral("qemu:///system"), 0, 0}};
    p.storage.pool = poolName;
    p.network.bridge = bridgeName;
    p.directory.uri = ldapUrl;
    p.directory.baseDn = suffix;
    p.directory.bindDn = m_serviceDn;
    p.directory.caFile = m_ca;
    return p;
}

void TestSiteCheckE2e::siteCheck()
{
    SiteCheckJob job(profile(), QStringLiteral("vocstudio-secret"));
    job.setCheckDirectory(m_slapd);
    QList<int> done;
    connect(
        &job, &Job::progress, &job, [&](int d, int, const QString&) { done.append(d); },
        Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    job.exec();
    qInfo("site check of 3 hosts%s: %lld ms", m_slapd ? " and the directory" : "", timer.elapsed());
    const Result<SiteCheckReport> report = *job.result();
    QVERIFY(report.ok());
    QCOMPARE(report->hosts.size(), 3);
    QCOMPARE(done.last(), m_slapd ? 4 : 3);

    for (int i : {0, 2}) {
        const HostCheck& host = report->hosts.at(i);
        QVERIFY2(host.ok(), qPrintable(report->failures().join(QLatin1Char('\n'))));
        QCOMPARE(host.host.driver, QStringLiteral("QEMU"));
        QVERIFY(!host.host.libvirtVersion.isEmpty());
        QVERIFY(host.host.cpus > 0);
        QVERIFY(host.host.memoryKiB > 0);
        QCOMPARE(host.pool->targetPath, m_poolPath);
        QCOMPARE(host.bridge, std::optional<bool>(true));
    }
    const HostCheck& gone = report->hosts.at(1);
    QCOMPARE(gone.name, QStringLiteral("gone"));
    QVERIFY(gone.connectError);
    QVERIFY2(gone.connectError->where.contains(QStringLiteral("127.0.0.1")),
             qPrintable(text(gone.connectError)));
    QVERIFY(!gone.pool && !gone.bridge);
    QVERIFY(!report->ok());
    QCOMPARE(report->failures().size(), 1);
    QVERIFY(report->failures().first().startsWith(QStringLiteral("gone: ")));

    if (!m_slapd)
        QFAIL("slapd-instance did not start (its error is logged above, from initTestCase); the hosts were "
              "checked");
    const DirectoryCheck& dir = report->directory;
    QVERIFY2(dir.ok(), qPrintable(text(dir.error)));
    QVERIFY(dir.info.tls);
    QCOMPARE(dir.info.baseDn, suffix);
    QVERIFY2(dir.info.boundAs.contains(m_serviceDn, Qt::CaseInsensitive), qPrintable(dir.info.boundAs));

    // A wrong password is the directory's error alone; the hosts are unaffected.
    SiteCheckJob wrong(profile(), QStringLiteral("not-the-password"));
    wrong.exec();
    const Result<SiteCheckReport> denied = *wrong.result();
    QVERIFY(denied.ok());
    QVERIFY(denied->directory.error);
    QVERIFY(denied->hosts.at(0).ok());
}

void TestSiteCheckE2e::cancelBetweenHosts()
{
    SiteProfile p = profile();
    p.hosts.clear();
    for (int i = 0; i < 40; ++i)
        p.hosts.append({QStringLiteral("h%1").arg(i), QStringLiteral("qemu:///system"), 0, 0});
    SiteCheckJob job(p, {});
    int progressCalls = 0;
    connect(
        &job, &Job::progress, &job,
        [&](int d, int, const QString&) {
            ++progressCalls;
            if (d >= 1)
                job.cancel();
        },
        Qt::DirectConnection);
    job.exec();
    QVERIFY(!job.result()->ok());
    QCOMPARE(job.result()->error().code, ErrorCode::Cancelled);
    // Those already running finish; the rest never start.
    QVERIFY2(progressCalls < 1 + 40, qPrintable(QString::number(progressCalls)));
}

VOC_E2E_MAIN(TestSiteCheckE2e)
#include "tst_sitecheck_e2e.moc"
