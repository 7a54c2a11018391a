// SPDX-License-Identifier: GPL-3.0-or-later
// Storage volumes against a real, private libvirtd (tests/e2e/libvirt-sandbox) with a dir pool:
// sparse and dense uploads arrive byte for byte, a sparse one stays sparse on the host, a cancelled
// upload leaves no volume, an overlay volume records its backing file and format, names conflict.
#include "sandboxmain.h"
#include "sandboxpool.h"
#include "virt/libvirthypervisor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace voc;

namespace {

const QString poolName = QStringLiteral("vocstorage-pool");
constexpr qint64 MiB = 1024 * 1024;

struct Extent
{
    qint64 offset;
    qint64 length;
};
using Extents = QList<Extent>;

// A file of `size` bytes holding random data only in `extents`; the rest are holes.
bool makeSparseFile(const QString& path, qint64 size, const Extents& extents)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::ftruncate(fd, off_t(size)) < 0)
        return false;
    bool ok = true;
    for (const Extent& extent : extents) {
        QByteArray data(extent.length, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        for (qint64 i = data.size() / 4 * 4; i < data.size(); ++i)
            data[i] = char(0x5a);
        ok = ok &&
             ::pwrite(fd, data.constData(), std::size_t(data.size()), off_t(extent.offset)) == data.size();
    }
    return ::close(fd) == 0 && ok;
}

qint64 allocatedBytes(const QString& path)
{
    struct stat status = {};
    return ::stat(path.toLocal8Bit().constData(), &status) == 0 ? qint64(status.st_blocks) * 512 : -1;
}

bool sameContent(const QString& a, const QString& b)
{
    return QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), a, b}) == 0;
}

QString text(const Error& error)
{
    return error.toString();
}

} // namespace

class TestLibvirtStorageE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upload_data();
    void upload();
    void cancelLeavesNoVolume();
    void uploadToTakenNameKeepsTheOldVolume();
    void volumeCallsDuringVolumeBuilds();
    void overlayVolume_data();
    void overlayVolume();
    void listAndMissing();
    void cleanupTestCase();

private:
    std::unique_ptr<HypervisorConnection> m_connection;
    QTemporaryDir m_dir;
    QString m_poolPath;
};

void TestLibvirtStorageE2e::initTestCase()
{
    if (const QString why = e2e::sandboxSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    m_poolPath = m_dir.filePath(QStringLiteral("pool"));
    QCOMPARE(e2e::createDirPool(poolName, m_poolPath), QString());
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : text(connection.error())));
    m_connection = std::move(connection).value();
}

void TestLibvirtStorageE2e::upload_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<Extents>("extents");
    QTest::addColumn<bool>("sparse");

    // Unaligned extents and a trailing hole: the host file must still end at the right size.
    const Extents three{{0, 1 * MiB}, {100 * MiB + 4097, 3 * MiB + 123}, {200 * MiB, 2 * MiB}};
    QTest::newRow("sparse, 256 MiB, 3 extents") << 256 * MiB << three << true;
    QTest::newRow("dense, 256 MiB, 3 extents") << 256 * MiB << three << false;
    QTest::newRow("sparse, ends with data") << 64 * MiB << Extents{{10 * MiB, MiB}, {63 * MiB, MiB}} << true;
    QTest::newRow("sparse, all holes") << 32 * MiB << Extents{} << true;
    QTest::newRow("sparse, small file") << qint64(1000) << Extents{{0, 1000}} << true;
    QTest::newRow("dense, one byte") << qint64(1) << Extents{{0, 1}} << false;
}

