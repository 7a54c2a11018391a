// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt layer against a real, private libvirtd (tests/e2e/libvirt-sandbox): an isolated
// network with DHCP hosts, a transient TCG domain on a qcow2 overlay started paused, its serial
// console read live, and nothing left afterwards.
#include "model/design.h"
#include "model/plan.h"
#include "sandboxmain.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "virt/overlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace voc;

namespace {

const QString designName = QStringLiteral("e2e");

// A stock kernel prints "Linux version" first thing on ttyS0; no root file system is needed for that.
QString findKernel()
{
    const QString fromEnv = qEnvironmentVariable("VOC_E2E_KERNEL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QStringList kernels =
        QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")}, QDir::Files, QDir::Name);
    return kernels.isEmpty() ? QString() : QStringLiteral("/boot/") + kernels.last();
}

// What the console callbacks collect on the event loop thread.
struct ConsoleLog
{
    QMutex mutex;
    QByteArray bytes;
    int closedCount = 0;
    bool closedOk = false;

    QByteArray snapshot()
    {
        QMutexLocker lock(&mutex);
        return bytes;
    }
};

} // namespace

class TestLibvirtE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runOneVcn();
    void takenNameIsConflict();
    void leftoversAreSwept();
    void connectionLossIsReported();
    void cleanupTestCase();

private:
    std::unique_ptr<HypervisorConnection> m_connection;
    QTemporaryDir m_dir;
    Plan m_plan;
    QString m_base;
};

void TestLibvirtE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        QSKIP("run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");

    Design design = makeDefaultDesign(designName);
    design.roles[1].count = 2;
    Result<Plan> plan = planLocal(design);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    m_plan = *plan;
    QCOMPARE(m_plan.entries.size(), 3);

    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    m_connection = std::move(connection).value();

    // QEMU runs as its own user: it must reach the overlays through this folder.
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    m_base = m_dir.filePath(QStringLiteral("base.qcow2"));
    QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                               {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                QStringLiteral("qcow2"), m_base, QStringLiteral("64M")}),
             0);
}

