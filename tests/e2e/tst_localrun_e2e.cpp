// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl up --local` / `down` against a private libvirtd (tests/e2e/libvirt-sandbox) under TCG: a
// 1 head + 2 compute VOC of the tiny image boots with DHCP addresses and hostnames and goes without
// a trace; a SIGKILL in the middle of `up` is cleaned up by `down`; bad input leaves nothing behind;
// with the demo images (virtio head, e1000 compute nodes as in resources/demo/demo.voc), the head
// reaches every compute node by name over ssh.
#include "bench/resultsstore.h"
#include "model/designfile.h"
#include "model/plan.h"
#include "run/preflight.h"
#include "sandboxmain.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace voc;

namespace {

struct Manifest
{
    QString disk, kernel, initrd, cmdline, sha256, voKey;
};

// key=value lines of `build-vcn-image --print-paths`, or a manifest.json.
std::optional<Manifest> readManifest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Manifest m{o.value(QLatin1String("disk")).toString(),   o.value(QLatin1String("kernel")).toString(),
               o.value(QLatin1String("initrd")).toString(), o.value(QLatin1String("cmdline")).toString(),
               o.value(QLatin1String("sha256")).toString(), o.value(QLatin1String("voKey")).toString()};
    if (m.disk.isEmpty() || m.kernel.isEmpty())
        return std::nullopt;
    return m;
}

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Copies an image's files into dir (readable by QEMU) and points the manifest at the copies.
bool copyImage(Manifest& m, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (QString* file : {&m.disk, &m.kernel, &m.initrd}) {
        if (file->isEmpty())
            continue;
        const QString copy = dir + QLatin1Char('/') + QFileInfo(*file).fileName();
        if (!QFile::exists(copy) && !QFile::copy(*file, copy))
            return false;
        *file = copy;
    }
    return true;
}

QJsonObject imageJson(const Manifest& m, const QString& sha256)
{
    return QJsonObject{{QStringLiteral("path"), m.disk},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("bootMode"), QStringLiteral("kernel")},
                       {QStringLiteral("kernel"), m.kernel},
                       {QStringLiteral("initrd"), m.initrd},
                       {QStringLiteral("cmdline"), m.cmdline}};
}

} // namespace

class TestLocalRunE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tinyUpAndDown();
    void killedUpIsCleanedByDown();
    void badInputLeavesNothing_data();
    void badInputLeavesNothing();
    void demoHeadReachesComputesBySsh();
    void cleanupTestCase();

private:
    Ran vocctl(const QStringList& args, int timeoutMs = 600000);
    QString writeDesign(const QString& name, const Manifest& head, const Manifest& compute,
                        const QString& sha256, int memoryMiB = 160,
                        const QString& computeNic = QStringLiteral("virtio"));
    QStringList commonArgs(const QString& overlayDir = {}) const;
    void verifyNothingLeft(const QString& design, const QStringList& allowedDomains = {});

    std::unique_ptr<HypervisorConnection> m_connection;
    QTemporaryDir m_dir{QStringLiteral("/tmp/voc-localrun-e2e.XXXXXX")};
    Manifest m_tiny;
    QString m_tinyDesign;
};

void TestLocalRunE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        QSKIP("run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");
    QVERIFY(m_dir.isValid());
    // vocctl up stores its boot times; keep them out of root's own results.
    qputenv("VOCSTUDIO_RESULTS_DB", QFile::encodeName(m_dir.filePath(QStringLiteral("results.sqlite"))));
    // QEMU runs as its own user: it must reach the images and overlays through this folder.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);

    // The e2e/build-images fixture built it (cached); a private copy keeps a concurrent rebuild out.
    QProcess build;
    build.start(QStringLiteral(VOC_SOURCE_DIR "/scripts/build-vcn-image"),
                {QStringLiteral("--role"), QStringLiteral("tiny")});
    QVERIFY(build.waitForFinished(900000));
    if (build.exitCode() != 0)
        QFAIL(qPrintable(
            QStringLiteral("the tiny image could not be built (scripts/build-vcn-image --role tiny): %1")
                .arg(QString::fromLocal8Bit(build.readAllStandardError().right(300)))));
    const std::optional<Manifest> built =
        readManifest(QString::fromLocal8Bit(build.readAllStandardOutput()).trimmed());
    QVERIFY2(built, "build-vcn-image printed no readable manifest");
    m_tiny = *built;
    QVERIFY(copyImage(m_tiny, m_dir.filePath(QStringLiteral("tiny"))));
    QCOMPARE(fileSha256(m_tiny.disk).valueOr({}), m_tiny.sha256);
    m_tinyDesign = writeDesign(QStringLiteral("tinyvoc"), m_tiny, m_tiny, m_tiny.sha256);

    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    m_connection = std::move(connection).value();
}

