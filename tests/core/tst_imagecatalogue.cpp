// SPDX-License-Identifier: GPL-3.0-or-later
// Image inspection with the real qemu-img (qcow2, raw, vmdk, overlays, missing files), the catalogue
// file's round trip, build-vcn-image manifests, and checksum verification.
#include "images/checksumjob.h"
#include "images/imagecatalogue.h"
#include "images/imageinfo.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

Q_DECLARE_METATYPE(voc::ImageInfo)

namespace {

using voc::test::sha256Of;

// The expected error code of a row that should succeed (ErrorCode's first value is 0).
constexpr int success = -1;

bool qemuImg(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("qemu-img"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

bool createImage(const QString& format, const QString& path, const QString& size, const QString& backing = {})
{
    QStringList arguments{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format};
    if (!backing.isEmpty())
        arguments << QStringLiteral("-F") << QStringLiteral("qcow2") << QStringLiteral("-b") << backing;
    arguments << path;
    if (!size.isEmpty())
        arguments << size;
    return qemuImg(arguments);
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

ImageInfo sampleEntry(const QString& path, BootMode mode)
{
    ImageInfo info;
    info.path = path;
    info.format = QStringLiteral("qcow2");
    info.sizeBytes = 196624;
    info.virtualSizeBytes = qint64(5) * 1024 * 1024 * 1024; // beyond 32 bits
    info.sha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    info.bootMode = mode;
    if (mode == BootMode::Kernel) {
        info.kernel = path + QStringLiteral(".vmlinuz");
        info.initrd = path + QStringLiteral(".initrd");
        info.cmdline = QStringLiteral("root=/dev/vda rw console=ttyS0");
        info.role = QStringLiteral("compute");
    }
    return info;
}

} // namespace

class TestImageCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inspect_data();
    void inspect();
    void roundTrip_data();
    void roundTrip();
    void loadErrors_data();
    void loadErrors();
    void addFindRemove();
    void manifest_data();
    void manifest();
    void verify_data();
    void verify();

private:
    QTemporaryDir m_dir;
};

void TestImageCatalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty())
        QFAIL("qemu-img is missing: run scripts/setup");
}

void TestImageCatalogue::inspect_data()
{
    QTest::addColumn<QString>("setup"); // how the file is made
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("virtualSize");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("whatContains");

    QTest::newRow("qcow2") << QStringLiteral("qcow2") << true << QStringLiteral("qcow2")
                           << qint64(64) * 1024 * 1024 << 0 << QString();
    QTest::newRow("raw") << QStringLiteral("raw") << true << QStringLiteral("raw") << qint64(3) * 1024 * 1024
                         << 0 << QString();
    QTest::newRow("vmdk rejected") << QStringLiteral("vmdk") << false << QString() << qint64(0)
                                   << int(ErrorCode::UnsupportedFormat) << QStringLiteral("vmdk");
    QTest::newRow("missing") << QStringLiteral("missing") << false << QString() << qint64(0)
                             << int(ErrorCode::NotFound) << QString();
    QTest::newRow("a folder") << QStringLiteral("folder") << false << QString() << qint64(0)
                              << int(ErrorCode::Io) << QString();
    QTest::newRow("overlay rejected") << QStringLiteral("backed") << false << QString() << qint64(0)
                                      << int(ErrorCode::InvalidInput) << QStringLiteral("base.qcow2");
    QTest::newRow("overlay on a missing base")
        << QStringLiteral("backed-orphan") << false << QString() << qint64(0) << int(ErrorCode::InvalidInput)
        << QStringLiteral("gone.qcow2");
}

