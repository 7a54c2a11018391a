// SPDX-License-Identifier: GPL-3.0-or-later
// Placement of VCNs on a site's hosts: head first, spread or pack, vCPU overcommit, memory never
// overcommitted, and an explanation naming the VCN and the largest free amount when it does not fit.
#include "deploy/placement.h"

#include <QTest>

using namespace voc;

namespace {

// "h:2:2048" = head, 2 vCPUs, 2048 MiB; "c:1:512" = compute.
QList<PlacementItem> items(const QStringList& specs)
{
    QList<PlacementItem> list;
    int compute = 0;
    for (const QString& spec : specs) {
        const QStringList f = spec.split(QLatin1Char(':'));
        const bool head = f[0] == QLatin1String("h");
        list.append({head ? QStringLiteral("voc-head")
                          : QStringLiteral("voc-compute%1").arg(++compute, 2, 10, QLatin1Char('0')),
                     head ? RoleKind::Head : RoleKind::Compute, f[1].toInt(), f[2].toLongLong()});
    }
    return list;
}

// "kvm1:2:4096:0:0" = name, cpus, memory MiB, used vCPUs, used memory MiB.
QList<HostCapacity> hosts(const QStringList& specs)
{
    QList<HostCapacity> list;
    for (const QString& spec : specs) {
        const QStringList f = spec.split(QLatin1Char(':'));
        list.append({f[0], f[1].toInt(), f[2].toLongLong(), f[3].toInt(), f[4].toLongLong()});
    }
    return list;
}

} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void place_data();
    void place();
    void doesNotFit_data();
    void doesNotFit();
};

void TestPlacement::place_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("placement");
    QTest::addColumn<double>("overcommit");
    QTest::addColumn<QList<int>>("expected");

    const QStringList demo{QStringLiteral("h:2:2048"), QStringLiteral("c:2:1024"), QStringLiteral("c:2:1024"),
                           QStringLiteral("c:2:1024"), QStringLiteral("c:2:1024")};
    const QStringList sandbox{QStringLiteral("kvm1:2:8192:0:0"), QStringLiteral("kvm2:2:8192:0:0")};
    // 10 vCPUs on 2 x 2 CPUs fit at the default ratio of 4; spread alternates after the head.
    QTest::newRow("demo spread on the sandbox")
        << demo << sandbox << QStringLiteral("spread") << 4.0 << QList<int>{0, 1, 0, 1, 0};
    QTest::newRow("demo pack on the sandbox")
        << demo << sandbox << QStringLiteral("pack") << 4.0 << QList<int>{0, 0, 0, 0, 1};
    QTest::newRow("pack at ratio 1 fills by CPUs")
        << QStringList{QStringLiteral("c:1:256"), QStringLiteral("c:1:256"), QStringLiteral("c:1:256")}
        << sandbox << QStringLiteral("pack") << 1.0 << QList<int>{0, 0, 1};
    // The head is placed first even when it comes last in the list.
    QTest::newRow("head listed last goes first")
        << QStringList{QStringLiteral("c:1:1024"), QStringLiteral("h:1:6144")}
        << QStringList{QStringLiteral("small:4:4096:0:0"), QStringLiteral("big:4:8192:0:0")}
        << QStringLiteral("pack") << 1.0 << QList<int>{0, 1};
    QTest::newRow("spread avoids a busy host")
        << QStringList{QStringLiteral("h:1:1024"), QStringLiteral("c:1:1024"), QStringLiteral("c:1:1024")}
        << QStringList{QStringLiteral("busy:4:4096:3:3072"), QStringLiteral("idle:4:4096:0:0")}
        << QStringLiteral("spread") << 1.0 << QList<int>{1, 1, 1};
    QTest::newRow("used vCPUs count")
        << QStringList{QStringLiteral("c:2:512")}
        << QStringList{QStringLiteral("kvm1:2:4096:7:0"), QStringLiteral("kvm2:2:4096:0:0")}
        << QStringLiteral("pack") << 4.0 << QList<int>{1};
    QTest::newRow("single host") << QStringList{QStringLiteral("h:1:512"), QStringLiteral("c:1:512")}
                                 << QStringList{QStringLiteral("only:1:2048:0:0")} << QStringLiteral("spread")
                                 << 2.0 << QList<int>{0, 0};
    QTest::newRow("three hosts round robin")
        << QStringList{QStringLiteral("c:1:512"), QStringLiteral("c:1:512"), QStringLiteral("c:1:512")}
        << QStringList{QStringLiteral("a:4:4096:0:0"), QStringLiteral("b:4:4096:0:0"),
                       QStringLiteral("c:4:4096:0:0")}
        << QStringLiteral("spread") << 1.0 << QList<int>{0, 1, 2};
}