Ran TestLocalRunE2e::vocctl(const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(VOC_VOCCTL), args);
    Ran ran;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

QStringList TestLocalRunE2e::commonArgs(const QString& overlayDir) const
{
    return {QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
            QStringLiteral("--overlay-dir"),
            overlayDir.isEmpty() ? m_dir.filePath(QStringLiteral("overlays")) : overlayDir};
}

QString TestLocalRunE2e::writeDesign(const QString& name, const Manifest& head, const Manifest& compute,
                                     const QString& sha256, int memoryMiB, const QString& computeNic)
{
    auto role = [&](const QString& kind, int count, const Manifest& image, const QString& pattern) {
        return QJsonObject{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("count"), count},
            {QStringLiteral("vcpus"), 1},
            {QStringLiteral("memoryMiB"), memoryMiB},
            {QStringLiteral("nic"), kind == QLatin1String("head") ? QStringLiteral("virtio") : computeNic},
            {QStringLiteral("hostnamePattern"), pattern},
            {QStringLiteral("image"), imageJson(image, &image == &head ? sha256 : QString())}};
    };
    const QJsonObject design{
        {QStringLiteral("format"), QStringLiteral("vocstudio-design/1")},
        {QStringLiteral("name"), name},
        {QStringLiteral("vo"), QStringLiteral("e2e-vo")},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("subnet"), QStringLiteral("10.77.9.0/24")},
                                                {QStringLiteral("domain"), QStringLiteral("voc.test")}}},
        {QStringLiteral("roles"),
         QJsonArray{role(QStringLiteral("head"), 1, head, QStringLiteral("{voc}-head")),
                    role(QStringLiteral("compute"), 2, compute, QStringLiteral("{voc}-compute{index:02}"))}}};
    const QString path = m_dir.filePath(name + QStringLiteral(".voc"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(design).toJson());
    return path;
}

