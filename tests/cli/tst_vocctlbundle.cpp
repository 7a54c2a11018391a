// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl export` and `vocctl import`: the real binary moves a design and its images through a
// bundle into another folder, where `vocctl validate` accepts the design; exit codes for bad input;
// a small bundle declaring a huge sparse image refused at once, and the limit raised.
#include "model/designfile.h"
#include "specialfiles.h"
#include "testfiles.h"
#include "vocctlrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using voc::test::sha256Of;

using test::VocctlRun;

// Export and import copy disk images: more time than the other commands get.
VocctlRun vocctl(const QStringList& args, const QString& workingDir = {})
{
    return test::vocctl(args, {.workingDir = workingDir, .timeoutMs = 60000});
}

} // namespace

class TestVocctlBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportThenImport();
    void badInput_data();
    void badInput();
    void hostFilesAreNotImages_data();
    void hostFilesAreNotImages();
    void sparseLimit_data();
    void sparseLimit();

private:
    QTemporaryDir m_dir;
    QString m_design;
    QString m_disk;
};

void TestVocctlBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("site-a/images"));
    m_disk = m_dir.filePath(QStringLiteral("site-a/images/base.qcow2"));
    QProcess qemuImg;
    qemuImg.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                   QStringLiteral("qcow2"), m_disk, QStringLiteral("64M")});
    QVERIFY(qemuImg.waitForFinished(30000));
    QCOMPARE(qemuImg.exitCode(), 0);
    Design design = makeDefaultDesign(QStringLiteral("migrant"));
    for (Role& role : design.roles)
        role.image.path = QStringLiteral("images/base.qcow2");
    m_design = m_dir.filePath(QStringLiteral("site-a/migrant.voc"));
    QVERIFY(saveDesignFile(design, m_design).ok());
}

void TestVocctlBundle::exportThenImport()
{
    const QString bundle = m_dir.filePath(QStringLiteral("migrant.vocbundle"));
    const VocctlRun exported = vocctl({QStringLiteral("export"), m_design, QStringLiteral("-o"), bundle});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.out.trimmed(), bundle);
    QVERIFY2(exported.err.contains(QLatin1String("100%")), qPrintable(exported.err)); // progress on stderr
    QVERIFY(QFileInfo(bundle).size() > 0);
    // The owner's alone: the user decides whom to send it to.
    QCOMPARE(QFileInfo(bundle).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Import into a folder that does not exist yet, from another working directory.
    const QString target = m_dir.filePath(QStringLiteral("site-b/vocs"));
    const VocctlRun imported =
        vocctl({QStringLiteral("import"), bundle, QStringLiteral("-C"), target, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject json = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    const QString designPath = json.value(QLatin1String("design")).toString();
    QCOMPARE(designPath, target + QStringLiteral("/migrant.voc"));
    QCOMPARE(sha256Of(target + QStringLiteral("/images/base.qcow2")), sha256Of(m_disk));

    const VocctlRun validated = vocctl({QStringLiteral("validate"), designPath});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
    const Result<ParsedDesign> parsed = loadDesignFile(designPath);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->design.roles.at(1).image.sha256, sha256Of(m_disk));

    // The default target is the working directory; a second import there is a conflict.
    const QString cwd = m_dir.filePath(QStringLiteral("site-c"));
    QVERIFY(QDir().mkpath(cwd));
    const VocctlRun plain = vocctl({QStringLiteral("import"), bundle}, cwd);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(plain.out.trimmed(), cwd + QStringLiteral("/migrant.voc"));
    const VocctlRun again = vocctl({QStringLiteral("import"), bundle}, cwd);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("exist already")), qPrintable(again.err));
    QVERIFY2(again.err.contains(QLatin1String("--force")), qPrintable(again.err));
    const VocctlRun forced = vocctl({QStringLiteral("import"), bundle, QStringLiteral("--force")}, cwd);
    QCOMPARE(forced.exitCode, 0);
}

