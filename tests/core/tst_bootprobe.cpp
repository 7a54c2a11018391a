// SPDX-License-Identifier: GPL-3.0-or-later
// Boot phases from console bytes, DHCP leases and sshd: markers split anywhere, wrapped in escape
// sequences, CRLF, in any order; the kernel banner watchdog.
#include "run/bootprobe.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace voc;

namespace {

const QString vcn = QStringLiteral("demo-compute01");
const QString mac = QStringLiteral("0a:12:34:00:00:03");

// "kernel=1200 init=3400" -> the phases and times expected, in phase order.
QList<BootSample> expected(const QString& text)
{
    QList<BootSample> samples;
    for (const QString& item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList pair = item.split(QLatin1Char('='));
        samples.append({vcn, *bootPhaseFromName(pair.at(0)), pair.at(1).toLongLong()});
    }
    std::sort(samples.begin(), samples.end(),
              [](const BootSample& a, const BootSample& b) { return a.phase < b.phase; });
    return samples;
}

QString describe(const QList<BootSample>& samples)
{
    QStringList parts;
    for (const BootSample& s : samples)
        parts.append(bootPhaseName(s.phase) + QLatin1Char('=') + QString::number(s.ms));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestBootProbe : public QObject
{
    Q_OBJECT

private slots:
    void phaseNames();
    void console_data();
    void console();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void cleanLine_data();
    void cleanLine();
    void leases_data();
    void leases();
    void sshAndRunning();
    void watchdog_data();
    void watchdog();
    void stuckKernelIsResetOnce();
    void guestError_data();
    void guestError();
    void sshBanner_data();
    void sshBanner();
};

void TestBootProbe::phaseNames()
{
    for (int p = 0; p < bootPhaseCount; ++p)
        QCOMPARE(bootPhaseFromName(bootPhaseName(BootPhase(p))), std::optional<BootPhase>(BootPhase(p)));
    QCOMPARE(bootPhaseName(BootPhase::Network), QStringLiteral("network"));
    QVERIFY(!bootPhaseFromName(QStringLiteral("booting")));
}

// Each row feeds its chunks at 1000 ms steps: chunk i arrives at (i + 1) * 1000 ms.
void TestBootProbe::console_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QString>("phases");
    QTest::addColumn<QString>("address");

    QTest::newRow("tiny image, one chunk per line")
        << QList<QByteArray>{"[    0.000000] Linux version 6.1.0-56-cloud-amd64 (debian-kernel@lists)\r\n",
                             "[    1.2] Run /init as init process\r\nVOC-INIT\r\n",
                             "VOC-NET ip=10.77.0.3 host=demo-compute01\r\n",
                             "VOC-READY host=demo-compute01\r\n"}
        << QStringLiteral("kernel=1000 init=2000 network=3000 ready=4000") << QStringLiteral("10.77.0.3");
    QTest::newRow("debian with systemd")
        << QList<QByteArray>{"Linux version 6.1.0\n", "systemd[1]: Inserted module 'autofs4'\n",
                             "\x1b[0;1;39mWelcome to \x1b[0;1;31mDebian GNU/Linux 12\x1b[0m!\n",
                             "VOC-READY host=demo-head\n"}
        << QStringLiteral("kernel=1000 init=2000 ready=4000") << QString();
    QTest::newRow("markers out of order")
        << QList<QByteArray>{"VOC-READY host=x\n", "VOC-NET ip=10.0.0.9 host=x\n", "Linux version 6\n"}
        << QStringLiteral("ready=1000 network=2000 kernel=3000") << QStringLiteral("10.0.0.9");
    QTest::newRow("a marker counts once")
        << QList<QByteArray>{"Linux version 6\n", "Linux version 6\nVOC-INIT\n", "VOC-INIT\n"}
        << QStringLiteral("kernel=1000 init=2000") << QString();
    QTest::newRow("line without its newline yet")
        << QList<QByteArray>{"Linux vers", "ion 6", "\n"} << QStringLiteral("kernel=3000") << QString();
    QTest::newRow("nothing but noise")
        << QList<QByteArray>{"\x1b[2J\x1b[H", "SeaBIOS (version 1.16)\r\n", "Booting from ROM..\r\n"}
        << QString() << QString();
    // Captured from the demo image: systemd names voc-ready's unit on the same console, and that
    // line is not the VCN saying it is ready (it once was: "ready" 25 s before sshd listened).
    QTest::newRow("systemd status lines naming the markers")
        << QList<QByteArray>{"         Starting \x1b[0;1;39mvoc-ready.service\xe2\x80\xa6VOC-READY on the "
                             "serial "
                             "console...\r\n",
                             "         Starting voc-ready.service - Report VOC-READY on the serial "
                             "console...\r\n",
                             "[  OK  ] Finished voc-ready.service - Report VOC-READY on the serial "
                             "console.\r\n",
                             "a VOC-NET without fields\r\n"}
        << QString() << QString();
    QTest::newRow("marker after the autologin prompt")
        << QList<QByteArray>{"VOC-NET ip=10.77.9.3 host=demo-compute01\r\n",
                             "\x1b[?2004hroot@demo-compute01:~# VOC-READY host=demo-compute01\r\n"}
        << QStringLiteral("network=1000 ready=2000") << QStringLiteral("10.77.9.3");
    QTest::newRow("marker inside an escape-coloured line")
        << QList<QByteArray>{"\x1b[1;32mVOC-NET\x1b[0m ip=192.168.50.7 host=h\r\n"}
        << QStringLiteral("network=1000") << QStringLiteral("192.168.50.7");
}

void TestBootProbe::console()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QString, phases);
    QFETCH(QString, address);
    BootProbe probe(vcn, mac);
    QList<BootSample> seen;
    for (qsizetype i = 0; i < chunks.size(); ++i)
        seen += probe.feedConsole(chunks.at(i), (i + 1) * 1000);
    std::sort(seen.begin(), seen.end(),
              [](const BootSample& a, const BootSample& b) { return a.phase < b.phase; });
    QCOMPARE(describe(seen), describe(expected(phases)));
    QCOMPARE(describe(probe.samples()), describe(expected(phases)));
    QCOMPARE(probe.address(), address);
}

