// SPDX-License-Identifier: GPL-3.0-or-later
// scripts/vsp-sandbox for real: a site with two KVM hosts comes up under a name and subnet of the
// test's own (never colliding with a demo sandbox), its profile loads and validates, both hosts'
// libvirtd answer over qemu+ssh through core/virt, the directory accepts the service account over
// StartTLS, dnsmasq leases only to MACs in its hosts file, a second `up` changes nothing, and `down`
// leaves no namespace, link, process or file behind.
#include "model/siteprofile.h"
#include "virt/libvirthypervisor.h"
#include "vspsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace voc;

namespace {

const QString script = test::vspSandboxScript();

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 30000,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromLocal8Bit(p.readAll()) + QStringLiteral("\n(timed out)")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAll())};
}

// "pid starttime" as the script records it; alive only while that very process runs (no zombie).
bool processAlive(const QString& record)
{
    const QStringList parts = record.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(parts[0]));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 && fields[0] != "Z" && QString::fromLatin1(fields[19]) == parts[1];
}

} // namespace

class TestVspSandboxE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upWithTwoHosts();
    void profileLoadsAndValidates();
    void upMakesAlphaAndBetaByDefault();
    void hostAnswersOverSsh_data();
    void hostAnswersOverSsh();
    void serviceAccountBindsWithStartTls();
    void vocctlChecksTheSite();
    void leaseOnlyForListedMac_data();
    void leaseOnlyForListedMac();
    void directoryEntryGivesLeaseAndName();
    void statusReportsAllAlive();
    void secondUpChangesNothing();
    void downLeavesNothing();
    void cleanupTestCase();

private:
    Run sandbox(const QString& command, int timeoutMs = 60000);
    QHash<QString, QString> recordedPids() const;
    Run dhcpClient(const QString& mac);
    Run lookup(const QString& name);

    QTemporaryDir m_tmp;
    QString m_name;
    QString m_net; // the first three octets of the test's /24
    QString m_dir;
    QProcessEnvironment m_env;
    SiteProfile m_profile;
    bool m_up = false;
};

Run TestVspSandboxE2e::sandbox(const QString& command, int timeoutMs)
{
    QStringList args{command, QStringLiteral("--dir"), m_dir};
    if (command == QLatin1String("up"))
        args << QStringLiteral("--name") << m_name << QStringLiteral("--hosts") << QStringLiteral("2")
             << QStringLiteral("--subnet") << m_net + QStringLiteral(".0/24");
    return run(script, args, timeoutMs, m_env);
}

QHash<QString, QString> TestVspSandboxE2e::recordedPids() const
{
    QHash<QString, QString> pids;
    const QDir dir(m_dir + QStringLiteral("/pids"));
    for (const QString& label : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(label));
        if (f.open(QIODevice::ReadOnly))
            pids.insert(label, QString::fromLatin1(f.readAll()).trimmed());
    }
    return pids;
}

// busybox udhcpc in a throwaway namespace whose only link is a veth on the site bridge.
Run TestVspSandboxE2e::dhcpClient(const QString& mac)
{
    const QString ns = QStringLiteral("voc-%1-dhcp").arg(m_name);
    const QString site = QStringLiteral("voc-%1-site").arg(m_name);
    const QString ip = QStringLiteral("ip");
    const QString hook = m_tmp.filePath(QStringLiteral("udhcpc.sh"));
    QFile f(hook);
    if (!f.open(QIODevice::WriteOnly))
        return {-1, QStringLiteral("cannot write %1").arg(hook)};
    f.write("#!/bin/sh\n[ \"$1\" = bound ] && echo \"LEASE $ip $hostname $domain\"\nexit 0\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QList<QStringList> setup{
        {QStringLiteral("netns"), QStringLiteral("add"), ns},
        {QStringLiteral("-n"), site, QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("dhcp0"),
         QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
         QStringLiteral("eth0"), QStringLiteral("netns"), ns},
        {QStringLiteral("-n"), site, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("dhcp0"),
         QStringLiteral("master"), QStringLiteral("vocsite0"), QStringLiteral("up")},
        {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"),
         QStringLiteral("address"), mac, QStringLiteral("up")},
    };
    Run result;
    for (const QStringList& args : setup) {
        result = run(ip, args);
        if (result.exitCode != 0) {
            result.out.prepend(args.join(QLatin1Char(' ')) + QStringLiteral(": "));
            break;
        }
    }
    if (result.exitCode == 0)
        result =
            run(ip, {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("busybox"),
                     QStringLiteral("udhcpc"), QStringLiteral("-i"), QStringLiteral("eth0"),
                     QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("3"),
                     QStringLiteral("-T"), QStringLiteral("1"), QStringLiteral("-s"), hook});
    // The veth first: deleting only the namespace would take the pair with it, but asynchronously,
    // and the next client's veth could collide with the old one.
    run(ip, {QStringLiteral("-n"), site, QStringLiteral("link"), QStringLiteral("delete"),
             QStringLiteral("dhcp0")});
    run(ip, {QStringLiteral("netns"), QStringLiteral("delete"), ns});
    return result;
}

