// SPDX-License-Identifier: GPL-3.0-or-later
// Migration bundles: export and import round trips on real sparse raw and qcow2 images (holes kept
// in the archive and after import), kernel-boot designs, and archives made unsafe or damaged with
// GNU tar, which must be refused with nothing left behind; sparse "hash bombs" (a small archive
// declaring a huge image) refused at once, before any hashing.
#include "bundle/exportbundlejob.h"
#include "bundle/importbundlejob.h"
#include "model/designfile.h"
#include "model/validation.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using voc::test::allocatedBytes;
using voc::test::sha256Of;

constexpr qint64 mib = qint64(1024) * 1024;

bool run(const QString& program, const QStringList& args, const QString& dir = {})
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << args << process.readAllStandardError();
        return false;
    }
    return true;
}

// A raw image of `size` bytes holding data only in a few places: the rest are holes.
bool writeSparseRaw(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return false;
    for (qint64 offset : {qint64(0), size / 3, size - 8192}) {
        file.seek(offset);
        file.write(QByteArray(8192, char(offset % 251 + 1)));
    }
    return true;
}

// Every file below dir (folders themselves not counted).
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

template<typename JobT> auto runJob(JobT& job)
{
    job.exec();
    return *job.result();
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void exportRefuses_data();
    void exportRefuses();
    void exportCancel_data();
    void exportCancel();
    void importRefuses_data();
    void importRefuses();
    void importConflicts();
    void importNeverFollowsALink_data();
    void importNeverFollowsALink();
    void importBoundsHoles_data();
    void importBoundsHoles();

private:
    // A design in m_dir using the given images; kernel boot for compute when kernel is set.
    QString writeDesign(const QString& name, const QString& headImage, const QString& computeImage,
                        bool kernelBoot = false);
    // A good bundle of the kernel-boot design, unpacked by GNU tar into a fresh folder.
    QString unpackedGoodBundle();
    QString tarCreate(const QString& dir, const QStringList& members, const QStringList& extra = {});

    QTemporaryDir m_dir;
    QString m_raw;
    QString m_qcow2;
    QString m_kernel;
    QString m_initrd;
    QString m_goodBundle;
    int m_counter = 0;
};

void TestBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_raw = m_dir.filePath(QStringLiteral("sparse.raw"));
    QVERIFY(writeSparseRaw(m_raw, 32 * mib));
    QVERIFY2(allocatedBytes(m_raw) < 1 * mib, "the file system of the temporary folder keeps no holes");
    m_qcow2 = m_dir.filePath(QStringLiteral("disk image.qcow2")); // a space: member names are made plain
    QVERIFY(run(QStringLiteral("qemu-img"),
                {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                 QStringLiteral("qcow2"), QStringLiteral("-o"), QStringLiteral("preallocation=metadata"),
                 m_qcow2, QStringLiteral("64M")}));
    QVERIFY(QFileInfo(m_qcow2).size() > 50 * mib); // preallocated metadata: big apparent size, few blocks
    QVERIFY(allocatedBytes(m_qcow2) < 8 * mib);
    m_kernel = m_dir.filePath(QStringLiteral("vmlinuz"));
    m_initrd = m_dir.filePath(QStringLiteral("initrd.img"));
    for (const QString& path : {m_kernel, m_initrd}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300000, 'k') + path.toUtf8());
    }
    const QString design = writeDesign(QStringLiteral("good"), m_raw, m_raw, true);
    m_goodBundle = m_dir.filePath(QStringLiteral("good.vocbundle"));
    ExportBundleJob job({design, m_goodBundle});
    const Result<ExportedBundle> exported = runJob(job);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
}

QString TestBundle::writeDesign(const QString& name, const QString& headImage, const QString& computeImage,
                                bool kernelBoot)
{
    Design design = makeDefaultDesign(name);
    // Relative paths, as users write them: relative to the .voc.
    design.roles[0].image.path = QFileInfo(headImage).fileName();
    design.roles[1].image.path = computeImage;
    if (kernelBoot) {
        design.roles[1].image.bootMode = BootMode::Kernel;
        design.roles[1].image.kernel = m_kernel;
        design.roles[1].image.initrd = QFileInfo(m_initrd).fileName();
        design.roles[1].image.cmdline = QStringLiteral("console=ttyS0 root=/dev/vda");
    }
    const QString path = m_dir.filePath(name + QStringLiteral(".voc"));
    return saveDesignFile(design, path).ok() ? path : QString();
}