void TestLocalRunE2e::verifyNothingLeft(const QString& design, const QStringList& allowedDomains)
{
    const Result<QList<DomainInfo>> domains = m_connection->listDomains(domainName(design, QString()));
    QVERIFY(domains.ok());
    QStringList names;
    for (const DomainInfo& domain : *domains) {
        if (!allowedDomains.contains(domain.name))
            names.append(domain.name);
    }
    QVERIFY2(names.isEmpty(), qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(m_connection->listNetworks(networkName(design)).valueOr({QStringLiteral("?")}), QStringList{});
    const QStringList overlays =
        QDir(m_dir.filePath(QStringLiteral("overlays"))).entryList({QStringLiteral("voc-*")}, QDir::Files);
    QVERIFY2(overlays.isEmpty(), qPrintable(overlays.join(QLatin1Char(' '))));
    const QString bridge = bridgeName(networkName(design));
    const QStringList dnsmasq =
        QDir(QStringLiteral("/var/lib/libvirt/dnsmasq"))
            .entryList({bridge + QStringLiteral("*"), networkName(design) + QStringLiteral(".*")},
                       QDir::Files);
    QVERIFY2(dnsmasq.isEmpty(), qPrintable(dnsmasq.join(QLatin1Char(' '))));
    QVERIFY(
        !QFile::exists(m_dir.filePath(QStringLiteral("state/runs/")) + design + QStringLiteral(".jsonl")));
}

void TestLocalRunE2e::tinyUpAndDown()
{
    QElapsedTimer clock;
    clock.start();
    const Ran up =
        vocctl(QStringList{QStringLiteral("up"), m_tinyDesign, QStringLiteral("--local"),
                           QStringLiteral("--accel"), QStringLiteral("tcg"), QStringLiteral("--timeout"),
                           QStringLiteral("400"), QStringLiteral("--json")} +
               commonArgs());
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    qInfo("vocctl up took %lld ms", clock.elapsed());
    const QJsonObject result = QJsonDocument::fromJson(up.out.toUtf8()).object();
    const QJsonArray vcns = result.value(QLatin1String("vcns")).toArray();
    QCOMPARE(vcns.size(), 3);
    // Every VCN's five phases are in the results store.
    const qint64 runId = qint64(result.value(QLatin1String("resultsRunId")).toDouble());
    QVERIFY(runId > 0);
    {
        Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(ResultsStore::defaultPath());
        QVERIFY(store.ok());
        const Result<Run> stored = (*store)->run(runId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->design, QStringLiteral("tinyvoc"));
        QCOMPARE(stored->bootSamples.size(), 15);
    }

    const Result<ParsedDesign> design = loadDesignFile(m_tinyDesign);
    QVERIFY(design.ok());
    const Result<Plan> plan = planLocal(design->design);
    QVERIFY(plan.ok());
    // dnsmasq's lease helper records a lease a moment after the guest has its address.
    const QString network = networkName(QStringLiteral("tinyvoc"));
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->networkDhcpLeases(network).valueOr({}).size(), 3, 15000);
    const Result<QList<DhcpLease>> leases = m_connection->networkDhcpLeases(network);
    QVERIFY(leases.ok());
    for (const PlanEntry& entry : plan->entries) {
        const auto vcn = std::find_if(vcns.begin(), vcns.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QLatin1String("hostname")).toString() == entry.hostname;
        });
        QVERIFY2(vcn != vcns.end(), qPrintable(entry.hostname));
        const QJsonObject o = vcn->toObject();
        QVERIFY(o.value(QLatin1String("ready")).toBool());
        QCOMPARE(o.value(QLatin1String("ip")).toString(), entry.ip);
        const QJsonObject phases = o.value(QLatin1String("phasesMs")).toObject();
        for (const char* phase : {"running", "kernel", "init", "network", "ready"})
            QVERIFY2(phases.contains(QLatin1String(phase)), phase);
        qInfo("%s: running %d kernel %d init %d network %d ready %d ms", qPrintable(entry.hostname),
              phases.value(QLatin1String("running")).toInt(), phases.value(QLatin1String("kernel")).toInt(),
              phases.value(QLatin1String("init")).toInt(), phases.value(QLatin1String("network")).toInt(),
              phases.value(QLatin1String("ready")).toInt());
        // Its lease carries the planned address and hostname: nothing is baked into the image.
        const auto lease = std::find_if(leases->begin(), leases->end(), [&](const DhcpLease& l) {
            return l.mac.toLower() == entry.mac.toLower();
        });
        QVERIFY2(lease != leases->end(), qPrintable(entry.hostname));
        QCOMPARE(lease->ip, entry.ip);
        QCOMPARE(lease->hostname, entry.hostname);
    }

    const Ran status =
        vocctl(QStringList{QStringLiteral("status"), m_tinyDesign, QStringLiteral("--json"),
                           QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state"))});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray running =
        QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("vcns")).toArray();
    QCOMPARE(running.size(), 3);
    for (const QJsonValue& vcn : running)
        QCOMPARE(vcn.toObject().value(QLatin1String("state")).toString(), QStringLiteral("running"));
    const Ran log =
        vocctl({QStringLiteral("console"), QStringLiteral("tinyvoc-head"), QStringLiteral("--log")});
    QCOMPARE(log.exitCode, 0);
    QVERIFY2(log.out.contains(QLatin1String("VOC-READY host=tinyvoc-head")), qPrintable(log.out.right(500)));
    // Live, what is typed reaches the VCN's shell (its answer is computed in the guest, so it cannot
    // be the echo of the typed line), and Ctrl-] leaves.
    {
        QProcess console;
        console.start(QStringLiteral(VOC_VOCCTL),
                      {QStringLiteral("console"), QStringLiteral("tinyvoc-head")});
        QVERIFY(console.waitForStarted());
        QByteArray seen;
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("connected to") && clock.elapsed() < 30000 &&
               console.state() == QProcess::Running) {
            console.waitForReadyRead(200);
            said += console.readAllStandardError();
        }
        QVERIFY2(said.contains("connected to"), said.constData());
        console.write("\necho voc-$((6*7))-typed\n");
        while (!seen.contains("voc-42-typed") && clock.elapsed() < 60000 &&
               console.state() == QProcess::Running) {
            console.waitForReadyRead(200);
            seen += console.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("voc-42-typed"), seen.right(500).constData());
        console.write("\x1d");
        QVERIFY(console.waitForFinished(10000));
        QCOMPARE(console.exitCode(), 0);
    }

    const Ran down = vocctl(QStringList{QStringLiteral("down"), m_tinyDesign} + commonArgs());
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QVERIFY(down.out.contains(QLatin1String("removed network voc-tinyvoc")));
    verifyNothingLeft(QStringLiteral("tinyvoc"));
    QCOMPARE(fileSha256(m_tiny.disk).valueOr({}), m_tiny.sha256);
    // Idempotent: nothing left, nothing to do.
    const Ran again = vocctl(QStringList{QStringLiteral("down"), m_tinyDesign} + commonArgs());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("nothing")));
}

