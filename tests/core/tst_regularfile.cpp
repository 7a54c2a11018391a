// SPDX-License-Identifier: GPL-3.0-or-later
// Files a user names are read as regular files only (a FIFO would block forever), and files we create
// never follow a link that is in their place.
#include "common/atomicfile.h"
#include "common/regularfile.h"
#include "specialfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestRegularFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void regularFilesOpen_data();
    void regularFilesOpen();
    void createNewFileNeverFollowsALink();
    void replaceWithNewFileRemovesTheLinkNotItsTarget();
    void createdWithTheGivenPermissions();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRegularFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRegularFile::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("throughLink"); // named through a symbolic link to it
    QTest::addColumn<QString>("word");
    for (const test::SpecialFileKind& kind : test::specialFileKinds()) {
        for (const bool link : {false, true})
            QTest::addRow("%s%s", kind.name, link ? " through a link" : "")
                << QString::fromLatin1(kind.name) << link << QString::fromLatin1(kind.word);
    }
}

void TestRegularFile::specialFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(bool, throughLink);
    QFETCH(QString, word);

    QString file = test::makeSpecialFile(kind, path(QStringLiteral("special")));
    QVERIFY2(!file.isEmpty(), "could not make the special file");
    if (throughLink) {
        QVERIFY(QFile::link(file, path(QStringLiteral("link"))));
        file = path(QStringLiteral("link"));
    }

    // Each within a moment: a FIFO without a writer used to block the read forever.
    QElapsedTimer timer;
    timer.start();
    const Result<std::unique_ptr<QFile>> opened = openRegularFile(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QCOMPARE(opened.error().where, file);
    QVERIFY2(opened.error().what.contains(word), qPrintable(opened.error().what));
    QVERIFY(!opened.error().hint.isEmpty());

    const Status checked = checkRegularFile(file);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().what, opened.error().what);

    const Result<QByteArray> read = readFileLimited(file);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().what, opened.error().what);
    QVERIFY2(timer.elapsed() < 5000, "refusing took seconds");
}

void TestRegularFile::regularFilesOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("throughLink");
    QTest::addColumn<bool>("found");

    QTest::newRow("a regular file") << QStringLiteral("file") << false << true;
    QTest::newRow("through a link") << QStringLiteral("file") << true << true;
    QTest::newRow("missing") << QStringLiteral("missing") << false << false;
    QTest::newRow("a dangling link") << QStringLiteral("missing") << true << false;
}

void TestRegularFile::regularFilesOpen()
{
    QFETCH(QString, name);
    QFETCH(bool, throughLink);
    QFETCH(bool, found);

    QVERIFY(writeFile(path(QStringLiteral("file")), "bytes\n"));
    QString file = path(name);
    if (throughLink) {
        QVERIFY(QFile::link(file, path(QStringLiteral("link"))));
        file = path(QStringLiteral("link"));
    }
    const Result<std::unique_ptr<QFile>> opened = openRegularFile(file);
    QCOMPARE(opened.ok(), found);
    if (!found) {
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QCOMPARE(opened.error().where, file);
        return;
    }
    QCOMPARE((*opened)->readAll(), QByteArray("bytes\n"));
}

void TestRegularFile::createNewFileNeverFollowsALink()
{
    const QString outside = path(QStringLiteral("outside"));
    QVERIFY(writeFile(outside, "precious\n"));
    const QString part = path(QStringLiteral(".image.part"));
    QVERIFY(QFile::link(outside, part));

    const Result<std::unique_ptr<QFile>> created = createNewFile(part);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().where, part);
    QCOMPARE(contents(outside), QByteArray("precious\n"));
    QVERIFY(QFileInfo(part).isSymLink());

    // A dangling link is refused too: following it would create the file wherever it points.
    const QString nowhere = path(QStringLiteral("created-through-link"));
    QVERIFY(QFile::link(nowhere, path(QStringLiteral(".dangling.part"))));
    QVERIFY(!createNewFile(path(QStringLiteral(".dangling.part"))).ok());
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestRegularFile::replaceWithNewFileRemovesTheLinkNotItsTarget()
{
    const QString outside = path(QStringLiteral("outside"));
    QVERIFY(writeFile(outside, "precious\n"));
    const QString part = path(QStringLiteral(".image.part"));
    QVERIFY(QFile::link(outside, part));

    Result<std::unique_ptr<QFile>> created = replaceWithNewFile(part);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE((*created)->write("new\n"), qint64(4));
    (*created)->close();
    QCOMPARE(contents(outside), QByteArray("precious\n"));
    QVERIFY(!QFileInfo(part).isSymLink());
    QCOMPARE(contents(part), QByteArray("new\n"));
}

void TestRegularFile::createdWithTheGivenPermissions()
{
    const QString file = path(QStringLiteral("bundle"));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(createNewFile(file).ok());
    QCOMPARE(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
}

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