// The same boot log cut at every byte boundary (and into single bytes) gives the same phases.
void TestBootProbe::chunkBoundaries_data()
{
    QTest::addColumn<int>("chunkSize");
    for (int size : {1, 2, 3, 5, 7, 13, 64, 4096})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(size))) << size;
}

void TestBootProbe::chunkBoundaries()
{
    QFETCH(int, chunkSize);
    const QByteArray log = "\x1b[?25l\x1b]0;title\x07[    0.0] Linux version 6.1\r\n"
                           "[    2.0] Run /init as init process\r\n"
                           "\x1b[32mVOC-INIT\x1b[0m\r\nudhcpc: lease obtained\r\n"
                           "VOC-NET ip=10.77.0.4 host=demo-compute02\r\nVOC-READY host=demo-compute02\r\n";
    for (qsizetype offset = 0; offset < qMin<qsizetype>(chunkSize, 8); ++offset) {
        BootProbe probe(vcn);
        qint64 ms = 0;
        probe.feedConsole(QByteArrayView(log).first(offset), ms);
        for (qsizetype at = offset; at < log.size(); at += chunkSize)
            probe.feedConsole(QByteArrayView(log).sliced(at, qMin<qsizetype>(chunkSize, log.size() - at)),
                              ++ms);
        QVERIFY2(probe.isReady(), qPrintable(describe(probe.samples())));
        QCOMPARE(probe.samples().size(), 4); // kernel, init, network, ready: running is not on the console
        QCOMPARE(probe.address(), QStringLiteral("10.77.0.4"));
        QCOMPARE(probe.leaseHostname(), QStringLiteral("demo-compute02"));
        // Phases keep the order of the log whatever the cuts.
        const QList<BootSample> samples = probe.samples();
        for (qsizetype i = 1; i < samples.size(); ++i)
            QVERIFY(samples.at(i - 1).ms <= samples.at(i).ms);
    }
}