void TestLibvirtE2e::runOneVcn()
{
    const QString netName = networkName(designName);
    const Result<QString> netXml = networkXml(m_plan, {.name = netName});
    QVERIFY(netXml.ok());
    const Result<QString> network = m_connection->createNetworkXml(*netXml);
    QVERIFY2(network.ok(), qPrintable(network.ok() ? QString() : network.error().toString()));
    QCOMPARE(m_connection->listNetworks(netName).valueOr({}), QStringList{netName});
    QVERIFY(QNetworkInterface::interfaceFromName(bridgeName(netName)).isValid());
    const Result<QList<DhcpLease>> leases = m_connection->networkDhcpLeases(netName);
    QVERIFY2(leases.ok(), qPrintable(leases.ok() ? QString() : leases.error().toString()));
    QVERIFY(leases->isEmpty()); // nothing has asked yet

    PlanEntry head = m_plan.entries.first();
    head.memoryMiB = 256;
    head.vcpus = 1;
    const QString kernel = findKernel();
    if (!kernel.isEmpty()) {
        head.image.bootMode = BootMode::Kernel;
        head.image.kernel = kernel;
        head.image.cmdline = QStringLiteral("console=ttyS0 earlyprintk=ttyS0");
    }
    OverlayStore store;
    const QString prefix = domainName(designName, QString());
    const Result<QString> overlay = store.createFor(head, m_base, m_dir.path(), prefix);
    QVERIFY2(overlay.ok(), qPrintable(overlay.ok() ? QString() : overlay.error().toString()));

    const QString name = domainName(designName, head.hostname);
    const QString serialLog =
        m_dir.filePath(QStringLiteral("serial-") + head.hostname + QStringLiteral(".log"));
    const Result<QString> xml = domainXml(head, {.name = name,
                                                 .designName = designName,
                                                 .accel = Acceleration::Tcg,
                                                 .overlayPath = *overlay,
                                                 .networkName = netName,
                                                 .serialLogPath = serialLog});
    QVERIFY(xml.ok());
    const Result<DomainInfo> domain = m_connection->createDomainXml(*xml, true);
    QVERIFY2(domain.ok(), qPrintable(domain.ok() ? QString() : domain.error().toString()));
    QCOMPARE(toString(m_connection->domainState(name).valueOr(DomainState::NoState)),
             toString(DomainState::Paused));

    auto log = std::make_shared<ConsoleLog>();
    Result<std::unique_ptr<Console>> console =
        m_connection->openConsole(name, {.onData =
                                             [log](const QByteArray& bytes) {
                                                 QMutexLocker lock(&log->mutex);
                                                 log->bytes += bytes;
                                             },
                                         .onClosed =
                                             [log](const Status& status) {
                                                 QMutexLocker lock(&log->mutex);
                                                 ++log->closedCount;
                                                 log->closedOk = status.ok();
                                             }});
    QVERIFY2(console.ok(), qPrintable(console.ok() ? QString() : console.error().toString()));
    QVERIFY((*console)->isOpen());
    QVERIFY(m_connection->resume(name).ok());
    QCOMPARE(toString(m_connection->domainState(name).valueOr(DomainState::NoState)),
             toString(DomainState::Running));

    if (kernel.isEmpty()) {
        qInfo("no kernel at hand (/boot/vmlinuz-* or VOC_E2E_KERNEL): checked that the domain runs only");
        QTest::qWait(2000);
        QCOMPARE(toString(m_connection->domainState(name).valueOr(DomainState::NoState)),
                 toString(DomainState::Running));
    } else {
        // The console attached before the first instruction, so the banner cannot have been missed.
        QTRY_VERIFY2_WITH_TIMEOUT(
            log->snapshot().contains("Linux version"),
            qPrintable(QStringLiteral("no kernel banner from %1 within 120 s; console: %2")
                           .arg(kernel, QString::fromUtf8(log->snapshot().right(400)))),
            120000);
        const QByteArray console = log->snapshot();
        const qsizetype at = console.indexOf("Linux version");
        qInfo("console: %s", console.mid(at, console.indexOf('\n', at) - at).trimmed().constData());
        // virtlogd keeps the same output in the serial log.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(serialLog);
                return file.open(QIODevice::ReadOnly) && file.readAll().contains("Linux version");
            }(),
            10000);

        // A reset starts the guest over on the same domain and console: a second banner follows.
        QVERIFY(m_connection->reset(name).ok());
        QCOMPARE(toString(m_connection->domainState(name).valueOr(DomainState::NoState)),
                 toString(DomainState::Running));
        QTRY_VERIFY2_WITH_TIMEOUT(log->snapshot().count("Linux version") >= 2,
                                  "no second kernel banner within 120 s of the reset", 120000);
    }
    const Status resetGone = m_connection->reset(QStringLiteral("voc-no-such-domain"));
    QVERIFY(!resetGone.ok());
    QVERIFY2(resetGone.error().where.contains(QLatin1String("voc-no-such-domain")),
             qPrintable(resetGone.error().toString()));

    QVERIFY(m_connection->destroy(name).ok());
    // The guest is gone: the daemon ends the console stream, and we hear of it once.
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            QMutexLocker lock(&log->mutex);
            return log->closedCount;
        }(),
        1, 10000);
    QVERIFY(!(*console)->isOpen());
    console->reset();

    QVERIFY(m_connection->destroyNetwork(netName).ok());
    QVERIFY(store.remove(*overlay).ok());

    QVERIFY(m_connection->listDomains(QStringLiteral("voc-")).valueOr({DomainInfo{}}).isEmpty());
    QVERIFY(m_connection->listNetworks(QStringLiteral("voc-")).valueOr({QStringLiteral("?")}).isEmpty());
    QVERIFY(!QNetworkInterface::interfaceFromName(bridgeName(netName)).isValid());
    QVERIFY(!QFile::exists(*overlay));
}