void TestVocctlBundle::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString missing = QStringLiteral("/nonexistent/none.vocbundle");
    QTest::newRow("export without -o")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.voc")} << 2 << QStringLiteral("-o BUNDLE");
    QTest::newRow("export of a missing design")
        << QStringList{QStringLiteral("export"), QStringLiteral("/nonexistent/x.voc"), QStringLiteral("-o"),
                       QStringLiteral("DIR/x.vocbundle")}
        << 2 << QStringLiteral("x.voc");
    QTest::newRow("export over an existing bundle")
        << QStringList{QStringLiteral("export"), QStringLiteral("DESIGN"), QStringLiteral("-o"),
                       QStringLiteral("DESIGN")}
        << 1 << QStringLiteral("exists already");
    QTest::newRow("import of a missing bundle")
        << QStringList{QStringLiteral("import"), missing} << 2 << QStringLiteral("does not exist");
    QTest::newRow("import of a design, not a bundle")
        << QStringList{QStringLiteral("import"), QStringLiteral("DESIGN"), QStringLiteral("-C"),
                       QStringLiteral("DIR/t1")}
        << 2 << QStringLiteral("not a tar archive");
    QTest::newRow("import without a bundle")
        << QStringList{QStringLiteral("import")} << 2 << QStringLiteral("one BUNDLE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("--frobnicate")}
                                    << 2 << QStringLiteral("frobnicate");
}

void TestVocctlBundle::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString& arg : args) {
        arg.replace(QLatin1String("DESIGN"), m_design);
        arg.replace(QLatin1String("DIR"), m_dir.path());
    }
    const VocctlRun run = vocctl(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("t1"))));
}

void TestVocctlBundle::hostFilesAreNotImages_data()
{
    QTest::addColumn<QString>("field"); // "path" or "kernel" of the compute role
    QTest::addColumn<QString>("file");  // FIFO: a FIFO in the design's folder
    QTest::addColumn<QString>("message");

    const QString notImage = QStringLiteral("is not a qcow2 or raw disk image");
    QTest::newRow("/etc/shadow") << u"path"_s << u"/etc/shadow"_s << notImage;
    QTest::newRow("/etc/hostname") << u"path"_s << u"/etc/hostname"_s << notImage;
    QTest::newRow("out of the folder") << u"path"_s << u"../../../../../../../../../../etc/hostname"_s
                                       << u"leads out of the design's folder"_s;
    QTest::newRow("a device") << u"path"_s << u"/dev/null"_s << u"character device"_s;
    QTest::newRow("a FIFO in the folder") << u"path"_s << u"FIFO"_s << u"FIFO"_s;
    QTest::newRow("/etc/passwd as kernel") << u"kernel"_s << u"/etc/passwd"_s << u"is not a kernel"_s;
}

// A design naming a host file as its image: validate says what is wrong with which role, and export
// writes no bundle (it used to pack the file into a bundle anyone could read).
void TestVocctlBundle::hostFilesAreNotImages()
{
    QFETCH(QString, field);
    QFETCH(QString, file);
    QFETCH(QString, message);

    const QString folder = m_dir.filePath(QStringLiteral("site-a"));
    if (file == QLatin1String("FIFO")) {
        file = QStringLiteral("images/fifo");
        QVERIFY(!test::makeSpecialFile(u"fifo"_s, QDir(folder).filePath(file)).isEmpty());
    }
    Design design = makeDefaultDesign(QStringLiteral("hostile"));
    for (Role& role : design.roles)
        role.image.path = QStringLiteral("images/base.qcow2");
    Role& compute = design.roles[1];
    if (field == QLatin1String("kernel")) {
        compute.image.bootMode = BootMode::Kernel;
        compute.image.kernel = file;
        compute.image.cmdline = QStringLiteral("console=ttyS0");
    } else {
        compute.image.path = file;
    }
    const QString designPath = QDir(folder).filePath(QStringLiteral("hostile.voc"));
    QVERIFY(saveDesignFile(design, designPath).ok());

    const VocctlRun validated = vocctl({QStringLiteral("validate"), designPath});
    QCOMPARE(validated.exitCode, 1);
    const QString problem = QStringLiteral("roles[1].image.%1: ").arg(field);
    QVERIFY2(validated.out.contains(problem), qPrintable(validated.out + validated.err));
    QVERIFY2(validated.out.contains(message), qPrintable(validated.out + validated.err));

    const QString bundle = m_dir.filePath(QStringLiteral("hostile.vocbundle"));
    const VocctlRun exported = vocctl({QStringLiteral("export"), designPath, QStringLiteral("-o"), bundle});
    QVERIFY(exported.exitCode > 0);
    QVERIFY2(exported.err.contains(problem), qPrintable(exported.err));
    QVERIFY(!QFileInfo::exists(bundle));
}

