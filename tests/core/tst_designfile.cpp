// SPDX-License-Identifier: GPL-3.0-or-later
// The .voc format: what is written is read back unchanged, and saving never loses the old file.
#include "model/designfile.h"
#include "testfiles.h"
#include "unprivileged.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using test::fileContents;
using test::FileSizeLimit;

Q_DECLARE_METATYPE(voc::Design)

namespace {

const QString demoPath = QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc");

Design loadOrFail(const QString& path)
{
    const Result<ParsedDesign> parsed = loadDesignFile(path);
    if (!parsed.ok()) {
        qWarning("%s", qPrintable(parsed.error().toString()));
        return {};
    }
    return parsed->design;
}

// A design that sets every field away from its default, with text that needs escaping.
Design everyFieldSet()
{
    Design d;
    d.name = QStringLiteral("edge");
    d.vo = QStringLiteral("Ünïcode VO \"quoted\"");
    d.description =
        QStringLiteral("line one\nline two\ttabbed \\ backslash / slash \u00e9 \u4e2d \U0001F600");
    d.network = {QStringLiteral("172.16.0.0/12"), QStringLiteral("172.16.0.254"),
                 QStringLiteral("hpc.example.org"), QStringLiteral("seed with spaces")};
    d.hpl = {0.123456789012345, 256, 512, 3, 5};
    Role head;
    head.kind = RoleKind::Head;
    head.vcpus = 512;
    head.memoryMiB = 4 * 1024 * 1024;
    head.nic = NicModel::E1000;
    head.hostnamePattern = QStringLiteral("{vo}-{voc}");
    head.image = {QStringLiteral("/abs/path with space.qcow2"),
                  QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                  BootMode::Kernel,
                  QStringLiteral("vmlinuz"),
                  QStringLiteral("initrd.img"),
                  QStringLiteral("console=ttyS0 quiet"),
                  QString()};
    Role compute;
    compute.count = 4096;
    compute.hostnamePattern = QStringLiteral("{voc}-{role}{index:09}");
    compute.image.path = QStringLiteral("../relative.raw");
    d.roles = {head, compute, compute};
    return d;
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void demoIsCanonical();
    void demoContents();
    void enumNames_data();
    void enumNames();
    void designCounts();
    void saveKeepsBackup();
    void saveIntoMissingDirectory();
    void loadErrorsNameTheFile_data();
    void loadErrorsNameTheFile();
    void failedSaveKeepsPreviousFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDesignFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDesignFile::roundTrip_data()
{
    QTest::addColumn<Design>("design");

    QTest::newRow("default") << makeDefaultDesign();
    QTest::newRow("demo file") << loadOrFail(demoPath);
    QTest::newRow("every field set") << everyFieldSet();
    QTest::newRow("no roles, empty strings") << Design{};
    QTest::newRow("kernel boot fixture")
        << loadOrFail(QStringLiteral(VOC_FIXTURES_DIR "/designs/valid-kernel-boot.voc"));
    Design odd = makeDefaultDesign(QStringLiteral("odd"));
    odd.hpl.utilization = 1.0 / 3.0; // needs all 17 digits to come back identical
    odd.roles[1].count = -5;         // invalid, but the file format must not lose it
    QTest::newRow("odd numbers") << odd;
    Design built = makeDefaultDesign(QStringLiteral("built"));
    built.roles[0].image = ImageRef();
    built.roles[0].image.build = QStringLiteral("head");
    built.roles[1].image.build = QStringLiteral("compute"); // its path kept (validation warns)
    QTest::newRow("built images") << built;
}

void TestDesignFile::roundTrip()
{
    QFETCH(Design, design);

    const QByteArray bytes = serializeDesign(design);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(bytes.startsWith("{\n  \"format\": \"vocstudio-design/1\",\n"));
    const Result<ParsedDesign> parsed = parseDesign(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(parsed->problems.isEmpty());
    QVERIFY(parsed->design == design);
    // Stable: writing the same design twice gives the same bytes.
    QCOMPARE(serializeDesign(parsed->design), bytes);

    const QString path = m_dir->filePath(QStringLiteral("round.voc"));
    const Status saved = saveDesignFile(design, path);
    QVERIFY(saved.ok());
    QCOMPARE(fileContents(path), bytes);
    QVERIFY(loadOrFail(path) == design);
}

void TestDesignFile::demoIsCanonical()
{
    // The shipped demo is written exactly as the app would save it, so saving it unchanged is no diff.
    const QByteArray bytes = fileContents(demoPath);
    const Result<ParsedDesign> parsed = parseDesign(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(QString::fromUtf8(serializeDesign(parsed->design)), QString::fromUtf8(bytes));
}

void TestDesignFile::demoContents()
{
    const Result<ParsedDesign> parsed = loadDesignFile(demoPath);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->problems.isEmpty());
    const Design& d = parsed->design;
    QCOMPARE(d.name, QStringLiteral("demo"));
    QCOMPARE(d.vo, QStringLiteral("physics-vo"));
    QCOMPARE(d.network.subnet, QStringLiteral("10.77.0.0/24"));
    QCOMPARE(d.hpl.utilization, 0.8);
    QCOMPARE(d.hpl.blockSize, 192);
    QVERIFY(d.head());
    QCOMPARE(d.head()->vcpus, 2);
    QCOMPARE(d.head()->memoryMiB, 2048);
    QCOMPARE(toString(d.head()->nic), QStringLiteral("virtio"));
    QCOMPARE(toString(d.computeRoles().first()->nic), QStringLiteral("e1000"));
    // The demo names the images scripts/build-vcn-image makes, so it works after a build unchanged.
    QCOMPARE(d.head()->image.build, QStringLiteral("head"));
    QCOMPARE(d.head()->image.path, QString());
    QCOMPARE(d.head()->hostnamePattern, QStringLiteral("{voc}-head"));
    QCOMPARE(d.computeRoles().size(), 1);
    const Role& compute = *d.computeRoles().first();
    QCOMPARE(compute.count, 4);
    QCOMPARE(compute.vcpus, 2);
    QCOMPARE(compute.memoryMiB, 1024);
    QCOMPARE(compute.image.build, QStringLiteral("compute"));
    QCOMPARE(compute.image.path, QString());
    QCOMPARE(toString(compute.image.bootMode), QStringLiteral("disk"));
    QCOMPARE(compute.hostnamePattern, QStringLiteral("{voc}-{role}{index:02}"));
}

void TestDesignFile::enumNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // 0 role kind, 1 NIC, 2 boot mode
    QTest::addColumn<int>("value");

    QTest::newRow("head") << QStringLiteral("head") << 0 << int(RoleKind::Head);
    QTest::newRow("compute") << QStringLiteral("compute") << 0 << int(RoleKind::Compute);
    QTest::newRow("virtio") << QStringLiteral("virtio") << 1 << int(NicModel::Virtio);
    QTest::newRow("e1000") << QStringLiteral("e1000") << 1 << int(NicModel::E1000);
    QTest::newRow("disk") << QStringLiteral("disk") << 2 << int(BootMode::Disk);
    QTest::newRow("kernel") << QStringLiteral("kernel") << 2 << int(BootMode::Kernel);
}

void TestDesignFile::enumNames()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(int, value);

    // Each name maps to its value and back, and is accepted by only its own enum; case matters.
    RoleKind role{};
    NicModel nic{};
    BootMode boot{};
    QCOMPARE(fromString(name, &role), kind == 0);
    QCOMPARE(fromString(name, &nic), kind == 1);
    QCOMPARE(fromString(name, &boot), kind == 2);
    QVERIFY(!fromString(name.toUpper(), &role) && !fromString(name.toUpper(), &nic) &&
            !fromString(name.toUpper(), &boot));
    if (kind == 0) {
        QCOMPARE(int(role), value);
        QCOMPARE(toString(role), name);
    } else if (kind == 1) {
        QCOMPARE(int(nic), value);
        QCOMPARE(toString(nic), name);
    } else {
        QCOMPARE(int(boot), value);
        QCOMPARE(toString(boot), name);
    }
}

void TestDesignFile::designCounts()
{
    Design d = makeDefaultDesign();
    QCOMPARE(d.vcnCount(), 1 + d.roles[1].count);
    QCOMPARE(d.head(), &d.roles[0]);
    Role extra = d.roles[1];
    extra.count = 7;
    d.roles.prepend(extra); // roles keep file order, wherever the head is
    QCOMPARE(d.head(), &d.roles[1]);
    QCOMPARE(d.computeRoles(), (QList<const Role*>{&d.roles[0], &d.roles[2]}));
    QCOMPARE(d.vcnCount(), 1 + 7 + d.roles[2].count);
    d.roles.clear();
    QCOMPARE(d.head(), nullptr);
    QVERIFY(d.computeRoles().isEmpty());
    QCOMPARE(d.vcnCount(), 0);
}

void TestDesignFile::saveKeepsBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.voc"));
    const Design first = makeDefaultDesign(QStringLiteral("first"));
    const Design second = makeDefaultDesign(QStringLiteral("second"));
    QVERIFY(saveDesignFile(first, path).ok());
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    QVERIFY(saveDesignFile(second, path).ok());
    QVERIFY(loadOrFail(path) == second);
    QVERIFY(loadOrFail(path + QStringLiteral(".bak")) == first);
}