QString TestBundle::tarCreate(const QString& dir, const QStringList& members, const QStringList& extra)
{
    const QString out = m_dir.filePath(QStringLiteral("bad-%1.tar").arg(++m_counter));
    QStringList args{QStringLiteral("--create"),
                     QStringLiteral("--file"),
                     out,
                     QStringLiteral("--format=posix"),
                     QStringLiteral("--sparse"),
                     QStringLiteral("--sparse-version=1.0"),
                     QStringLiteral("-C"),
                     dir};
    args += extra;
    args += members;
    return run(QStringLiteral("tar"), args) ? out : QString();
}

QString TestBundle::unpackedGoodBundle()
{
    const QString dir = m_dir.filePath(QStringLiteral("unpacked-%1").arg(++m_counter));
    QDir().mkpath(dir);
    return run(QStringLiteral("tar"), {QStringLiteral("-xf"), m_goodBundle, QStringLiteral("-C"), dir})
               ? dir
               : QString();
}

void TestBundle::roundTrip_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("compute");
    QTest::addColumn<bool>("kernelBoot");
    QTest::addColumn<QStringList>("members"); // the files bundle.json lists, in order

    QTest::newRow("raw for both roles, stored once")
        << QStringLiteral("raw") << QStringLiteral("raw") << false
        << QStringList{QStringLiteral("images/sparse.raw")};
    QTest::newRow("qcow2 head, raw compute")
        << QStringLiteral("qcow2") << QStringLiteral("raw") << false
        << QStringList{QStringLiteral("images/disk_image.qcow2"), QStringLiteral("images/sparse.raw")};
    QTest::newRow("kernel boot") << QStringLiteral("qcow2") << QStringLiteral("raw") << true
                                 << QStringList{QStringLiteral("images/disk_image.qcow2"),
                                                QStringLiteral("images/sparse.raw"),
                                                QStringLiteral("images/vmlinuz"),
                                                QStringLiteral("images/initrd.img")};
}

void TestBundle::roundTrip()
{
    QFETCH(QString, head);
    QFETCH(QString, compute);
    QFETCH(bool, kernelBoot);
    QFETCH(QStringList, members);
    const auto image = [this](const QString& kind) { return kind == QLatin1String("raw") ? m_raw : m_qcow2; };
    const QString name = QStringLiteral("trip%1").arg(++m_counter);
    const QString design = writeDesign(name, image(head), image(compute), kernelBoot);
    QVERIFY(!design.isEmpty());

    const QString bundle = m_dir.filePath(name + QStringLiteral(".vocbundle"));
    ExportBundleJob exportJob({design, bundle});
    QList<int> progress;
    connect(&exportJob, &Job::progress, this, [&progress](int done, int total, const QString&) {
        QVERIFY(done <= total);
        progress.append(done);
    });
    const Result<ExportedBundle> exported = runJob(exportJob);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(exported->archiveBytes, QFileInfo(bundle).size());
    // Holes stay holes in the archive: hundreds of MiB of images in a few MiB.
    QVERIFY2(exported->archiveBytes < 6 * mib, qPrintable(QString::number(exported->archiveBytes)));
    QStringList listed;
    for (const BundleFile& file : exported->manifest.files)
        listed.append(file.file);
    QCOMPARE(listed, members);
    QCOMPARE(exported->manifest.files.first().sha256, sha256Of(image(head)));
    QCOMPARE(exported->manifest.files.first().format, head);
    QCOMPARE(exported->manifest.designFile, name + QStringLiteral(".voc"));
    QCOMPARE(filesBelow(m_dir.path()).filter(QStringLiteral(".part")), QStringList());

    const Result<BundleManifest> checked = checkBundle(bundle);
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().toString()));
    QCOMPARE(*checked, exported->manifest);

    const QString target = m_dir.filePath(name + QStringLiteral("-imported"));
    ImportBundleJob importJob({bundle, target});
    const Result<ImportedBundle> imported = runJob(importJob);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->designPath, target + QLatin1Char('/') + name + QStringLiteral(".voc"));
    QCOMPARE(imported->files.size(), members.size() + 1);

    const Result<ParsedDesign> parsed = loadDesignFile(imported->designPath);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->problems.isEmpty());
    for (const Problem& problem : validateDesign(parsed->design))
        QVERIFY2(problem.severity != Problem::Severity::Error, qPrintable(problem.message));
    const Role& headRole = parsed->design.roles.at(0);
    const Role& computeRole = parsed->design.roles.at(1);
    const QString headPath = QDir(target).filePath(headRole.image.path);
    QCOMPARE(headRole.image.sha256, sha256Of(image(head)));
    QCOMPARE(sha256Of(headPath), sha256Of(image(head)));
    QCOMPARE(sha256Of(QDir(target).filePath(computeRole.image.path)), sha256Of(image(compute)));
    QCOMPARE(QFileInfo(headPath).size(), QFileInfo(image(head)).size());
    // Holes stay holes after the import too.
    QVERIFY2(
        allocatedBytes(headPath) < QFileInfo(headPath).size() / 8,
        qPrintable(QStringLiteral("%1 of %2").arg(allocatedBytes(headPath)).arg(QFileInfo(headPath).size())));
    QCOMPARE(computeRole.image.bootMode == BootMode::Kernel, kernelBoot);
    if (kernelBoot) {
        QCOMPARE(sha256Of(QDir(target).filePath(computeRole.image.kernel)), sha256Of(m_kernel));
        QCOMPARE(sha256Of(QDir(target).filePath(computeRole.image.initrd)), sha256Of(m_initrd));
        QCOMPARE(computeRole.image.cmdline, QStringLiteral("console=ttyS0 root=/dev/vda"));
    }
    QCOMPARE(filesBelow(target).size(), members.size() + 1); // nothing else: no parts, no .bak
}

