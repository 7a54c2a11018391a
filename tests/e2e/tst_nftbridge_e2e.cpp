// SPDX-License-Identifier: GPL-3.0-or-later
// netsync's bridge ruleset applied by the real `nft` to a real bridge: the test moves into a network
// namespace of its own (the KVM host) with bridge vocbr0, an uplink port to a "site" namespace (the
// site server) and one namespace per VCN on a veth port, with the MACs and addresses of their records.
// Proves, with ICMP echo: alpha reaches alpha and the site; alpha and beta never reach each other (not
// even with the peer's MAC given by hand); a VCN sending from an address not its own (another of its
// VO's range, a beta address) is dropped while beta is unaffected; a VCN beyond its VO's count and an
// unknown MAC get nothing; a record's change applied as an element update moves the VCN's traffic.
// Root only (network namespaces, nft); a missing nft or ip is a failure, never a skip.
#include "model/siteprofile.h"
#include "netsync/netsyncwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

struct Vcn
{
    const char* name;
    const char* vo; // "" for a namespace the directory does not list
    const char* ip;
    const char* mac;
};

// a3 is alpha's third VCN with a grant of two; x1 is in no record.
const Vcn vcns[] = {
    {"a1", "alpha", "10.231.0.100", "02:00:00:0a:00:01"},
    {"a2", "alpha", "10.231.0.101", "02:00:00:0a:00:02"},
    {"a3", "alpha", "10.231.0.102", "02:00:00:0a:00:03"},
    {"b1", "beta", "10.231.0.150", "02:00:00:0b:00:01"},
    {"b2", "beta", "10.231.0.151", "02:00:00:0b:00:02"},
    {"x1", "", "10.231.0.103", "02:00:00:0c:00:01"},
};
const QString siteAddress = u"10.231.0.1"_s;

const Vcn& vcn(const char* name)
{
    for (const Vcn& v : vcns) {
        if (std::strcmp(v.name, name) == 0)
            return v;
    }
    qFatal("no VCN %s", name);
}

VoGrantEntry grant(const char* vo, const QByteArray& range, const QByteArray& maxVcns)
{
    VoGrantEntry entry{
        QLatin1String(vo), QStringLiteral("ou=%1,ou=vocs,dc=vsp,dc=test").arg(QLatin1String(vo)), {}};
    entry.values.insert("vocsgrantaddressrange", {range});
    entry.values.insert("vocsgrantmaxvcns", {maxVcns});
    entry.values.insert("vocsgrantmaxvcpus", {"8"});
    entry.values.insert("vocsgrantmaxmemorymib", {"4096"});
    entry.values.insert("vocsgrantmaxstoragemib", {"10240"});
    return entry;
}