void TestLocalRunE2e::killedUpIsCleanedByDown()
{
    QProcess up;
    up.start(QStringLiteral(VOC_VOCCTL),
             QStringList{QStringLiteral("up"), m_tinyDesign, QStringLiteral("--local"),
                         QStringLiteral("--accel"), QStringLiteral("tcg")} +
                 commonArgs());
    QVERIFY(up.waitForStarted());
    // Kill it once the network and at least one domain exist: the middle of the launch.
    QElapsedTimer clock;
    clock.start();
    bool midway = false;
    while (!midway && clock.elapsed() < 120000 && up.state() == QProcess::Running) {
        const bool network =
            !m_connection->listNetworks(networkName(QStringLiteral("tinyvoc"))).valueOr({}).isEmpty();
        const bool domain = !m_connection->listDomains(domainName(QStringLiteral("tinyvoc"), QString()))
                                 .valueOr({})
                                 .isEmpty();
        midway = network && domain;
        if (!midway)
            QTest::qWait(20);
    }
    QVERIFY2(midway, qPrintable(QString::fromUtf8(up.readAllStandardError())));
    up.kill(); // SIGKILL: no destructor, no rollback
    QVERIFY(up.waitForFinished());
    QCOMPARE(up.exitStatus(), QProcess::CrashExit);
    QVERIFY(!m_connection->listNetworks(networkName(QStringLiteral("tinyvoc"))).valueOr({}).isEmpty());

    const Ran down = vocctl(QStringList{QStringLiteral("down"), m_tinyDesign} + commonArgs());
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    qInfo("%s", qPrintable(down.out.trimmed()));
    // Whatever was mid-creation when the kill came has settled by now; a second look must find nothing.
    verifyNothingLeft(QStringLiteral("tinyvoc"));
    QCOMPARE(fileSha256(m_tiny.disk).valueOr({}), m_tiny.sha256);
}

void TestLocalRunE2e::badInputLeavesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // in the error output
    QTest::newRow("missing image") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("checksum mismatch") << QStringLiteral("checksum") << QStringLiteral("the design expects");
    QTest::newRow("domain name taken") << QStringLiteral("taken") << QStringLiteral("exists already");
    QTest::newRow("libvirtd not running") << QStringLiteral("nodaemon") << QStringLiteral("libvirtd running");
    QTest::newRow("vmdk base image") << QStringLiteral("vmdk") << QStringLiteral("vmdk format");
    QTest::newRow("no disk space") << QStringLiteral("nospace") << QStringLiteral("no disk space");
}

