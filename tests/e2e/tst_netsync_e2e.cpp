// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl netsync against a real slapd (scripts/slapd-instance, StartTLS, syncprov) on a loopback
// port: a record added to the directory is in dnsmasq's hosts file within 2 s and gone within 2 s of
// its removal; netsync rides out a slapd restart and catches up after its own restart from the saved
// sync state; --once, a conflicting entry written behind VOC Studio's back, and bad input. A base DN
// that matches nothing never empties the files.
// Needs no root: everything listens on 127.0.0.1 only.
#include "directory/directory.h"
#include "model/siteprofile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QString slapdScript = QStringLiteral(VOC_SOURCE_DIR "/scripts/slapd-instance");

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

VcnRecord record(const QString& voc, const QString& host, int n)
{
    return VcnRecord{voc,
                     host,
                     QStringLiteral("10.213.0.%1").arg(100 + n),
                     QStringLiteral("02:00:00:00:01:%1").arg(n, 2, 16, QLatin1Char('0')),
                     u"compute"_s,
                     {}};
}

QByteArray dhcpLine(const VcnRecord& r)
{
    return (r.mac + u',' + r.hostname + u',' + r.ip + u'\n').toLatin1();
}

} // namespace

class TestNetsyncE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onceWritesEverything();
    void watchFollowsAddAndRemove();
    void conflictingEntryIsSkipped();
    void reconnectsAfterSlapdRestart();
    void catchesUpFromSavedState();
    void refusesBadInput_data();
    void refusesBadInput();
    void emptyingNeedsAllowEmpty();

private:
    bool startSlapd();
    void stopSlapd();
    QStringList netsyncArgs(const QString& mode) const;
    void startWatch();
    void stopWatch();
    bool waitFor(const std::function<bool()>& condition, int ms);
    std::unique_ptr<Directory> writer();

    QTemporaryDir m_dir;
    QString m_url;
    QMap<QString, QString> m_info;
    QString m_site;
    QString m_dhcp;
    QString m_hosts;
    QString m_zone;
    std::unique_ptr<QProcess> m_watch;
    QByteArray m_watchErr;
};

bool TestNetsyncE2e::startSlapd()
{
    QProcess process;
    process.start(slapdScript, {u"start"_s, m_dir.filePath(u"slapd"_s), u"--url"_s, m_url});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << "slapd-instance:" << process.readAllStandardError();
        return false;
    }
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return true;
}

void TestNetsyncE2e::stopSlapd()
{
    QProcess::execute(slapdScript, {u"stop"_s, m_dir.filePath(u"slapd"_s)});
}

