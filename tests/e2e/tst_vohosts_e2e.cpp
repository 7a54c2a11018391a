// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's host confinement for real: scripts/vsp-sandbox up --vo alpha --vo beta, then as alpha,
// through core/virt over qemu+ssh://alpha@kvm1/session: alpha's session daemon starts on demand, as
// alpha, with alpha's pool; a tiny VCN of alpha's (images uploaded to that pool, its overlay there)
// on the site bridge through the bridge helper boots under TCG, gets the lease its directory record
// (written as alpha, below ou=alpha,ou=vocs) gives and answers on the site network, its QEMU running
// as alpha's uid. Beta's domain is not in alpha's list and alpha cannot stop it, beta's pool cannot be
// read by alpha (from a shell, or by a domain naming a file there), the helper refuses any bridge but
// the site's, and alpha's key gives no root on any host. `down` leaves no VO process or file.
#include "images/imageinfo.h"
#include "model/siteprofile.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "vspsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <unistd.h>

using namespace voc;

namespace {

const QString alpha = QStringLiteral("alpha");
const QString beta = QStringLiteral("beta");
const QString pool = QStringLiteral("vocstudio");
const QString designName = QStringLiteral("vohosts");

struct Process
{
    int pid = 0;
    uint uid = 0;
    QByteArray comm;
    QByteArray cmdline; // arguments joined by spaces
};

QList<Process> processes()
{
    QList<Process> list;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const int pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!status.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        Process p{pid, 0, {}, cmdline.readAll().replace('\0', ' ').trimmed()};
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                p.comm = line.mid(5).trimmed();
            else if (line.startsWith("Uid:"))
                p.uid = line.mid(4).simplified().split(' ').value(0).toUInt(); // the real uid
        }
        list << p;
    }
    return list;
}

// The QEMU process of a libvirt domain (its command line carries guest=<name>).
std::optional<Process> qemuOf(const QString& domain)
{
    const QByteArray needle = "guest=" + domain.toUtf8() + ",";
    for (const Process& p : processes()) {
        if (p.comm.startsWith("qemu-system") && p.cmdline.contains(needle))
            return p;
    }
    return std::nullopt;
}

// The named network namespace a process runs in ("" for this machine's own).
QString netnsOf(int pid)
{
    return test::runProcess(QStringLiteral("ip"),
                            {QStringLiteral("netns"), QStringLiteral("identify"), QString::number(pid)},
                            10000)
        .out.trimmed();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> QString errorText(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestVoHostsE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upMakesTwoVos();
    void voLoginIsUnprivileged_data();
    void voLoginIsUnprivileged();
    void sessionStartsOnDemand();
    void siteCheckCallsWorkInTheSession();
    void alphaVcnBootsOnTheSiteBridge();
    void betaIsNotAlphas();
    void alphaCannotReadBetasPool();
    void bridgeHelperAllowsOnlyTheSiteBridge();
    void downLeavesNoVo();
    void cleanupTestCase();

private:
    struct Vo
    {
        SiteProfile profile;
        uint uid = 0;
        std::unique_ptr<HypervisorConnection> kvm1; // its session on kvm1
    };

    QString voDir(const QString& vo) const { return m_dir + QStringLiteral("/vos/") + vo; }
    QString hostAddress(int k) const { return m_net + QLatin1Char('.') + QString::number(10 + k); }
    QString hostNamespace(int k) const { return QStringLiteral("voc-%1-kvm%2").arg(m_name).arg(k); }
    // COMMAND on host K as VO over ssh, with the VO's own key and wrapper (sshOptions go first).
    test::ProcessRun voShell(const QString& vo, int k, const QStringList& command,
                             const QStringList& sshOptions = {}) const;
    test::ProcessRun voLdap(const QString& tool, const QString& vo, const QStringList& args) const;
    Result<VolumeInfo> upload(const QString& vo, const QString& name, const QString& file,
                              const QString& format);
    PlanEntry tinyEntry(const QString& hostname, const QString& mac, const QString& ip,
                        const VolumeInfo& kernel, const VolumeInfo& initrd) const;

    QTemporaryDir m_tmp;
    QString m_name;
    QString m_net;
    QString m_dir;
    QProcessEnvironment m_env;
    test::VspSandbox m_sandbox;
    ImageInfo m_image;
    std::map<QString, Vo> m_vos;
    QString m_alphaDomain;
    QString m_betaDomain;
    VolumeInfo m_alphaKernel;
    VolumeInfo m_alphaInitrd;
    VolumeInfo m_betaKernel;
};

test::ProcessRun TestVoHostsE2e::voShell(const QString& vo, int k, const QStringList& command,
                                         const QStringList& sshOptions) const
{
    return test::runProcess(voDir(vo) + QStringLiteral("/ssh/ssh"),
                            sshOptions + QStringList{hostAddress(k)} + command, 60000, m_env);
}

// An OpenLDAP client as VO, with the password and CA of its profile, over StartTLS.
test::ProcessRun TestVoHostsE2e::voLdap(const QString& tool, const QString& vo, const QStringList& args) const
{
    const SiteDirectory& directory = m_vos.at(vo).profile.directory;
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("LDAPTLS_CACERT"), directory.caFile);
    env.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("hard"));
    return test::runProcess(tool,
                            QStringList{QStringLiteral("-x"), QStringLiteral("-ZZ"), QStringLiteral("-H"),
                                        directory.uri, QStringLiteral("-D"), directory.bindDn,
                                        QStringLiteral("-y"), directory.passwordFile} +
                                args,
                            30000, env);
}