void TestBundle::exportRefuses_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("missing image") << QStringLiteral("missing") << int(ErrorCode::NotFound)
                                   << QStringLiteral("missing");
    QTest::newRow("checksum changed")
        << QStringLiteral("checksum") << int(ErrorCode::InvalidInput) << QStringLiteral("changed since");
    QTest::newRow("invalid design") << QStringLiteral("invalid") << int(ErrorCode::InvalidInput)
                                    << QStringLiteral("has errors");
    QTest::newRow("bundle exists") << QStringLiteral("exists") << int(ErrorCode::Conflict)
                                   << QStringLiteral("exists already");
    QTest::newRow("tar fails") << QStringLiteral("tar") << int(ErrorCode::External)
                               << QStringLiteral("failed");
}

void TestBundle::exportRefuses()
{
    QFETCH(QString, problem);
    QFETCH(int, code);
    QFETCH(QString, fragment);
    const QString name = QStringLiteral("refuse%1").arg(++m_counter);
    const QString path = writeDesign(name, m_raw, m_qcow2);
    Design design = loadDesignFile(path)->design;
    ExportBundleOptions options{path, m_dir.filePath(name + QStringLiteral(".vocbundle"))};
    if (problem == QLatin1String("missing"))
        design.roles[1].image.path = m_dir.filePath(QStringLiteral("missing.qcow2"));
    else if (problem == QLatin1String("checksum"))
        design.roles[0].image.sha256 = QString(64, u'0');
    else if (problem == QLatin1String("invalid"))
        design.roles[1].count = 0;
    else if (problem == QLatin1String("exists"))
        QVERIFY(QFile(options.outputPath).open(QIODevice::WriteOnly));
    else if (problem == QLatin1String("tar"))
        options.tarProgram = QStringLiteral("false");
    QVERIFY(saveDesignFile(design, path).ok());

    ExportBundleJob job(options);
    const Result<ExportedBundle> result = runJob(job);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().what.contains(fragment), qPrintable(result.error().toString()));
    QCOMPARE(QFileInfo::exists(options.outputPath), problem == QLatin1String("exists"));
    QCOMPARE(filesBelow(m_dir.path()).filter(QStringLiteral(".part")), QStringList());
}

void TestBundle::exportCancel_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("before start") << QStringLiteral("before");
    QTest::newRow("while hashing") << QStringLiteral("hashing");
    QTest::newRow("while writing") << QStringLiteral("writing");
}