void TestLocalRunE2e::badInputLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString name = QStringLiteral("bad") + kind;
    Manifest image = m_tiny;
    QString sha256 = m_tiny.sha256;
    QStringList extra;
    QString overlayDir;
    QString takenDomain;
    if (kind == QLatin1String("missing")) {
        image.disk = m_dir.filePath(QStringLiteral("no-such-image.qcow2"));
    } else if (kind == QLatin1String("checksum")) {
        sha256 = QString(64, QLatin1Char('0'));
    } else if (kind == QLatin1String("nodaemon")) {
        extra = {QStringLiteral("--uri"),
                 QStringLiteral("qemu+unix:///system?socket=") + m_dir.filePath(QStringLiteral("gone.sock"))};
    } else if (kind == QLatin1String("vmdk")) {
        image.disk = m_dir.filePath(QStringLiteral("base.vmdk"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                                   {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                    QStringLiteral("vmdk"), image.disk, QStringLiteral("64M")}),
                 0);
        sha256.clear();
    } else if (kind == QLatin1String("nospace")) {
        // A 1 MiB tmpfs, mounted in the sandbox's own mount namespace only.
        overlayDir = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(overlayDir));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("size=1m"), QStringLiteral("voc-e2e-full"), overlayDir}),
                 0);
    }
    const QString file = writeDesign(name, image, image, sha256);
    if (kind == QLatin1String("taken")) {
        // Someone else's domain with the name our head would get.
        takenDomain = domainName(name, name + QStringLiteral("-head"));
        const QString xml = QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory>"
                                           "<os><type arch='x86_64'>hvm</type></os></domain>")
                                .arg(takenDomain);
        QVERIFY(m_connection->createDomainXml(xml, true).ok());
    }

    const Ran up = vocctl(QStringList{QStringLiteral("up"), file, QStringLiteral("--local"),
                                      QStringLiteral("--accel"), QStringLiteral("tcg")} +
                          commonArgs(overlayDir) + extra);
    QCOMPARE(up.exitCode, 1);
    QVERIFY2(up.err.contains(expected), qPrintable(up.err));
    QVERIFY2(up.err.contains(QLatin1String("hint:")), qPrintable(up.err));
    qInfo("%s", qPrintable(up.err.section(QLatin1Char('\n'), -3).trimmed()));

    verifyNothingLeft(name, takenDomain.isEmpty() ? QStringList{} : QStringList{takenDomain});
    if (!takenDomain.isEmpty()) {
        // Not ours: still there, untouched.
        QCOMPARE(toString(m_connection->domainState(takenDomain).valueOr(DomainState::NoState)),
                 toString(DomainState::Paused));
        QVERIFY(m_connection->destroy(takenDomain).ok());
    }
    if (!overlayDir.isEmpty()) {
        QVERIFY(QDir(overlayDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {overlayDir}), 0);
    }
    QCOMPARE(fileSha256(m_tiny.disk).valueOr({}), m_tiny.sha256);
}