void TestBootProbe::cleanLine_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << QByteArray("Linux version 6") << QStringLiteral("Linux version 6");
    QTest::newRow("CR") << QByteArray("VOC-INIT\r") << QStringLiteral("VOC-INIT");
    QTest::newRow("colours") << QByteArray("\x1b[0;32m  OK  \x1b[0m] Started")
                             << QStringLiteral("  OK  ] Started");
    QTest::newRow("cursor query") << QByteArray("/ # \x1b[6n") << QStringLiteral("/ # ");
    QTest::newRow("OSC title, BEL") << QByteArray("\x1b]0;root@h\x07$ ") << QStringLiteral("$ ");
    QTest::newRow("OSC title, ST") << QByteArray("a\x1b]2;t\x1b\\b") << QStringLiteral("ab");
    QTest::newRow("charset") << QByteArray("\x1b(Bx") << QStringLiteral("x");
    QTest::newRow("escape cut at the end") << QByteArray("abc\x1b[1") << QStringLiteral("abc");
    QTest::newRow("NUL and backspace") << QByteArray("a\0b\bc", 5) << QStringLiteral("abc");
    QTest::newRow("UTF-8") << QByteArray("Grüße") << QStringLiteral("Grüße");
}

void TestBootProbe::cleanLine()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, clean);
    QCOMPARE(BootProbe::cleanLine(raw), clean);
}

void TestBootProbe::leases_data()
{
    QTest::addColumn<QList<DhcpLease>>("leases");
    QTest::addColumn<bool>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("hostname");
    const DhcpLease ours{mac, QStringLiteral("10.77.0.3"), 24, vcn, {}};
    const DhcpLease other{QStringLiteral("0a:12:34:00:00:04"),
                          QStringLiteral("10.77.0.4"),
                          24,
                          QStringLiteral("demo-compute02"),
                          {}};
    DhcpLease upper = ours;
    upper.mac = mac.toUpper();
    DhcpLease noName = ours;
    noName.hostname.clear();
    QTest::newRow("none") << QList<DhcpLease>{} << false << QString() << QString();
    QTest::newRow("another VCN's") << QList<DhcpLease>{other} << false << QString() << QString();
    QTest::newRow("ours among others") << QList<DhcpLease>{other, ours} << true << ours.ip << vcn;
    QTest::newRow("MAC in capitals") << QList<DhcpLease>{upper} << true << ours.ip << vcn;
    QTest::newRow("no hostname sent") << QList<DhcpLease>{noName} << true << ours.ip << QString();
}

void TestBootProbe::leases()
{
    QFETCH(QList<DhcpLease>, leases);
    QFETCH(bool, network);
    QFETCH(QString, address);
    QFETCH(QString, hostname);
    BootProbe probe(vcn, mac);
    const QList<BootSample> samples = probe.feedLeases(leases, 4200);
    QCOMPARE(probe.reached(BootPhase::Network), network);
    QCOMPARE(samples.size(), network ? 1 : 0);
    if (network)
        QCOMPARE(samples.first(), (BootSample{vcn, BootPhase::Network, 4200}));
    QCOMPARE(probe.address(), address);
    QCOMPARE(probe.leaseHostname(), hostname);
    // A lease seen again later does not move the time.
    probe.feedLeases(leases, 9000);
    QCOMPARE(probe.at(BootPhase::Network), network ? std::optional<qint64>(4200) : std::nullopt);
}

