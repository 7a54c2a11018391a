// SPDX-License-Identifier: GPL-3.0-or-later
// A deployment against its VO's grant: what the VO holds by VOC (records, session domains, pool
// volumes), what a plan needs, and the verdict whose refusal names every quota with its numbers and
// the deployments that hold the rest, or the VCN whose address is outside the grant.
#include "deploy/voquota.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

using Records = QList<VcnRecord>;
using Domains = QList<VoDomain>;
using Volumes = QList<VolumeInfo>;
using Holders = QList<QuotaHolder>;
Q_DECLARE_METATYPE(Records)
Q_DECLARE_METATYPE(Domains)
Q_DECLARE_METATYPE(Volumes)
Q_DECLARE_METATYPE(Holders)
Q_DECLARE_METATYPE(QuotaNeeds)
Q_DECLARE_METATYPE(VoGrant)
Q_DECLARE_METATYPE(SitePlan)
Q_DECLARE_METATYPE(ErrorCode)

namespace QTest {
template<> char* toString(const QuotaHolder& holder)
{
    return qstrdup(QStringLiteral("%1{vcns %2, vcpus %3, memory %4, storage %5}")
                       .arg(holder.name)
                       .arg(holder.held.vcns)
                       .arg(holder.held.vcpus)
                       .arg(holder.held.memoryMiB)
                       .arg(holder.held.storageMiB)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

namespace {

constexpr qint64 mib = 1024 * 1024;

VcnRecord record(const QString& voc, const QString& hostname)
{
    return VcnRecord{.voc = voc,
                     .hostname = hostname,
                     .ip = u"10.213.0.100"_s,
                     .mac = u"02:00:00:00:00:01"_s,
                     .description = u"compute of alpha"_s,
                     .dn = {},
                     .vo = u"alpha"_s};
}

VoDomain domain(const QString& design, const QString& hostname, int vcpus, qint64 memoryMiB)
{
    return VoDomain{.host = u"kvm1"_s,
                    .name = design.isEmpty() ? hostname : u"voc-"_s + design + u'-' + hostname,
                    .design = design,
                    .vcpus = vcpus,
                    .memoryMiB = memoryMiB};
}

VolumeInfo volume(const QString& name, qint64 bytes)
{
    return VolumeInfo{.pool = u"vocstudio"_s,
                      .name = name,
                      .path = u"/var/lib/libvirt/images/vos/alpha/"_s + name,
                      .format = u"qcow2"_s,
                      .capacityBytes = bytes,
                      .allocationBytes = bytes};
}

QuotaHolder holder(const QString& name, qint64 vcns, qint64 vcpus, qint64 memoryMiB, qint64 storageMiB)
{
    return {name, {vcns, vcpus, memoryMiB, storageMiB}};
}

VoGrant grant(qint64 vcns, qint64 vcpus, qint64 memoryMiB, qint64 storageMiB,
              const QStringList& ranges = {u"10.213.0.100-10.213.0.149"_s})
{
    VoGrant g{.vo = u"alpha"_s,
              .dn = u"ou=alpha,ou=vocs,dc=vsp,dc=test"_s,
              .ranges = {},
              .maxVcns = vcns,
              .maxVcpus = vcpus,
              .maxMemoryMiB = memoryMiB,
              .maxStorageMiB = storageMiB};
    for (const QString& range : ranges)
        g.ranges.emplaceBack(*Ipv4Address::parse(range.section(u'-', 0, 0)),
                             *Ipv4Address::parse(range.section(u'-', 1, 1)));
    return g;
}

QuotaNeeds needing(qint64 vcns, qint64 vcpus, qint64 memoryMiB, qint64 storageMiB,
                   const QString& firstIp = u"10.213.0.120"_s)
{
    QuotaNeeds n{.amounts = {vcns, vcpus, memoryMiB, storageMiB}, .addresses = {}};
    n.addresses.emplaceBack(u"big-head"_s, firstIp);
    for (qint64 i = 1; i < vcns; ++i)
        n.addresses.emplaceBack(u"big-compute%1"_s.arg(i), u"10.213.0.%1"_s.arg(120 + i));
    return n;
}

// A plan of VCNs with the given vCPUs and memory, and one image per entry of `images` (bytes), all
// to kvm1 (shared pool) or to both hosts (a pool per host).
SitePlan plan(const QList<std::pair<int, int>>& vcns, const QList<qint64>& images, StorageSharing sharing)
{
    SitePlan p;
    p.site = u"vd"_s;
    p.design = u"big"_s;
    p.sharing = sharing;
    for (qsizetype i = 0; i < vcns.size(); ++i) {
        SiteVcn vcn;
        vcn.entry.hostname = u"big-vcn%1"_s.arg(i);
        vcn.entry.ip = u"10.213.0.%1"_s.arg(120 + i);
        vcn.entry.vcpus = vcns[i].first;
        vcn.entry.memoryMiB = vcns[i].second;
        p.vcns.append(vcn);
    }
    for (qsizetype i = 0; i < images.size(); ++i) {
        ImageUpload upload;
        upload.volume = u"vocimg-%1.qcow2"_s.arg(i);
        upload.bytes = images[i];
        upload.hosts =
            sharing == StorageSharing::Shared ? QStringList{u"kvm1"_s} : QStringList{u"kvm1"_s, u"kvm2"_s};
        p.uploads.append(upload);
    }
    return p;
}

} // namespace

class TestVoQuota : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void needs_data();
    void needs();
    void verdict_data();
    void verdict();
    void summaryOfAFit();
};

void TestVoQuota::usage_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<Domains>("domains");
    QTest::addColumn<Volumes>("volumes");
    QTest::addColumn<Holders>("expected");

    QTest::newRow("nothing") << Records{} << Domains{} << Volumes{} << Holders{};
    QTest::newRow("records only: registered, not running")
        << Records{record(u"small"_s, u"small-head"_s), record(u"small"_s, u"small-compute01"_s)} << Domains{}
        << Volumes{} << Holders{holder(u"small"_s, 2, 0, 0, 0)};
    QTest::newRow("records and their domains: counted once")
        << Records{record(u"small"_s, u"small-head"_s), record(u"small"_s, u"small-compute01"_s)}
        << Domains{domain(u"small"_s, u"small-head"_s, 1, 256),
                   domain(u"small"_s, u"small-compute01"_s, 2, 512)}
        << Volumes{} << Holders{holder(u"small"_s, 2, 3, 768, 0)};
    QTest::newRow("more domains than records: the domains count")
        << Records{record(u"small"_s, u"small-head"_s)}
        << Domains{domain(u"small"_s, u"small-head"_s, 1, 256),
                   domain(u"small"_s, u"small-compute01"_s, 1, 256),
                   domain(u"small"_s, u"small-compute02"_s, 1, 256)}
        << Volumes{} << Holders{holder(u"small"_s, 3, 3, 768, 0)};
    QTest::newRow("a domain of no VOC counts by its name")
        << Records{} << Domains{domain({}, u"handmade"_s, 4, 2048)} << Volumes{}
        << Holders{holder(u"handmade"_s, 1, 4, 2048, 0)};
    QTest::newRow("the VOC being deployed is left out")
        << Records{record(u"big"_s, u"big-head"_s), record(u"small"_s, u"small-head"_s)}
        << Domains{domain(u"big"_s, u"big-head"_s, 8, 8192), domain(u"small"_s, u"small-head"_s, 1, 256)}
        << Volumes{volume(u"voc-big-big-head.qcow2"_s, 100 * mib),
                   volume(u"voc-small-small-head.qcow2"_s, mib)}
        << Holders{holder(u"small"_s, 1, 1, 256, 1)};
    QTest::newRow("overlays by VOC, images shared, other files by name")
        << Records{record(u"small"_s, u"small-head"_s), record(u"old"_s, u"old-head"_s)}
        << Domains{domain(u"small"_s, u"small-head"_s, 1, 256)}
        << Volumes{volume(u"voc-small-small-head.qcow2"_s, 10 * mib),
                   volume(u"voc-old-old-head.qcow2"_s, 3 * mib), // a record, no domain: still its VOC's
                   volume(u"vocimg-aa11bb22cc33dd44.qcow2"_s, 100 * mib),
                   volume(u"vocimg-0123456789abcdef.raw"_s, 5 * mib), volume(u"notes.img"_s, 1)}
        << Holders{holder(u"notes.img"_s, 0, 0, 0, 1), holder(u"old"_s, 1, 0, 0, 3),
                   holder(u"small"_s, 1, 1, 256, 10), holder(u"shared images"_s, 0, 0, 0, 105)};
    QTest::newRow("storage rounds up once per holder, not per volume")
        << Records{record(u"small"_s, u"small-head"_s), record(u"small"_s, u"small-compute01"_s)} << Domains{}
        << Volumes{volume(u"voc-small-small-head.qcow2"_s, mib / 2),
                   volume(u"voc-small-small-compute01.qcow2"_s, mib / 2)}
        << Holders{holder(u"small"_s, 2, 0, 0, 1)};
}

void TestVoQuota::usage()
{
    QFETCH(Records, records);
    QFETCH(Domains, domains);
    QFETCH(Volumes, volumes);
    QFETCH(Holders, expected);
    QCOMPARE(voUsage(records, domains, volumes, u"big"_s), expected);
}

void TestVoQuota::needs_data()
{
    QTest::addColumn<SitePlan>("plan");
    QTest::addColumn<QStringList>("onKvm1");
    QTest::addColumn<QStringList>("onKvm2");
    QTest::addColumn<qint64>("vcpus");
    QTest::addColumn<qint64>("memoryMiB");
    QTest::addColumn<qint64>("storageMiB");

    const QList<std::pair<int, int>> two{{1, 256}, {2, 512}};
    // 2 overlays of 64 MiB each, and the images the pool lacks.
    QTest::newRow("shared pool, nothing there")
        << plan(two, {100 * mib, 5 * mib}, StorageSharing::Shared) << QStringList{} << QStringList{}
        << qint64(3) << qint64(768) << qint64(128 + 105);
    QTest::newRow("shared pool, one image there")
        << plan(two, {100 * mib, 5 * mib}, StorageSharing::Shared) << QStringList{u"vocimg-0.qcow2"_s}
        << QStringList{} << qint64(3) << qint64(768) << qint64(128 + 5);
    QTest::newRow("a pool per host: a copy on each host that lacks it")
        << plan(two, {100 * mib}, StorageSharing::PerHost) << QStringList{u"vocimg-0.qcow2"_s}
        << QStringList{} << qint64(3) << qint64(768) << qint64(128 + 100);
    QTest::newRow("a pool per host, neither has it")
        << plan(two, {100 * mib}, StorageSharing::PerHost) << QStringList{} << QStringList{} << qint64(3)
        << qint64(768) << qint64(128 + 200);
}

void TestVoQuota::needs()
{
    QFETCH(SitePlan, plan);
    QFETCH(QStringList, onKvm1);
    QFETCH(QStringList, onKvm2);
    const QuotaNeeds n = quotaNeeds(plan, {{u"kvm1"_s, onKvm1}, {u"kvm2"_s, onKvm2}});
    QCOMPARE(n.amounts.vcns, qint64(plan.vcns.size()));
    QTEST(n.amounts.vcpus, "vcpus");
    QTEST(n.amounts.memoryMiB, "memoryMiB");
    QTEST(n.amounts.storageMiB, "storageMiB");
    QCOMPARE(n.addresses.size(), plan.vcns.size());
    QCOMPARE(n.addresses.first(), std::make_pair(u"big-vcn0"_s, u"10.213.0.120"_s));
}

void TestVoQuota::verdict_data()
{
    QTest::addColumn<VoGrant>("grant");
    QTest::addColumn<QuotaNeeds>("needs");
    QTest::addColumn<Holders>("usage");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("said"); // parts of the error text
    QTest::addColumn<QStringList>("notSaid");

    const QString dn = u"ou=alpha,ou=vocs,dc=vsp,dc=test"_s;
    QTest::newRow("fits, nothing else held")
        << grant(4, 4, 4096, 10240) << needing(2, 2, 512, 300) << Holders{} << true << ErrorCode::Internal
        << QString() << QStringList{} << QStringList{};
    QTest::newRow("fits to the last vCPU")
        << grant(8, 32, 65536, 10240) << needing(2, 24, 512, 300)
        << Holders{holder(u"demo-old"_s, 2, 8, 512, 0)} << true << ErrorCode::Internal << QString()
        << QStringList{} << QStringList{};
    QTest::newRow("the issue's example")
        << grant(8, 32, 65536, 10240) << needing(4, 40, 512, 300)
        << Holders{holder(u"demo-old"_s, 2, 8, 512, 0)} << false << ErrorCode::Exhausted << dn
        << QStringList{u"the deployment does not fit the grant of VO alpha at vd: "
                       u"needs 40 vCPUs, grant 32, 8 in use by demo-old"_s,
                       u"vocctl directory grant --site vd"_s}
        << QStringList{u"VCNs"_s, u"memory"_s, u"storage"_s};
    QTest::newRow("too many alone, nothing in use")
        << grant(8, 32, 65536, 10240) << needing(2, 40, 512, 300) << Holders{} << false
        << ErrorCode::Exhausted << dn << QStringList{u"needs 40 vCPUs, grant 32"_s}
        << QStringList{u"in use"_s};
    QTest::newRow("two holders, the most first")
        << grant(8, 32, 65536, 10240) << needing(2, 30, 512, 300)
        << Holders{holder(u"test"_s, 1, 2, 256, 0), holder(u"demo-old"_s, 2, 6, 512, 0)} << false
        << ErrorCode::Exhausted << dn
        << QStringList{u"needs 30 vCPUs, grant 32, 8 in use by demo-old (6), test (2)"_s} << QStringList{};
    QTest::newRow("VCNs and memory at once")
        << grant(4, 16, 4096, 10240) << needing(3, 3, 4096, 300) << Holders{holder(u"small"_s, 2, 2, 512, 20)}
        << false << ErrorCode::Exhausted << dn
        << QStringList{u"needs 3 VCNs, grant 4, 2 in use by small; "
                       u"needs 4096 MiB of memory, grant 4096 MiB, 512 MiB in use by small"_s}
        << QStringList{u"vCPUs"_s, u"storage"_s};
    QTest::newRow("storage held by shared images")
        << grant(4, 4, 4096, 1024) << needing(1, 1, 256, 300)
        << Holders{holder(u"shared images"_s, 0, 0, 0, 800)} << false << ErrorCode::Exhausted << dn
        << QStringList{u"needs 300 MiB of image storage, grant 1024 MiB, 800 MiB in use by shared images"_s}
        << QStringList{u"vCPUs"_s};
    QTest::newRow("a grant of nothing")
        << grant(0, 0, 0, 0) << needing(1, 1, 256, 64) << Holders{} << false << ErrorCode::Exhausted << dn
        << QStringList{u"needs 1 VCNs, grant 0; needs 1 vCPUs, grant 0; needs 256 MiB of memory, grant 0 "
                       u"MiB; "
                       u"needs 64 MiB of image storage, grant 0 MiB"_s}
        << QStringList{};
    QTest::newRow("an address outside the range")
        << grant(4, 4, 4096, 10240) << needing(2, 2, 512, 300, u"10.213.0.200"_s) << Holders{} << false
        << ErrorCode::InvalidInput << u"big-head"_s
        << QStringList{u"the address 10.213.0.200 of big-head is outside the ranges granted to VO alpha "
                       u"(10.213.0.100-10.213.0.149)"_s,
                       u"network.rangeStart"_s}
        << QStringList{u"needs"_s};
    QTest::newRow("the range's last address is inside")
        << grant(4, 4, 4096, 10240) << needing(1, 1, 256, 64, u"10.213.0.149"_s) << Holders{} << true
        << ErrorCode::Internal << QString() << QStringList{} << QStringList{};
    QTest::newRow("inside the second of two ranges")
        << grant(4, 4, 4096, 10240, {u"10.213.0.100-10.213.0.109"_s, u"10.213.0.200-10.213.0.209"_s})
        << needing(1, 1, 256, 64, u"10.213.0.205"_s) << Holders{} << true << ErrorCode::Internal << QString()
        << QStringList{} << QStringList{};
    QTest::newRow("between two ranges, and over quota")
        << grant(1, 4, 4096, 10240, {u"10.213.0.100-10.213.0.109"_s, u"10.213.0.200-10.213.0.209"_s})
        << needing(2, 2, 512, 64, u"10.213.0.150"_s) << Holders{} << false << ErrorCode::Exhausted
        << u"big-head"_s
        << QStringList{u"needs 2 VCNs, grant 1; the address 10.213.0.150 of big-head is outside the ranges "
                       u"granted to VO alpha (10.213.0.100-10.213.0.109, 10.213.0.200-10.213.0.209)"_s,
                       u"10.213.0.121 of big-compute1"_s}
        << QStringList{};
    QTest::newRow("not an address") << grant(4, 4, 4096, 10240) << needing(1, 1, 256, 64, u"10.213.0"_s)
                                    << Holders{} << false << ErrorCode::InvalidInput << u"big-head"_s
                                    << QStringList{u"the address 10.213.0 of big-head"_s} << QStringList{};
}

void TestVoQuota::verdict()
{
    QFETCH(VoGrant, grant);
    QFETCH(QuotaNeeds, needs);
    QFETCH(Holders, usage);
    QFETCH(bool, fits);
    QFETCH(QStringList, said);
    QFETCH(QStringList, notSaid);
    QFETCH(ErrorCode, code);
    const GrantVerdict verdict = checkVoGrant(grant, needs, usage);
    QCOMPARE(verdict.fits(), fits);
    QCOMPARE(verdict.lines.size(), qsizetype(allQuotaKinds.size()));
    const Status status = verdict.toStatus(u"vd"_s);
    QCOMPARE(status.ok(), fits);
    if (fits)
        return;
    QCOMPARE(int(status.error().code), int(code));
    QTEST(status.error().where, "where");
    const QString text = status.error().what + u" ("_s + status.error().hint + u')';
    for (const QString& part : said)
        QVERIFY2(text.contains(part), qPrintable(text));
    const QString what = status.error().what.section(u": "_s, 1);
    for (const QString& part : notSaid)
        QVERIFY2(!what.contains(part), qPrintable(what));
}

void TestVoQuota::summaryOfAFit()
{
    const GrantVerdict verdict =
        checkVoGrant(grant(4, 4, 4096, 10240), needing(2, 2, 512, 300), {holder(u"small"_s, 1, 1, 256, 10)});
    QVERIFY(verdict.fits());
    QCOMPARE(verdict.summary(),
             u"within the grant of VO alpha: 2 VCNs (1 in use, grant 4), 2 vCPUs (1 in use, grant 4), "
             u"512 MiB of memory (256 MiB in use, grant 4096 MiB), 300 MiB of image storage (10 MiB in use, "
             u"grant 10240 MiB)"_s);
    QCOMPARE(grantAttribute(QuotaKind::Vcpus), u"vocsGrantMaxVcpus"_s);
}

QTEST_GUILESS_MAIN(TestVoQuota)
#include "tst_voquota.moc"