void TestLocalRunE2e::demoHeadReachesComputesBySsh()
{
    const QString cache = QStringLiteral("/var/cache/vocstudio/images");
    std::optional<Manifest> head, compute;
    for (const QString& dir : QDir(cache).entryList({QStringLiteral("head-*")}, QDir::Dirs))
        head = readManifest(cache + QLatin1Char('/') + dir + QStringLiteral("/manifest.json"));
    for (const QString& dir : QDir(cache).entryList({QStringLiteral("compute-*")}, QDir::Dirs))
        compute = readManifest(cache + QLatin1Char('/') + dir + QStringLiteral("/manifest.json"));
    if (!head || !compute || head->voKey.isEmpty())
        QFAIL("the demo images are not built (scripts/build-vcn-image --role all)");
    // Private copies: a rebuild of the cache must not pull the disks from under the running VCNs.
    QVERIFY(copyImage(*head, m_dir.filePath(QStringLiteral("head"))));
    QVERIFY(copyImage(*compute, m_dir.filePath(QStringLiteral("compute"))));
    QCOMPARE(fileSha256(head->disk).valueOr({}), head->sha256);

    // NICs as in resources/demo/demo.voc: virtio on the head, the paper's e1000 on the compute nodes.
    const QString file =
        writeDesign(QStringLiteral("demo"), *head, *compute, head->sha256, 512, QStringLiteral("e1000"));
    const Ran up =
        vocctl(QStringList{QStringLiteral("up"), file, QStringLiteral("--local"), QStringLiteral("--accel"),
                           QStringLiteral("tcg"), QStringLiteral("--timeout"), QStringLiteral("900"),
                           QStringLiteral("--watchdog"), QStringLiteral("120"), QStringLiteral("--json")} +
                   commonArgs(),
               1200000);
    QVERIFY2(up.exitCode == 0, qPrintable(up.err.right(2000)));
    const QJsonArray vcns =
        QJsonDocument::fromJson(up.out.toUtf8()).object().value(QLatin1String("vcns")).toArray();
    QCOMPARE(vcns.size(), 3);
    QString headIp;
    for (const QJsonValue& v : vcns) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("leaseHostname")).toString(),
                 o.value(QLatin1String("hostname")).toString());
        if (o.value(QLatin1String("hostname")).toString() == QLatin1String("demo-head"))
            headIp = o.value(QLatin1String("ip")).toString();
        qInfo("%s: %s", qPrintable(o.value(QLatin1String("hostname")).toString()),
              QJsonDocument(o.value(QLatin1String("phasesMs")).toObject())
                  .toJson(QJsonDocument::Compact)
                  .constData());
    }
    QVERIFY(!headIp.isEmpty());
    // The head reaches every compute node by name over ssh; each VCN's NIC is bound by the driver of
    // its role's model (virtio_net on the head, e1000 on the compute nodes, as in the demo design).
    const QString report = QStringLiteral("hostname; readlink -f /sys/class/net/e*/device/driver");
    for (const auto& [vcn, driver] :
         {std::pair{QStringLiteral("demo-head"), QStringLiteral("/sys/bus/virtio/drivers/virtio_net")},
          std::pair{QStringLiteral("demo-compute01"), QStringLiteral("/sys/bus/pci/drivers/e1000")},
          std::pair{QStringLiteral("demo-compute02"), QStringLiteral("/sys/bus/pci/drivers/e1000")}}) {
        QStringList args{QStringLiteral("-i"),
                         head->voKey,
                         QStringLiteral("-o"),
                         QStringLiteral("BatchMode=yes"),
                         QStringLiteral("-o"),
                         QStringLiteral("StrictHostKeyChecking=no"),
                         QStringLiteral("-o"),
                         QStringLiteral("UserKnownHostsFile=/dev/null"),
                         QStringLiteral("-o"),
                         QStringLiteral("ConnectTimeout=20"),
                         QStringLiteral("root@") + headIp};
        if (vcn == QLatin1String("demo-head")) {
            args.append(report);
        } else {
            // Quoted for the head's shell, so the compute node expands the glob.
            args.append({QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                         QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), vcn,
                         QLatin1Char('\'') + report + QLatin1Char('\'')});
        }
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), args);
        QVERIFY(ssh.waitForFinished(120000));
        QVERIFY2(ssh.exitCode() == 0, qPrintable(QString::fromLocal8Bit(ssh.readAllStandardError())));
        const QStringList lines =
            QString::fromUtf8(ssh.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), vcn);
        QCOMPARE(lines.value(1), driver);
        qInfo("%s: NIC driver %s", qPrintable(vcn), qPrintable(lines.value(1).section(QLatin1Char('/'), -1)));
    }
    const Ran down = vocctl(QStringList{QStringLiteral("down"), file} + commonArgs());
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    verifyNothingLeft(QStringLiteral("demo"));
    QCOMPARE(fileSha256(head->disk).valueOr({}), head->sha256);
}

void TestLocalRunE2e::cleanupTestCase()
{
    m_connection.reset();
}

VOC_E2E_MAIN(TestLocalRunE2e)

#include "tst_localrun_e2e.moc"
