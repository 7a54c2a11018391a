// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of image pushing: content-addressed volume names, where an image goes at a site
// (once for a shared pool, per host otherwise), and the byte sizes progress lines show.
#include "images/imagepush.h"

#include <QTest>

using namespace voc;

namespace {

SiteProfile site(StorageSharing sharing)
{
    SiteProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.storage.pool = QStringLiteral("vocstudio");
    profile.storage.sharing = sharing;
    profile.hosts = {SiteHost{QStringLiteral("kvm1"), QStringLiteral("qemu+ssh://root@h1/system"), 0, 0},
                     SiteHost{QStringLiteral("kvm2"), QStringLiteral("qemu+ssh://root@h2/system"), 0, 0}};
    return profile;
}

} // namespace

class TestImagePush : public QObject
{
    Q_OBJECT

private slots:
    void volumeName_data();
    void volumeName();
    void targets_data();
    void targets();
    void targetErrors();
    void bytes_data();
    void bytes();
};

void TestImagePush::volumeName_data()
{
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::newRow("qcow2") << sha << QStringLiteral("qcow2")
                           << QStringLiteral("vocimg-0123456789abcdef.qcow2");
    QTest::newRow("raw") << sha << QStringLiteral("raw") << QStringLiteral("vocimg-0123456789abcdef.raw");
    QTest::newRow("upper case") << sha.toUpper() << QStringLiteral("raw")
                                << QStringLiteral("vocimg-0123456789abcdef.raw");
}

void TestImagePush::volumeName()
{
    QFETCH(QString, sha256);
    QFETCH(QString, format);
    QFETCH(QString, name);
    QCOMPARE(imageVolumeName(sha256, format), name);
}

void TestImagePush::targets_data()
{
    QTest::addColumn<int>("sharing");
    QTest::addColumn<QString>("onlyHost");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("shared: once") << int(StorageSharing::Shared) << QString()
                                  << QStringList{QStringLiteral("kvm1")};
    QTest::newRow("shared, through kvm2")
        << int(StorageSharing::Shared) << QStringLiteral("kvm2") << QStringList{QStringLiteral("kvm2")};
    QTest::newRow("per host: every host") << int(StorageSharing::PerHost) << QString()
                                          << QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm2")};
    QTest::newRow("per host, one") << int(StorageSharing::PerHost) << QStringLiteral("kvm2")
                                   << QStringList{QStringLiteral("kvm2")};
}

void TestImagePush::targets()
{
    QFETCH(int, sharing);
    QFETCH(QString, onlyHost);
    QFETCH(QStringList, hosts);
    const SiteProfile profile = site(StorageSharing(sharing));
    const Result<QList<ImagePushTarget>> targets = imagePushTargets(profile, onlyHost);
    QVERIFY(targets.ok());
    QStringList names;
    for (const ImagePushTarget& target : *targets) {
        names << target.hostName;
        QCOMPARE(target.pool, QStringLiteral("vocstudio"));
        QVERIFY(target.uri.contains(target.hostName == QLatin1String("kvm1") ? QLatin1String("h1")
                                                                             : QLatin1String("h2")));
    }
    QCOMPARE(names, hosts);
}

void TestImagePush::targetErrors()
{
    const Result<QList<ImagePushTarget>> unknown =
        imagePushTargets(site(StorageSharing::Shared), QStringLiteral("kvm9"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().hint.contains(QStringLiteral("kvm1, kvm2")));
    SiteProfile empty = site(StorageSharing::Shared);
    empty.hosts.clear();
    const Result<QList<ImagePushTarget>> none = imagePushTargets(empty);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::InvalidInput);
}

void TestImagePush::bytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(17) << QStringLiteral("17 bytes");
    QTest::newRow("KiB") << qint64(4096) << QStringLiteral("4 KiB");
    QTest::newRow("MiB") << qint64(1536) * 1024 << QStringLiteral("1.5 MiB");
    QTest::newRow("hundreds of MiB") << qint64(310) * 1024 * 1024 << QStringLiteral("310 MiB");
    QTest::newRow("GiB") << qint64(1288490189) << QStringLiteral("1.2 GiB");
    QTest::newRow("4 GiB") << qint64(4) * 1024 * 1024 * 1024 << QStringLiteral("4.0 GiB");
}

void TestImagePush::bytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(formatBytes(bytes), text);
}

QTEST_GUILESS_MAIN(TestImagePush)
#include "tst_imagepush.moc"