Result<VolumeInfo> TestVoHostsE2e::upload(const QString& vo, const QString& name, const QString& file,
                                          const QString& format)
{
    return m_vos[vo].kvm1->uploadVolume(pool, name, file, format, true, {});
}

// A tiny VCN booted from kernel and initrd volumes; the disk (overlayPath) is the caller's.
PlanEntry TestVoHostsE2e::tinyEntry(const QString& hostname, const QString& mac, const QString& ip,
                                    const VolumeInfo& kernel, const VolumeInfo& initrd) const
{
    PlanEntry entry;
    entry.hostname = hostname;
    entry.role = RoleKind::Head;
    entry.index = 1;
    entry.mac = mac;
    entry.ip = ip;
    entry.vcpus = 1;
    entry.memoryMiB = 256;
    entry.image = toImageRef(m_image);
    entry.image.kernel = kernel.path;
    entry.image.initrd = initrd.path;
    return entry;
}

void TestVoHostsE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the VSP sandbox makes namespaces and accounts on its hosts and starts libvirtd, "
              "sshd, slapd and dnsmasq (run ctest as root)");
    if (const QString tool = test::missingSandboxTool(
            {QStringLiteral("nsenter"), QStringLiteral("slappasswd"), QStringLiteral("ldapadd")});
        !tool.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup").arg(tool)));
    QVERIFY(m_tmp.isValid());
    const test::ProcessRun build = test::buildTinyImage(m_tmp.filePath(QStringLiteral("cache")));
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    const Result<ImageInfo> image = loadManifest(test::printedValue(build.out, QStringLiteral("manifest")));
    QVERIFY2(image.ok(), qPrintable(errorText(image)));
    m_image = *image;
    QVERIFY(m_image.bootMode == BootMode::Kernel);

    const test::SandboxSetup setup = test::sandboxSetup(m_tmp);
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    m_name = setup.name;
    m_net = setup.net;
    m_dir = setup.dir;
    m_env = setup.env;
}

