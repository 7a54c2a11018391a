// SPDX-License-Identifier: GPL-3.0-or-later
// Local plans: VCN order, hostnames, MACs and addresses, and the errors of impossible designs.
#include "model/plan.h"
#include "net/ipv4.h"
#include "net/mac.h"
#include "run/preflight.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::Design)
Q_DECLARE_METATYPE(voc::ErrorCode)

namespace {

Role makeRole(RoleKind kind, int count, const QString& pattern = {})
{
    Role role;
    role.kind = kind;
    role.count = count;
    role.vcpus = kind == RoleKind::Head ? 2 : 4;
    role.memoryMiB = kind == RoleKind::Head ? 2048 : 1024;
    role.nic = kind == RoleKind::Head ? NicModel::Virtio : NicModel::E1000;
    role.image.path =
        kind == RoleKind::Head ? QStringLiteral("images/head.qcow2") : QStringLiteral("images/compute.qcow2");
    role.hostnamePattern = pattern;
    return role;
}

Design makeDesign(int computes, const QString& subnet = QStringLiteral("10.77.0.0/24"))
{
    Design design;
    design.name = QStringLiteral("demo");
    design.vo = QStringLiteral("physics-vo");
    design.network.subnet = subnet;
    design.roles = {makeRole(RoleKind::Head, 1, QStringLiteral("{voc}-head")),
                    makeRole(RoleKind::Compute, computes, QStringLiteral("{voc}-{role}{index:02}"))};
    return design;
}

QStringList hostnames(const Plan& plan)
{
    QStringList names;
    for (const PlanEntry& entry : plan.entries)
        names.append(entry.hostname);
    return names;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void entriesCarryTheRole();
    void addresses_data();
    void addresses();
    void macSeed_data();
    void macSeed();
    void large();
    void errors_data();
    void errors();
    void localPlanRefusesHostFiles_data();
    void localPlanRefusesHostFiles();
};

void TestPlan::order_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("head and four") << makeDesign(4)
                                   << QStringList{
                                          QStringLiteral("demo-head"), QStringLiteral("demo-compute01"),
                                          QStringLiteral("demo-compute02"), QStringLiteral("demo-compute03"),
                                          QStringLiteral("demo-compute04")};

    Design headLast;
    headLast.name = QStringLiteral("Lab");
    headLast.vo = QStringLiteral("bio");
    headLast.roles = {makeRole(RoleKind::Compute, 2, QStringLiteral("{voc}-gpu{index}")),
                      makeRole(RoleKind::Compute, 1, QStringLiteral("{vo}-big{index:03}")),
                      makeRole(RoleKind::Head, 1, QStringLiteral("{voc}-{role}"))};
    QTest::newRow("head last in the file, computes in file order")
        << headLast
        << QStringList{QStringLiteral("lab-head"), QStringLiteral("lab-gpu1"), QStringLiteral("lab-gpu2"),
                       QStringLiteral("bio-big001")};

    Design defaults = makeDesign(2);
    defaults.roles[0].hostnamePattern.clear();
    defaults.roles[1].hostnamePattern.clear();
    QTest::newRow("default patterns")
        << defaults
        << QStringList{QStringLiteral("demo-head"), QStringLiteral("demo-compute01"),
                       QStringLiteral("demo-compute02")};

    Design empty = makeDesign(0);
    QTest::newRow("no computes") << empty << QStringList{QStringLiteral("demo-head")};
}

void TestPlan::order()
{
    QFETCH(Design, design);
    QFETCH(QStringList, expected);
    const Result<Plan> plan = planLocal(design);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(hostnames(*plan), expected);
    QCOMPARE(plan->target, QStringLiteral("local"));
    QCOMPARE(toString(plan->entries.first().role), QStringLiteral("head"));
    // Within each role the index counts from 1.
    QHash<int, int> next;
    for (const PlanEntry& entry : plan->entries) {
        QCOMPARE(entry.index, ++next[entry.roleIndex]);
        QCOMPARE(toString(entry.role), toString(design.roles.at(entry.roleIndex).kind));
    }
}

void TestPlan::entriesCarryTheRole()
{
    const Design design = makeDesign(3);
    const Plan plan = planLocal(design).value();
    QCOMPARE(plan.entries.size(), 4);
    for (const PlanEntry& entry : plan.entries) {
        const Role& role = design.roles.at(entry.roleIndex);
        QCOMPARE(entry.vcpus, role.vcpus);
        QCOMPARE(entry.memoryMiB, role.memoryMiB);
        QCOMPARE(toString(entry.nic), toString(role.nic));
        QCOMPARE(entry.image, role.image);
    }
    QCOMPARE(plan.totalVcpus(), 2 + 3 * 4);
    QCOMPARE(plan.totalMemoryMiB(), qint64(2048 + 3 * 1024));
    QCOMPARE(plan.domain, design.network.domain);
}