void TestBootProbe::sshAndRunning()
{
    BootProbe probe(vcn, mac);
    QCOMPARE(probe.markRunning(120), (QList<BootSample>{{vcn, BootPhase::Running, 120}}));
    QVERIFY(probe.markRunning(130).isEmpty());
    QVERIFY(!probe.isReady());
    QCOMPARE(probe.markSshAnswered(9100), (QList<BootSample>{{vcn, BootPhase::Ready, 9100}}));
    QVERIFY(probe.isReady());
    // The console's marker after sshd answered changes nothing.
    QVERIFY(probe.feedConsole("VOC-READY host=x\n", 9500).isEmpty());
    QCOMPARE(probe.at(BootPhase::Ready), std::optional<qint64>(9100));
}

void TestBootProbe::watchdog_data()
{
    QTest::addColumn<qint64>("watchdogMs");
    QTest::addColumn<qint64>("runningMs"); // -1: never marked running
    QTest::addColumn<QByteArray>("console");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<bool>("fires");
    QTest::newRow("silent, before T")
        << qint64(30000) << qint64(500) << QByteArray() << qint64(30499) << false;
    QTest::newRow("silent, at T") << qint64(30000) << qint64(500) << QByteArray() << qint64(30500) << true;
    QTest::newRow("never marked running")
        << qint64(30000) << qint64(-1) << QByteArray() << qint64(30000) << true;
    QTest::newRow("banner seen") << qint64(30000) << qint64(500) << QByteArray("Linux version 6\n")
                                 << qint64(90000) << false;
    QTest::newRow("banner missed, init seen")
        << qint64(30000) << qint64(500) << QByteArray("VOC-INIT\n") << qint64(90000) << false;
    QTest::newRow("only firmware noise")
        << qint64(30000) << qint64(0) << QByteArray("SeaBIOS\r\nBooting\r\n") << qint64(30001) << true;
    QTest::newRow("disarmed") << qint64(0) << qint64(0) << QByteArray() << qint64(999999) << false;
}

void TestBootProbe::watchdog()
{
    QFETCH(qint64, watchdogMs);
    QFETCH(qint64, runningMs);
    QFETCH(QByteArray, console);
    QFETCH(qint64, nowMs);
    QFETCH(bool, fires);
    BootProbe probe(vcn, mac, watchdogMs);
    if (runningMs >= 0)
        probe.markRunning(runningMs);
    probe.feedConsole(console, qMax<qint64>(runningMs, 0) + 10);
    const std::optional<Error> error = probe.checkFailed(nowMs);
    QCOMPARE(error.has_value(), fires);
    if (fires) {
        QCOMPARE(error->where, vcn);
        QCOMPARE(
            error->what,
            QStringLiteral("no kernel banner from %1 within %2 s").arg(vcn).arg((watchdogMs + 999) / 1000));
        QVERIFY2(error->hint.contains(QLatin1String("--accel tcg")), qPrintable(error->hint));
        QVERIFY(error->hint.contains(QLatin1String("KVM")));
    }
}