// Per VO: a profile that loads and passes the trust rules (its wrapper is in its folder), with the VO's
// own account and session on every host, its pool, its share of the range and its directory account
// (the password file 0600); the account binds and reads its uidNumber; its pool is 0700 and its own.
void TestVoHostsE2e::upMakesTwoVos()
{
    QElapsedTimer timer;
    timer.start();
    const test::ProcessRun up = m_sandbox.up(m_name, m_dir, m_net, 2, m_env,
                                             {QStringLiteral("--vo"), alpha, QStringLiteral("--vo"), beta});
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    qInfo("sandbox up with 2 hosts and 2 VOs in %lld ms", static_cast<long long>(timer.elapsed()));

    QStringList ranges;
    for (const QString& vo : {alpha, beta}) {
        const QString path = voDir(vo) + QStringLiteral("/site.json");
        QVERIFY2(up.out.contains(QStringLiteral("VO %1: profile %2").arg(vo, path)), qPrintable(up.out));
        const Result<SiteProfile> profile = loadSiteProfile(path);
        QVERIFY2(profile.ok(), qPrintable(errorText(profile)));
        QString problems;
        for (const Problem& p : validateSiteProfile(*profile, voDir(vo)))
            problems += p.toString() + QLatin1Char('\n');
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(profile->hosts.size(), 2);
        for (int k = 1; k <= 2; ++k)
            QVERIFY2(profile->hosts.at(k - 1).uri.startsWith(
                         QStringLiteral("qemu+ssh://%1@%2/session?").arg(vo, hostAddress(k))),
                     qPrintable(profile->hosts.at(k - 1).uri));
        QCOMPARE(profile->storage.path, QStringLiteral("/var/lib/libvirt/images/vos/") + vo);
        QCOMPARE(profile->directory.bindDn,
                 QStringLiteral("uid=%1,ou=people,%2").arg(vo, profile->directory.baseDn));
        QCOMPARE(QFileInfo(profile->directory.passwordFile).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QVERIFY2(readAll(path).contains(QByteArray("\"vo\": \"" + vo.toUtf8() + "\"")),
                 readAll(path).constData());
        ranges << profile->network.rangeStart + QLatin1Char('-') + profile->network.rangeEnd;

        Vo& entry = m_vos[vo];
        entry.profile = *profile;
        const test::ProcessRun account =
            voLdap(QStringLiteral("ldapsearch"), vo,
                   {QStringLiteral("-LLL"), QStringLiteral("-b"), profile->directory.bindDn,
                    QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("uidNumber")});
        QVERIFY2(account.exitCode == 0, qPrintable(account.err));
        entry.uid =
            test::printedValue(QString(account.out).replace(QStringLiteral(": "), QStringLiteral("=")),
                               QStringLiteral("uidNumber"))
                .toUInt();
        QVERIFY2(entry.uid >= 1000, qPrintable(account.out));

        const QFileInfo poolDir(m_dir + QStringLiteral("/vopools/") + vo);
        QVERIFY(poolDir.isDir());
        QCOMPARE(poolDir.ownerId(), entry.uid);
        QCOMPARE(poolDir.permissions() &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QVERIFY(m_vos[alpha].uid != m_vos[beta].uid);
    QCOMPARE(ranges.size(), 2);
    QVERIFY2(ranges[0] != ranges[1], qPrintable(ranges.join(QLatin1Char(' '))));
}

void TestVoHostsE2e::voLoginIsUnprivileged_data()
{
    QTest::addColumn<QString>("vo");
    QTest::addColumn<int>("host");
    QTest::newRow("alpha on kvm1") << alpha << 1;
    QTest::newRow("alpha on kvm2") << alpha << 2;
    QTest::newRow("beta on kvm1") << beta << 1;
    QTest::newRow("beta on kvm2") << beta << 2;
}

// The VO's key opens the VO's account (its directory uid, not 0) and nothing more: no sudo, and
// root's account refuses it.
void TestVoHostsE2e::voLoginIsUnprivileged()
{
    QFETCH(QString, vo);
    QFETCH(int, host);
    QVERIFY(m_sandbox.isUp());
    const uint uid = m_vos.at(vo).uid;
    const test::ProcessRun id = voShell(vo, host, {QStringLiteral("id")});
    QVERIFY2(id.exitCode == 0, qPrintable(id.err));
    QVERIFY2(id.out.startsWith(QStringLiteral("uid=%1(%2) gid=%1(%2)").arg(uid).arg(vo)), qPrintable(id.out));
    QVERIFY(uid != 0);

    const test::ProcessRun sudo =
        voShell(vo, host, {QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("id")});
    QVERIFY2(sudo.exitCode != 0, qPrintable(sudo.out));
    QVERIFY2(!sudo.out.contains(QStringLiteral("uid=0")), qPrintable(sudo.out));
    // Absent here; where a host has sudo, it must refuse: both end without a root shell.
    QVERIFY2(sudo.err.contains(QStringLiteral("not found")) ||
                 sudo.err.contains(QStringLiteral("not allowed")) ||
                 sudo.err.contains(QStringLiteral("password is required")),
             qPrintable(sudo.err));

    const test::ProcessRun root =
        voShell(vo, host, {QStringLiteral("id")}, {QStringLiteral("-l"), QStringLiteral("root")});
    QCOMPARE(root.exitCode, 255);
    QVERIFY2(root.err.contains(QStringLiteral("Permission denied")), qPrintable(root.err));
    QVERIFY2(root.out.isEmpty(), qPrintable(root.out));
}

// No libvirtd of alpha's runs until alpha connects; then one does, on kvm1, as alpha, and its
// storage has alpha's pool, active, on alpha's directory.
void TestVoHostsE2e::sessionStartsOnDemand()
{
    QVERIFY(m_sandbox.isUp());
    const uint uid = m_vos.at(alpha).uid;
    auto alphaDaemons = [uid] {
        QList<Process> found;
        for (const Process& p : processes()) {
            if (p.uid == uid && p.comm == "libvirtd")
                found << p;
        }
        return found;
    };
    QVERIFY(alphaDaemons().isEmpty());

    LibvirtHypervisor hypervisor;
    for (const QString& vo : {alpha, beta}) {
        Result<std::unique_ptr<HypervisorConnection>> connection =
            hypervisor.connect(m_vos.at(vo).profile.hosts.first().uri);
        QVERIFY2(connection.ok(), qPrintable(errorText(connection)));
        m_vos[vo].kvm1 = std::move(connection).value();
    }
    HypervisorConnection& kvm1 = *m_vos[alpha].kvm1;
    const Result<HostInfo> info = kvm1.hostInfo();
    QVERIFY2(info.ok(), qPrintable(errorText(info)));
    QCOMPARE(info->hostname, QStringLiteral("kvm1"));
    QVERIFY2(kvm1.uri().contains(QStringLiteral("/session")), qPrintable(kvm1.uri()));

    const QList<Process> daemons = alphaDaemons();
    QCOMPARE(daemons.size(), 1);
    QCOMPARE(netnsOf(daemons.first().pid), hostNamespace(1));
    qInfo("alpha's session daemon: pid %d, uid %u: %s", daemons.first().pid, uid,
          daemons.first().cmdline.constData());

    const Result<StoragePoolInfo> storage = kvm1.storagePool(pool);
    QVERIFY2(storage.ok(), qPrintable(errorText(storage)));
    QVERIFY(storage->active);
    QCOMPARE(storage->targetPath, m_vos.at(alpha).profile.storage.path);
}

// What a site check and a deployment's preflight ask of a host, answered by alpha's session: the
// capabilities (TCG available), the site bridge and the pool's volumes.
void TestVoHostsE2e::siteCheckCallsWorkInTheSession()
{
    QVERIFY(m_vos.at(alpha).kvm1);
    HypervisorConnection& kvm1 = *m_vos.at(alpha).kvm1;
    const Result<QString> capabilities = kvm1.capabilities();
    QVERIFY2(capabilities.ok(), qPrintable(errorText(capabilities)));
    QVERIFY(capabilities->contains(QLatin1String("<domain type='qemu'")));
    const Result<bool> bridge = kvm1.hasBridge(m_vos.at(alpha).profile.network.bridge);
    QVERIFY2(bridge.ok(), qPrintable(errorText(bridge)));
    QVERIFY(*bridge);
    const Result<QList<VolumeInfo>> volumes = kvm1.listVolumes(pool);
    QVERIFY2(volumes.ok(), qPrintable(errorText(volumes)));
    QVERIFY(volumes->isEmpty());
}

// Alpha's images go to its pool through its session, the VCN's record to alpha's own subtree of the
// directory (netsync turns it into a DHCP reservation), and the VCN boots on vocbr0: its console
// shows the site's lease, and it answers on the site network, from this machine.
void TestVoHostsE2e::alphaVcnBootsOnTheSiteBridge()
{
    QVERIFY(m_vos.at(alpha).kvm1);
    HypervisorConnection& kvm1 = *m_vos[alpha].kvm1;
    const SiteProfile& profile = m_vos.at(alpha).profile;
    const Result<VolumeInfo> kernel =
        upload(alpha, QStringLiteral("tiny-vmlinuz"), m_image.kernel, QStringLiteral("raw"));
    QVERIFY2(kernel.ok(), qPrintable(errorText(kernel)));
    const Result<VolumeInfo> initrd =
        upload(alpha, QStringLiteral("tiny-initrd"), m_image.initrd, QStringLiteral("raw"));
    QVERIFY2(initrd.ok(), qPrintable(errorText(initrd)));
    const Result<VolumeInfo> disk =
        upload(alpha, QStringLiteral("tiny-disk.qcow2"), m_image.path, m_image.format);
    QVERIFY2(disk.ok(), qPrintable(errorText(disk)));
    m_alphaKernel = *kernel;
    m_alphaInitrd = *initrd;
    QVERIFY(disk->path.startsWith(profile.storage.path + QLatin1Char('/')));
    const Result<VolumeInfo> overlay = kvm1.createOverlayVolume(
        pool, QStringLiteral("alpha-vcn1.qcow2"), disk->path, m_image.format, m_image.virtualSizeBytes);
    QVERIFY2(overlay.ok(), qPrintable(errorText(overlay)));
    // On the shared storage the files are alpha's.
    QCOMPARE(QFileInfo(m_dir + QStringLiteral("/vopools/alpha/alpha-vcn1.qcow2")).ownerId(),
             m_vos.at(alpha).uid);

    // As a deployment registers a VCN: below the VO's own entry, with its own account.
    const QString hostname = QStringLiteral("alpha-vcn1");
    const QString mac = QStringLiteral("02:00:5e:a1:00:01");
    const QString ip = profile.network.rangeStart;
    const QString vocDn =
        QStringLiteral("ou=%1,ou=alpha,ou=vocs,%2").arg(designName, profile.directory.baseDn);
    const QString ldif = m_tmp.filePath(QStringLiteral("alpha-vcn1.ldif"));
    {
        QFile f(ldif);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "dn: %1\nobjectClass: organizationalUnit\nou: %2\n\n"
                    "dn: cn=%3,%1\nobjectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n"
                    "cn: %3\nipHostNumber: %4\nmacAddress: %5\ndescription: head\n")
                    .arg(vocDn, designName, hostname, ip, mac)
                    .toUtf8());
    }
    const test::ProcessRun add = voLdap(QStringLiteral("ldapadd"), alpha, {QStringLiteral("-f"), ldif});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QString dhcpHosts = m_dir + QStringLiteral("/site/dhcp-hosts");
    QTRY_VERIFY2_WITH_TIMEOUT(readAll(dhcpHosts).contains(mac.toLatin1()), readAll(dhcpHosts).constData(),
                              10000);

    m_alphaDomain = domainName(designName, hostname);
    // The host's view of alpha's home (each host's /home is DIR/homes/kvmK).
    const QString console = m_dir + QStringLiteral("/homes/kvm1/alpha/alpha-vcn1.console");
    const Result<QString> xml = domainXml(tinyEntry(hostname, mac, ip, *kernel, *initrd),
                                          {.name = m_alphaDomain,
                                           .designName = designName,
                                           .accel = Acceleration::Tcg,
                                           .overlayPath = overlay->path,
                                           .serialLogPath = QStringLiteral("/home/alpha/alpha-vcn1.console"),
                                           .bridge = profile.network.bridge});
    QVERIFY2(xml.ok(), qPrintable(errorText(xml)));
    QVERIFY(xml->contains(QLatin1String("<interface type=\"bridge\">")));
    QElapsedTimer timer;
    timer.start();
    const Result<DomainInfo> domain = kvm1.createDomainXml(*xml, false);
    QVERIFY2(domain.ok(), qPrintable(errorText(domain)));

    const std::optional<Process> qemu = qemuOf(m_alphaDomain);
    QVERIFY2(qemu, "no QEMU process for alpha's domain");
    QCOMPARE(qemu->uid, m_vos.at(alpha).uid);
    QCOMPARE(netnsOf(qemu->pid), hostNamespace(1));

    QTRY_VERIFY2_WITH_TIMEOUT(readAll(console).contains("VOC-READY") ||
                                  readAll(console).contains("VOC-ERROR"),
                              qPrintable(QString::fromUtf8(readAll(console).right(800))), 240000);
    const QByteArray text = readAll(console);
    qInfo("alpha's VCN ready after %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(text.contains("VOC-NIC iface=eth0"), text.right(800).constData());
    const QByteArray lease = QByteArray("VOC-NET ip=") + ip.toLatin1() + " host=" + hostname.toLatin1();
    QVERIFY2(text.contains(lease), text.right(800).constData());
    // From this machine, which sits on the site segment: site bridge, kvm1's vocbr0, the helper's tap.
    QTcpSocket socket;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            socket.abort();
            socket.connectToHost(ip, 22);
            return socket.waitForConnected(1000);
        }(),
        qPrintable(QStringLiteral("%1:22: %2").arg(ip, socket.errorString())), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine() || socket.waitForReadyRead(100), 10000);
    QCOMPARE(socket.readLine(), QByteArray("SSH-2.0-vocstudio-tiny\r\n"));
}