void TestBundle::exportCancel()
{
    QFETCH(QString, when);
    const QString name = QStringLiteral("cancel%1").arg(++m_counter);
    ExportBundleOptions options{writeDesign(name, m_qcow2, m_raw),
                                m_dir.filePath(name + QStringLiteral(".vocbundle"))};
    if (when == QLatin1String("writing")) {
        // A tar that writes part of an archive and hangs: the job must kill it and remove the part.
        const QString script = m_dir.filePath(QStringLiteral("slowtar"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "#!/bin/sh\nwhile [ \"$1\" != --file ]; do shift; done\nhead -c 100000 /dev/zero > \"$2\"\n"
            "exec sleep 30\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        options.tarProgram = script;
    }
    ExportBundleJob job(options);
    connect(&job, &Job::progress, this, [&job, &when](int, int, const QString& text) {
        if ((when == QLatin1String("hashing") && text.startsWith(QLatin1String("Checking"))) ||
            (when == QLatin1String("writing") && text.startsWith(QLatin1String("Writing"))))
            job.cancel();
    });
    if (when == QLatin1String("before"))
        job.cancel();
    QElapsedTimer timer;
    timer.start();
    const Result<ExportedBundle> result = runJob(job);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!QFileInfo::exists(options.outputPath));
    QCOMPARE(filesBelow(m_dir.path()).filter(QStringLiteral(".part")), QStringList());
}

void TestBundle::importRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");

    const int invalid = int(ErrorCode::InvalidInput);
    const int parse = int(ErrorCode::Parse);
    QTest::newRow("path traversal") << QStringLiteral("dotdot") << invalid << QStringLiteral("\"../evil\"");
    QTest::newRow("absolute path") << QStringLiteral("absolute") << invalid
                                   << QStringLiteral("absolute path");
    QTest::newRow("symlink") << QStringLiteral("symlink") << invalid << QStringLiteral("symbolic link");
    QTest::newRow("hard link") << QStringLiteral("hardlink") << invalid << QStringLiteral("hard link");
    QTest::newRow("undeclared member")
        << QStringLiteral("extra") << invalid << QStringLiteral("not declared");
    QTest::newRow("declared member missing") << QStringLiteral("lacking") << parse << QStringLiteral("lacks");
    QTest::newRow("more bytes than declared")
        << QStringLiteral("bigger") << invalid << QStringLiteral("where bundle.json declares");
    QTest::newRow("tampered image") << QStringLiteral("tampered") << invalid
                                    << QStringLiteral("images/sparse.raw does not match its checksum");
    QTest::newRow("truncated archive") << QStringLiteral("truncated") << parse << QStringLiteral("truncated");
    QTest::newRow("not a tar") << QStringLiteral("text") << parse << QStringLiteral("not a tar archive");
    QTest::newRow("no bundle.json") << QStringLiteral("nomanifest") << parse
                                    << QStringLiteral("no bundle.json");
    QTest::newRow("newer format") << QStringLiteral("v2") << int(ErrorCode::UnsupportedFormat)
                                  << QStringLiteral("vocstudio-bundle/2");
    QTest::newRow("another format") << QStringLiteral("design-format") << int(ErrorCode::UnsupportedFormat)
                                    << QStringLiteral("vocstudio-design/1");
    QTest::newRow("data after the end")
        << QStringLiteral("trailing") << invalid << QStringLiteral("after the end of the archive");
}

