// SPDX-License-Identifier: GPL-3.0-or-later
// HPL sizing of a design: which compute nodes count, the memory bounding N, the step, the grid, the
// TCG cap and the derivation; the parsing of typed problem sizes.
#include "bench/hpldesign.h"

#include <QTest>

using namespace voc;

Q_DECLARE_METATYPE(voc::Role)
Q_DECLARE_METATYPE(voc::HplDesignOptions)

namespace {

constexpr qint64 MiB = qint64(1) << 20;

Role role(RoleKind kind, int count, int vcpus, int memoryMiB)
{
    Role r;
    r.kind = kind;
    r.count = count;
    r.vcpus = vcpus;
    r.memoryMiB = memoryMiB;
    return r;
}

} // namespace

class TestHplDesign : public QObject
{
    Q_OBJECT

private slots:
    void sizing_data();
    void sizing();
    void derivation();
    void problemSizes_data();
    void problemSizes();
};

void TestHplDesign::sizing_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<int>("step");  // the design's (0: NB)
    QTest::addColumn<int>("gridP"); // the design's fixed grid
    QTest::addColumn<int>("gridQ");
    QTest::addColumn<HplDesignOptions>("options");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("processes");
    QTest::addColumn<qint64>("memoryMiB");
    QTest::addColumn<int>("effectiveStep");
    QTest::addColumn<qint64>("n"); // 0: an error
    QTest::addColumn<qint64>("uncappedN");
    QTest::addColumn<int>("p"); // 0: an error
    QTest::addColumn<int>("q");

    const Role head = role(RoleKind::Head, 1, 2, 2048);
    const HplDesignOptions none;
    // sqrt(4 * 1 GiB / 8 * 0.8) = 20724.3 -> 20544 with NB 192
    QTest::newRow("demo 1+4") << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 0 << 0 << none
                              << 4 << 8 << qint64(1024) << 192 << qint64(20544) << qint64(20544) << 2 << 4;
    // The paper's Table III: 28 nodes of 1 GiB at U = 0.8 -> N = 54800.
    QTest::newRow("paper 1+28, step 100")
        << QList<Role>{head, role(RoleKind::Compute, 28, 1, 1024)} << 100 << 0 << 0 << none << 28 << 28
        << qint64(1024) << 100 << qint64(54800) << qint64(54800) << 4 << 7;
    QTest::newRow("two roles: the smallest memory bounds N")
        << QList<Role>{head, role(RoleKind::Compute, 2, 4, 4096), role(RoleKind::Compute, 2, 2, 1024)} << 0
        << 0 << 0 << none << 4 << 12 << qint64(1024) << 192 << qint64(20544) << qint64(20544) << 3 << 4;
    QTest::newRow("a role without nodes does not count")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024), role(RoleKind::Compute, 0, 8, 128)} << 0
        << 0 << 0 << none << 4 << 8 << qint64(1024) << 192 << qint64(20544) << qint64(20544) << 2 << 4;
    QTest::newRow("negative count does not count")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024), role(RoleKind::Compute, -3, 2, 1024)} << 0
        << 0 << 0 << none << 4 << 8 << qint64(1024) << 192 << qint64(20544) << qint64(20544) << 2 << 4;
    QTest::newRow("fixed grid") << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 1 << 8
                                << none << 4 << 8 << qint64(1024) << 192 << qint64(20544) << qint64(20544)
                                << 1 << 8;
    QTest::newRow("fixed grid that does not fit: N still sized")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 3 << 3 << none << 4 << 8
        << qint64(1024) << 192 << qint64(20544) << qint64(20544) << 0 << 0;
    QTest::newRow("memory below one step: grid still laid out")
        << QList<Role>{head, role(RoleKind::Compute, 1, 2, 0)} << 0 << 0 << 0 << none << 1 << 2 << qint64(0)
        << 192 << qint64(0) << qint64(0) << 1 << 2;
    QTest::newRow("no compute role") << QList<Role>{head} << 0 << 0 << 0 << none << 0 << 0 << qint64(0) << 192
                                     << qint64(0) << qint64(0) << 0 << 0;
    // vocctl bench: two of the four nodes, one rank each, NB 100 from --nb.
    QTest::newRow("subset of nodes, own slots and NB")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 0 << 0
        << HplDesignOptions{.nodes = 2, .slotsPerNode = 1, .blockSize = 100} << 2 << 2 << qint64(1024) << 100
        << qint64(14600) << qint64(14600) << 1 << 2;
    QTest::newRow("subset of nodes: their vCPUs")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 0 << 0
        << HplDesignOptions{.nodes = 3} << 3 << 6 << qint64(1024) << 192 << qint64(17856) << qint64(17856)
        << 2 << 3;
    QTest::newRow("design step beats NB") << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 1000
                                          << 0 << 0 << HplDesignOptions{.blockSize = 64} << 4 << 8
                                          << qint64(1024) << 1000 << qint64(20000) << qint64(20000) << 2 << 4;
    QTest::newRow("TCG caps N at 2000, rounded down to the step")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 0 << 0
        << HplDesignOptions{.tcg = true} << 4 << 8 << qint64(1024) << 192 << qint64(1920) << qint64(20544)
        << 2 << 4;
    QTest::newRow("TCG leaves a small N alone")
        << QList<Role>{head, role(RoleKind::Compute, 1, 1, 16)} << 100 << 0 << 0
        << HplDesignOptions{.tcg = true} << 1 << 1 << qint64(16) << 100 << qint64(1200) << qint64(1200) << 1
        << 1;
    QTest::newRow("TCG with a step above the cap keeps one step")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 3000 << 0 << 0
        << HplDesignOptions{.tcg = true} << 4 << 8 << qint64(1024) << 3000 << qint64(3000) << qint64(18000)
        << 2 << 4;
}