// Beta starts a domain of its own on the same host (paused: its QEMU exists, as beta, its tap on
// vocbr0). Alpha's session does not know it: not listed, no state, cannot be destroyed. Root's
// system libvirtd knows neither.
void TestVoHostsE2e::betaIsNotAlphas()
{
    QVERIFY(m_vos.at(beta).kvm1 && !m_alphaDomain.isEmpty());
    HypervisorConnection& betaKvm1 = *m_vos[beta].kvm1;
    const Result<VolumeInfo> kernel =
        upload(beta, QStringLiteral("tiny-vmlinuz"), m_image.kernel, QStringLiteral("raw"));
    QVERIFY2(kernel.ok(), qPrintable(errorText(kernel)));
    const Result<VolumeInfo> initrd =
        upload(beta, QStringLiteral("tiny-initrd"), m_image.initrd, QStringLiteral("raw"));
    QVERIFY2(initrd.ok(), qPrintable(errorText(initrd)));
    m_betaKernel = *kernel;
    m_betaDomain = domainName(designName, QStringLiteral("beta-vcn1"));
    const Result<QString> xml =
        domainXml(tinyEntry(QStringLiteral("beta-vcn1"), QStringLiteral("02:00:5e:b1:00:01"),
                            m_vos.at(beta).profile.network.rangeStart, *kernel, *initrd),
                  {.name = m_betaDomain,
                   .designName = designName,
                   .accel = Acceleration::Tcg,
                   .bridge = QStringLiteral("vocbr0")});
    QVERIFY2(xml.ok(), qPrintable(errorText(xml)));
    const Result<DomainInfo> started = betaKvm1.createDomainXml(*xml, true);
    QVERIFY2(started.ok(), qPrintable(errorText(started)));
    const std::optional<Process> qemu = qemuOf(m_betaDomain);
    QVERIFY2(qemu, "no QEMU process for beta's domain");
    QCOMPARE(qemu->uid, m_vos.at(beta).uid);

    const Result<QList<DomainInfo>> betaSees = betaKvm1.listDomains();
    QVERIFY2(betaSees.ok(), qPrintable(errorText(betaSees)));
    QCOMPARE(betaSees->size(), 1);
    QCOMPARE(betaSees->first().name, m_betaDomain);

    HypervisorConnection& alphaKvm1 = *m_vos[alpha].kvm1;
    const Result<QList<DomainInfo>> alphaSees = alphaKvm1.listDomains();
    QVERIFY2(alphaSees.ok(), qPrintable(errorText(alphaSees)));
    QCOMPARE(alphaSees->size(), 1);
    QCOMPARE(alphaSees->first().name, m_alphaDomain);
    const Result<DomainState> state = alphaKvm1.domainState(m_betaDomain);
    QVERIFY(!state.ok());
    QVERIFY2(state.error().toString().contains(m_betaDomain), qPrintable(errorText(state)));
    qInfo("alpha asking for beta's domain: %s", qPrintable(errorText(state)));
    QVERIFY(!alphaKvm1.destroy(m_betaDomain).ok());
    const Result<std::unique_ptr<Console>> console = alphaKvm1.openConsole(m_betaDomain, {});
    QVERIFY(!console.ok());
    QVERIFY2(console.error().toString().contains(m_betaDomain), qPrintable(errorText(console)));
    QVERIFY(betaKvm1.domainState(m_betaDomain).valueOr(DomainState::NoState) == DomainState::Paused);

    LibvirtHypervisor hypervisor;
    const Result<SiteProfile> rootProfile = loadSiteProfile(m_sandbox.profilePath());
    QVERIFY2(rootProfile.ok(), qPrintable(errorText(rootProfile)));
    Result<std::unique_ptr<HypervisorConnection>> system = hypervisor.connect(rootProfile->hosts.first().uri);
    QVERIFY2(system.ok(), qPrintable(errorText(system)));
    const Result<QList<DomainInfo>> systemSees = (*system)->listDomains();
    QVERIFY2(systemSees.ok() && systemSees->isEmpty(), qPrintable(errorText(systemSees)));
}