// The site DNS asked from this machine, which sits on the site segment.
Run TestVspSandboxE2e::lookup(const QString& name)
{
    return run(QStringLiteral("busybox"), {QStringLiteral("nslookup"), name, m_profile.network.dnsServer});
}

void TestVspSandboxE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the VSP sandbox makes network, mount and pid namespaces and starts "
              "libvirtd, sshd, slapd and dnsmasq in them (run ctest as root)");
    if (const QString tool = test::missingSandboxTool(); !tool.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup").arg(tool)));
    QVERIFY(m_tmp.isValid());
    // A name and a /24 of our own, so a sandbox someone runs for the demo is never in the way.
    const test::SandboxSetup setup = test::sandboxSetup(m_tmp);
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    m_name = setup.name;
    m_net = setup.net;
    m_dir = setup.dir;
    m_env = setup.env;
}

void TestVspSandboxE2e::upWithTwoHosts()
{
    QElapsedTimer timer;
    timer.start();
    const Run up = sandbox(QStringLiteral("up"), 180000);
    m_up = QFileInfo::exists(m_dir);
    QVERIFY2(up.exitCode == 0, qPrintable(up.out));
    qInfo("sandbox up with 2 hosts in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(up.out.contains(m_dir + QStringLiteral("/site.json")), qPrintable(up.out));
    const QString copy = m_tmp.filePath(QStringLiteral("data/vocstudio/sites/%1.json").arg(m_name));
    QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
    // The copy names the ssh wrapper beside it (the loader refuses one from elsewhere).
    const Result<SiteProfile> copied = loadSiteProfile(copy);
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
}

void TestVspSandboxE2e::profileLoadsAndValidates()
{
    QVERIFY(m_up);
    const Result<SiteProfile> profile = loadSiteProfile(m_dir + QStringLiteral("/site.json"));
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
    m_profile = *profile;
    const Problems problems = validateSiteProfile(m_profile, m_dir);
    QString text;
    for (const Problem& p : problems)
        text += p.toString() + QLatin1Char('\n');
    QVERIFY2(problems.isEmpty(), qPrintable(text));

    QCOMPARE(m_profile.name, m_name);
    QCOMPARE(m_profile.hosts.size(), 2);
    QCOMPARE(m_profile.network.subnet, m_net + QStringLiteral(".0/24"));
    QCOMPARE(m_profile.network.dnsServer, m_net + QStringLiteral(".1"));
    QCOMPARE(m_profile.directory.uri, QStringLiteral("ldap://%1.1:389").arg(m_net));
    QVERIFY(m_profile.directory.startTls);
    QVERIFY(QFileInfo::exists(m_profile.directory.caFile));
    // The password file is the service account's alone.
    QCOMPARE(QFileInfo(m_profile.directory.passwordFile).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
}

// Without --vo, `up` makes the VOs alpha and beta with vocctl site vo add and the provider admin
// profile, which is of its own kind; each VO's profile is a VO's, with its own session URIs.
void TestVspSandboxE2e::upMakesAlphaAndBetaByDefault()
{
    QVERIFY(m_up);
    const Result<SiteProfile> admin = loadSiteProfile(m_dir + QStringLiteral("/admin-site.json"));
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
    QCOMPARE(admin->kind(), SiteProfileKind::ProviderAdmin);
    QVERIFY2(admin->directory.bindDn.startsWith(QStringLiteral("cn=admin,")),
             qPrintable(admin->directory.bindDn));
    QVERIFY2(validateSiteProfile(*admin, m_dir).isEmpty(), "the admin profile has problems");
    for (const QString& vo : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        const Result<SiteProfile> profile =
            loadSiteProfile(m_dir + QStringLiteral("/vos/%1/site.json").arg(vo));
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
        QCOMPARE(profile->kind(), SiteProfileKind::Vo);
        QCOMPARE(profile->directory.vo, vo);
        QVERIFY2(profile->hosts.value(0).uri.startsWith(QStringLiteral("qemu+ssh://%1@").arg(vo)),
                 qPrintable(profile->hosts.value(0).uri));
    }
}

void TestVspSandboxE2e::hostAnswersOverSsh_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("kvm1") << 0;
    QTest::newRow("kvm2") << 1;
}

void TestVspSandboxE2e::hostAnswersOverSsh()
{
    QFETCH(int, index);
    QVERIFY(index < m_profile.hosts.size());
    const SiteHost host = m_profile.hosts.at(index);
    QVERIFY2(host.uri.startsWith(QStringLiteral("qemu+ssh://root@%1.%2/").arg(m_net).arg(11 + index)),
             qPrintable(host.uri));
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(host.uri);
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    const Result<HostInfo> info = (*connection)->hostInfo();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    // Each host has its own UTS namespace: the name proves which daemon answered.
    QCOMPARE(info->hostname, host.name);
    QCOMPARE(info->driver, QStringLiteral("QEMU"));
    QVERIFY(info->cpus > 0);
    const Result<StoragePoolInfo> pool = (*connection)->storagePool(m_profile.storage.pool);
    QVERIFY2(pool.ok(), qPrintable(pool.ok() ? QString() : pool.error().toString()));
    QVERIFY(pool->active);
    QCOMPARE(pool->targetPath, m_profile.storage.path);
}

void TestVspSandboxE2e::serviceAccountBindsWithStartTls()
{
    QVERIFY(m_up);
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LDAPTLS_CACERT"), m_profile.directory.caFile);
    env.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("hard"));
    const Run whoami = run(QStringLiteral("ldapwhoami"),
                           {QStringLiteral("-x"), QStringLiteral("-ZZ"), QStringLiteral("-H"),
                            m_profile.directory.uri, QStringLiteral("-D"), m_profile.directory.bindDn,
                            QStringLiteral("-y"), m_profile.directory.passwordFile},
                           30000, env);
    QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.out));
    QCOMPARE(whoami.out.trimmed(), QStringLiteral("dn:") + m_profile.directory.bindDn);
}