// Captured from a demo compute VCN under TCG on a 2-core host with five guests booting: the kernel
// livelocked in its timer interrupts and never got further.
void TestBootProbe::stuckKernelIsResetOnce()
{
    const QByteArray lockup =
        "[  572.465850] watchdog: BUG: soft lockup - CPU#0 stuck for 518s! [swapper/0:0]\r\n"
        "[  572.465850] Modules linked in: qemu_fw_cfg virtio_rng ip_tables\r\n";
    const QString line = QStringLiteral("watchdog: BUG: soft lockup - CPU#0 stuck for 518s! [swapper/0:0]");
    BootProbe probe(vcn, mac, 0);
    probe.markRunning(0);
    probe.feedConsole("Linux version 6.1.0\nsystemd[1]: started\n", 1000);
    QVERIFY(probe.hang().isEmpty());
    probe.feedConsole(lockup, 75000);
    QCOMPARE(probe.hang(), line);
    QVERIFY(probe.needsReset());
    QVERIFY(!probe.checkFailed(75000)); // the caller resets it first

    probe.markReset();
    QVERIFY(probe.hang().isEmpty());
    QVERIFY(!probe.needsReset());
    probe.feedConsole(lockup, 75100); // the old kernel's last words, still in flight
    QVERIFY(probe.hang().isEmpty());
    QVERIFY(!probe.checkFailed(75100));
    // The phases reached before the reset stay (the boot time includes the reset); the new boot
    // goes on to its network and ready markers.
    QCOMPARE(probe.feedConsole("Linux version 6.1.0\n", 76000).size(), 0);
    QCOMPARE(probe.feedConsole("VOC-NET ip=10.0.0.5 host=x\n", 140000).size(), 1);
    QVERIFY(probe.reached(BootPhase::Network));

    // Stuck again after the reset: the boot fails, naming the line.
    probe.feedConsole(lockup, 150000);
    QCOMPARE(probe.hang(), line);
    QVERIFY(!probe.needsReset()); // once only
    const std::optional<Error> error = probe.checkFailed(150000);
    QVERIFY(error);
    QCOMPARE(error->what, QStringLiteral("%1's kernel is stuck: %2").arg(vcn, line));
    QVERIFY(error->hint.contains(QLatin1String("reset once")));
}

void TestBootProbe::guestError_data()
{
    QTest::addColumn<QByteArray>("console");
    QTest::addColumn<QString>("what"); // empty: the boot goes on

    QTest::newRow("no lease (demo image)")
        << QByteArray("Linux version 6.1\r\nVOC-ERROR no DHCP address or hostname after 900 s since boot "
                      "(address '', hostname 'localhost')\r\n")
        << QStringLiteral("demo-compute01 reports: no DHCP address or hostname after 900 s since boot "
                          "(address '', hostname 'localhost')");
    QTest::newRow("no driver (tiny image)")
        << QByteArray("\x1b[0mVOC-ERROR no network interface (is the NIC model's driver in this kernel?)\n")
        << QStringLiteral("demo-compute01 reports: no network interface (is the NIC model's driver in this "
                          "kernel?)");
    QTest::newRow("the first error counts") << QByteArray("VOC-ERROR sshd does not listen\nVOC-ERROR later\n")
                                            << QStringLiteral("demo-compute01 reports: sshd does not listen");
    QTest::newRow("ready despite an earlier error")
        << QByteArray("VOC-ERROR slow\nVOC-READY host=x\n") << QString();
    QTest::newRow("unfinished line") << QByteArray("VOC-ERROR no DHCP") << QString();
    QTest::newRow("none") << QByteArray("VOC-NET ip=10.0.0.3 host=x\n") << QString();
    QTest::newRow("marker inside a word") << QByteArray("Starting NO-VOC-ERROR thing\n") << QString();
}

void TestBootProbe::guestError()
{
    QFETCH(QByteArray, console);
    QFETCH(QString, what);
    BootProbe probe(vcn, mac, 0);
    probe.markRunning(0);
    probe.feedConsole(console, 100);
    const std::optional<Error> error = probe.checkFailed(200);
    QCOMPARE(error.has_value(), !what.isEmpty());
    if (error) {
        QCOMPARE(error->what, what);
        QCOMPARE(error->where, vcn);
        QVERIFY(!error->hint.isEmpty());
    }
}