void TestDesignFile::saveIntoMissingDirectory()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/demo.voc"));
    const Status saved = saveDesignFile(makeDefaultDesign(), path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::Io);
    QCOMPARE(saved.error().where, path);
    QVERIFY(saved.error().toString().contains(path));
}

void TestDesignFile::loadErrorsNameTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("whereSuffix"); // after the path

    QTest::newRow("missing") << QStringLiteral("missing.voc") << int(ErrorCode::NotFound) << QString();
    QTest::newRow("a directory") << QStringLiteral("folder.voc") << int(ErrorCode::InvalidInput) << QString();
    QTest::newRow("unreadable") << QStringLiteral("locked.voc") << int(ErrorCode::Io) << QString();
    QTest::newRow("read fails after open")
        << QStringLiteral("/proc/self/mem") << int(ErrorCode::Io) << QString();
    QTest::newRow("malformed") << QStringLiteral("malformed.voc") << int(ErrorCode::Parse)
                               << QStringLiteral(":3:3");
    QTest::newRow("newer format") << QStringLiteral("future.voc") << int(ErrorCode::UnsupportedFormat)
                                  << QString();
}

void TestDesignFile::loadErrorsNameTheFile()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, whereSuffix);

    const QString path = QDir::isAbsolutePath(name) ? name : m_dir->filePath(name);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.voc")));
    QVERIFY(saveDesignFile(makeDefaultDesign(), m_dir->filePath(QStringLiteral("locked.voc"))).ok());
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("locked.voc")), QFileDevice::WriteOwner));
    QFile malformed(m_dir->filePath(QStringLiteral("malformed.voc")));
    QVERIFY(malformed.open(QIODevice::WriteOnly));
    malformed.write("{\n  \"name\": \"x\"\n  \"vo\": \"y\"\n}\n");
    malformed.close();
    QFile future(m_dir->filePath(QStringLiteral("future.voc")));
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write("{\"format\": \"vocstudio-design/2\"}");
    future.close();

    if (name == QLatin1String("locked.voc"))
        VOC_RUN_AS_ORDINARY_USER(); // root reads any file
    const Result<ParsedDesign> loaded = loadDesignFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(int(loaded.error().code), code);
    QCOMPARE(loaded.error().where, path + whereSuffix);
}

void TestDesignFile::failedSaveKeepsPreviousFile()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.voc"));
    const Design previous = makeDefaultDesign(QStringLiteral("previous"));
    QVERIFY(saveDesignFile(previous, path).ok());
    const QByteArray previousBytes = fileContents(path);

    Design bigger = previous;
    bigger.description = QString(100 * 1024, QLatin1Char('d'));
    Status saved = Ok{};
    {
        const FileSizeLimit limit(8 * 1024); // the disk "fills up" part-way through the write
        saved = saveDesignFile(bigger, path);
    }
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::Io);
    QCOMPARE(saved.error().where, path);
    QCOMPARE(fileContents(path), previousBytes);
    QVERIFY(loadOrFail(path) == previous);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("demo.voc"), QStringLiteral("demo.voc.bak")}));
}

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