void TestLibvirtStorageE2e::upload()
{
    QFETCH(qint64, size);
    QFETCH(Extents, extents);
    QFETCH(bool, sparse);

    const QString source = m_dir.filePath(QStringLiteral("source.img"));
    QVERIFY(makeSparseFile(source, size, extents));
    qint64 dataBytes = 0;
    for (const Extent& extent : extents)
        dataBytes += extent.length;

    const QString name = QStringLiteral("upload.raw");
    qint64 lastDone = -1;
    int calls = 0;
    bool monotonic = true;
    const Result<VolumeInfo> volume = m_connection->uploadVolume(
        poolName, name, source, QStringLiteral("raw"), sparse, [&](qint64 done, qint64 total) {
            monotonic = monotonic && done > lastDone && total == size;
            lastDone = done;
            ++calls;
            return true;
        });
    QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : text(volume.error())));
    QVERIFY(monotonic);
    QCOMPARE(lastDone, size);
    // Blocks of megabytes, not libvirt's 256 KiB: few progress calls per byte.
    QVERIFY2(calls <= size / MiB + 2 * extents.size() + 4, qPrintable(QString::number(calls)));

    QCOMPARE(volume->name, name);
    QCOMPARE(volume->pool, poolName);
    QCOMPARE(volume->format, QStringLiteral("raw"));
    QCOMPARE(volume->path, QDir(m_poolPath).filePath(name));
    QCOMPARE(volume->capacityBytes, size);
    QCOMPARE(QFileInfo(volume->path).size(), size);
    QVERIFY2(sameContent(source, volume->path), "the pool file differs from the source");

    const qint64 allocated = allocatedBytes(volume->path);
    if (sparse)
        QVERIFY2(
            allocated <= dataBytes + 2 * MiB,
            qPrintable(QStringLiteral("%1 bytes allocated for %2 of data").arg(allocated).arg(dataBytes)));
    else if (size >= MiB)
        QVERIFY2(allocated >= size - MiB,
                 qPrintable(QStringLiteral("dense upload allocated only %1").arg(allocated)));

    QVERIFY(m_connection->deleteVolume(poolName, name).ok());
    QVERIFY(!QFile::exists(volume->path));
    const Result<std::optional<VolumeInfo>> gone = m_connection->findVolume(poolName, name);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
}

