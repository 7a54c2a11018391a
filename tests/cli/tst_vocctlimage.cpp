// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl image inspect` and `vocctl image use`: the real binary on real qcow2 files and manifests.
#include "images/imageinfo.h"
#include "model/designfile.h"
#include "testfiles.h"
#include "vocctlrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using voc::test::sha256Of;
using voc::test::vocctl;
using voc::test::VocctlRun;

} // namespace

class TestVocctlImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inspect();
    void use_data();
    void use();
    void useRefusesBadInput_data();
    void useRefusesBadInput();

private:
    QTemporaryDir m_dir;
    QString m_disk;
    QString m_manifest;
};

void TestVocctlImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_disk = m_dir.filePath(QStringLiteral("disk.qcow2"));
    QProcess qemuImg;
    qemuImg.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                   QStringLiteral("qcow2"), m_disk, QStringLiteral("16M")});
    QVERIFY(qemuImg.waitForFinished(30000));
    QCOMPARE(qemuImg.exitCode(), 0);
    for (const char* name : {"vmlinuz", "initrd.img"}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a real kernel, only present");
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("vocstudio-image-manifest/1")},
        {QStringLiteral("role"), QStringLiteral("compute")},
        {QStringLiteral("diskFormat"), QStringLiteral("qcow2")},
        {QStringLiteral("disk"), QStringLiteral("disk.qcow2")}, // relative to the manifest
        {QStringLiteral("kernel"), QStringLiteral("vmlinuz")},
        {QStringLiteral("initrd"), QStringLiteral("initrd.img")},
        {QStringLiteral("cmdline"), QStringLiteral("root=/dev/vda console=ttyS0")},
        {QStringLiteral("bootMode"), QStringLiteral("kernel")},
        {QStringLiteral("sha256"), sha256Of(m_disk)},
        {QStringLiteral("sizeBytes"), QFile(m_disk).size()},
        {QStringLiteral("virtualSizeBytes"), 16 * 1024 * 1024}};
    m_manifest = m_dir.filePath(QStringLiteral("manifest.json"));
    QFile file(m_manifest);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(manifest).toJson());
}

void TestVocctlImage::inspect()
{
    const VocctlRun run =
        vocctl({QStringLiteral("image"), QStringLiteral("inspect"), m_disk, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("qcow2"));
    QCOMPARE(json.value(QLatin1String("virtualSizeBytes")).toInteger(), qint64(16) * 1024 * 1024);

    const VocctlRun missing = vocctl(
        {QStringLiteral("image"), QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("none.qcow2"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("none.qcow2")), qPrintable(missing.err));
}

void TestVocctlImage::use_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QList<int>>("changed"); // indexes of the demo's roles that take the image

    QTest::newRow("compute") << QStringLiteral("compute") << QList<int>{1};
    QTest::newRow("head") << QStringLiteral("head") << QList<int>{0};
    QTest::newRow("index 1") << QStringLiteral("1") << QList<int>{1};
}

void TestVocctlImage::use()
{
    QFETCH(QString, role);
    QFETCH(QList<int>, changed);
    const QString out =
        m_dir.filePath(QStringLiteral("out-%1.voc").arg(QString::fromLatin1(QTest::currentDataTag())));
    const VocctlRun run =
        vocctl({QStringLiteral("image"), QStringLiteral("use"),
                QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"), QStringLiteral("--role"), role,
                QStringLiteral("--manifest"), m_manifest, QStringLiteral("--output"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const voc::Result<voc::ParsedDesign> before =
        voc::loadDesignFile(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"));
    const voc::Result<voc::ParsedDesign> after = voc::loadDesignFile(out);
    QVERIFY(before && after);
    QCOMPARE(after->design.roles.size(), before->design.roles.size());
    for (int i = 0; i < after->design.roles.size(); ++i) {
        const voc::ImageRef& image = after->design.roles.at(i).image;
        if (!changed.contains(i)) {
            QVERIFY(image == before->design.roles.at(i).image);
            continue;
        }
        QCOMPARE(image.path, m_disk);
        QCOMPARE(image.sha256, sha256Of(m_disk));
        QCOMPARE(voc::toString(image.bootMode), QStringLiteral("kernel"));
        QCOMPARE(image.kernel, m_dir.filePath(QStringLiteral("vmlinuz")));
        QCOMPARE(image.cmdline, QStringLiteral("root=/dev/vda console=ttyS0"));
    }
}

void TestVocctlImage::useRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString demo = QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc");
    QTest::newRow("unknown role") << QStringList{demo, QStringLiteral("--role"), QStringLiteral("gpu"),
                                                 QStringLiteral("--manifest"), QStringLiteral("MANIFEST")}
                                  << 2 << QStringLiteral("--role gpu names no role");
    QTest::newRow("missing manifest")
        << QStringList{demo, QStringLiteral("--role"), QStringLiteral("head"), QStringLiteral("--manifest"),
                       QStringLiteral("/nonexistent.json")}
        << 1 << QStringLiteral("/nonexistent.json: no such file");
    QTest::newRow("no --role") << QStringList{demo, QStringLiteral("--manifest"), QStringLiteral("MANIFEST")}
                               << 2 << QStringLiteral("needs --role and --manifest");
}

void TestVocctlImage::useRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("MANIFEST"), m_manifest);
    const QString out = m_dir.filePath(QStringLiteral("refused.voc"));
    const VocctlRun run = vocctl(QStringList{QStringLiteral("image"), QStringLiteral("use")} + args +
                                 QStringList{QStringLiteral("--output"), out});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(out)); // nothing written on failure
}

QTEST_GUILESS_MAIN(TestVocctlImage)
#include "tst_vocctlimage.moc"