void TestPlan::addresses_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("expectedGateway");
    QTest::addColumn<QStringList>("expectedIps");
    QTest::newRow("default gateway") << QStringLiteral("10.77.0.0/24") << QString()
                                     << QStringLiteral("10.77.0.1")
                                     << QStringList{QStringLiteral("10.77.0.2"), QStringLiteral("10.77.0.3"),
                                                    QStringLiteral("10.77.0.4")};
    QTest::newRow("gateway among the VCNs")
        << QStringLiteral("192.168.50.0/28") << QStringLiteral("192.168.50.3")
        << QStringLiteral("192.168.50.3")
        << QStringList{QStringLiteral("192.168.50.1"), QStringLiteral("192.168.50.2"),
                       QStringLiteral("192.168.50.4")};
    QTest::newRow("exactly full /29")
        << QStringLiteral("10.0.0.8/29") << QString() << QStringLiteral("10.0.0.9")
        << QStringList{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.11"), QStringLiteral("10.0.0.12")};
}

void TestPlan::addresses()
{
    QFETCH(QString, subnet);
    QFETCH(QString, gateway);
    QFETCH(QString, expectedGateway);
    QFETCH(QStringList, expectedIps);
    Design design = makeDesign(2, subnet);
    design.network.gateway = gateway;
    const Result<Plan> plan = planLocal(design);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->subnet, subnet);
    QCOMPARE(plan->gateway, expectedGateway);
    QStringList ips;
    for (const PlanEntry& entry : plan->entries)
        ips.append(entry.ip);
    QCOMPARE(ips, expectedIps);
}

void TestPlan::macSeed_data()
{
    QTest::addColumn<QString>("macSeed");
    QTest::addColumn<QString>("effectiveSeed");
    QTest::newRow("derived from VO and name") << QString() << QStringLiteral("physics-vo/demo");
    QTest::newRow("explicit") << QStringLiteral("site-42") << QStringLiteral("site-42");
}

void TestPlan::macSeed()
{
    QFETCH(QString, macSeed);
    QFETCH(QString, effectiveSeed);
    Design design = makeDesign(5);
    design.network.macSeed = macSeed;
    const Plan plan = planLocal(design).value();
    // One index over all VCNs of the VOC, head first.
    for (int i = 0; i < plan.entries.size(); ++i)
        QCOMPARE(plan.entries.at(i).mac, macForIndex(effectiveSeed, quint32(i)).toString());
    QCOMPARE(planLocal(design).value().entries, plan.entries);
}

void TestPlan::large()
{
    const Design design = makeDesign(4096, QStringLiteral("10.64.0.0/19"));
    QElapsedTimer timer;
    timer.start();
    const Result<Plan> plan = planLocal(design);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(plan.ok());
    QCOMPARE(plan->entries.size(), 4097);
    QCOMPARE(plan->entries.last().hostname, QStringLiteral("demo-compute4096"));

    const Ipv4Subnet subnet = Ipv4Subnet::parse(plan->subnet).value();
    QSet<QString> names, macs, ips;
    for (const PlanEntry& entry : plan->entries) {
        names.insert(entry.hostname);
        macs.insert(entry.mac);
        ips.insert(entry.ip);
        const MacAddress mac = MacAddress::parse(entry.mac).value();
        QVERIFY(mac.isLocallyAdministered() && !mac.isMulticast());
        const Ipv4Address ip = Ipv4Address::parse(entry.ip).value();
        QVERIFY(subnet.contains(ip));
        QVERIFY(ip != subnet.network && ip != subnet.broadcast());
        QVERIFY(entry.ip != plan->gateway);
    }
    QCOMPARE(names.size(), 4097);
    QCOMPARE(macs.size(), 4097);
    QCOMPARE(ips.size(), 4097);
    // A generous bound even for a debug build: quadratic work would take seconds here.
    QVERIFY2(elapsed < 500, qPrintable(QStringLiteral("planLocal took %1 ms").arg(elapsed)));
}

