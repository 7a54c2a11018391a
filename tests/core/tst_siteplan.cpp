// SPDX-License-Identifier: GPL-3.0-or-later
// A design planned for a site: names from the patterns, addresses from the site's range around what
// the directory holds, MACs never taken, placement, uploads once per pool, refusals that explain.
#include "deploy/siteplan.h"
#include "net/mac.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace voc;

namespace {

const QString sha1 = QStringLiteral("aa11bb22cc33dd44ee55ff6600778899aa11bb22cc33dd44ee55ff6600778899");
const QString sha2 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

Design design(int computeCount)
{
    Design d = makeDefaultDesign(QStringLiteral("demo"));
    d.vo = QStringLiteral("physics");
    d.roles[0].vcpus = 2;
    d.roles[0].memoryMiB = 2048;
    d.roles[0].hostnamePattern = QStringLiteral("{voc}-head");
    d.roles[0].image.path = QStringLiteral("images/head.qcow2");
    d.roles[0].image.sha256 = sha1;
    d.roles[1].count = computeCount;
    d.roles[1].vcpus = 2;
    d.roles[1].memoryMiB = 1024;
    d.roles[1].hostnamePattern = QStringLiteral("{voc}-{role}{index:02}");
    d.roles[1].image.path = QStringLiteral("images/compute.qcow2");
    d.roles[1].image.sha256 = sha2;
    return d;
}

SiteProfile site(StorageSharing sharing)
{
    SiteProfile p;
    p.name = QStringLiteral("sandbox");
    p.hosts = {{QStringLiteral("kvm1"), QStringLiteral("qemu+ssh://root@10.213.5.11/system"), 2, 8192},
               {QStringLiteral("kvm2"), QStringLiteral("qemu+ssh://root@10.213.5.12/system"), 2, 8192}};
    p.storage.sharing = sharing;
    p.network = {.bridge = QStringLiteral("vocbr0"),
                 .subnet = QStringLiteral("10.213.5.0/24"),
                 .rangeStart = QStringLiteral("10.213.5.100"),
                 .rangeEnd = QStringLiteral("10.213.5.110"),
                 .gateway = QStringLiteral("10.213.5.1"),
                 .dnsDomain = QStringLiteral("vsp.test"),
                 .dnsServer = QStringLiteral("10.213.5.101")};
    return p;
}

VcnRecord record(const QString& voc, const QString& hostname, const QString& ip, const QString& mac)
{
    return VcnRecord{voc, hostname, ip, mac, QStringLiteral("compute of other"), {}};
}

SitePlanInput input(int computeCount, StorageSharing sharing = StorageSharing::Shared,
                    const QList<VcnRecord>& directory = {})
{
    SitePlanInput in;
    in.design = design(computeCount);
    in.designDir = QStringLiteral("/designs");
    in.profile = site(sharing);
    in.directory = directory;
    in.imageFormat.insert(QStringLiteral("/designs/images/head.qcow2"), QStringLiteral("qcow2"));
    in.imageBytes.insert(QStringLiteral("/designs/images/head.qcow2"), 1000);
    in.imageBytes.insert(QStringLiteral("/designs/images/compute.qcow2"), 2000);
    return in;
}

} // namespace

class TestSitePlan : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void refused_data();
    void refused();
    void jsonRoundTrip();
};

void TestSitePlan::plan_data()
{
    QTest::addColumn<int>("computeCount");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QList<VcnRecord>>("directory");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("hosts");

    QTest::newRow("demo on an empty site")
        << 4 << true << QList<VcnRecord>{}
        << QStringList{QStringLiteral("10.213.5.100"), QStringLiteral("10.213.5.102"),
                       QStringLiteral("10.213.5.103"), QStringLiteral("10.213.5.104"),
                       QStringLiteral("10.213.5.105")}
        << QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm2"), QStringLiteral("kvm1"),
                       QStringLiteral("kvm2"), QStringLiteral("kvm1")};
    const QString otherMac = macForIndex(QStringLiteral("sandbox/physics/demo"), 0).toString();
    QTest::newRow("addresses and MACs of another VOC skipped")
        << 1 << false
        << QList<VcnRecord>{record(QStringLiteral("other"), QStringLiteral("other-head"),
                                   QStringLiteral("10.213.5.100"), otherMac),
                            record(QStringLiteral("other"), QStringLiteral("other-compute01"),
                                   QStringLiteral("10.213.5.103"), QStringLiteral("02:00:00:00:00:09"))}
        << QStringList{QStringLiteral("10.213.5.102"), QStringLiteral("10.213.5.104")}
        << QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm2")};
}