void TestBundle::importRefuses()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, fragment);

    const QString dir = unpackedGoodBundle();
    QVERIFY(!dir.isEmpty());
    QStringList members{QStringLiteral("bundle.json"), QStringLiteral("good.voc"),
                        QStringLiteral("images/sparse.raw"), QStringLiteral("images/vmlinuz"),
                        QStringLiteral("images/initrd.img")};
    QStringList extra;
    QString archive;
    const auto editManifest = [&dir](const QByteArray& from, const QByteArray& to) {
        QFile file(QDir(dir).filePath(QStringLiteral("bundle.json")));
        QByteArray bytes = (file.open(QIODevice::ReadOnly), file.readAll());
        file.close();
        QVERIFY(bytes.contains(from));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes.replace(from, to));
    };
    if (kind == QLatin1String("dotdot") || kind == QLatin1String("absolute")) {
        QFile(QDir(dir).filePath(QStringLiteral("evil"))).open(QIODevice::WriteOnly);
        const QString to =
            kind == QLatin1String("dotdot") ? QStringLiteral("../evil") : QStringLiteral("/tmp/evil");
        extra = {QStringLiteral("--absolute-names"), QStringLiteral("--transform=s,^evil$,%1,").arg(to)};
        members.append(QStringLiteral("evil"));
    } else if (kind == QLatin1String("symlink")) {
        QFile::remove(QDir(dir).filePath(QStringLiteral("images/vmlinuz")));
        QVERIFY(
            QFile::link(QStringLiteral("/etc/passwd"), QDir(dir).filePath(QStringLiteral("images/vmlinuz"))));
    } else if (kind == QLatin1String("hardlink")) {
        QVERIFY(::link(QFile::encodeName(QDir(dir).filePath(QStringLiteral("images/vmlinuz"))).constData(),
                       QFile::encodeName(QDir(dir).filePath(QStringLiteral("images/hard"))).constData()) ==
                0);
        members.append(QStringLiteral("images/hard"));
    } else if (kind == QLatin1String("extra")) {
        QFile(QDir(dir).filePath(QStringLiteral("extra.txt"))).open(QIODevice::WriteOnly);
        members.append(QStringLiteral("extra.txt"));
    } else if (kind == QLatin1String("lacking")) {
        members.removeAll(QStringLiteral("images/initrd.img"));
    } else if (kind == QLatin1String("bigger")) {
        QFile file(QDir(dir).filePath(QStringLiteral("images/initrd.img")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("more");
    } else if (kind == QLatin1String("tampered")) {
        QFile file(QDir(dir).filePath(QStringLiteral("images/sparse.raw")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(1);
        file.write("X"); // inside the first data block: the file stays sparse and the same size
    } else if (kind == QLatin1String("nomanifest")) {
        members.removeFirst();
    } else if (kind == QLatin1String("v2")) {
        editManifest("vocstudio-bundle/1", "vocstudio-bundle/2");
    } else if (kind == QLatin1String("design-format")) {
        editManifest("vocstudio-bundle/1", "vocstudio-design/1");
    }
    if (kind == QLatin1String("truncated")) {
        archive = m_dir.filePath(QStringLiteral("truncated.tar"));
        QFile::remove(archive);
        QVERIFY(QFile::copy(m_goodBundle, archive));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == QLatin1String("text")) {
        archive = m_dir.filePath(QStringLiteral("text.vocbundle"));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (kind == QLatin1String("trailing")) {
        archive = tarCreate(dir, members);
        const QString more = tarCreate(dir, {QStringLiteral("bundle.json")});
        QFile file(archive);
        QFile tail(more);
        QVERIFY(file.open(QIODevice::Append) && tail.open(QIODevice::ReadOnly));
        file.write(tail.readAll());
    } else {
        archive = tarCreate(dir, members, extra);
    }
    QVERIFY(!archive.isEmpty());

    const QString target = m_dir.filePath(QStringLiteral("target-%1").arg(++m_counter));
    ImportBundleJob job({archive, target});
    const Result<ImportedBundle> result = runJob(job);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().what.contains(fragment), qPrintable(result.error().toString()));
    QVERIFY(!result.error().hint.isEmpty());
    QCOMPARE(filesBelow(target), QStringList()); // nothing left behind
    QVERIFY(!QFileInfo::exists(target));         // not even the folders the import made
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("evil"))));
}

void TestBundle::importConflicts()
{
    const QString target = m_dir.filePath(QStringLiteral("conflict"));
    ImportBundleJob first({m_goodBundle, target});
    const Result<ImportedBundle> imported = runJob(first);
    QVERIFY(imported.ok());
    // A local change the second import must not overwrite unless asked.
    QFile design(imported->designPath);
    QVERIFY(design.open(QIODevice::Append));
    design.write("\n");
    design.close();
    const QString changed = sha256Of(imported->designPath);

    ImportBundleJob again({m_goodBundle, target});
    const Result<ImportedBundle> refused = runJob(again);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().what.contains(QLatin1String("good.voc")), qPrintable(refused.error().what));
    QCOMPARE(sha256Of(imported->designPath), changed);

    ImportBundleJob forced({m_goodBundle, target, true});
    const Result<ImportedBundle> replaced = runJob(forced);
    QVERIFY(replaced.ok());
    QVERIFY(sha256Of(imported->designPath) != changed);
    QCOMPARE(filesBelow(target).size(), 4); // the design, the raw image both roles use, kernel, initrd
}

void TestBundle::importNeverFollowsALink_data()
{
    QTest::addColumn<bool>("tampered"); // the image fails its checksum: the import fails
    QTest::addColumn<QString>("part");  // where the link is planted, below the target folder

    for (const bool tampered : {false, true}) {
        const char* outcome = tampered ? "failed import" : "import";
        QTest::addRow("%s, link at the image's part file", outcome)
            << tampered << QStringLiteral("images/.sparse.raw.import-part");
        QTest::addRow("%s, link at the design's part file", outcome)
            << tampered << QStringLiteral(".good.voc.import-part");
    }
}