quint16 icmpChecksum(const unsigned char* data, size_t size)
{
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (size % 2)
        sum += quint32(data[size - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

} // namespace

class TestNftBridgeE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameVoAndSiteReachable();
    void otherVoUnreachable();
    void spoofedSourceDropped();
    void beyondGrantAndUnknownGetNothing();
    void changedRecordMovesTraffic();
    void betaUnaffected();

private:
    QString ns(const char* name) const { return m_prefix + QLatin1String(name); }
    // Runs a program, failing the test when it fails.
    bool run(const QString& program, const QStringList& args);
    bool inNs(const char* name, const QStringList& ipArgs)
    {
        return run(m_ip, QStringList{u"-n"_s, ns(name)} + ipArgs);
    }
    // An ICMP echo from `source` in namespace `from` to `target`, answered within `ms`.
    bool ping(const char* from, const QString& source, const QString& target, int ms);
    Result<NetsyncReport> sync();

    QTemporaryDir m_dir;
    QString m_ip;
    QString m_prefix = u"vocnft%1-"_s.arg(::getpid());
    QStringList m_made; // named namespaces to delete
    int m_hostNs = -1;  // this test's own network namespace (the KVM host)
    QList<VcnRecord> m_records;
    QList<VoGrantEntry> m_grants;
    std::unique_ptr<NetsyncWriter> m_writer;
};

bool TestNftBridgeE2e::run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

bool TestNftBridgeE2e::ping(const char* from, const QString& source, const QString& target, int ms)
{
    // A raw socket made inside the VCN's namespace stays there; the test thread comes back at once.
    const int vcnNs =
        ::open(QFile::encodeName(u"/run/netns/"_s + ns(from)).constData(), O_RDONLY | O_CLOEXEC);
    if (vcnNs < 0 || ::setns(vcnNs, CLONE_NEWNET) != 0)
        qFatal("cannot enter the namespace of %s", from);
    const int sock = ::socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMP);
    if (::setns(m_hostNs, CLONE_NEWNET) != 0)
        qFatal("cannot return to the test's namespace");
    ::close(vcnNs);
    if (sock < 0)
        return false;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, qPrintable(source), &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    inet_pton(AF_INET, qPrintable(target), &remote.sin_addr);
    bool answered = false;
    if (::bind(sock, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0) {
        static quint16 sequence = 0;
        const quint16 id = quint16(::getpid());
        const quint16 seq = ++sequence;
        unsigned char packet[16] = {ICMP_ECHO,
                                    0,
                                    0,
                                    0,
                                    quint8(id >> 8),
                                    quint8(id),
                                    quint8(seq >> 8),
                                    quint8(seq),
                                    'v',
                                    'o',
                                    'c',
                                    's',
                                    't',
                                    'u',
                                    'd',
                                    'i'};
        const quint16 sum = icmpChecksum(packet, sizeof packet);
        packet[2] = quint8(sum >> 8);
        packet[3] = quint8(sum);
        QElapsedTimer timer;
        timer.start();
        // One request a second, as ping does: the first may wait for ARP.
        qint64 nextSend = 0;
        while (!answered && timer.elapsed() < ms) {
            if (timer.elapsed() >= nextSend) {
                ::sendto(sock, packet, sizeof packet, 0, reinterpret_cast<sockaddr*>(&remote), sizeof remote);
                nextSend = timer.elapsed() + 1000;
            }
            pollfd fd{sock, POLLIN, 0};
            if (::poll(&fd, 1, int(std::min<qint64>(100, ms - timer.elapsed() + 1))) <= 0)
                continue;
            unsigned char reply[1500];
            sockaddr_in peer{};
            socklen_t peerSize = sizeof peer;
            const ssize_t n =
                ::recvfrom(sock, reply, sizeof reply, 0, reinterpret_cast<sockaddr*>(&peer), &peerSize);
            if (n < 20)
                continue;
            const size_t header = size_t(reply[0] & 0x0f) * 4;
            answered = size_t(n) >= header + 8 && reply[header] == ICMP_ECHOREPLY &&
                       reply[header + 4] == packet[4] && reply[header + 5] == packet[5] &&
                       peer.sin_addr.s_addr == remote.sin_addr.s_addr;
        }
    }
    ::close(sock);
    return answered;
}

Result<NetsyncReport> TestNftBridgeE2e::sync()
{
    return m_writer->write(m_records, m_grants);
}

void TestNftBridgeE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the test makes network namespaces, a bridge and veths, and applies nft rules "
              "(run ctest as root)");
    m_ip = QStandardPaths::findExecutable(u"ip"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
    const QString nft = QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
    if (m_ip.isEmpty() || nft.isEmpty())
        QFAIL("ip (iproute2) and nft (nftables) are needed: run scripts/setup");
    QVERIFY(m_dir.isValid());
    // The KVM host: a network namespace of this process alone, gone when it exits.
    QVERIFY2(::unshare(CLONE_NEWNET) == 0, std::strerror(errno));
    m_hostNs = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    QVERIFY(m_hostNs >= 0);
    QVERIFY(run(m_ip, {u"link"_s, u"set"_s, u"lo"_s, u"up"_s}));
    QVERIFY(run(m_ip, {u"link"_s, u"add"_s, u"vocbr0"_s, u"type"_s, u"bridge"_s, u"stp_state"_s, u"0"_s,
                       u"forward_delay"_s, u"0"_s}));
    QVERIFY(run(m_ip, {u"addr"_s, u"add"_s, u"10.231.0.11/24"_s, u"dev"_s, u"vocbr0"_s}));
    QVERIFY(run(m_ip, {u"link"_s, u"set"_s, u"vocbr0"_s, u"up"_s}));

    const auto attach = [&](const char* name, const QString& port, const QString& mac, const QString& ip) {
        QVERIFY(run(m_ip, {u"netns"_s, u"add"_s, ns(name)}));
        m_made << ns(name);
        QVERIFY(run(m_ip, {u"link"_s, u"add"_s, port, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"eth0"_s,
                           u"netns"_s, ns(name)}));
        QVERIFY(run(m_ip, {u"link"_s, u"set"_s, port, u"master"_s, u"vocbr0"_s, u"up"_s}));
        QVERIFY(inNs(name, {u"link"_s, u"set"_s, u"lo"_s, u"up"_s}));
        if (!mac.isEmpty())
            QVERIFY(inNs(name, {u"link"_s, u"set"_s, u"eth0"_s, u"address"_s, mac}));
        QVERIFY(inNs(name, {u"addr"_s, u"add"_s, ip + u"/24"_s, u"dev"_s, u"eth0"_s}));
        QVERIFY(inNs(name, {u"link"_s, u"set"_s, u"eth0"_s, u"up"_s}));
    };
    // The site server behind the uplink port, then one port per VCN (as taps would be).
    attach("site", u"up0"_s, {}, siteAddress);
    if (QTest::currentTestFailed())
        return;
    for (const Vcn& v : vcns) {
        attach(v.name, u"vcn-"_s + QLatin1String(v.name), QLatin1String(v.mac), QLatin1String(v.ip));
        if (QTest::currentTestFailed())
            return;
        if (*v.vo) {
            VcnRecord record{u"demo"_s, QLatin1String(v.name), QLatin1String(v.ip), QLatin1String(v.mac), {},
                             {}};
            record.vo = QLatin1String(v.vo);
            m_records << record;
        }
    }
    m_grants = {grant("alpha", "10.231.0.100-10.231.0.149", "2"),
                grant("beta", "10.231.0.150-10.231.0.199", "4")};

    SiteNetwork network;
    network.subnet = u"10.231.0.0/24"_s;
    network.rangeStart = u"10.231.0.100"_s;
    network.rangeEnd = u"10.231.0.199"_s;
    network.dnsServer = siteAddress;
    const Result<NetsyncSite> site = NetsyncSite::fromNetwork(network);
    QVERIFY(site);
    NetsyncOutputs outputs;
    outputs.nftRuleset = m_dir.filePath(u"vocstudio.nft"_s);
    outputs.nft.uplinks = {u"up0"_s};
    m_writer = std::make_unique<NetsyncWriter>(*site, outputs);
    QElapsedTimer timer;
    timer.start();
    const Result<NetsyncReport> report = sync();
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(report->nft == NftUpdate::Ruleset);
    QCOMPARE(report->records, 4); // a3 is beyond alpha's two
    qInfo() << "ruleset of" << report->records << "VCNs applied in" << timer.elapsed() << "ms";
}