void TestVocctlBundle::sparseLimit_data()
{
    QTest::addColumn<qint64>("imageSize"); // images/base.qcow2 made to measure this (a trailing hole)
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("variable"); // VOCSTUDIO_BUNDLE_MAX_HOLES; empty: unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const qint64 gib = qint64(1) << 30;
    const QString refused = QStringLiteral("\"images/base.qcow2\" unpacks to");
    QTest::newRow("10 GiB declared") << 10 * gib << QStringList() << QString() << 1 << refused;
    QTest::newRow("1 TiB declared") << 1024 * gib << QStringList() << QString() << 1 << refused;
    QTest::newRow("1 TiB declared, limit raised to 2 GiB")
        << 1024 * gib << QStringList{QStringLiteral("--max-holes"), QStringLiteral("2GiB")} << QString() << 1
        << QStringLiteral("more than the 2.0 GiB");
    QTest::newRow("64 MiB declared, limit lowered to 1 MiB by the environment")
        << 64 * (qint64(1) << 20) << QStringList() << QStringLiteral("1MiB") << 1 << refused;
    // Within the limit, the import goes on to extract and hash: the checksum no longer matches.
    QTest::newRow("64 MiB declared, default limit")
        << 64 * (qint64(1) << 20) << QStringList() << QString() << 1 << QStringLiteral("does not match");
    QTest::newRow("--max-holes not a size")
        << 64 * (qint64(1) << 20) << QStringList{QStringLiteral("--max-holes"), QStringLiteral("lots")}
        << QString() << 2 << QStringLiteral("--max-holes: ");
    QTest::newRow("variable not a size") << 64 * (qint64(1) << 20) << QStringList() << QStringLiteral("lots")
                                         << 1 << QStringLiteral("VOCSTUDIO_BUNDLE_MAX_HOLES: ");
}

// The sizes a bundle declares are checked against the data it holds before anything is hashed: a
// crafted bundle of a few kilobytes declaring a huge sparse image is refused in well under 2 s, naming
// the image; the limit is the user's to raise.
void TestVocctlBundle::sparseLimit()
{
    QFETCH(qint64, imageSize);
    QFETCH(QStringList, options);
    QFETCH(QString, variable);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString good = work.filePath(QStringLiteral("good.vocbundle"));
    QCOMPARE(vocctl({QStringLiteral("export"), m_design, QStringLiteral("-o"), good}).exitCode, 0);
    const QString dir = work.filePath(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(
        QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-xf"), good, QStringLiteral("-C"), dir}),
        0);
    const QString grown = test::growDeclaredImage(dir, QStringLiteral("images/base.qcow2"), imageSize);
    QVERIFY2(grown.isEmpty(), qPrintable(grown));
    const QString crafted = work.filePath(QStringLiteral("crafted.vocbundle"));
    QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                               {QStringLiteral("--create"), QStringLiteral("--file"), crafted,
                                QStringLiteral("--format=posix"), QStringLiteral("--sparse"),
                                QStringLiteral("--sparse-version=1.0"), QStringLiteral("-C"), dir,
                                QStringLiteral("bundle.json"), QStringLiteral("migrant.voc"),
                                QStringLiteral("images/base.qcow2")}),
             0);
    QVERIFY(QFileInfo(crafted).size() < 1024 * 1024);

    const QString target = work.filePath(QStringLiteral("target"));
    test::VocctlOptions environment{.unsetVariables = {QStringLiteral("VOCSTUDIO_BUNDLE_MAX_HOLES")},
                                    .timeoutMs = 60000};
    if (!variable.isEmpty())
        environment.setVariables = {{QStringLiteral("VOCSTUDIO_BUNDLE_MAX_HOLES"), variable}};
    QElapsedTimer timer;
    timer.start();
    const VocctlRun run = test::vocctl(
        QStringList{QStringLiteral("import"), crafted, QStringLiteral("-C"), target} + options, environment);
    const qint64 ms = timer.elapsed();
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (message.contains(QLatin1String("unpacks to")) || message.contains(QLatin1String("more than"))) {
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("refused after %1 ms").arg(ms)));
        QVERIFY2(run.err.contains(QLatin1String("--max-holes SIZE")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Verifying")), qPrintable(run.err)); // nothing hashed
    }
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestVocctlBundle)
#include "tst_vocctlbundle.moc"
