// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 of image files in 4 MiB blocks: digests checked against coreutils' sha256sum, progress
// once per block, cancel between blocks, missing and unreadable files.
#include "images/checksumjob.h"
#include "unprivileged.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <unistd.h>

using namespace voc;

namespace {

constexpr qint64 mib4 = qint64(4) * 1024 * 1024;

// The same bytes the reference digests were made from with sha256sum: byte i is (7i + 3) mod 251,
// a pattern that never repeats at a block boundary.
QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) % 251);
    return bytes;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

using Progress = QList<QPair<int, int>>;

Progress progressOf(const QSignalSpy& spy)
{
    Progress steps;
    for (const QList<QVariant>& args : spy)
        steps.append({args.at(0).toInt(), args.at(1).toInt()});
    return steps;
}

} // namespace

class TestChecksumJob : public QObject
{
    Q_OBJECT

private slots:
    void digest_data();
    void digest();
    void cancelMidway_data();
    void cancelMidway();
    void cancelBeforeStart();
    void runsOnPool();
    void failures_data();
    void failures();
};

void TestChecksumJob::digest_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<Progress>("progress");

    QTest::newRow("empty") << qint64(0)
                           << QStringLiteral(
                                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                           << Progress{{0, 0}};
    QTest::newRow("1 byte") << qint64(1)
                            << QStringLiteral(
                                   "084fed08b978af4d7d196a7446a86b58009e636b611db16211b65a9aadff29c5")
                            << Progress{{0, 1}, {1, 1}};
    QTest::newRow("4 MiB") << mib4
                           << QStringLiteral(
                                  "7ee94bc1d825fd8e1e8cebec936366cf882198068e6e1326c53302ff01734c75")
                           << Progress{{0, 1}, {1, 1}};
    QTest::newRow("4 MiB + 1") << mib4 + 1
                               << QStringLiteral(
                                      "ae194459c3e5f06450e55cb066faa3d1dff76e49a1ac9c552d555074db1d40a6")
                               << Progress{{0, 2}, {1, 2}, {2, 2}};
    QTest::newRow("12 MiB + 5") << 3 * mib4 + 5
                                << QStringLiteral(
                                       "5c977315a78518246c5517cdb8f17e63ee8ad45d98d2051e8b24c075b94433eb")
                                << Progress{{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 4}};
}

void TestChecksumJob::digest()
{
    QFETCH(qint64, size);
    QFETCH(QString, sha256);
    QFETCH(Progress, progress);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("image.raw"), pattern(size));
    QVERIFY(!path.isEmpty());

    ChecksumJob job(path);
    QSignalSpy progressSpy(&job, &Job::progress);
    QSignalSpy finishedSpy(&job, &Job::finished);
    job.exec();

    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(job.isFinished());
    const std::optional<Result<QString>> result = job.result();
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QCOMPARE(result->value(), sha256);
    QVERIFY(!job.failure().has_value());
    QCOMPARE(progressOf(progressSpy), progress);
    QVERIFY(progressSpy.first().at(2).toString().contains(QLatin1String("image.raw")));
}

void TestChecksumJob::cancelMidway_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("cancelAfterBlock");
    QTest::addColumn<int>("blocksHashed");

    QTest::newRow("4 MiB + 1, after block 1") << mib4 + 1 << 1 << 1;
    QTest::newRow("12 MiB + 5, after block 2") << 3 * mib4 + 5 << 2 << 2;
    QTest::newRow("12 MiB + 5, at the start") << 3 * mib4 + 5 << 0 << 0;
}

void TestChecksumJob::cancelMidway()
{
    QFETCH(qint64, size);
    QFETCH(int, cancelAfterBlock);
    QFETCH(int, blocksHashed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("big.qcow2"), pattern(size));
    QVERIFY(!path.isEmpty());

    ChecksumJob job(path);
    int lastDone = -1;
    // exec() runs in this thread, so the connection is direct: the cancel lands between blocks,
    // as a user's Cancel does while a pool thread hashes.
    connect(&job, &Job::progress, &job, [&](int done, int, const QString&) {
        lastDone = done;
        if (done == cancelAfterBlock)
            job.cancel();
    });
    job.exec();

    const std::optional<Result<QString>> result = job.result();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(int(result->error().code), int(ErrorCode::Cancelled));
    QCOMPARE(lastDone, blocksHashed);
    QVERIFY(job.failure().has_value());
}

void TestChecksumJob::cancelBeforeStart()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("a"), pattern(10));
    ChecksumJob job(path);
    QSignalSpy progressSpy(&job, &Job::progress);
    job.cancel();
    job.exec();
    QCOMPARE(int(job.result()->error().code), int(ErrorCode::Cancelled));
    QCOMPARE(progressSpy.count(), 0);
}

void TestChecksumJob::runsOnPool()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("pool.raw"), pattern(mib4 + 1));
    ChecksumJob job(path);
    QSignalSpy finishedSpy(&job, &Job::finished);
    QSignalSpy progressSpy(&job, &Job::progress);
    QThreadPool pool;
    job.start(&pool);
    QVERIFY(finishedSpy.wait(30000) || finishedSpy.count() == 1);
    QCOMPARE(job.result()->value(),
             QStringLiteral("ae194459c3e5f06450e55cb066faa3d1dff76e49a1ac9c552d555074db1d40a6"));
    // Queued from the pool thread, they arrive in order.
    QTRY_COMPARE(progressOf(progressSpy), (Progress{{0, 2}, {1, 2}, {2, 2}}));
}

void TestChecksumJob::failures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");

    QTest::newRow("missing") << QStringLiteral("no-such.qcow2") << int(ErrorCode::NotFound);
    QTest::newRow("a folder") << QStringLiteral("folder") << int(ErrorCode::Io);
    QTest::newRow("unreadable") << QStringLiteral("secret.raw") << int(ErrorCode::Io);
}

void TestChecksumJob::failures()
{
    QFETCH(QString, name);
    QFETCH(int, code);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString secret = writeFile(dir, QStringLiteral("secret.raw"), pattern(10));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::WriteOwner));
    if (name == QLatin1String("secret.raw"))
        VOC_RUN_AS_ORDINARY_USER(); // root reads any file

    const QString path = dir.filePath(name);
    ChecksumJob job(path);
    job.exec();
    const std::optional<Result<QString>> result = job.result();
    QVERIFY(!result->ok());
    QCOMPARE(int(result->error().code), code);
    QCOMPARE(result->error().where, path);
}

QTEST_GUILESS_MAIN(TestChecksumJob)
#include "tst_checksumjob.moc"