void TestNftBridgeE2e::cleanupTestCase()
{
    m_writer.reset();
    for (const QString& name : std::as_const(m_made))
        run(m_ip, {u"netns"_s, u"delete"_s, name});
    if (m_hostNs >= 0)
        ::close(m_hostNs);
}

void TestNftBridgeE2e::sameVoAndSiteReachable()
{
    QVERIFY(ping("a1", QLatin1String(vcn("a1").ip), QLatin1String(vcn("a2").ip), 3000));
    QVERIFY(ping("a2", QLatin1String(vcn("a2").ip), QLatin1String(vcn("a1").ip), 3000));
    QVERIFY(ping("a1", QLatin1String(vcn("a1").ip), siteAddress, 3000));
    QVERIFY(ping("b1", QLatin1String(vcn("b1").ip), siteAddress, 3000));
    // The KVM host's own address is the site's too.
    QVERIFY(ping("b1", QLatin1String(vcn("b1").ip), u"10.231.0.11"_s, 3000));
}

void TestNftBridgeE2e::otherVoUnreachable()
{
    QVERIFY(!ping("a1", QLatin1String(vcn("a1").ip), QLatin1String(vcn("b1").ip), 1200));
    QVERIFY(!ping("b1", QLatin1String(vcn("b1").ip), QLatin1String(vcn("a1").ip), 1200));
    // Not even with the other VO's MAC known: the frame to it is dropped, not just the ARP request.
    QVERIFY(inNs("a1", {u"neigh"_s, u"replace"_s, QLatin1String(vcn("b1").ip), u"lladdr"_s,
                        QLatin1String(vcn("b1").mac), u"dev"_s, u"eth0"_s, u"nud"_s, u"permanent"_s}));
    QVERIFY(inNs("b1", {u"neigh"_s, u"replace"_s, QLatin1String(vcn("a1").ip), u"lladdr"_s,
                        QLatin1String(vcn("a1").mac), u"dev"_s, u"eth0"_s, u"nud"_s, u"permanent"_s}));
    QVERIFY(!ping("a1", QLatin1String(vcn("a1").ip), QLatin1String(vcn("b1").ip), 1200));
}

