// SPDX-License-Identifier: GPL-3.0-or-later
// The tiny VCN image end to end: scripts/build-vcn-image builds it (and does not rebuild it), its
// manifest agrees with the file, and it boots under TCG in a private libvirtd
// (tests/e2e/libvirt-sandbox) with either NIC model (virtio, or the paper's e1000), taking its
// address and hostname from the plan's DHCP host entry, answering on port 22, while the base image
// stays byte-for-byte the same.
#include "images/checksumjob.h"
#include "images/imagecatalogue.h"
#include "images/imageinfo.h"
#include "model/design.h"
#include "model/plan.h"
#include "sandboxmain.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "virt/overlay.h"
#include "vspsandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace voc;

Q_DECLARE_METATYPE(voc::NicModel)

namespace {

const QString designName = QStringLiteral("img");

QString sha256Now(const QString& path)
{
    ChecksumJob job(path);
    job.exec();
    return job.result()->valueOr(QString());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestVcnImageE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestMatchesImage();
    void secondBuildIsCached();
    void tinyBootsWithDhcpHostname_data();
    void tinyBootsWithDhcpHostname();
    void cleanupTestCase();

private:
    std::unique_ptr<HypervisorConnection> m_connection;
    QTemporaryDir m_dir;
    QString m_manifest;
    ImageInfo m_image;
    QString m_domain;
};

void TestVcnImageE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        QSKIP("run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");

    // QEMU runs as its own user: it must reach the image and the overlays through this folder.
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
    QElapsedTimer timer;
    timer.start();
    const test::ProcessRun build = test::buildTinyImage(m_dir.filePath(QStringLiteral("cache")));
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    qInfo("tiny image built in %lld ms", timer.elapsed());
    m_manifest = test::printedValue(build.out, QStringLiteral("manifest"));
    QVERIFY2(QFileInfo(m_manifest).isFile(), qPrintable(build.out));
    QCOMPARE(test::printedValue(build.out, QStringLiteral("disk")),
             QFileInfo(m_manifest).absolutePath() + QStringLiteral("/disk.qcow2"));

    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
    m_connection = std::move(connection).value();
}

void TestVcnImageE2e::manifestMatchesImage()
{
    const Result<ImageInfo> info = loadManifest(m_manifest);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    m_image = *info;
    QCOMPARE(m_image.role, QStringLiteral("tiny"));
    QCOMPARE(toString(m_image.bootMode), toString(BootMode::Kernel));
    QVERIFY(m_image.cmdline.contains(QLatin1String("console=ttyS0")));

    const Result<ImageInfo> inspected = inspectImage(m_image.path);
    QVERIFY2(inspected.ok(), qPrintable(inspected.ok() ? QString() : inspected.error().toString()));
    QCOMPARE(inspected->format, m_image.format);
    QCOMPARE(inspected->virtualSizeBytes, m_image.virtualSizeBytes);
    QCOMPARE(sha256Now(m_image.path), m_image.sha256);

    ImageCatalogue catalogue(m_dir.filePath(QStringLiteral("data/images.json")));
    QVERIFY(catalogue.add(m_image).ok());
    QVERIFY(catalogue.save().ok());
    ImageCatalogue reloaded(catalogue.filePath());
    QVERIFY(reloaded.load().ok());
    QCOMPARE(reloaded.find(m_image.path), std::optional<ImageInfo>(m_image));
    QVERIFY(ImageCatalogue::verify(*reloaded.find(m_image.path)).ok());
}

void TestVcnImageE2e::secondBuildIsCached()
{
    const QDateTime before = QFileInfo(m_manifest).lastModified();
    const test::ProcessRun again = test::buildTinyImage(m_dir.filePath(QStringLiteral("cache")));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(test::printedValue(again.out, QStringLiteral("manifest")), m_manifest);
    QVERIFY2(again.err.contains(QLatin1String("up to date")), qPrintable(again.err));
    QCOMPARE(QFileInfo(m_manifest).lastModified(), before);
}

void TestVcnImageE2e::tinyBootsWithDhcpHostname_data()
{
    QTest::addColumn<NicModel>("nic");
    QTest::addColumn<QByteArray>("driver"); // the guest driver that must bind the NIC

    QTest::newRow("virtio: DHCP hostname and sshd banner") << NicModel::Virtio << QByteArray("virtio_net");
    // The paper's NIC: the image's generic kernel brings the e1000 driver (the cloud kernel has none).
    QTest::newRow("e1000: DHCP hostname and sshd banner") << NicModel::E1000 << QByteArray("e1000");
}

