// SPDX-License-Identifier: GPL-3.0-or-later
// Designs that name a built image ("image": {"build": "head"}) resolved against build caches laid out
// as scripts/build-vcn-image writes them: <cache>/<role>-<recipe hash>/{disk.qcow2,...,manifest.json}.
#include "images/builtimages.h"
#include "model/designfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// One build folder; without a manifest it is an interrupted build. Returns the disk's path.
QString addBuild(const QString& cache, const QString& folder, bool complete, const QString& sha)
{
    const QString dir = cache + QLatin1Char('/') + folder;
    if (!QDir().mkpath(dir))
        return {};
    const QString disk = dir + QStringLiteral("/disk.qcow2");
    if (!writeText(disk, "disk") || !writeText(dir + QStringLiteral("/vmlinuz"), "kernel"))
        return {};
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("vocstudio-image-manifest/1")},
        {QStringLiteral("role"), folder.section(QLatin1Char('-'), 0, 0)},
        {QStringLiteral("diskFormat"), QStringLiteral("qcow2")},
        {QStringLiteral("disk"), QStringLiteral("disk.qcow2")},
        {QStringLiteral("kernel"), QStringLiteral("vmlinuz")},
        {QStringLiteral("cmdline"), QStringLiteral("console=ttyS0")},
        {QStringLiteral("bootMode"), QStringLiteral("kernel")},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("sizeBytes"), 4},
        {QStringLiteral("virtualSizeBytes"), 67108864},
    };
    if (complete && !writeText(dir + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson()))
        return {};
    return disk;
}

QString shaOf(char digit)
{
    return QString(64, QLatin1Char(digit));
}

Design demoDesign()
{
    const Result<ParsedDesign> parsed =
        loadDesignFile(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"));
    return parsed ? parsed->design : Design{};
}

} // namespace

class TestBuiltImages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void find_data();
    void find();
    void resolveDemo();
    void notBuiltNamesRoleAndCommand();
    void pathRolesUntouched();
    void cacheDirsForThisUser();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_user;
    QString m_system;
};

void TestBuiltImages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_user = m_dir->filePath(QStringLiteral("user"));
    m_system = m_dir->filePath(QStringLiteral("system"));
    QVERIFY(QDir().mkpath(m_user) && QDir().mkpath(m_system));
}

void TestBuiltImages::find_data()
{
    // Each build: cache ("user" or "system"), folder, complete, sha digit; expected: the sha digit
    // of the build found, or 0 for none.
    QTest::addColumn<QStringList>("builds");
    QTest::addColumn<QString>("name");
    QTest::addColumn<char>("found");

    QTest::newRow("one build") << QStringList{u"user head-0123456789abcdef 1 a"_s} << u"head"_s << 'a';
    QTest::newRow("nothing built") << QStringList{} << u"head"_s << char(0);
    QTest::newRow("interrupted build (no manifest)")
        << QStringList{u"user head-0123456789abcdef 0 a"_s} << u"head"_s << char(0);
    QTest::newRow("another role only")
        << QStringList{u"user compute-0123456789abcdef 1 a"_s} << u"head"_s << char(0);
    QTest::newRow("not a build folder")
        << QStringList{u"user head-old 1 a"_s, u"user headless-0123456789abcdef 1 b"_s} << u"head"_s
        << char(0);
    QTest::newRow("own cache before root's")
        << QStringList{u"system head-0123456789abcdef 1 a"_s, u"user head-fedcba9876543210 1 b"_s}
        << u"head"_s << 'b';
    QTest::newRow("root's cache when not built here")
        << QStringList{u"system compute-0123456789abcdef 1 c"_s} << u"compute"_s << 'c';
}

void TestBuiltImages::find()
{
    QFETCH(QStringList, builds);
    QFETCH(QString, name);
    QFETCH(char, found);

    for (const QString& build : std::as_const(builds)) {
        const QStringList f = build.split(QLatin1Char(' '));
        const QString cache = f.at(0) == QLatin1String("user") ? m_user : m_system;
        QVERIFY(!addBuild(cache, f.at(1), f.at(2) == QLatin1String("1"), shaOf(f.at(3).at(0).toLatin1()))
                     .isEmpty());
    }
    const Result<ImageInfo> image = findBuiltImage(name, {m_user, m_system});
    if (!found) {
        QVERIFY(!image);
        QCOMPARE(image.error().code, ErrorCode::NotFound);
        QVERIFY2(image.error().what.contains(m_user) && image.error().what.contains(m_system),
                 qPrintable(image.error().toString()));
        QCOMPARE(image.error().hint, u"build it: scripts/build-vcn-image --role %1"_s.arg(name));
        return;
    }
    QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
    QCOMPARE(image->sha256, shaOf(found));
    QVERIFY(QFileInfo(image->path).isAbsolute());
    QVERIFY(image->bootMode == BootMode::Kernel);
}

void TestBuiltImages::resolveDemo()
{
    const QString head = addBuild(m_system, u"head-0123456789abcdef"_s, true, shaOf('a'));
    const QString compute = addBuild(m_system, u"compute-0123456789abcdef"_s, true, shaOf('b'));
    const Design demo = demoDesign();
    QCOMPARE(demo.roles.size(), 2);
    const Result<Design> resolved = resolveBuiltImages(demo, {m_user, m_system});
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().toString()));
    const ImageRef& h = resolved->roles.at(0).image;
    QCOMPARE(h.path, head);
    QCOMPARE(h.sha256, shaOf('a'));
    QVERIFY(h.bootMode == BootMode::Kernel);
    QCOMPARE(h.kernel, QFileInfo(head).absolutePath() + u"/vmlinuz"_s);
    QCOMPARE(h.cmdline, u"console=ttyS0"_s);
    QCOMPARE(h.build, u"head"_s);
    QCOMPARE(resolved->roles.at(1).image.path, compute);
    // Nothing else of the design changes.
    Design back = *resolved;
    for (qsizetype i = 0; i < back.roles.size(); ++i)
        back.roles[i].image = demo.roles.at(i).image;
    QVERIFY(back == demo);
}

void TestBuiltImages::notBuiltNamesRoleAndCommand()
{
    addBuild(m_system, u"head-0123456789abcdef"_s, true, shaOf('a'));
    const Result<Design> resolved = resolveBuiltImages(demoDesign(), {m_user, m_system});
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().code, ErrorCode::NotFound);
    QCOMPARE(resolved.error().where, u"roles[1].image.build"_s);
    QVERIFY2(
        resolved.error().what.startsWith(u"the compute role's image: the image \"compute\" is not built"_s),
        qPrintable(resolved.error().what));
    QCOMPARE(resolved.error().hint, u"build it: scripts/build-vcn-image --role compute"_s);
}

void TestBuiltImages::pathRolesUntouched()
{
    Design design = makeDefaultDesign();
    const Result<Design> resolved = resolveBuiltImages(design, {m_user, m_system});
    QVERIFY(resolved);
    QVERIFY(*resolved == design);
}

void TestBuiltImages::cacheDirsForThisUser()
{
    // The script's own default for this user comes first; root's folder is searched by everyone.
    const QStringList dirs = builtImageCacheDirs();
    QVERIFY(!dirs.isEmpty());
    QCOMPARE(dirs.last(), u"/var/cache/vocstudio/images"_s);
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        QCOMPARE(dirs.size(), 1);
    else
        QVERIFY(dirs.first().endsWith(u"/vocstudio/images"_s));
}

QTEST_GUILESS_MAIN(TestBuiltImages)
#include "tst_builtimages.moc"