void TestImageCatalogue::inspect()
{
    QFETCH(QString, setup);
    QFETCH(bool, ok);
    QFETCH(QString, format);
    QFETCH(qint64, virtualSize);
    QFETCH(int, code);
    QFETCH(QString, whatContains);

    const QString dir = m_dir.filePath(QStringLiteral("inspect-") + setup);
    QVERIFY(QDir().mkpath(dir));
    QString path = dir + QStringLiteral("/image.") + setup;
    if (setup == QLatin1String("qcow2")) {
        QVERIFY(createImage(setup, path, QStringLiteral("64M")));
    } else if (setup == QLatin1String("raw")) {
        QVERIFY(createImage(setup, path, QStringLiteral("3M")));
    } else if (setup == QLatin1String("vmdk")) {
        QVERIFY(createImage(setup, path, QStringLiteral("16M")));
    } else if (setup == QLatin1String("folder")) {
        path = dir;
    } else if (setup == QLatin1String("backed")) {
        const QString base = dir + QStringLiteral("/base.qcow2");
        QVERIFY(createImage(QStringLiteral("qcow2"), base, QStringLiteral("16M")));
        QVERIFY(createImage(QStringLiteral("qcow2"), path, QString(), base));
    } else if (setup == QLatin1String("backed-orphan")) {
        const QString base = dir + QStringLiteral("/gone.qcow2");
        QVERIFY(createImage(QStringLiteral("qcow2"), base, QStringLiteral("16M")));
        QVERIFY(createImage(QStringLiteral("qcow2"), path, QString(), base));
        QVERIFY(QFile::remove(base));
    }

    const Result<ImageInfo> info = inspectImage(path);
    QCOMPARE(info.ok(), ok);
    if (ok) {
        QCOMPARE(info->path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(info->format, format);
        QCOMPARE(info->virtualSizeBytes, virtualSize);
        QVERIFY(info->sizeBytes > 0);
        QVERIFY(info->sizeBytes <= QFileInfo(path).size() + 4096);
        QVERIFY(info->sha256.isEmpty());
        QCOMPARE(toString(info->bootMode), toString(BootMode::Disk));
    } else {
        QCOMPARE(int(info.error().code), code);
        QCOMPARE(info.error().where, QFileInfo(path).absoluteFilePath());
        QVERIFY2(info.error().what.contains(whatContains), qPrintable(info.error().toString()));
        QVERIFY(!info.error().hint.isEmpty());
    }
}

void TestImageCatalogue::roundTrip_data()
{
    QTest::addColumn<QList<ImageInfo>>("entries");

    const QString dir = m_dir.filePath(QStringLiteral("images"));
    QTest::newRow("empty") << QList<ImageInfo>{};
    QTest::newRow("one disk image") << QList<ImageInfo>{
        sampleEntry(dir + QStringLiteral("/a.qcow2"), BootMode::Disk)};
    QTest::newRow("disk and kernel boot")
        << QList<ImageInfo>{sampleEntry(dir + QStringLiteral("/a.qcow2"), BootMode::Disk),
                            sampleEntry(dir + QStringLiteral("/b \"quoted\" ü.qcow2"), BootMode::Kernel)};
}

void TestImageCatalogue::roundTrip()
{
    QFETCH(QList<ImageInfo>, entries);

    const QString file = m_dir.filePath(
        QStringLiteral("roundtrip/%1/images.json").arg(QLatin1String(QTest::currentDataTag())));
    ImageCatalogue catalogue(file);
    for (const ImageInfo& entry : entries)
        QVERIFY(catalogue.add(entry).ok());
    const Status saved = catalogue.save();
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(QLatin1String("format")).toString(), QStringLiteral("vocstudio-images/1"));

    ImageCatalogue loaded(file);
    const Status status = loaded.load();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(loaded.entries(), entries);
}

void TestImageCatalogue::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");

    QTest::newRow("not JSON") << QByteArray("{ images: ") << int(ErrorCode::Parse);
    QTest::newRow("newer format") << QByteArray(R"({"format": "vocstudio-images/2", "images": []})")
                                  << int(ErrorCode::UnsupportedFormat);
    QTest::newRow("no format") << QByteArray(R"({"images": []})") << int(ErrorCode::UnsupportedFormat);
    QTest::newRow("entry without path")
        << QByteArray(R"({"format": "vocstudio-images/1", "images": [{"format": "qcow2"}]})")
        << int(ErrorCode::Parse);
    QTest::newRow("bad boot mode")
        << QByteArray(R"({"format": "vocstudio-images/1", "images": [{"path": "/a", "bootMode": "pxe"}]})")
        << int(ErrorCode::Parse);
}

void TestImageCatalogue::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);

    const QString file =
        m_dir.filePath(QStringLiteral("bad-%1.json").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(writeText(file, content));
    ImageCatalogue catalogue(file);
    QVERIFY(catalogue.add(sampleEntry(QStringLiteral("/kept.qcow2"), BootMode::Disk)).ok());
    const Status status = catalogue.load();
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code), code);
    QVERIFY(status.error().where.startsWith(file));
    QCOMPARE(catalogue.entries().size(), 1); // a failed load keeps what was there

    ImageCatalogue missing(m_dir.filePath(QStringLiteral("never-written.json")));
    QVERIFY(missing.load().ok());
    QVERIFY(missing.entries().isEmpty());
}