// A listener on 127.0.0.1 that the row's "server" drives by hand between polls: what it sends, after
// how long, and whether it hangs up. The wait never blocks, so one thread plays both sides.
void TestBootProbe::sshBanner_data()
{
    QTest::addColumn<bool>("listen");
    QTest::addColumn<int>("sendAfterMs"); // -1: never sends
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("hangUp"); // closes right after accepting (sends nothing)
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("expected"); // SshBannerWait::State

    const int answered = int(SshBannerWait::State::Answered);
    const int failed = int(SshBannerWait::State::Failed);
    QTest::newRow("banner at once") << true << 0 << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n") << false
                                    << QStringLiteral("127.0.0.1") << 5000 << answered;
    // What the blocking probe (1 s for the banner) gave up on: sshd slow under TCG.
    QTest::newRow("banner after 1.5 s") << true << 1500 << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n") << false
                                        << QStringLiteral("127.0.0.1") << 5000 << answered;
    QTest::newRow("banner in pieces")
        << true << 0 << QByteArray("SS") << false << QStringLiteral("127.0.0.1") << 5000 << answered;
    QTest::newRow("another service") << true << 0 << QByteArray("220 smtp ready\r\n") << false
                                     << QStringLiteral("127.0.0.1") << 5000 << failed;
    QTest::newRow("hangs up") << true << -1 << QByteArray() << true << QStringLiteral("127.0.0.1") << 5000
                              << failed;
    QTest::newRow("refused") << false << -1 << QByteArray() << false << QStringLiteral("127.0.0.1") << 5000
                             << failed;
    QTest::newRow("silent past the timeout")
        << true << -1 << QByteArray() << false << QStringLiteral("127.0.0.1") << 400 << failed;
    QTest::newRow("not an IPv4 address")
        << true << -1 << QByteArray() << false << QStringLiteral("vcn01; rm -rf /") << 5000 << failed;
}

void TestBootProbe::sshBanner()
{
    QFETCH(bool, listen);
    QFETCH(int, sendAfterMs);
    QFETCH(QByteArray, sent);
    QFETCH(bool, hangUp);
    QFETCH(QString, address);
    QFETCH(int, timeoutMs);
    QFETCH(int, expected);

    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    QVERIFY(server >= 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof at;
    QCOMPARE(::bind(server, reinterpret_cast<sockaddr*>(&at), sizeof at), 0);
    QCOMPARE(::getsockname(server, reinterpret_cast<sockaddr*>(&at), &length), 0);
    const quint16 port = ntohs(at.sin_port);
    if (listen)
        QCOMPARE(::listen(server, 4), 0);

    QElapsedTimer clock;
    clock.start();
    SshBannerWait wait;
    wait.start(address, clock.elapsed(), timeoutMs, port);
    int peer = -1;
    bool sentAll = false;
    SshBannerWait::State state = wait.poll(clock.elapsed());
    while (state == SshBannerWait::State::Waiting && clock.elapsed() < 10000) {
        if (listen && peer < 0) {
            peer = ::accept4(server, nullptr, nullptr, SOCK_CLOEXEC);
            if (peer >= 0 && hangUp) {
                ::close(peer);
                peer = -2;
            }
        }
        if (peer >= 0 && !sentAll && sendAfterMs >= 0 && clock.elapsed() >= sendAfterMs) {
            // "banner in pieces": the rest of the banner follows the first two bytes a poll later.
            QCOMPARE(::send(peer, sent.constData(), size_t(sent.size()), MSG_NOSIGNAL), ssize_t(sent.size()));
            if (sent == "SS") {
                QTest::qWait(50);
                QVERIFY(wait.poll(clock.elapsed()) == SshBannerWait::State::Waiting);
                QCOMPARE(::send(peer, "H-2.0-x\r\n", 9, MSG_NOSIGNAL), ssize_t(9));
            }
            sentAll = true;
        }
        QTest::qWait(10);
        state = wait.poll(clock.elapsed());
    }
    QCOMPARE(int(state), expected);
    QCOMPARE(int(wait.poll(clock.elapsed())), expected); // it stays where it ended
    if (expected == int(SshBannerWait::State::Failed) && timeoutMs < 1000)
        QVERIFY(clock.elapsed() >= timeoutMs);
    if (peer >= 0)
        ::close(peer);
    ::close(server);
}

QTEST_GUILESS_MAIN(TestBootProbe)
#include "tst_bootprobe.moc"