void TestPlacement::place()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, hosts);
    QFETCH(QString, placement);
    QFETCH(double, overcommit);
    QFETCH(QList<int>, expected);
    Placement mode;
    QVERIFY(fromString(placement, &mode));
    QCOMPARE(toString(mode), placement);
    const QList<PlacementItem> list = ::items(items);
    const QList<HostCapacity> capacity = ::hosts(hosts);
    const Result<QList<int>> placed = placeVcns(list, capacity, mode, overcommit);
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().toString()));
    QCOMPARE(*placed, expected);
    // Whatever the mode, no host is given more than it has.
    for (int h = 0; h < capacity.size(); ++h) {
        qint64 memory = capacity[h].usedMemoryMiB;
        qint64 vcpus = capacity[h].usedVcpus;
        for (int i = 0; i < list.size(); ++i) {
            if (placed->at(i) == h) {
                memory += list[i].memoryMiB;
                vcpus += list[i].vcpus;
            }
        }
        QVERIFY(memory <= capacity[h].memoryMiB);
        QVERIFY(double(vcpus) <= capacity[h].cpus * overcommit);
    }
}

void TestPlacement::doesNotFit_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<double>("overcommit");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");

    QTest::newRow("memory: the largest free is named")
        << QStringList{QStringLiteral("h:1:512"), QStringLiteral("c:1:1024")}
        << QStringList{QStringLiteral("kvm1:8:1024:0:0"), QStringLiteral("kvm2:8:1024:0:512")} << 4.0
        << ErrorCode::Exhausted
        << QStringLiteral("compute VCN voc-compute01 needs 1024 MiB; the largest free is 512 MiB on kvm1")
        << QStringLiteral("voc-compute01");
    QTest::newRow("memory is never overcommitted")
        << QStringList{QStringLiteral("h:1:4096")} << QStringList{QStringLiteral("kvm1:64:2048:0:0")} << 16.0
        << ErrorCode::Exhausted
        << QStringLiteral("head VCN voc-head needs 4096 MiB; the largest free is 2048 MiB on kvm1")
        << QStringLiteral("voc-head");
    QTest::newRow("vCPUs at ratio 1")
        << QStringList{QStringLiteral("c:2:256"), QStringLiteral("c:2:256"), QStringLiteral("c:2:256")}
        << QStringList{QStringLiteral("kvm1:2:8192:0:0"), QStringLiteral("kvm2:2:8192:0:0")} << 1.0
        << ErrorCode::Exhausted
        << QStringLiteral("compute VCN voc-compute03 needs 2 vCPUs and 256 MiB; no host has both free")
        << QStringLiteral("voc-compute03");
    QTest::newRow("no hosts") << QStringList{QStringLiteral("h:1:256")} << QStringList{} << 4.0
                              << ErrorCode::InvalidInput << QStringLiteral("the site has no hosts")
                              << QString();
    QTest::newRow("ratio below 1") << QStringList{QStringLiteral("h:1:256")}
                                   << QStringList{QStringLiteral("kvm1:2:8192:0:0")} << 0.5
                                   << ErrorCode::InvalidInput << QStringLiteral("below 1") << QString();
}

void TestPlacement::doesNotFit()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, hosts);
    QFETCH(double, overcommit);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QFETCH(QString, where);
    for (Placement mode : {Placement::Spread, Placement::Pack}) {
        const Result<QList<int>> placed = placeVcns(::items(items), ::hosts(hosts), mode, overcommit);
        QVERIFY(!placed.ok());
        QVERIFY(placed.error().code == code);
        QVERIFY2(placed.error().what.contains(message), qPrintable(placed.error().what));
        QCOMPARE(placed.error().where, where);
        if (code == ErrorCode::Exhausted)
            QVERIFY(!placed.error().hint.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