void TestImageCatalogue::addFindRemove()
{
    ImageCatalogue catalogue(m_dir.filePath(QStringLiteral("afr.json")));
    const QString relative = QStringLiteral("some/dir/../image.qcow2");
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(relative));
    QVERIFY(catalogue.add(sampleEntry(relative, BootMode::Disk)).ok());
    QCOMPARE(catalogue.entries().first().path, absolute);
    QVERIFY(catalogue.find(absolute).has_value());
    QVERIFY(catalogue.find(QStringLiteral("some/image.qcow2")).has_value());
    QVERIFY(!catalogue.find(QStringLiteral("/elsewhere.qcow2")).has_value());

    const Status twice = catalogue.add(sampleEntry(absolute, BootMode::Disk));
    QVERIFY(!twice.ok());
    QCOMPARE(int(twice.error().code), int(ErrorCode::Conflict));
    QCOMPARE(twice.error().where, absolute);

    ImageInfo updated = sampleEntry(absolute, BootMode::Kernel);
    catalogue.replace(updated);
    QCOMPARE(catalogue.entries().size(), 1);
    QCOMPARE(toString(catalogue.find(absolute)->bootMode), toString(BootMode::Kernel));

    QVERIFY(!catalogue.remove(QStringLiteral("/elsewhere.qcow2")));
    QVERIFY(catalogue.remove(relative));
    QVERIFY(catalogue.entries().isEmpty());
}

void TestImageCatalogue::manifest_data()
{
    QTest::addColumn<QString>("change"); // what is wrong with the manifest, if anything
    QTest::addColumn<int>("code");

    QTest::newRow("valid, absolute paths") << QString() << success;
    QTest::newRow("valid, relative paths") << QStringLiteral("relative") << success;
    QTest::newRow("kernel missing") << QStringLiteral("no-kernel-file") << int(ErrorCode::NotFound);
    QTest::newRow("other format") << QStringLiteral("format") << int(ErrorCode::UnsupportedFormat);
    QTest::newRow("vmdk disk") << QStringLiteral("vmdk") << int(ErrorCode::UnsupportedFormat);
    QTest::newRow("bad sha256") << QStringLiteral("sha") << int(ErrorCode::Parse);
    QTest::newRow("not JSON") << QStringLiteral("garbage") << int(ErrorCode::Parse);
    QTest::newRow("no manifest") << QStringLiteral("absent") << int(ErrorCode::NotFound);
}

