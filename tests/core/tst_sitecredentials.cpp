// SPDX-License-Identifier: GPL-3.0-or-later
// The directory password from a site profile's passwordFile: read only from a regular file that only its
// owner may read, and a FIFO, folder, device or socket named for what it is (a FIFO used to block
// vocctl forever, a folder was "readable by other users").
#include "directory/sitecredentials.h"
#include "model/siteprofile.h"
#include "specialfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace voc;
using namespace Qt::StringLiterals;

class TestSiteCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordFile_data();
    void passwordFile();
};

void TestSiteCredentials::initTestCase()
{
    qunsetenv(ldapPasswordVariable);
}

void TestSiteCredentials::passwordFile_data()
{
    QTest::addColumn<QString>("kind"); // "file" or a special file kind
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected"); // the password, or a fragment of the error

    QTest::newRow("0600") << u"file"_s << QByteArray("s3cret\n") << 0600 << u"s3cret"_s;
    QTest::newRow("0600, CRLF") << u"file"_s << QByteArray("s3cret\r\nmore\n") << 0600 << u"s3cret"_s;
    QTest::newRow("0644") << u"file"_s << QByteArray("s3cret\n") << 0644 << u"can be read by other users"_s;
    QTest::newRow("0660") << u"file"_s << QByteArray("s3cret\n") << 0660 << u"can be read by other users"_s;
    QTest::newRow("empty") << u"file"_s << QByteArray() << 0600 << u"is empty"_s;
    QTest::newRow("too large") << u"file"_s << QByteArray(5000, 'x') << 0600 << u"larger than 4096 bytes"_s;
    QTest::newRow("missing") << u"missing"_s << QByteArray() << 0600 << u"does not exist"_s;
    for (const test::SpecialFileKind& kind : test::specialFileKinds())
        QTest::newRow(kind.name) << QString::fromLatin1(kind.name) << QByteArray() << 0600
                                 << QString::fromLatin1(kind.word);
}

void TestSiteCredentials::passwordFile()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SiteDirectory directory;
    directory.uri = u"ldap://directory.test"_s;
    directory.bindDn = u"cn=vocstudio,dc=test"_s;
    directory.passwordFile = u"password"_s;
    const QString path = dir.filePath(directory.passwordFile);
    if (kind == QLatin1String("file")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    } else if (kind != QLatin1String("missing")) {
        const QString made = test::makeSpecialFile(kind, path);
        QVERIFY(!made.isEmpty());
        directory.passwordFile = made; // /dev/null stands in for a device
    }

    const Result<QString> password = directoryPassword(directory, dir.path());
    if (password) {
        QCOMPARE(*password, expected);
        return;
    }
    QVERIFY2(password.error().what.contains(expected), qPrintable(password.error().toString()));
    QVERIFY(!password.error().hint.isEmpty());
    QVERIFY(password.error().where.endsWith(directory.passwordFile));
    QVERIFY2(kind == QLatin1String("file") || !password.error().what.contains(u"other users"_s),
             qPrintable(password.error().what));
}

QTEST_GUILESS_MAIN(TestSiteCredentials)
#include "tst_sitecredentials.moc"