void TestSitePlan::plan()
{
    QFETCH(int, computeCount);
    QFETCH(bool, shared);
    QFETCH(QList<VcnRecord>, directory);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, hosts);
    const Result<SitePlan> plan = planForSite(
        input(computeCount, shared ? StorageSharing::Shared : StorageSharing::PerHost, directory));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->vcns.size(), computeCount + 1);
    QVERIFY(plan->vcns.first().entry.role == RoleKind::Head);
    QCOMPARE(plan->vcns.first().entry.hostname, QStringLiteral("demo-head"));
    QSet<QString> takenMacs;
    for (const VcnRecord& r : directory)
        takenMacs.insert(r.mac);
    QSet<QString> macs;
    for (qsizetype i = 0; i < plan->vcns.size(); ++i) {
        const SiteVcn& vcn = plan->vcns[i];
        QCOMPARE(vcn.entry.ip, ips[i]);
        QCOMPARE(vcn.host, hosts[i]);
        QCOMPARE(vcn.hostUri, vcn.host == QLatin1String("kvm1")
                                  ? QStringLiteral("qemu+ssh://root@10.213.5.11/system")
                                  : QStringLiteral("qemu+ssh://root@10.213.5.12/system"));
        QCOMPARE(vcn.domain, QStringLiteral("voc-demo-") + vcn.entry.hostname);
        QCOMPARE(vcn.overlayVolume, vcn.domain + QStringLiteral(".qcow2"));
        const Result<MacAddress> mac = MacAddress::parse(vcn.entry.mac);
        QVERIFY(mac.ok());
        QVERIFY(mac->isLocallyAdministered());
        QVERIFY(!mac->isMulticast());
        QVERIFY(!takenMacs.contains(vcn.entry.mac));
        macs.insert(vcn.entry.mac);
        QVERIFY(vcn.entry.image.path.startsWith(QStringLiteral("/designs/images/")));
        QCOMPARE(vcn.baseVolume, vcn.entry.role == RoleKind::Head
                                     ? QStringLiteral("vocimg-aa11bb22cc33dd44.qcow2")
                                     : QStringLiteral("vocimg-0123456789abcdef.qcow2"));
    }
    QCOMPARE(macs.size(), plan->vcns.size());
    // One upload per image: one target for a shared pool, every host running it for per-host pools.
    QCOMPARE(plan->uploads.size(), 2);
    QCOMPARE(plan->uploads[0].sha256, sha1);
    QCOMPARE(plan->uploads[0].bytes, 1000);
    QCOMPARE(plan->uploads[1].vcns.size(), computeCount);
    if (shared) {
        QCOMPARE(plan->uploads[0].hosts, QStringList{QStringLiteral("kvm1")});
        QCOMPARE(plan->uploads[1].hosts, QStringList{QStringLiteral("kvm1")});
    } else {
        QCOMPARE(plan->uploads[0].hosts, QStringList{QStringLiteral("kvm1")});
        QCOMPARE(plan->uploads[1].hosts, QStringList{QStringLiteral("kvm2")});
    }
    const QList<VcnRecord> records = plan->directoryRecords();
    QCOMPARE(records.size(), plan->vcns.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].voc, QStringLiteral("demo"));
        QCOMPARE(records[i].hostname, plan->vcns[i].entry.hostname);
        QCOMPARE(records[i].ip, plan->vcns[i].entry.ip);
        QCOMPARE(records[i].mac, plan->vcns[i].entry.mac);
        QVERIFY(normalizeVcnRecord(records[i]).ok());
    }
    QVERIFY(plan->summary.contains(QStringLiteral("kvm1")));
    QCOMPARE(plan->usedHosts(), (QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm2")}));
}

void TestSitePlan::refused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");
    QTest::newRow("hostname of another VOC")
        << QStringLiteral("name-taken") << ErrorCode::Conflict
        << QStringLiteral("the hostname demo-compute02 is taken at sandbox by the VOC other")
        << QStringLiteral("roles[1].hostnamePattern");
    QTest::newRow("range too small") << QStringLiteral("range") << ErrorCode::Exhausted
                                     << QStringLiteral("has 10 free addresses; the design needs 12")
                                     << QStringLiteral("network.rangeStart");
    QTest::newRow("checksum unknown") << QStringLiteral("no-sha") << ErrorCode::InvalidInput
                                      << QStringLiteral("checksum of the image is not known")
                                      << QStringLiteral("/designs/images/compute.qcow2");
    QTest::newRow("kernel checksum unknown")
        << QStringLiteral("kernel") << ErrorCode::InvalidInput
        << QStringLiteral("checksum of the kernel is not known") << QStringLiteral("/boot/vmlinuz");
    QTest::newRow("does not fit") << QStringLiteral("memory") << ErrorCode::Exhausted
                                  << QStringLiteral("needs 9000 MiB; the largest free is")
                                  << QStringLiteral("demo-head");
}