void TestLibvirtStorageE2e::cancelLeavesNoVolume()
{
    const QString source = m_dir.filePath(QStringLiteral("cancel.img"));
    QVERIFY(makeSparseFile(source, 128 * MiB, {{0, 64 * MiB}}));
    for (const bool sparse : {true, false}) {
        qint64 stoppedAt = 0;
        const Result<VolumeInfo> volume =
            m_connection->uploadVolume(poolName, QStringLiteral("cancelled.raw"), source,
                                       QStringLiteral("raw"), sparse, [&](qint64 done, qint64) {
                                           stoppedAt = done;
                                           return done < 16 * MiB;
                                       });
        QVERIFY(!volume.ok());
        QCOMPARE(volume.error().code, ErrorCode::Cancelled);
        QVERIFY(stoppedAt >= 16 * MiB && stoppedAt < 64 * MiB);
        const Result<std::optional<VolumeInfo>> found =
            m_connection->findVolume(poolName, QStringLiteral("cancelled.raw"));
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
        QVERIFY(QDir(m_poolPath).isEmpty());
    }
    // A missing local file fails before anything is created.
    const Result<VolumeInfo> missing = m_connection->uploadVolume(poolName, QStringLiteral("missing.raw"),
                                                                  m_dir.filePath(QStringLiteral("nope.img")),
                                                                  QStringLiteral("raw"), true, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(QDir(m_poolPath).isEmpty());
}

void TestLibvirtStorageE2e::uploadToTakenNameKeepsTheOldVolume()
{
    const QString first = m_dir.filePath(QStringLiteral("first.img"));
    const QString second = m_dir.filePath(QStringLiteral("second.img"));
    QVERIFY(makeSparseFile(first, 4 * MiB, {{0, MiB}}));
    QVERIFY(makeSparseFile(second, 4 * MiB, {{MiB, MiB}}));
    const Result<VolumeInfo> volume = m_connection->uploadVolume(poolName, QStringLiteral("taken.raw"), first,
                                                                 QStringLiteral("raw"), true, {});
    QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : text(volume.error())));
    const Result<VolumeInfo> again = m_connection->uploadVolume(poolName, QStringLiteral("taken.raw"), second,
                                                                QStringLiteral("raw"), true, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(sameContent(first, volume->path));
    QVERIFY(m_connection->deleteVolume(poolName, QStringLiteral("taken.raw")).ok());
    const Status twice = m_connection->deleteVolume(poolName, QStringLiteral("taken.raw"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::NotFound);
}

void TestLibvirtStorageE2e::volumeCallsDuringVolumeBuilds()
{
    // libvirtd refuses to refresh a pool while it builds a volume in it (an asynchronous job: the
    // qemu-img of an overlay, the allocation of an upload's volume); a deployment lists and finds
    // volumes on one thread while another creates overlays and uploads on the same host.
    const QString base = m_dir.filePath(QStringLiteral("base.img"));
    QVERIFY(makeSparseFile(base, 4 * MiB, {{0, MiB}}));
    const Result<VolumeInfo> baseVolume = m_connection->uploadVolume(poolName, QStringLiteral("base.raw"),
                                                                     base, QStringLiteral("raw"), true, {});
    QVERIFY2(baseVolume.ok(), qPrintable(baseVolume.ok() ? QString() : text(baseVolume.error())));
    constexpr int overlays = 40;
    std::atomic<bool> building{true};
    QStringList buildFailures;
    std::thread builder([&] {
        for (int i = 0; i < overlays && buildFailures.isEmpty(); ++i) {
            const QString name = QStringLiteral("busy-%1.qcow2").arg(i);
            const Result<VolumeInfo> overlay =
                m_connection->createOverlayVolume(poolName, name, baseVolume->path, QStringLiteral("raw"), 0);
            if (!overlay)
                buildFailures.append(name + QStringLiteral(": ") + text(overlay.error()));
        }
        building = false;
    });
    QStringList failures;
    int calls = 0;
    while (building.load()) {
        const Result<QList<VolumeInfo>> listed = m_connection->listVolumes(poolName, QStringLiteral("base"));
        if (!listed || listed->size() != 1)
            failures.append(QStringLiteral("list: ") +
                            (listed ? QString::number(listed->size()) : text(listed.error())));
        const Result<std::optional<VolumeInfo>> found =
            m_connection->findVolume(poolName, QStringLiteral("base.raw"));
        if (!found || !found->has_value())
            failures.append(QStringLiteral("find: ") +
                            (found ? QStringLiteral("missing") : text(found.error())));
        calls += 2;
    }
    builder.join();
    qInfo("%d list/find calls while %d overlays were built", calls, overlays);
    QVERIFY(calls > 0);
    QVERIFY2(buildFailures.isEmpty(), qPrintable(buildFailures.join(QStringLiteral("; "))));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QStringLiteral("; "))));
    // Once the builds are done the pool refreshes again and lists every overlay.
    const Result<QList<VolumeInfo>> all = m_connection->listVolumes(poolName, QStringLiteral("busy-"));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), overlays);
    for (int i = 0; i < overlays; ++i)
        QVERIFY(m_connection->deleteVolume(poolName, QStringLiteral("busy-%1.qcow2").arg(i)).ok());
    QVERIFY(m_connection->deleteVolume(poolName, QStringLiteral("base.raw")).ok());
}

void TestLibvirtStorageE2e::overlayVolume_data()
{
    QTest::addColumn<QString>("baseFormat");
    QTest::addColumn<qint64>("capacity");
    QTest::newRow("on qcow2, backing size") << QStringLiteral("qcow2") << qint64(0);
    QTest::newRow("on raw, larger") << QStringLiteral("raw") << 128 * MiB;
}