void TestNetsyncE2e::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/slapd")))
        QFAIL("slapd is not installed (scripts/setup installs it)");
    QVERIFY(m_dir.isValid());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_url = QStringLiteral("ldap://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QVERIFY2(startSlapd(), "slapd-instance start failed");

    const QString passwordFile = m_dir.filePath(u"netsync.password"_s);
    QFile password(passwordFile);
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("netsync-secret\n");
    password.close();
    QVERIFY(password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    SiteProfile profile;
    profile.name = u"netsync-e2e"_s;
    profile.hosts.append(SiteHost{u"kvm1"_s, u"qemu:///system"_s, 0, 0, true});
    profile.network.bridge = u"vspbr0"_s;
    profile.network.subnet = u"10.213.0.0/24"_s;
    profile.network.rangeStart = u"10.213.0.100"_s;
    profile.network.rangeEnd = u"10.213.0.199"_s;
    profile.network.dnsDomain = u"vsp.test"_s;
    profile.network.dnsServer = u"10.213.0.2"_s;
    profile.directory.uri = m_url;
    profile.directory.baseDn = m_info.value(u"suffix"_s);
    profile.directory.bindDn = m_info.value(u"netsync_dn"_s);
    profile.directory.caFile = m_info.value(u"ca"_s);
    profile.directory.passwordFile = passwordFile;
    m_site = m_dir.filePath(u"site.json"_s);
    const Status saved = saveSiteProfile(m_site, profile);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
    m_dhcp = m_dir.filePath(u"dhcp-hosts"_s);
    m_hosts = m_dir.filePath(u"hosts"_s);
    m_zone = m_dir.filePath(u"vsp.test.zone"_s);
}

void TestNetsyncE2e::cleanupTestCase()
{
    stopWatch();
    if (!m_url.isEmpty())
        stopSlapd();
}

std::unique_ptr<Directory> TestNetsyncE2e::writer()
{
    DirectoryConfig config;
    config.uri = m_url;
    config.baseDn = m_info.value(u"suffix"_s);
    config.bindDn = m_info.value(u"service_dn"_s);
    config.password = u"vocstudio-secret"_s;
    config.caFile = m_info.value(u"ca"_s);
    Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(config);
    if (!directory) {
        qWarning().noquote() << directory.error().toString();
        return nullptr;
    }
    return std::move(*directory);
}

QStringList TestNetsyncE2e::netsyncArgs(const QString& mode) const
{
    return {u"netsync"_s, u"--site"_s, m_site, u"--dnsmasq-hosts"_s, m_dhcp, u"--hosts"_s, m_hosts,
            u"--zone"_s,  m_zone,      mode};
}

void TestNetsyncE2e::startWatch()
{
    m_watch = std::make_unique<QProcess>();
    m_watchErr.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VOCSTUDIO_LDAP_PASSWORD"_s);
    m_watch->setProcessEnvironment(env);
    connect(m_watch.get(), &QProcess::readyReadStandardError, this,
            [this] { m_watchErr += m_watch->readAllStandardError(); });
    m_watch->start(QStringLiteral(VOC_VOCCTL), netsyncArgs(u"--watch"_s));
    QVERIFY(m_watch->waitForStarted());
}

void TestNetsyncE2e::stopWatch()
{
    if (!m_watch)
        return;
    if (m_watch->state() != QProcess::NotRunning) {
        m_watch->terminate(); // SIGTERM: a clean stop with exit code 0
        if (!m_watch->waitForFinished(10000)) {
            m_watch->kill();
            m_watch->waitForFinished();
        }
    }
    m_watchErr += m_watch->readAllStandardError();
}

bool TestNetsyncE2e::waitFor(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void TestNetsyncE2e::onceWritesEverything()
{
    std::unique_ptr<Directory> directory = writer();
    QVERIFY(directory);
    const VcnRecord a = record(u"alpha"_s, u"alpha-head"_s, 1);
    const Status added = directory->addVcns({a});
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    QProcess once;
    once.start(QStringLiteral(VOC_VOCCTL), netsyncArgs(u"--once"_s));
    QVERIFY(once.waitForFinished(30000));
    QVERIFY2(once.exitCode() == 0, once.readAllStandardError().constData());
    QVERIFY(once.readAllStandardOutput().contains("1 records, 0 skipped: wrote"));
    QCOMPARE(contentOf(m_dhcp), dhcpLine(a));
    QVERIFY(contentOf(m_hosts).contains("10.213.0.101\talpha-head.vsp.test alpha-head\n"));
    QVERIFY(contentOf(m_zone).contains("alpha-head\tIN\tA\t10.213.0.101\n"));
}

void TestNetsyncE2e::watchFollowsAddAndRemove()
{
    startWatch();
    QVERIFY2(waitFor([&] { return contentOf(m_dhcp).contains("alpha-head"); }, 10000),
             m_watchErr.constData());
    std::unique_ptr<Directory> directory = writer();
    QVERIFY(directory);
    const VcnRecord b = record(u"alpha"_s, u"alpha-node01"_s, 2);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(directory->addVcns({b}).ok());
    QVERIFY2(waitFor([&] { return contentOf(m_dhcp).contains(dhcpLine(b)); }, 2000), m_watchErr.constData());
    qInfo("add reached the dnsmasq hosts file after %lld ms", timer.elapsed());
    timer.restart();
    QVERIFY(directory->removeVcn(u"alpha"_s, u"alpha-node01"_s).ok());
    QVERIFY2(waitFor([&] { return !contentOf(m_dhcp).contains("alpha-node01"); }, 2000),
             m_watchErr.constData());
    qInfo("removal reached the dnsmasq hosts file after %lld ms", timer.elapsed());
    QVERIFY(contentOf(m_dhcp).contains("alpha-head"));
    // The hosts file is replaced right after the dhcp-hosts file.
    QVERIFY(waitFor([&] { return !contentOf(m_hosts).contains("alpha-node01"); }, 1000));
    QCOMPARE(m_watch->state(), QProcess::Running);
}

void TestNetsyncE2e::conflictingEntryIsSkipped()
{
    QVERIFY(m_watch && m_watch->state() == QProcess::Running);
    // VOC Studio and the server (slapo-unique) refuse a duplicate IP; an administrator's ldapadd with
    // the relax control does not.
    const QString suffix = m_info.value(u"suffix"_s);
    const QByteArray ldif = "dn: ou=rogue,ou=vocs," + suffix.toUtf8() +
                            "\nobjectClass: organizationalUnit\nou: rogue\n\n"
                            "dn: cn=rogue1,ou=rogue,ou=vocs," +
                            suffix.toUtf8() +
                            "\nobjectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n"
                            "cn: rogue1\nipHostNumber: 10.213.0.101\nmacAddress: 02:00:00:00:01:77\n";
    QProcess ldapadd;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LDAPTLS_CACERT"_s, m_info.value(u"ca"_s));
    ldapadd.setProcessEnvironment(env);
    ldapadd.start(u"ldapadd"_s, {u"-x"_s, u"-ZZ"_s, u"-e"_s, u"relax"_s, u"-H"_s, m_url, u"-D"_s,
                                 m_info.value(u"admin_dn"_s), u"-w"_s, u"admin-secret"_s});
    QVERIFY(ldapadd.waitForStarted());
    ldapadd.write(ldif);
    ldapadd.closeWriteChannel();
    QVERIFY(ldapadd.waitForFinished(10000));
    QVERIFY2(ldapadd.exitCode() == 0, ldapadd.readAllStandardError().constData());
    QVERIFY2(waitFor([&] { return m_watchErr.contains("rogue1"); }, 3000), m_watchErr.constData());
    QVERIFY(m_watchErr.contains("ipHostNumber"));
    QVERIFY(m_watchErr.contains("alpha-head")); // whom it collides with
    QVERIFY(!contentOf(m_dhcp).contains("rogue1"));
    QVERIFY(!contentOf(m_hosts).contains("rogue1"));
    QVERIFY(contentOf(m_dhcp).contains("alpha-head"));
    std::unique_ptr<Directory> directory = writer();
    QVERIFY(directory);
    QVERIFY(directory->removeVoc(u"rogue"_s).ok());
}

void TestNetsyncE2e::reconnectsAfterSlapdRestart()
{
    QVERIFY(m_watch && m_watch->state() == QProcess::Running);
    const qsizetype errBefore = m_watchErr.size();
    stopSlapd();
    QVERIFY2(waitFor([&] { return m_watchErr.size() > errBefore; }, 5000), "netsync reported no failure");
    QTest::qWait(1500); // a few failed reconnects, backoff growing
    QCOMPARE(m_watch->state(), QProcess::Running);
    QVERIFY(startSlapd());
    std::unique_ptr<Directory> directory = writer();
    QVERIFY(directory);
    const VcnRecord c = record(u"beta"_s, u"beta-head"_s, 3);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(directory->addVcns({c}).ok());
    // Within the largest backoff (10 s) plus the sync itself.
    QVERIFY2(waitFor([&] { return contentOf(m_dhcp).contains(dhcpLine(c)); }, 15000), m_watchErr.constData());
    qInfo("after the slapd restart the change arrived in %lld ms", timer.elapsed());
    // Printed by the CLI's event loop just after the write: wait for it rather than race it.
    QVERIFY2(waitFor([&] { return m_watchErr.contains("directory is back"); }, 2000), m_watchErr.constData());
    // Each failure once, not once per retry.
    const QByteArray failures = m_watchErr.mid(errBefore);
    QVERIFY2(failures.count("retrying") <= 2, failures.constData());
}

void TestNetsyncE2e::catchesUpFromSavedState()
{
    QVERIFY(m_watch && m_watch->state() == QProcess::Running);
    stopWatch();
    QCOMPARE(m_watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_watch->exitCode(), 0);
    const QString state = m_dhcp + u".netsync-state"_s;
    QVERIFY(QFileInfo::exists(state));
    QVERIFY(contentOf(state).contains("\"cookie\":\""));
    QVERIFY(!(QFileInfo(state).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    // While netsync is down: one VCN comes, one goes.
    std::unique_ptr<Directory> directory = writer();
    QVERIFY(directory);
    const VcnRecord d = record(u"beta"_s, u"beta-node01"_s, 4);
    QVERIFY(directory->addVcns({d}).ok());
    QVERIFY(directory->removeVcn(u"beta"_s, u"beta-head"_s).ok());
    QVERIFY(contentOf(m_dhcp).contains("beta-head"));

    startWatch();
    QVERIFY2(waitFor(
                 [&] {
                     const QByteArray now = contentOf(m_dhcp);
                     return now.contains(dhcpLine(d)) && !now.contains("beta-head");
                 },
                 10000),
             m_watchErr.constData());
    QVERIFY(contentOf(m_dhcp).contains("alpha-head"));
    stopWatch();
    QCOMPARE(m_watch->exitCode(), 0);
}

void TestNetsyncE2e::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("openPasswordFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither --once nor --watch") << QStringList{} << false << 2 << u"--once"_s;
    QTest::newRow("both") << QStringList{u"--once"_s, u"--watch"_s} << false << 2 << u"--once"_s;
    QTest::newRow("world-readable password file") << QStringList{u"--once"_s} << true << 1 << u"chmod 600"_s;
    QTest::newRow("zone without a directory")
        << QStringList{u"--once"_s, u"--reverse-zone"_s, u"/nonexistent/dir/rev.zone"_s} << false << 2
        << u"does not exist"_s;
    // A mistyped base finds no VCN: that must not take every lease and name at the site away.
    QTest::newRow("base DN that does not exist")
        << QStringList{u"--once"_s, u"--base"_s, u"dc=nowhere,dc=test"_s} << false << 1
        << u"the base DN dc=nowhere,dc=test does not exist"_s;
    // The base exists but holds no VCN (no ou=vocs under it): nothing without --allow-empty.
    QTest::newRow("base DN with no VCN under it")
        << QStringList{u"--once"_s, u"--base"_s, u"ou=services,dc=vsp,dc=test"_s} << false << 1
        << u"--allow-empty"_s;
}

void TestNetsyncE2e::refusesBadInput()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, openPasswordFile);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString passwordFile = m_dir.filePath(u"netsync.password"_s);
    if (openPasswordFile)
        QFile::setPermissions(passwordFile, QFile::permissions(passwordFile) | QFileDevice::ReadOther);
    const QByteArray before = contentOf(m_dhcp);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VOCSTUDIO_LDAP_PASSWORD"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VOC_VOCCTL),
                  QStringList{u"netsync"_s, u"--site"_s, m_site, u"--dnsmasq-hosts"_s, m_dhcp} + extra);
    QVERIFY(process.waitForFinished(30000));
    if (openPasswordFile)
        QFile::setPermissions(passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
    QCOMPARE(contentOf(m_dhcp), before);
    QVERIFY(!before.isEmpty());
}

void TestNetsyncE2e::emptyingNeedsAllowEmpty()
{
    // Files of their own, holding what the directory has now.
    const QString dhcp = m_dir.filePath(u"empty-dhcp-hosts"_s);
    const QString hosts = m_dir.filePath(u"empty-hosts"_s);
    QVERIFY(QFile::copy(m_dhcp, dhcp));
    QVERIFY(QFile::copy(m_hosts, hosts));
    const QByteArray before = contentOf(dhcp);
    QVERIFY(!before.isEmpty());
    const auto netsync = [&](const QStringList& extra) {
        QProcess process;
        process.start(QStringLiteral(VOC_VOCCTL),
                      QStringList{u"netsync"_s, u"--site"_s, m_site, u"--dnsmasq-hosts"_s, dhcp, u"--hosts"_s,
                                  hosts, u"--once"_s, u"--base"_s, u"ou=services,dc=vsp,dc=test"_s} +
                          extra);
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), process.readAllStandardError()};
    };
    const auto [refusedCode, refusedErr] = netsync({});
    QCOMPARE(refusedCode, 1);
    QVERIFY2(refusedErr.contains("not emptying it"), refusedErr.constData());
    QCOMPARE(contentOf(dhcp), before);
    QVERIFY(!contentOf(hosts).isEmpty());

    const auto [allowedCode, allowedErr] = netsync({u"--allow-empty"_s});
    QVERIFY2(allowedCode == 0, allowedErr.constData());
    QVERIFY(!contentOf(dhcp).contains("alpha-head"));
    QVERIFY(!contentOf(hosts).contains("alpha-head"));
}

QTEST_GUILESS_MAIN(TestNetsyncE2e)
#include "tst_netsync_e2e.moc"