void TestSitePlan::refused()
{
    QFETCH(QString, change);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QFETCH(QString, where);
    SitePlanInput in = input(change == QLatin1String("range") ? 11 : 4);
    if (change == QLatin1String("name-taken"))
        in.directory.append(record(QStringLiteral("other"), QStringLiteral("demo-compute02"),
                                   QStringLiteral("10.213.5.50"), QStringLiteral("02:00:00:00:00:01")));
    else if (change == QLatin1String("no-sha"))
        in.design.roles[1].image.sha256.clear();
    else if (change == QLatin1String("kernel")) {
        in.design.roles[1].image.bootMode = BootMode::Kernel;
        in.design.roles[1].image.kernel = QStringLiteral("/boot/vmlinuz");
    } else if (change == QLatin1String("memory"))
        in.design.roles[0].memoryMiB = 9000;
    const Result<SitePlan> plan = planForSite(in);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().code == code);
    QVERIFY2(plan.error().what.contains(message), qPrintable(plan.error().what));
    QCOMPARE(plan.error().where, where);
}

void TestSitePlan::jsonRoundTrip()
{
    // Kernel boot for the head (as the demo images boot): kernel and initrd go as raw volumes.
    SitePlanInput in = input(3, StorageSharing::PerHost);
    in.design.roles[0].image.bootMode = BootMode::Kernel;
    in.design.roles[0].image.kernel = QStringLiteral("images/vmlinuz");
    in.design.roles[0].image.initrd = QStringLiteral("/abs/initrd.img");
    in.design.roles[0].image.cmdline = QStringLiteral("root=/dev/vda console=ttyS0");
    in.imageSha256.insert(QStringLiteral("/designs/images/vmlinuz"), QString(64, QLatin1Char('b')));
    in.imageSha256.insert(QStringLiteral("/abs/initrd.img"), QString(64, QLatin1Char('c')));
    in.imageFormat.insert(QStringLiteral("/designs/images/vmlinuz"), QStringLiteral("raw"));
    in.imageFormat.insert(QStringLiteral("/abs/initrd.img"), QStringLiteral("raw"));
    const Result<SitePlan> plan = planForSite(in);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->uploads.size(), 4);
    QCOMPARE(plan->uploads[1].localPath, QStringLiteral("/designs/images/vmlinuz"));
    QCOMPARE(plan->uploads[1].volume, QStringLiteral("vocimg-bbbbbbbbbbbbbbbb.raw"));
    QCOMPARE(plan->uploads[2].format, QStringLiteral("raw"));
    QCOMPARE(plan->vcns[0].kernelVolume, plan->uploads[1].volume);
    QCOMPARE(plan->vcns[0].initrdVolume, plan->uploads[2].volume);
    QCOMPARE(plan->vcns[0].entry.image.kernel, QStringLiteral("/designs/images/vmlinuz"));
    QVERIFY(plan->vcns[1].kernelVolume.isEmpty());
    const QByteArray json = QJsonDocument(sitePlanToJson(*plan)).toJson();
    const Result<SitePlan> back = sitePlanFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(back.ok());
    const SitePlan& expected = *plan;
    QCOMPARE(back->vcns, expected.vcns);
    QCOMPARE(back->uploads, expected.uploads);
    QCOMPARE(back->hosts, expected.hosts);
    QVERIFY(*back == expected);
}

QTEST_GUILESS_MAIN(TestSitePlan)
#include "tst_siteplan.moc"
