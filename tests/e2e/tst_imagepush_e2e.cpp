// SPDX-License-Identifier: GPL-3.0-or-later
// ImagePushJob against a real, private libvirtd (tests/e2e/libvirt-sandbox) with a dir pool; the
// host is this machine, so the host-side SHA-256 runs through LocalShell. Proves: upload then skip,
// a corrupt volume of the image's name replaced, cancel leaves nothing, no shell -> trusted name, a
// checksum mismatch after the upload (a fake shell: no daemon corrupts data on demand) deletes the
// volume and names host and volume.
#include "images/imagepush.h"
#include "remote/localshell.h"
#include "sandboxmain.h"
#include "sandboxpool.h"
#include "testfiles.h"
#include "virt/libvirthypervisor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace voc;

namespace {

using voc::test::sha256Of;

const QString poolName = QStringLiteral("vocpush-pool");
constexpr qint64 MiB = 1024 * 1024;

// Answers sha256sum with a wrong checksum: what a corrupted transfer would look like.
class LyingShell final : public RemoteShell
{
public:
    QString host() const override { return QStringLiteral("liar"); }
    Result<RemoteCommandResult> run(const QStringList& command, const RemoteCommandOptions&) override
    {
        return RemoteCommandResult{0, QByteArray(64, 'e') + "  " + command.last().toUtf8() + '\n', {}};
    }
};

} // namespace

class TestImagePushE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadThenSkip();
    void corruptVolumeIsReplaced();
    void cancelLeavesNoVolume();
    void noShellTrustsTheName();
    void mismatchDeletesTheVolume();
    void cleanupTestCase();

private:
    ImagePushRequest request() const;
    bool poolEmpty() const { return QDir(m_poolPath).isEmpty(); }

    QTemporaryDir m_dir;
    QString m_poolPath;
    QString m_image;
    QString m_sha;
};

void TestImagePushE2e::initTestCase()
{
    if (const QString why = e2e::sandboxSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    m_poolPath = m_dir.filePath(QStringLiteral("pool"));
    QCOMPARE(e2e::createDirPool(poolName, m_poolPath), QString());
    // A raw image of 512 MiB holding 48 MiB of data in three extents.
    m_image = m_dir.filePath(QStringLiteral("image.raw"));
    const int fd = ::open(m_image.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::ftruncate(fd, 512 * MiB), 0);
    QByteArray block(16 * MiB, Qt::Uninitialized);
    for (const qint64 offset : {qint64(0), 200 * MiB, 400 * MiB + 512}) {
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = char((i * 131 + offset / MiB) % 251 + 1);
        QCOMPARE(::pwrite(fd, block.constData(), std::size_t(block.size()), off_t(offset)), block.size());
    }
    QCOMPARE(::close(fd), 0);
    m_sha = sha256Of(m_image);
    QCOMPARE(m_sha.size(), 64);
}

ImagePushRequest TestImagePushE2e::request() const
{
    ImagePushRequest request;
    request.imagePath = m_image;
    request.targets = {ImagePushTarget{QStringLiteral("local"), QStringLiteral("qemu:///system"), poolName}};
    return request;
}

void TestImagePushE2e::uploadThenSkip()
{
    ImagePushJob job(request()); // sha256 and format computed by the job
    QStringList texts;
    connect(&job, &Job::progress, this, [&](int, int, const QString& text) { texts << text; });
    job.exec();
    const Result<ImagePushResult> result = *job.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->sha256, m_sha);
    QCOMPARE(result->format, QStringLiteral("raw"));
    QCOMPARE(result->volumeName, imageVolumeName(m_sha, QStringLiteral("raw")));
    QCOMPARE(result->targets.size(), 1);
    const ImagePushTargetResult& pushed = result->targets.first();
    QVERIFY(pushed.uploaded);
    QVERIFY(pushed.verification == ImageVerification::HostSha256);
    QCOMPARE(pushed.bytes, 512 * MiB);
    QVERIFY(pushed.uploadSeconds > 0);
    QCOMPARE(sha256Of(pushed.volume.path), m_sha);
    // "local: 512 MiB of 512 MiB, 900 MiB/s, 0 s left"
    static const QRegularExpression line(
        QStringLiteral("^local: [0-9.]+ (bytes|KiB|MiB|GiB) of 512 MiB, [0-9]+ "
                       "MiB/s, [0-9]+ (s|min|h) left$"));
    QVERIFY(
        std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) { return line.match(t).hasMatch(); }));
    QVERIFY2(std::any_of(
                 texts.cbegin(), texts.cend(),
                 [](const QString& t) { return t.startsWith(QLatin1String("local: 512 MiB of 512 MiB, ")); }),
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.contains(QStringLiteral("local: checking the SHA-256 on the host")));

    ImagePushRequest again = request();
    again.sha256 = m_sha;
    ImagePushJob second(again);
    second.exec();
    const Result<ImagePushResult> skipped = *second.result();
    QVERIFY(skipped.ok());
    QVERIFY(!skipped->targets.first().uploaded);
    QVERIFY(skipped->targets.first().verification == ImageVerification::HostSha256);
    QCOMPARE(skipped->targets.first().volume.path, pushed.volume.path);
}