void TestNftBridgeE2e::spoofedSourceDropped()
{
    // An alpha address that is no VCN's, and a beta address: a1 may send from neither.
    for (const QString& spoofed : {u"10.231.0.140"_s, u"10.231.0.152"_s}) {
        QVERIFY(inNs("a1", {u"addr"_s, u"add"_s, spoofed + u"/24"_s, u"dev"_s, u"eth0"_s}));
        QVERIFY2(!ping("a1", spoofed, QLatin1String(vcn("a2").ip), 1200), qPrintable(spoofed));
        QVERIFY2(!ping("a1", spoofed, siteAddress, 1200), qPrintable(spoofed));
        QVERIFY(inNs("a1", {u"addr"_s, u"del"_s, spoofed + u"/24"_s, u"dev"_s, u"eth0"_s}));
    }
    // From its own address it still may.
    QVERIFY(ping("a1", QLatin1String(vcn("a1").ip), siteAddress, 3000));
}

void TestNftBridgeE2e::beyondGrantAndUnknownGetNothing()
{
    QVERIFY(!ping("a3", QLatin1String(vcn("a3").ip), siteAddress, 1200));
    QVERIFY(!ping("x1", QLatin1String(vcn("x1").ip), siteAddress, 1200));
    QVERIFY(!ping("x1", QLatin1String(vcn("x1").ip), QLatin1String(vcn("a1").ip), 1200));
}

void TestNftBridgeE2e::changedRecordMovesTraffic()
{
    // a2's record moves to .105 (as a VO's tool rewriting its entry would): an element update.
    for (VcnRecord& record : m_records) {
        if (record.hostname == u"a2")
            record.ip = u"10.231.0.105"_s;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<NetsyncReport> report = sync();
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(report->nft == NftUpdate::Elements);
    qInfo() << "element update applied in" << timer.elapsed() << "ms";
    QVERIFY(!ping("a2", QLatin1String(vcn("a2").ip), siteAddress, 1200));
    QVERIFY(inNs("a2", {u"addr"_s, u"add"_s, u"10.231.0.105/24"_s, u"dev"_s, u"eth0"_s}));
    QVERIFY(ping("a2", u"10.231.0.105"_s, siteAddress, 3000));
    QVERIFY(ping("a1", QLatin1String(vcn("a1").ip), u"10.231.0.105"_s, 3000));
}

void TestNftBridgeE2e::betaUnaffected()
{
    QVERIFY(ping("b1", QLatin1String(vcn("b1").ip), QLatin1String(vcn("b2").ip), 3000));
    QVERIFY(ping("b2", QLatin1String(vcn("b2").ip), siteAddress, 3000));
    QVERIFY(ping("b2", QLatin1String(vcn("b2").ip), QLatin1String(vcn("b1").ip), 3000));
}

QTEST_GUILESS_MAIN(TestNftBridgeE2e)
#include "tst_nftbridge_e2e.moc"