void TestLibvirtE2e::takenNameIsConflict()
{
    PlanEntry entry = m_plan.entries.at(1);
    entry.memoryMiB = 128;
    entry.vcpus = 1;
    const QString name = domainName(designName, entry.hostname);
    const QString netName = networkName(designName);
    QVERIFY(m_connection->createNetworkXml(*networkXml(m_plan, {.name = netName})).ok());
    const QString overlay = m_dir.filePath(QStringLiteral("taken.qcow2"));
    QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                               {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                QStringLiteral("qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"),
                                QStringLiteral("-b"), m_base, overlay}),
             0);
    const Result<QString> xml = domainXml(
        entry, {.name = name, .accel = Acceleration::Tcg, .overlayPath = overlay, .networkName = netName});
    QVERIFY(xml.ok());
    QVERIFY(m_connection->createDomainXml(*xml, true).ok());

    // Detaching from a live guest's console is silent, and the console can be taken again.
    auto closedCount = std::make_shared<std::atomic<int>>(0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<std::unique_ptr<Console>> console = m_connection->openConsole(
            name, {.onData = {}, .onClosed = [closedCount](const Status&) { ++*closedCount; }});
        QVERIFY2(console.ok(), qPrintable(console.ok() ? QString() : console.error().toString()));
        QVERIFY((*console)->isOpen());
        console->reset();
    }
    QTest::qWait(200);
    QCOMPARE(closedCount->load(), 0);

    const Result<DomainInfo> again = m_connection->createDomainXml(*xml, true);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().where, name);
    const Result<QString> netAgain = m_connection->createNetworkXml(*networkXml(m_plan, {.name = netName}));
    QVERIFY(!netAgain.ok());
    QCOMPARE(netAgain.error().code, ErrorCode::Conflict);

    QVERIFY(m_connection->destroy(name).ok());
    QVERIFY(m_connection->destroyNetwork(netName).ok());
    QFile::remove(overlay);
}

void TestLibvirtE2e::leftoversAreSwept()
{
    // Overlays of a "crashed run": one still backs a running domain and must survive the sweep.
    OverlayStore store;
    const QString prefix = domainName(QStringLiteral("sweep"), QString());
    const QString dir = m_dir.filePath(QStringLiteral("sweep"));
    QStringList overlays;
    for (const PlanEntry& entry : m_plan.entries) {
        const Result<QString> overlay = store.createFor(entry, m_base, dir, prefix);
        QVERIFY(overlay.ok());
        overlays.append(*overlay);
    }
    QFile::setPermissions(dir, QFile::permissions(m_dir.path()));
    PlanEntry running = m_plan.entries.first();
    running.memoryMiB = 128;
    running.vcpus = 1;
    const QString netName = networkName(QStringLiteral("sweep"));
    QVERIFY(m_connection->createNetworkXml(*networkXml(m_plan, {.name = netName})).ok());
    const QString name = domainName(QStringLiteral("sweep"), running.hostname);
    QVERIFY(m_connection
                ->createDomainXml(*domainXml(running, {.name = name,
                                                       .accel = Acceleration::Tcg,
                                                       .overlayPath = overlays.first(),
                                                       .networkName = netName}),
                                  true)
                .ok());

    const Result<QSet<QString>> inUse = OverlayStore::overlaysInUse(*m_connection, prefix);
    QVERIFY(inUse.ok());
    QCOMPARE(*inUse, QSet<QString>{overlays.first()});
    const Result<QStringList> removed = store.sweep(dir, prefix, *inUse);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, overlays.mid(1));
    QVERIFY(QFile::exists(overlays.first()));

    QVERIFY(m_connection->destroy(name).ok());
    QVERIFY(m_connection->destroyNetwork(netName).ok());
    QCOMPARE(store.sweep(dir, prefix, *OverlayStore::overlaysInUse(*m_connection, prefix))->size(), 1);
    QVERIFY(QDir(dir).isEmpty());
}

void TestLibvirtE2e::connectionLossIsReported()
{
    // Last on purpose: it stops the sandbox's daemon.
    QFile pidFile(QStringLiteral("/run/libvirt/libvirtd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(pid > 1);
    QSignalSpy closed(m_connection.get(), &HypervisorConnection::closed);
    QVERIFY(m_connection->isAlive());
    QCOMPARE(::kill(pid, SIGTERM), 0);
    // The signal comes from the event loop thread and may beat any wait() started after kill().
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 30000);
    QVERIFY(!closed.first().first().toString().isEmpty());
    QVERIFY(!m_connection->isAlive());
    const Result<QList<DomainInfo>> after = m_connection->listDomains();
    QVERIFY(!after.ok());
    QCOMPARE(after.error().code, ErrorCode::External);
}

void TestLibvirtE2e::cleanupTestCase()
{
    m_connection.reset();
}

VOC_E2E_MAIN(TestLibvirtE2e)

#include "tst_libvirt_e2e.moc"