// The Sites page's Test connection from the command line: vocctl reaches both hosts' libvirtd over
// qemu+ssh (pool, bridge) and binds to the directory over StartTLS.
void TestVspSandboxE2e::vocctlChecksTheSite()
{
    QVERIFY(m_up);
    QProcess vocctl;
    vocctl.setProcessEnvironment(m_env);
    vocctl.start(QStringLiteral(VOC_VOCCTL),
                 {QStringLiteral("site"), QStringLiteral("check"), QStringLiteral("--site"),
                  m_dir + QStringLiteral("/site.json"), QStringLiteral("--json")});
    QVERIFY(vocctl.waitForFinished(60000));
    const QByteArray out = vocctl.readAllStandardOutput();
    const QByteArray err = vocctl.readAllStandardError();
    QVERIFY2(vocctl.exitCode() == 0, err.constData());
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(report.value(QStringLiteral("ok")).toBool(), out.constData());
    const QJsonArray hosts = report.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject host = hosts.at(i).toObject();
        QCOMPARE(host.value(QStringLiteral("name")).toString(), QStringLiteral("kvm%1").arg(i + 1));
        QVERIFY(host.value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("qemu+ssh://")));
        QVERIFY(!host.value(QStringLiteral("libvirtVersion")).toString().isEmpty());
        QVERIFY(host.value(QStringLiteral("pool")).toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(host.value(QStringLiteral("bridge")).toBool());
    }
    const QJsonObject directory = report.value(QStringLiteral("directory")).toObject();
    QVERIFY(directory.value(QStringLiteral("tls")).toBool());
    QVERIFY(directory.value(QStringLiteral("boundAs")).toString().contains(m_profile.directory.bindDn));
}

void TestVspSandboxE2e::leaseOnlyForListedMac_data()
{
    QTest::addColumn<QString>("mac");
    QTest::addColumn<bool>("listed");
    QTest::newRow("unknown MAC") << QStringLiteral("02:00:5e:10:00:01") << false;
    QTest::newRow("another unknown MAC") << QStringLiteral("0a:12:34:56:78:9a") << false;
    // The control: the same client does get a lease once the MAC is in dnsmasq's hosts file (as
    // netsync writes it), so "no lease" above is dnsmasq refusing, not a broken client.
    QTest::newRow("listed MAC") << QStringLiteral("02:00:5e:10:00:02") << true;
}

