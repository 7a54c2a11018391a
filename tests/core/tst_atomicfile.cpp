// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic writes and bounded reads, including a write that fails half-way.
#include "common/atomicfile.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using test::fileContents;
using test::FileSizeLimit;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writeThenRead_data();
    void writeThenRead();
    void backup_data();
    void backup();
    void permissions();
    void backupNeverFollowsALink();
    void missingDirectory();
    void readErrors_data();
    void readErrors();
    void sizeLimit_data();
    void sizeLimit();
    void failedWriteKeepsPreviousFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestAtomicFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFile::writeThenRead_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("{\"format\": \"vocstudio-design/1\"}\n");
    QTest::newRow("every byte value") << binary;
    QTest::newRow("3 MiB, more than one read chunk") << binary.repeated(3 * 4096 + 7);
}

void TestAtomicFile::writeThenRead()
{
    QFETCH(QByteArray, bytes);

    const QString file = path(QStringLiteral("data.bin"));
    const Status written = writeFileAtomically(file, bytes);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const Result<QByteArray> read = readFileLimited(file);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), bytes.size());
    QCOMPARE(*read, bytes);
    // Only the file itself: no temporary file left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("data.bin")});
}

void TestAtomicFile::backup_data()
{
    QTest::addColumn<bool>("keepBackup");
    QTest::addColumn<bool>("existedBefore");
    QTest::addColumn<bool>("expectBackup");

    QTest::newRow("keep, replacing a file") << true << true << true;
    QTest::newRow("keep, new file") << true << false << false;
    QTest::newRow("default, replacing a file") << false << true << false;
}

void TestAtomicFile::backup()
{
    QFETCH(bool, keepBackup);
    QFETCH(bool, existedBefore);
    QFETCH(bool, expectBackup);

    const QString file = path(QStringLiteral("demo.voc"));
    const QByteArray before("first version\n");
    const QByteArray after("second version\n");
    if (existedBefore)
        QVERIFY(writeFileAtomically(file, before).ok());

    AtomicWriteOptions options;
    options.keepBackup = keepBackup;
    QVERIFY(writeFileAtomically(file, after, options).ok());

    QCOMPARE(fileContents(file), after);
    const QString backup = file + QStringLiteral(".bak");
    QCOMPARE(QFileInfo::exists(backup), expectBackup);
    if (expectBackup)
        QCOMPARE(fileContents(backup), before);
}

// A link planted at "<path>.bak" is replaced by the backup, never written through.
void TestAtomicFile::backupNeverFollowsALink()
{
    const QString outside = path(QStringLiteral("outside"));
    QVERIFY(writeFileAtomically(outside, "precious\n").ok());
    const QString file = path(QStringLiteral("demo.voc"));
    QVERIFY(writeFileAtomically(file, "first\n").ok());
    QVERIFY(QFile::link(outside, file + QStringLiteral(".bak")));

    AtomicWriteOptions options;
    options.keepBackup = true;
    QVERIFY(writeFileAtomically(file, "second\n", options).ok());
    QCOMPARE(fileContents(outside), QByteArray("precious\n"));
    QVERIFY(!QFileInfo(file + QStringLiteral(".bak")).isSymLink());
    QCOMPARE(fileContents(file + QStringLiteral(".bak")), QByteArray("first\n"));
    QCOMPARE(fileContents(file), QByteArray("second\n"));
}

void TestAtomicFile::permissions()
{
    const QString file = path(QStringLiteral("secret"));
    AtomicWriteOptions options;
    options.permissions = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(writeFileAtomically(file, "token\n", options).ok());
    const QFileDevice::Permissions actual = QFileInfo(file).permissions();
    QCOMPARE(actual & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(actual.testFlag(QFileDevice::ReadOwner));
}

void TestAtomicFile::missingDirectory()
{
    const QString file = path(QStringLiteral("no/such/dir/out.voc"));
    const Status written = writeFileAtomically(file, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QCOMPARE(written.error().where, file);
    QVERIFY(!written.error().hint.isEmpty());
}

void TestAtomicFile::readErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");

    QTest::newRow("missing file") << QStringLiteral("missing.voc") << int(ErrorCode::NotFound);
    // Not a file to read: refused with what it is (tst_regularfile has every kind).
    QTest::newRow("a directory") << QStringLiteral("folder.voc") << int(ErrorCode::InvalidInput);
    QTest::newRow("a dangling link") << QStringLiteral("dangling.voc") << int(ErrorCode::NotFound);
    // Opens fine but every read fails (page 0 is never mapped), even for root.
    QTest::newRow("read fails after open") << QStringLiteral("/proc/self/mem") << int(ErrorCode::Io);
}

void TestAtomicFile::readErrors()
{
    QFETCH(QString, name);
    QFETCH(int, code);

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.voc")));
    QVERIFY(QFile::link(path(QStringLiteral("nowhere")), path(QStringLiteral("dangling.voc"))));
    const QString file = QDir::isAbsolutePath(name) ? name : path(name);
    const Result<QByteArray> read = readFileLimited(file);
    QVERIFY(!read.ok());
    QCOMPARE(int(read.error().code), code);
    QCOMPARE(read.error().where, file);
    QVERIFY(!read.error().hint.isEmpty());
}

void TestAtomicFile::sizeLimit_data()
{
    QTest::addColumn<QString>("file"); // empty: a regular file of `size` bytes
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("below the limit") << QString() << qint64(999) << qint64(1000) << true;
    QTest::newRow("at the limit") << QString() << qint64(1000) << qint64(1000) << true;
    QTest::newRow("one byte over") << QString() << qint64(1001) << qint64(1000) << false;
    QTest::newRow("empty, limit 0") << QString() << qint64(0) << qint64(0) << true;
    // A file of /proc reports size 0 but holds more: the limit must still stop the read.
    QTest::newRow("/proc/self/status")
        << QStringLiteral("/proc/self/status") << qint64(0) << qint64(16) << false;
}

void TestAtomicFile::sizeLimit()
{
    QFETCH(QString, file);
    QFETCH(qint64, size);
    QFETCH(qint64, limit);
    QFETCH(bool, accepted);

    if (file.isEmpty()) {
        file = path(QStringLiteral("sized"));
        QVERIFY(writeFileAtomically(file, QByteArray(size, 'v')).ok());
    } else {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    }
    const Result<QByteArray> read = readFileLimited(file, limit);
    QCOMPARE(read.ok(), accepted);
    if (accepted) {
        QCOMPARE(read->size(), size);
    } else {
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
        QVERIFY2(read.error().what.contains(QString::number(limit)), qPrintable(read.error().what));
    }
}

void TestAtomicFile::failedWriteKeepsPreviousFile()
{
    const QString file = path(QStringLiteral("demo.voc"));
    const QByteArray previous("small and precious\n");
    QVERIFY(writeFileAtomically(file, previous).ok());

    Status written = Ok{};
    {
        const FileSizeLimit limit(4096);
        AtomicWriteOptions options;
        options.keepBackup = true;
        written = writeFileAtomically(file, QByteArray(64 * 1024, 'x'), options);
    }
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QCOMPARE(written.error().where, file);
    QCOMPARE(fileContents(file), previous);
    // The half-written temporary file is gone; only the file and its backup remain.
    QStringList expected{QStringLiteral("demo.voc"), QStringLiteral("demo.voc.bak")};
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name), expected);
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