void TestVcnImageE2e::tinyBootsWithDhcpHostname()
{
    QFETCH(NicModel, nic);
    QFETCH(QByteArray, driver);
    QVERIFY2(!m_image.path.isEmpty(), "manifestMatchesImage failed");
    // Both NIC models' drivers went into the initramfs; a kernel without one fails the build instead.
    QVERIFY2(readAll(m_manifest).contains(QByteArray(" " + driver + ".ko")), readAll(m_manifest).constData());

    Design design = makeDefaultDesign(designName);
    Result<Plan> plan = planLocal(design);
    QVERIFY(plan.ok());
    PlanEntry entry = plan->entries.first();
    entry.memoryMiB = 256;
    entry.vcpus = 1;
    entry.nic = nic;
    entry.image = toImageRef(m_image);

    const QString netName = networkName(designName);
    // A row that failed returned early and left its domain and network: the next row starts clean.
    static_cast<void>(m_connection->destroy(domainName(designName, entry.hostname)));
    static_cast<void>(m_connection->destroyNetwork(netName));
    const Result<QString> network = m_connection->createNetworkXml(*networkXml(*plan, {.name = netName}));
    QVERIFY2(network.ok(), qPrintable(network.ok() ? QString() : network.error().toString()));

    OverlayStore store;
    const QString overlayDir = m_dir.filePath(QStringLiteral("overlays-%1").arg(toString(nic)));
    const Result<QString> overlay =
        store.createFor(entry, m_image.path, overlayDir, domainName(designName, {}));
    QVERIFY2(overlay.ok(), qPrintable(overlay.ok() ? QString() : overlay.error().toString()));
    QVERIFY(QFile::setPermissions(overlayDir, QFileInfo(m_dir.path()).permissions()));

    const QString name = domainName(designName, entry.hostname);
    m_domain = name;
    const QString serialLog = m_dir.filePath(QStringLiteral("serial-%1.log").arg(toString(nic)));
    const Result<QString> xml = domainXml(entry, {.name = name,
                                                  .designName = designName,
                                                  .accel = Acceleration::Tcg,
                                                  .overlayPath = *overlay,
                                                  .networkName = netName,
                                                  .serialLogPath = serialLog});
    QVERIFY(xml.ok());
    QElapsedTimer timer;
    timer.start();
    const Result<DomainInfo> domain = m_connection->createDomainXml(*xml, false);
    QVERIFY2(domain.ok(), qPrintable(domain.ok() ? QString() : domain.error().toString()));

    // VOC-ERROR ends the boot too: no need to wait out the timeout to see it fail.
    QTRY_VERIFY2_WITH_TIMEOUT(readAll(serialLog).contains("VOC-READY") ||
                                  readAll(serialLog).contains("VOC-ERROR"),
                              qPrintable(QString::fromUtf8(readAll(serialLog).right(800))), 180000);
    const QByteArray console = readAll(serialLog);
    qInfo("%s: VOC-READY after %lld ms", driver.constData(), timer.elapsed());
    QVERIFY(console.contains("Linux version"));
    QVERIFY(console.contains("VOC-INIT"));
    QVERIFY2(!console.contains("VOC-ERROR") && !console.contains("VOC-WARN"), console.right(800).constData());
    // The guest's NIC is the one the design asked for: that model's driver bound the interface.
    QVERIFY2(console.contains(QByteArray("VOC-NIC iface=eth0 driver=" + driver + "\r\n")),
             console.right(800).constData());
    const QByteArray net =
        QByteArray("VOC-NET ip=") + entry.ip.toLatin1() + " host=" + entry.hostname.toLatin1();
    QVERIFY2(console.contains(net), console.right(800).constData());
    QVERIFY(console.contains(QByteArray(QByteArray("VOC-READY host=") + entry.hostname.toLatin1())));
    QVERIFY(console.contains("VOC-DISK dev=/dev/vda"));
    // The image starts its listener just before it prints VOC-READY; binding may take a moment (on a
    // guest starved by a busy host, seconds: once 10 s were not enough).
    QTcpSocket socket;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            socket.abort();
            socket.connectToHost(entry.ip, 22);
            return socket.waitForConnected(1000);
        }(),
        qPrintable(
            QStringLiteral("%1:22: %2; console: %3")
                .arg(entry.ip, socket.errorString(), QString::fromUtf8(readAll(serialLog).right(400)))),
        30000);
    QTRY_VERIFY_WITH_TIMEOUT(socket.waitForReadyRead(100) || socket.canReadLine(), 10000);
    QCOMPARE(socket.readLine(), QByteArray("SSH-2.0-vocstudio-tiny\r\n"));

    QVERIFY(m_connection->destroy(name).ok());
    QVERIFY(m_connection->destroyNetwork(netName).ok());
    QVERIFY(store.remove(*overlay).ok());
    // Every write went to the overlay.
    QCOMPARE(sha256Now(m_image.path), m_image.sha256);
}

void TestVcnImageE2e::cleanupTestCase()
{
    // After a failed row; the sandbox would end them anyway, this keeps its log quiet.
    if (m_connection && !m_domain.isEmpty()) {
        static_cast<void>(m_connection->destroy(m_domain));
        static_cast<void>(m_connection->destroyNetwork(networkName(designName)));
    }
    m_connection.reset();
}

VOC_E2E_MAIN(TestVcnImageE2e)

#include "tst_vcnimage_e2e.moc"