void TestLibvirtStorageE2e::overlayVolume()
{
    QFETCH(QString, baseFormat);
    QFETCH(qint64, capacity);

    const QString source = m_dir.filePath(QStringLiteral("base.") + baseFormat);
    QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                               {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                baseFormat, source, QStringLiteral("64M")}),
             0);
    const QString baseName = QStringLiteral("vocimg-base.") + baseFormat;
    const Result<VolumeInfo> base =
        m_connection->uploadVolume(poolName, baseName, source, baseFormat, true, {});
    QVERIFY2(base.ok(), qPrintable(base.ok() ? QString() : text(base.error())));
    QCOMPARE(base->format, baseFormat);
    QVERIFY(sameContent(source, base->path));

    const QString name = QStringLiteral("vcn-overlay.qcow2");
    const Result<VolumeInfo> overlay =
        m_connection->createOverlayVolume(poolName, name, base->path, baseFormat, capacity);
    QVERIFY2(overlay.ok(), qPrintable(overlay.ok() ? QString() : text(overlay.error())));
    QCOMPARE(overlay->format, QStringLiteral("qcow2"));

    QProcess info;
    info.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"),
                                            QStringLiteral("--output=json"), overlay->path});
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("qcow2"));
    QCOMPARE(json.value(QLatin1String("backing-filename")).toString(), base->path);
    QCOMPARE(json.value(QLatin1String("backing-filename-format")).toString(), baseFormat);
    QCOMPARE(qint64(json.value(QLatin1String("virtual-size")).toDouble()),
             capacity > 0 ? capacity : 64 * MiB);

    const Result<VolumeInfo> taken =
        m_connection->createOverlayVolume(poolName, name, base->path, baseFormat, capacity);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::Conflict);

    QVERIFY(m_connection->deleteVolume(poolName, name).ok());
    QVERIFY(m_connection->deleteVolume(poolName, baseName).ok());
    QVERIFY(QDir(m_poolPath).isEmpty());
}

void TestLibvirtStorageE2e::listAndMissing()
{
    const QString source = m_dir.filePath(QStringLiteral("small.img"));
    QVERIFY(makeSparseFile(source, MiB, {{0, 4096}}));
    for (const QString& name :
         {QStringLiteral("vocimg-b"), QStringLiteral("vocimg-a"), QStringLiteral("other")})
        QVERIFY(m_connection->uploadVolume(poolName, name, source, QStringLiteral("raw"), true, {}).ok());
    // A file put there behind libvirt's back (another host of a shared pool) is seen after a refresh.
    QVERIFY(QFile::copy(source, QDir(m_poolPath).filePath(QStringLiteral("vocimg-c"))));

    const Result<QList<VolumeInfo>> listed = m_connection->listVolumes(poolName, QStringLiteral("vocimg-"));
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : text(listed.error())));
    QStringList names;
    for (const VolumeInfo& volume : *listed)
        names << volume.name;
    QCOMPARE(names, (QStringList{QStringLiteral("vocimg-a"), QStringLiteral("vocimg-b"),
                                 QStringLiteral("vocimg-c")}));
    QCOMPARE(m_connection->listVolumes(poolName).valueOr({}).size(), 4);

    const Result<QList<VolumeInfo>> noPool = m_connection->listVolumes(QStringLiteral("no-such-pool"));
    QVERIFY(!noPool.ok());
    QCOMPARE(noPool.error().code, ErrorCode::NotFound);
    QVERIFY(noPool.error().where.contains(QStringLiteral("no-such-pool")));
    const Result<std::optional<VolumeInfo>> noPoolFind =
        m_connection->findVolume(QStringLiteral("no-such-pool"), QStringLiteral("x"));
    QVERIFY(!noPoolFind.ok());
    QCOMPARE(noPoolFind.error().code, ErrorCode::NotFound);

    for (const QString& name : {QStringLiteral("vocimg-a"), QStringLiteral("vocimg-b"),
                                QStringLiteral("vocimg-c"), QStringLiteral("other")})
        QVERIFY(m_connection->deleteVolume(poolName, name).ok());
    QVERIFY(QDir(m_poolPath).isEmpty());
}

void TestLibvirtStorageE2e::cleanupTestCase()
{
    if (m_connection)
        e2e::destroyPool(poolName);
    m_connection.reset();
}

VOC_E2E_MAIN(TestLibvirtStorageE2e)
#include "tst_libvirtstorage_e2e.moc"