void TestVspSandboxE2e::leaseOnlyForListedMac()
{
    QFETCH(QString, mac);
    QFETCH(bool, listed);
    QVERIFY(m_up);
    const QString hostsFile = m_dir + QStringLiteral("/site/dhcp-hosts");
    const QString pidFile = m_dir + QStringLiteral("/site/dnsmasq.pid");
    QByteArray before;
    {
        QFile f(hostsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    const QString address = m_net + QStringLiteral(".150");
    auto reload = [&](const QByteArray& content) {
        QFile f(hostsFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QCOMPARE(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("kill -HUP \"$(cat %1)\"").arg(pidFile)})
                     .exitCode,
                 0);
        QTest::qWait(200);
    };
    if (listed)
        reload(before + QStringLiteral("%1,vcn150,%2\n").arg(mac, address).toLatin1());

    const Run client = dhcpClient(mac);
    if (listed)
        reload(before);
    if (listed) {
        QVERIFY2(client.exitCode == 0, qPrintable(client.out));
        QVERIFY2(client.out.contains(
                     QStringLiteral("LEASE %1 vcn150 %2").arg(address, m_profile.network.dnsDomain)),
                 qPrintable(client.out));
    } else {
        QVERIFY2(client.exitCode != 0, qPrintable(client.out));
        QVERIFY2(!client.out.contains(QStringLiteral("LEASE")), qPrintable(client.out));
        QVERIFY2(client.out.contains(QStringLiteral("no lease")), qPrintable(client.out));
    }
}

// A VCN registered with `vocctl directory add` reaches dnsmasq through netsync: a DHCP client gets
// the record's address and name within 2 s and the name resolves; `vocctl directory remove` takes the
// reservation and the name away, for a VCN that holds a lease too (netsync releases it).
void TestVspSandboxE2e::directoryEntryGivesLeaseAndName()
{
    QVERIFY(m_up);
    QVERIFY2(QFileInfo::exists(m_dir + QStringLiteral("/pids/netsync")),
             qPrintable(QStringLiteral("the sandbox runs no netsync (no %1/pids/netsync)").arg(m_dir)));
    const QString domain = m_profile.network.dnsDomain;
    const QString site = m_dir + QStringLiteral("/site.json");
    const QStringList macs{QStringLiteral("02:00:5e:10:00:30"), QStringLiteral("02:00:5e:10:00:31")};
    const QStringList names{QStringLiteral("e2e-head"), QStringLiteral("e2e-compute01")};
    const QStringList addresses{m_net + QStringLiteral(".130"), m_net + QStringLiteral(".131")};
    // The head with `directory add`, the compute node from a CSV batch with `directory import`.
    const QString csv = m_tmp.filePath(QStringLiteral("vcns.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("voc,hostname,ip,mac,description\ne2e,%1,%2,%3,compute\n")
                    .arg(names[1], addresses[1], macs[1])
                    .toUtf8());
    }
    const QString hostsFile = m_dir + QStringLiteral("/site/dhcp-hosts");
    auto listed = [&](const QString& mac) {
        QFile f(hostsFile);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(mac.toLatin1());
    };
    const QString vocctl = QStringLiteral(VOC_VOCCTL);

    QElapsedTimer timer;
    timer.start();
    const Run add = run(vocctl,
                        {QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("--site"), site,
                         QStringLiteral("--voc"), QStringLiteral("e2e"), QStringLiteral("--hostname"),
                         names[0], QStringLiteral("--ip"), addresses[0], QStringLiteral("--mac"), macs[0]},
                        30000, m_env);
    QVERIFY2(add.exitCode == 0, qPrintable(add.out));
    const Run import = run(
        vocctl, {QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--site"), site, csv},
        30000, m_env);
    QVERIFY2(import.exitCode == 0, qPrintable(import.out));
    QTRY_VERIFY_WITH_TIMEOUT(listed(macs[0]) && listed(macs[1]), 2000);
    const Run client = dhcpClient(macs[0]);
    const qint64 leaseMs = timer.elapsed();
    QVERIFY2(client.out.contains(QStringLiteral("LEASE %1 %2 %3").arg(addresses[0], names[0], domain)),
             qPrintable(client.out));
    qInfo("directory add to DHCP lease: %lld ms", static_cast<long long>(leaseMs));
    QVERIFY2(leaseMs < 2000, qPrintable(QString::number(leaseMs)));
    for (int i = 0; i < 2; ++i) {
        const Run name = lookup(names[i] + QLatin1Char('.') + domain);
        QVERIFY2(name.exitCode == 0 && name.out.contains(addresses[i]), qPrintable(name.out));
    }

    const Run remove = run(vocctl,
                           {QStringLiteral("directory"), QStringLiteral("remove"), QStringLiteral("--site"),
                            site, QStringLiteral("--voc"), QStringLiteral("e2e")},
                           30000, m_env);
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.out));
    QTRY_VERIFY_WITH_TIMEOUT(!listed(macs[0]) && !listed(macs[1]), 2000);
    const Run after = dhcpClient(macs[0]);
    QVERIFY2(!after.out.contains(QStringLiteral("LEASE")), qPrintable(after.out));
    // Both names go: the unleased one left the hosts file, the leased one's lease was released.
    for (int i = 0; i < 2; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(lookup(names[i] + QLatin1Char('.') + domain).exitCode != 0, 2000);
        const Run gone = lookup(names[i] + QLatin1Char('.') + domain);
        QVERIFY2(!gone.out.contains(addresses[i]), qPrintable(gone.out));
    }
}