// Beta's pool is beta's alone: alpha can neither list nor read it from a shell, nor make QEMU open a
// file there by naming it in a domain (session QEMU runs as alpha, so the file's mode decides).
void TestVoHostsE2e::alphaCannotReadBetasPool()
{
    QVERIFY(!m_betaKernel.path.isEmpty());
    const QString betaPool = m_vos.at(beta).profile.storage.path;
    QVERIFY(m_betaKernel.path.startsWith(betaPool + QLatin1Char('/')));
    const test::ProcessRun own =
        voShell(alpha, 1, {QStringLiteral("ls"), m_vos.at(alpha).profile.storage.path});
    QVERIFY2(own.exitCode == 0 && own.out.contains(QStringLiteral("tiny-vmlinuz")),
             qPrintable(own.out + own.err));
    for (const QStringList& command :
         {QStringList{QStringLiteral("ls"), betaPool}, QStringList{QStringLiteral("cat"), m_betaKernel.path},
          QStringList{QStringLiteral("ls"), QStringLiteral("/var/lib/libvirt/images/vos")}}) {
        const test::ProcessRun denied = voShell(alpha, 1, command);
        QVERIFY2(denied.exitCode != 0, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(denied.err.contains(QStringLiteral("Permission denied")), qPrintable(denied.err));
        QVERIFY2(denied.out.isEmpty(), qPrintable(denied.out.left(200)));
    }

    const QString name = domainName(designName, QStringLiteral("alpha-steal"));
    VolumeInfo initrd = m_betaKernel;
    initrd.path = betaPool + QStringLiteral("/tiny-initrd");
    const Result<QString> xml =
        domainXml(tinyEntry(QStringLiteral("alpha-steal"), QStringLiteral("02:00:5e:a1:00:02"),
                            m_vos.at(alpha).profile.network.rangeEnd, m_betaKernel, initrd),
                  {.name = name,
                   .designName = designName,
                   .accel = Acceleration::Tcg,
                   .bridge = QStringLiteral("vocbr0")});
    QVERIFY(xml.ok());
    const Result<DomainInfo> stolen = m_vos[alpha].kvm1->createDomainXml(*xml, true);
    QVERIFY(!stolen.ok());
    qInfo("alpha's domain with beta's kernel: %s", qPrintable(errorText(stolen)));
    QVERIFY2(errorText(stolen).contains(QStringLiteral("Permission denied")), qPrintable(errorText(stolen)));
    // The hint is the session's (the VO's own pool), not the system QEMU user's.
    QVERIFY2(stolen.error().hint.contains(QStringLiteral("your own storage pool")),
             qPrintable(stolen.error().hint));
    QVERIFY(!qemuOf(name));
}

// bridge.conf allows vocbr0 only: a second bridge on the same host is refused to alpha's QEMU.
void TestVoHostsE2e::bridgeHelperAllowsOnlyTheSiteBridge()
{
    QVERIFY(m_vos.at(alpha).kvm1 && !m_alphaKernel.path.isEmpty());
    const QString ns = hostNamespace(1);
    const QString other = QStringLiteral("vocother0");
    const test::ProcessRun add = test::runProcess(
        QStringLiteral("ip"), {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("add"), other,
                               QStringLiteral("up"), QStringLiteral("type"), QStringLiteral("bridge")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QString name = domainName(designName, QStringLiteral("alpha-other"));
    const Result<QString> xml =
        domainXml(tinyEntry(QStringLiteral("alpha-other"), QStringLiteral("02:00:5e:a1:00:03"),
                            m_vos.at(alpha).profile.network.rangeEnd, m_alphaKernel, m_alphaInitrd),
                  {.name = name, .designName = designName, .accel = Acceleration::Tcg, .bridge = other});
    QVERIFY(xml.ok());
    const Result<DomainInfo> refused = m_vos[alpha].kvm1->createDomainXml(*xml, true);
    test::runProcess(QStringLiteral("ip"),
                     {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("delete"), other});
    QVERIFY(!refused.ok());
    qInfo("alpha's domain on %s: %s", qPrintable(other), qPrintable(errorText(refused)));
    // The helper says "access denied by acl file" on its stderr and exits; QEMU passes that on only
    // when it read it before it found the helper's socket closed ("failed to communicate with
    // bridge helper", seen here on a busy machine). Either way the helper refused the bridge.
    const QString why = errorText(refused);
    QVERIFY2(why.contains(QStringLiteral("access denied by acl file")) ||
                 why.contains(QStringLiteral("failed to communicate with bridge helper")),
             qPrintable(why));
    QVERIFY(!qemuOf(name));
}

// down ends the VOs' sessions and QEMU with the hosts, and removes their accounts' homes, pools,
// keys and profiles with DIR.
void TestVoHostsE2e::downLeavesNoVo()
{
    QVERIFY(m_sandbox.isUp());
    for (auto& [name, vo] : m_vos)
        vo.kvm1.reset();
    const test::ProcessRun down = m_sandbox.down();
    QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
    QVERIFY(!QFileInfo::exists(m_dir));
    for (const Process& p : processes())
        QVERIFY2(p.uid != m_vos.at(alpha).uid && p.uid != m_vos.at(beta).uid,
                 qPrintable(QStringLiteral("%1 %2").arg(p.pid).arg(QString::fromUtf8(p.cmdline))));
    const test::ProcessRun netns =
        test::runProcess(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    QVERIFY2(!netns.out.contains(QStringLiteral("voc-%1-").arg(m_name)), qPrintable(netns.out));
}

void TestVoHostsE2e::cleanupTestCase()
{
    for (auto& [name, vo] : m_vos)
        vo.kvm1.reset();
    if (m_sandbox.isUp()) {
        const test::ProcessRun down = m_sandbox.down();
        if (down.exitCode != 0)
            qWarning("vsp-sandbox down after a failed test: %s", qPrintable(down.out + down.err));
    }
}

QTEST_GUILESS_MAIN(TestVoHostsE2e)
#include "tst_vohosts_e2e.moc"