void TestPlan::errors_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("mentions");

    Design badSubnet = makeDesign(2, QStringLiteral("10.77.0.1/24"));
    QTest::newRow("host bits in subnet")
        << badSubnet << ErrorCode::InvalidInput << QStringLiteral("network.subnet")
        << QStringList{QStringLiteral("10.77.0.1/24")};

    QTest::newRow("subnet too small")
        << makeDesign(8, QStringLiteral("10.77.0.0/29")) << ErrorCode::Exhausted
        << QStringLiteral("network.subnet") << QStringList{QStringLiteral("5 free addresses, 9 are needed")};

    Design badGateway = makeDesign(2);
    badGateway.network.gateway = QStringLiteral("10.78.0.1");
    QTest::newRow("gateway outside") << badGateway << ErrorCode::InvalidInput
                                     << QStringLiteral("network.gateway")
                                     << QStringList{QStringLiteral("10.78.0.1")};

    Design clash = makeDesign(2);
    clash.roles.append(makeRole(RoleKind::Compute, 3, QStringLiteral("{voc}-compute{index:02}")));
    QTest::newRow("two roles, same names")
        << clash << ErrorCode::Conflict << QStringLiteral("roles[2].hostnamePattern")
        << QStringList{QStringLiteral("demo-compute01"), QStringLiteral("roles[1]"),
                       QStringLiteral("roles[2]")};

    Design headClash = makeDesign(2);
    headClash.roles[1].hostnamePattern = QStringLiteral("{voc}-head");
    QTest::newRow("compute named like the head")
        << headClash << ErrorCode::Conflict << QStringLiteral("roles[1].hostnamePattern")
        << QStringList{QStringLiteral("demo-head"), QStringLiteral("roles[0] (head)"),
                       QStringLiteral("roles[1] (compute)")};

    Design noIndex = makeDesign(2);
    noIndex.roles[1].hostnamePattern = QStringLiteral("{voc}-worker");
    QTest::newRow("pattern without index")
        << noIndex << ErrorCode::Conflict << QStringLiteral("roles[1].hostnamePattern")
        << QStringList{QStringLiteral("demo-worker")};

    Design badPattern = makeDesign(2);
    badPattern.roles[1].hostnamePattern = QStringLiteral("{voc}-{nodes}");
    QTest::newRow("unknown placeholder")
        << badPattern << ErrorCode::InvalidInput << QStringLiteral("roles[1].hostnamePattern")
        << QStringList{QStringLiteral("{nodes}")};

    Design badName = makeDesign(2);
    badName.name = QStringLiteral("my_voc");
    QTest::newRow("invalid expanded name")
        << badName << ErrorCode::InvalidInput << QStringLiteral("roles[0].hostnamePattern")
        << QStringList{QStringLiteral("my_voc-head")};
}

void TestPlan::errors()
{
    QFETCH(Design, design);
    QFETCH(ErrorCode, code);
    QFETCH(QString, where);
    QFETCH(QStringList, mentions);
    const Result<Plan> plan = planLocal(design);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, code);
    QCOMPARE(plan.error().where, where);
    for (const QString& text : mentions)
        QVERIFY2(plan.error().what.contains(text), qPrintable(plan.error().what));
    QVERIFY(!plan.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlan)
void TestPlan::localPlanRefusesHostFiles_data()
{
    QTest::addColumn<QString>("field");   // of the compute role: "path" or "kernel"
    QTest::addColumn<QString>("file");    // "qcow2": a real qcow2 header in the design's folder
    QTest::addColumn<QString>("problem"); // empty: the plan is made

    QTest::newRow("qcow2 in the folder") << u"path"_s << u"qcow2"_s << QString();
    QTest::newRow("/etc/shadow as a disk") << u"path"_s << u"/etc/shadow"_s << u"roles[1].image.path"_s;
    QTest::newRow("out of the folder")
        << u"path"_s << u"../../../../../../../../etc/hostname"_s << u"roles[1].image.path"_s;
    QTest::newRow("/etc/passwd as a kernel") << u"kernel"_s << u"/etc/passwd"_s << u"roles[1].image.kernel"_s;
}

// A design from someone else never boots a host file as a VCN's disk or kernel on this machine:
// vocctl up, the Test locally page and the bench endpoint all plan through resolveLocalPlan.
void TestPlan::localPlanRefusesHostFiles()
{
    QFETCH(QString, field);
    QFETCH(QString, file);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(u"images"_s));
    for (const QString& name : {u"images/head.qcow2"_s, u"images/compute.qcow2"_s}) {
        QFile image(dir.filePath(name));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray("QFI\xfb\0\0\0\3", 8) + QByteArray(1024 * 1024 - 8, '\0'));
    }
    Design design = makeDesign(2);
    if (file != u"qcow2"_s) {
        if (field == u"path"_s)
            design.roles[1].image.path = file;
        else {
            design.roles[1].image.bootMode = BootMode::Kernel; // the kernel is used only then
            design.roles[1].image.kernel = file;
        }
    }
    const Result<Plan> plan = resolveLocalPlan(design, dir.path());
    if (problem.isEmpty()) {
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->entries.size(), 3);
        return;
    }
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
    QVERIFY2(plan.error().where.contains(problem), qPrintable(plan.error().toString()));
}

#include "tst_plan.moc"