void TestVspSandboxE2e::statusReportsAllAlive()
{
    QVERIFY(m_up);
    const Run status = sandbox(QStringLiteral("status"));
    QVERIFY2(status.exitCode == 0, qPrintable(status.out));
    QVERIFY2(!status.out.contains(QStringLiteral("DEAD")), qPrintable(status.out));
    const QHash<QString, QString> pids = recordedPids();
    // slapd, dnsmasq, and per host: unshare, its pid 1, libvirtd, virtlogd, sshd (+ netsync when
    // vocctl has it).
    QVERIFY2(pids.size() >= 12, qPrintable(QStringList(pids.keys()).join(QLatin1Char(' '))));
    for (auto it = pids.cbegin(); it != pids.cend(); ++it) {
        QVERIFY2(processAlive(it.value()), qPrintable(it.key()));
        QVERIFY2(
            status.out.contains(QStringLiteral(" %1 ").arg(it.value().section(QLatin1Char(' '), 0, 0))) ||
                it.key().endsWith(QLatin1String("-unshare")),
            qPrintable(it.key() + QStringLiteral(" not in:\n") + status.out));
    }
}

void TestVspSandboxE2e::secondUpChangesNothing()
{
    QVERIFY(m_up);
    const QHash<QString, QString> before = recordedPids();
    const Run up = sandbox(QStringLiteral("up"));
    QVERIFY2(up.exitCode == 0, qPrintable(up.out));
    QCOMPARE(recordedPids(), before);
}

void TestVspSandboxE2e::downLeavesNothing()
{
    QVERIFY(m_up);
    const QHash<QString, QString> pids = recordedPids();
    QVERIFY(!pids.isEmpty());
    const Run down = sandbox(QStringLiteral("down"));
    m_up = QFileInfo::exists(m_dir);
    QVERIFY2(down.exitCode == 0, qPrintable(down.out));

    for (auto it = pids.cbegin(); it != pids.cend(); ++it)
        QVERIFY2(!processAlive(it.value()), qPrintable(it.key() + QStringLiteral(" still runs")));
    const QString prefix = QStringLiteral("voc-%1-").arg(m_name);
    const Run netns = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    QVERIFY2(!netns.out.contains(prefix), qPrintable(netns.out));
    const Run links = run(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link")});
    QVERIFY2(!links.out.contains(QStringLiteral("vs-") + m_name), qPrintable(links.out));
    const Run routes = run(QStringLiteral("ip"), {QStringLiteral("-4"), QStringLiteral("route")});
    QVERIFY2(!routes.out.contains(m_net + QLatin1Char('.')), qPrintable(routes.out));
    QVERIFY(!QFileInfo::exists(m_dir));
    // The profile copy and the folders made for it.
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("data/vocstudio"))));
}

void TestVspSandboxE2e::cleanupTestCase()
{
    if (m_up) {
        const Run down = sandbox(QStringLiteral("down"));
        if (down.exitCode != 0)
            qWarning("vsp-sandbox down after a failed test: %s", qPrintable(down.out));
    }
}

QTEST_GUILESS_MAIN(TestVspSandboxE2e)
#include "tst_vspsandbox_e2e.moc"
