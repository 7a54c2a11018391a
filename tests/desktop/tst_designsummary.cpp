// SPDX-License-Identifier: GPL-3.0-or-later
// Totals and HPL sizing shown beside the plan, checked against the paper's formula N = sqrt(n*D*U).
#include "design/designsummary.h"

#include <QTest>

#include <cmath>

using namespace voc;

Q_DECLARE_METATYPE(voc::Role)

class TestDesignSummary : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
};

static Role role(RoleKind kind, int count, int vcpus, int memoryMiB)
{
    Role r;
    r.kind = kind;
    r.count = count;
    r.vcpus = vcpus;
    r.memoryMiB = memoryMiB;
    return r;
}

void TestDesignSummary::summary_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("gridP");
    QTest::addColumn<int>("gridQ");
    QTest::addColumn<qint64>("vcns");
    QTest::addColumn<qint64>("vcpus");
    QTest::addColumn<qint64>("memoryMiB");
    QTest::addColumn<qint64>("computeMemoryMiB");
    QTest::addColumn<bool>("hasN");
    QTest::addColumn<bool>("hasGrid");

    const Role head = role(RoleKind::Head, 1, 2, 2048);
    QTest::newRow("1+4") << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 0 << 0 << qint64(5)
                         << qint64(10) << qint64(6144) << qint64(1024) << true << true;
    QTest::newRow("paper: 1+28, 1 GiB")
        << QList<Role>{head, role(RoleKind::Compute, 28, 1, 1024)} << 100 << 0 << 0 << qint64(29)
        << qint64(30) << qint64(2048 + 28 * 1024) << qint64(1024) << true << true;
    QTest::newRow("two compute roles: smallest memory")
        << QList<Role>{head, role(RoleKind::Compute, 2, 4, 4096), role(RoleKind::Compute, 3, 2, 2048)} << 0
        << 0 << 0 << qint64(6) << qint64(2 + 8 + 6) << qint64(2048 + 8192 + 6144) << qint64(2048) << true
        << true;
    QTest::newRow("fixed grid that fits")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 2 << 4 << qint64(5) << qint64(10)
        << qint64(6144) << qint64(1024) << true << true;
    QTest::newRow("fixed grid that does not fit")
        << QList<Role>{head, role(RoleKind::Compute, 4, 2, 1024)} << 0 << 3 << 3 << qint64(5) << qint64(10)
        << qint64(6144) << qint64(1024) << true << false;
    QTest::newRow("no compute") << QList<Role>{head} << 0 << 0 << 0 << qint64(1) << qint64(2) << qint64(2048)
                                << qint64(0) << false << false;
    QTest::newRow("1+4096") << QList<Role>{head, role(RoleKind::Compute, 4096, 1, 512)} << 0 << 0 << 0
                            << qint64(4097) << qint64(4098) << qint64(2048 + 4096 * 512) << qint64(512)
                            << true << true;
}

void TestDesignSummary::summary()
{
    QFETCH(QList<Role>, roles);
    QFETCH(int, step);
    QFETCH(int, gridP);
    QFETCH(int, gridQ);

    Design design = makeDefaultDesign();
    design.roles = roles;
    design.hpl.step = step;
    design.hpl.gridP = gridP;
    design.hpl.gridQ = gridQ;
    const DesignSummary s = summarizeDesign(design);

    QTEST(s.vcnCount, "vcns");
    QTEST(s.totalVcpus, "vcpus");
    QTEST(s.totalMemoryMiB, "memoryMiB");
    QTEST(s.computeMemoryMiB, "computeMemoryMiB");
    QCOMPARE(s.hplStep, step > 0 ? step : design.hpl.blockSize);

    qint64 computeNodes = 0;
    qint64 ranks = 0;
    for (const Role& r : roles)
        if (r.kind == RoleKind::Compute) {
            computeNodes += r.count;
            ranks += qint64(r.count) * r.vcpus;
        }
    QCOMPARE(s.computeNodes, computeNodes);
    QCOMPARE(s.computeProcesses, ranks);

    QTEST(s.hplN.has_value(), "hasN");
    QCOMPARE(s.hplError.isEmpty(), s.hplN.has_value());
    if (s.hplN) {
        // The paper's formula, rounded down to the step: the largest multiple not above it.
        const double exact = std::sqrt(double(computeNodes) * double(s.computeMemoryMiB) * 1024 * 1024 / 8 *
                                       design.hpl.utilization);
        QCOMPARE(*s.hplN % s.hplStep, 0);
        QVERIFY(double(*s.hplN) <= exact);
        QVERIFY(double(*s.hplN + s.hplStep) > exact);
    }
    QTEST(s.hplGrid.has_value(), "hasGrid");
    QCOMPARE(s.gridError.isEmpty(), s.hplGrid.has_value());
    if (s.hplGrid) {
        QCOMPARE(qint64(s.hplGrid->p) * s.hplGrid->q, ranks);
        QVERIFY(s.hplGrid->p <= s.hplGrid->q);
    }
}

QTEST_GUILESS_MAIN(TestDesignSummary)
#include "tst_designsummary.moc"