void TestBundle::importNeverFollowsALink()
{
    QFETCH(bool, tampered);
    QFETCH(QString, part);

    QString archive = m_goodBundle;
    if (tampered) {
        const QString dir = unpackedGoodBundle();
        QVERIFY(!dir.isEmpty());
        QFile file(QDir(dir).filePath(QStringLiteral("images/sparse.raw")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(1);
        file.write("X");
        file.close();
        archive = tarCreate(dir, {QStringLiteral("bundle.json"), QStringLiteral("good.voc"),
                                  QStringLiteral("images/sparse.raw"), QStringLiteral("images/vmlinuz"),
                                  QStringLiteral("images/initrd.img")});
        QVERIFY(!archive.isEmpty());
    }
    // A file outside the target, and a link to it where the import writes its part file.
    const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(++m_counter));
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not to be overwritten\n");
    }
    const QString target = m_dir.filePath(QStringLiteral("linked-%1").arg(m_counter));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/images")));
    QVERIFY(QFile::link(outside, QDir(target).filePath(part)));

    ImportBundleJob job({archive, target});
    const Result<ImportedBundle> result = runJob(job);
    QCOMPARE(result.ok(), !tampered);
    QCOMPARE(QFileInfo(outside).size(), qint64(22));
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not to be overwritten\n"));
    }
    if (!tampered) {
        QCOMPARE(sha256Of(QDir(target).filePath(QStringLiteral("images/sparse.raw"))), sha256Of(m_raw));
        QVERIFY(!QFileInfo(QDir(target).filePath(QStringLiteral("images/sparse.raw"))).isSymLink());
    }
    // No part file of ours is left; a planted link where the import never wrote may stay.
    for (const QString& left : filesBelow(target).filter(QStringLiteral("import-part")))
        QVERIFY2(QFileInfo(left).isSymLink(), qPrintable(left));
}

void TestBundle::importBoundsHoles_data()
{
    QTest::addColumn<qint64>("imageSize");    // what images/sparse.raw is made to measure (a hole grows it)
    QTest::addColumn<qint64>("maxHoleBytes"); // -1: the default
    QTest::addColumn<QString>("fragment");

    QTest::newRow("10 GiB declared, default limit")
        << (qint64(10) << 30) << qint64(-1) << u"unpacks to 10.0 GiB"_s;
    QTest::newRow("1 TiB declared, default limit")
        << (qint64(1) << 40) << qint64(-1) << u"unpacks to 1.0 TiB"_s;
    // The good bundle's own 32 MiB image is mostly holes: a lowered limit refuses it too.
    QTest::newRow("as exported, limit lowered to 1 MiB") << qint64(0) << mib << u"more than the 1.0 MiB"_s;
}

// A bundle of a few hundred kilobytes declaring a huge sparse image (consistent with its sparse map)
// is refused before extraction and hashing: promptly, naming the image, leaving nothing behind.
void TestBundle::importBoundsHoles()
{
    QFETCH(qint64, imageSize);
    QFETCH(qint64, maxHoleBytes);
    QFETCH(QString, fragment);

    const QString dir = unpackedGoodBundle();
    QVERIFY(!dir.isEmpty());
    if (imageSize > 0) {
        const QString grown = test::growDeclaredImage(dir, QStringLiteral("images/sparse.raw"), imageSize);
        QVERIFY2(grown.isEmpty(), qPrintable(grown));
    }
    const QString archive = tarCreate(
        dir, {QStringLiteral("bundle.json"), QStringLiteral("good.voc"), QStringLiteral("images/sparse.raw"),
              QStringLiteral("images/vmlinuz"), QStringLiteral("images/initrd.img")});
    QVERIFY(!archive.isEmpty());
    QVERIFY2(QFileInfo(archive).size() < 4 * mib, "the crafted bundle is small");

    const QString target = m_dir.filePath(QStringLiteral("target-%1").arg(++m_counter));
    QElapsedTimer timer;
    timer.start();
    ImportBundleJob job({archive, target, false, maxHoleBytes});
    const Result<ImportedBundle> result = runJob(job);
    const qint64 ms = timer.elapsed();
    QVERIFY(!result.ok());
    QVERIFY2(ms < 2000, qPrintable(u"refused after %1 ms"_s.arg(ms)));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().what.contains(u"\"images/sparse.raw\""_s), qPrintable(result.error().toString()));
    QVERIFY2(result.error().what.contains(fragment), qPrintable(result.error().toString()));
    QVERIFY2(result.error().hint.contains(u"--max-holes"_s), qPrintable(result.error().hint));
    QVERIFY(!QFileInfo::exists(target));

    const Result<BundleManifest> checked = checkBundle(archive, maxHoleBytes);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().what, result.error().what);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