void TestImageCatalogue::manifest()
{
    QFETCH(QString, change);
    QFETCH(int, code);

    const QString dir =
        m_dir.filePath(QStringLiteral("manifest-%1").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(QDir().mkpath(dir));
    const QString disk = dir + QStringLiteral("/disk.qcow2");
    QVERIFY(createImage(QStringLiteral("qcow2"), disk, QStringLiteral("64M")));
    QVERIFY(writeText(dir + QStringLiteral("/vmlinuz"), "kernel"));
    QVERIFY(writeText(dir + QStringLiteral("/initrd.img"), "initrd"));
    const QString sha = sha256Of(disk);
    const bool relative = change == QLatin1String("relative");
    const auto pathOf = [&](const QString& name) { return relative ? name : dir + QLatin1Char('/') + name; };

    QJsonObject json{
        {QStringLiteral("format"), change == QLatin1String("format")
                                       ? QStringLiteral("vocstudio-image-manifest/9")
                                       : QStringLiteral("vocstudio-image-manifest/1")},
        {QStringLiteral("role"), QStringLiteral("compute")},
        {QStringLiteral("diskFormat"),
         change == QLatin1String("vmdk") ? QStringLiteral("vmdk") : QStringLiteral("qcow2")},
        {QStringLiteral("disk"), pathOf(QStringLiteral("disk.qcow2"))},
        {QStringLiteral("kernel"), pathOf(QStringLiteral("vmlinuz"))},
        {QStringLiteral("initrd"), pathOf(QStringLiteral("initrd.img"))},
        {QStringLiteral("cmdline"), QStringLiteral("root=/dev/vda rw console=ttyS0 loglevel=6")},
        {QStringLiteral("bootMode"), QStringLiteral("kernel")},
        {QStringLiteral("sha256"), change == QLatin1String("sha") ? QStringLiteral("not-a-checksum") : sha},
        {QStringLiteral("sizeBytes"), double(QFileInfo(disk).size())},
        {QStringLiteral("virtualSizeBytes"), double(64 * 1024 * 1024)},
        {QStringLiteral("recipeHash"), QStringLiteral("0123456789abcdef")},
        {QStringLiteral("buildTime"), QStringLiteral("2025-05-20T10:00:00Z")},
    };
    if (change == QLatin1String("no-kernel-file"))
        QVERIFY(QFile::remove(dir + QStringLiteral("/vmlinuz")));
    const QString manifestPath = dir + QStringLiteral("/manifest.json");
    if (change == QLatin1String("garbage"))
        QVERIFY(writeText(manifestPath, "{\"format\": "));
    else if (change != QLatin1String("absent"))
        QVERIFY(writeText(manifestPath, QJsonDocument(json).toJson()));

    const Result<ImageInfo> info = loadManifest(manifestPath);
    if (code != success) {
        QVERIFY(!info.ok());
        QCOMPARE(int(info.error().code), code);
        QVERIFY2(info.error().where.startsWith(dir), qPrintable(info.error().toString()));
        return;
    }
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->path, disk);
    QCOMPARE(info->format, QStringLiteral("qcow2"));
    QCOMPARE(info->sha256, sha);
    QCOMPARE(info->virtualSizeBytes, qint64(64) * 1024 * 1024);
    QCOMPARE(info->sizeBytes, QFileInfo(disk).size());
    QCOMPARE(toString(info->bootMode), toString(BootMode::Kernel));
    QCOMPARE(info->kernel, dir + QStringLiteral("/vmlinuz"));
    QCOMPARE(info->initrd, dir + QStringLiteral("/initrd.img"));
    QCOMPARE(info->cmdline, QStringLiteral("root=/dev/vda rw console=ttyS0 loglevel=6"));
    QCOMPARE(info->role, QStringLiteral("compute"));

    // What the manifest says agrees with the file itself.
    const Result<ImageInfo> inspected = inspectImage(disk);
    QVERIFY(inspected.ok());
    QCOMPARE(inspected->virtualSizeBytes, info->virtualSizeBytes);
    QCOMPARE(inspected->format, info->format);
    QVERIFY(ImageCatalogue::verify(*info).ok());

    const ImageRef ref = toImageRef(*info);
    QCOMPARE(ref.path, disk);
    QCOMPARE(ref.sha256, sha);
    QCOMPARE(toString(ref.bootMode), toString(BootMode::Kernel));
    QCOMPARE(ref.kernel, info->kernel);
}

void TestImageCatalogue::verify_data()
{
    QTest::addColumn<QString>("change"); // done to the file after its checksum was recorded
    QTest::addColumn<int>("code");

    QTest::newRow("unchanged") << QString() << success;
    QTest::newRow("one byte changed") << QStringLiteral("flip") << int(ErrorCode::InvalidInput);
    QTest::newRow("grown") << QStringLiteral("append") << int(ErrorCode::InvalidInput);
    QTest::newRow("removed") << QStringLiteral("remove") << int(ErrorCode::NotFound);
    QTest::newRow("no checksum recorded") << QStringLiteral("unrecorded") << int(ErrorCode::InvalidInput);
}

void TestImageCatalogue::verify()
{
    QFETCH(QString, change);
    QFETCH(int, code);

    const QString path =
        m_dir.filePath(QStringLiteral("verify-%1.qcow2").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(createImage(QStringLiteral("qcow2"), path, QStringLiteral("8M")));
    Result<ImageInfo> info = inspectImage(path);
    QVERIFY(info.ok());
    ChecksumJob job(path);
    job.exec();
    const QString recorded = job.result()->value();
    QCOMPARE(recorded, sha256Of(path));
    info->sha256 = change == QLatin1String("unrecorded") ? QString() : recorded;

    QFile file(path);
    if (change == QLatin1String("flip")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(100));
        QVERIFY(file.putChar(char(byte ^ 0x20)));
        file.close();
    } else if (change == QLatin1String("append")) {
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("x") == 1);
        file.close();
    } else if (change == QLatin1String("remove")) {
        QVERIFY(file.remove());
    }

    const Status status = ImageCatalogue::verify(*info);
    if (code == success) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code), code);
    QCOMPARE(status.error().where, path);
    if (change == QLatin1String("flip") || change == QLatin1String("append")) {
        // Both checksums, so the user sees which is which.
        QVERIFY(status.error().what.contains(recorded));
        QVERIFY(status.error().what.contains(sha256Of(path)));
        QVERIFY(recorded != sha256Of(path));
    }
}

QTEST_GUILESS_MAIN(TestImageCatalogue)
#include "tst_imagecatalogue.moc"