void TestImagePushE2e::corruptVolumeIsReplaced()
{
    const QString path = QDir(m_poolPath).filePath(imageVolumeName(m_sha, QStringLiteral("raw")));
    QVERIFY(QFile::exists(path));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(300 * MiB));
        QCOMPARE(file.write("corrupt"), qint64(7));
    }
    ImagePushRequest again = request();
    again.sha256 = m_sha;
    ImagePushJob job(again);
    job.exec();
    const Result<ImagePushResult> result = *job.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(result->targets.first().uploaded);
    QVERIFY(result->targets.first().replacedCorrupt);
    QCOMPARE(sha256Of(path), m_sha);

    LibvirtHypervisor hypervisor;
    auto connection = hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY(connection.ok());
    QVERIFY((*connection)->deleteVolume(poolName, result->volumeName).ok());
    QVERIFY(poolEmpty());
}

void TestImagePushE2e::cancelLeavesNoVolume()
{
    ImagePushRequest dense = request();
    dense.sha256 = m_sha;
    dense.sparse = false; // long enough to cancel in the middle
    ImagePushJob job(dense);
    int lastDone = 0;
    connect(&job, &Job::progress, this, [&](int done, int total, const QString&) {
        lastDone = done;
        if (total > 0 && done >= 64)
            job.cancel();
    });
    job.exec();
    const Result<ImagePushResult> result = *job.result();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY2(lastDone < 512, qPrintable(QString::number(lastDone)));
    QVERIFY(poolEmpty());
}

void TestImagePushE2e::noShellTrustsTheName()
{
    ImagePushRequest req = request();
    req.sha256 = m_sha;
    ImagePushJob job(req);
    job.setShellFactory([](const ImagePushTarget&) -> Result<std::unique_ptr<RemoteShell>> {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no shell"));
    });
    job.exec();
    const Result<ImagePushResult> result = *job.result();
    QVERIFY(result.ok());
    QVERIFY(result->targets.first().uploaded);
    QVERIFY(result->targets.first().verification == ImageVerification::TrustedName);
    QCOMPARE(sha256Of(result->targets.first().volume.path), m_sha);

    ImagePushJob skip(req);
    skip.setShellFactory([](const ImagePushTarget&) -> Result<std::unique_ptr<RemoteShell>> {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no shell"));
    });
    skip.exec();
    QVERIFY(skip.result()->ok());
    QVERIFY(!(*skip.result())->targets.first().uploaded);
    QVERIFY((*skip.result())->targets.first().verification == ImageVerification::TrustedName);

    LibvirtHypervisor hypervisor;
    auto connection = hypervisor.connect(QStringLiteral("qemu:///system"));
    QVERIFY(connection.ok());
    QVERIFY((*connection)->deleteVolume(poolName, result->volumeName).ok());
}

void TestImagePushE2e::mismatchDeletesTheVolume()
{
    ImagePushRequest req = request();
    req.sha256 = m_sha;
    ImagePushJob job(req);
    job.setShellFactory([](const ImagePushTarget&) -> Result<std::unique_ptr<RemoteShell>> {
        return std::unique_ptr<RemoteShell>(new LyingShell);
    });
    job.exec();
    const Result<ImagePushResult> result = *job.result();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::External);
    QVERIFY2(result.error().where.contains(QStringLiteral("local")) &&
                 result.error().where.contains(imageVolumeName(m_sha, QStringLiteral("raw"))),
             qPrintable(result.error().toString()));
    QVERIFY(poolEmpty());
}

void TestImagePushE2e::cleanupTestCase()
{
    if (!m_poolPath.isEmpty())
        e2e::destroyPool(poolName);
}

VOC_E2E_MAIN(TestImagePushE2e)
#include "tst_imagepush_e2e.moc"