void TestHplDesign::sizing()
{
    QFETCH(QList<Role>, roles);
    QFETCH(int, step);
    QFETCH(int, gridP);
    QFETCH(int, gridQ);
    QFETCH(HplDesignOptions, options);
    QFETCH(qint64, n);
    QFETCH(int, p);
    QFETCH(int, q);

    Design design = makeDefaultDesign();
    design.name = QStringLiteral("sized");
    design.roles = roles;
    design.hpl.step = step;
    design.hpl.gridP = gridP;
    design.hpl.gridQ = gridQ;
    const HplDesignSizing s = sizeHplForDesign(design, options);

    QTEST(s.nodes, "nodes");
    QTEST(s.processes, "processes");
    QTEST(s.memoryPerNodeBytes / MiB, "memoryMiB");
    QTEST(s.step, "effectiveStep");
    QCOMPARE(s.n.ok(), n > 0);
    if (n > 0) {
        QCOMPARE(*s.n, n);
        QTEST(s.uncappedN, "uncappedN");
        QCOMPARE(s.cappedForTcg(), *s.n < s.uncappedN);
    } else {
        QCOMPARE(s.n.error().where, design.name);
        QVERIFY(!s.n.error().what.isEmpty());
    }
    QCOMPARE(s.grid.ok(), p > 0);
    if (p > 0)
        QCOMPARE(*s.grid, (HplGrid{p, q}));
    else
        QCOMPARE(s.grid.error().where, design.name);
}

void TestHplDesign::derivation()
{
    Design design = makeDefaultDesign();
    design.roles = {role(RoleKind::Head, 1, 2, 2048), role(RoleKind::Compute, 4, 2, 1024)};
    design.hpl.step = 0;
    design.hpl.blockSize = 192;
    design.hpl.utilization = 0.8;
    // The uncapped derivation even when TCG caps N: it says how the design's N came about.
    const QString text = hplDerivation(sizeHplForDesign(design, {.tcg = true}));
    QVERIFY2(text.startsWith(QStringLiteral("N = 20544: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("134217728")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20724.3")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("192")), qPrintable(text));

    design.roles = {role(RoleKind::Head, 1, 2, 2048)};
    QVERIFY(hplDerivation(sizeHplForDesign(design)).isEmpty());
}

void TestHplDesign::problemSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("sizes"); // empty: an error
    QTest::newRow("one") << QStringLiteral("2000") << QList<qint64>{2000};
    QTest::newRow("commas") << QStringLiteral("1000, 2000,3000") << QList<qint64>{1000, 2000, 3000};
    QTest::newRow("spaces") << QStringLiteral(" 500 600 ") << QList<qint64>{500, 600};
    QTest::newRow("semicolons") << QStringLiteral("500;600") << QList<qint64>{500, 600};
    QTest::newRow("largest int") << QStringLiteral("2147483647") << QList<qint64>{2147483647};
    QTest::newRow("empty") << QString() << QList<qint64>{};
    QTest::newRow("zero") << QStringLiteral("0") << QList<qint64>{};
    QTest::newRow("negative") << QStringLiteral("-5") << QList<qint64>{};
    QTest::newRow("above int") << QStringLiteral("2147483648") << QList<qint64>{};
    QTest::newRow("word") << QStringLiteral("2000, big") << QList<qint64>{};
    QTest::newRow("fraction") << QStringLiteral("2000.5") << QList<qint64>{};
    QTest::newRow("20 is fine") << QStringLiteral("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20")
                                << QList<qint64>{1,  2,  3,  4,  5,  6,  7,  8,  9,  10,
                                                 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    QTest::newRow("too many") << QStringLiteral("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21")
                              << QList<qint64>{};
}

void TestHplDesign::problemSizes()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, sizes);
    const Result<QList<qint64>> parsed = parseProblemSizes(text);
    QCOMPARE(parsed.ok(), !sizes.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, sizes);
    else
        QVERIFY(!parsed.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestHplDesign)
#include "tst_hpldesign.moc"
