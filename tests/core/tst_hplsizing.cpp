// SPDX-License-Identifier: GPL-3.0-or-later
// HPL sizing: the paper's problem sizes, the inverse, process grids and byte sizes.
#include "bench/hplsizing.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace voc;

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 MiB = qint64(1) << 20;

} // namespace

class TestHplSizing : public QObject
{
    Q_OBJECT

private slots:
    void problemSize_data();
    void problemSize();
    void perfectSquares_data();
    void perfectSquares();
    void invalidInput_data();
    void invalidInput();
    void memoryRoundTrip_data();
    void memoryRoundTrip();
    void grid_data();
    void grid();
    void gridErrors_data();
    void gridErrors();
    void byteSize_data();
    void byteSize();
};

void TestHplSizing::problemSize_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<double>("utilization");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("expected");
    // The paper's Table III: 28 compute VCNs of 1 GiB, and one node of 1 GiB, at U = 0.8.
    QTest::newRow("paper 28 x 1 GiB") << 28 << GiB << 0.8 << 100 << qint64(54800);
    QTest::newRow("paper 1 x 1 GiB") << 1 << GiB << 0.8 << 100 << qint64(10300);
    // Table II: 14 hosts of 4 GiB. The formula gives sqrt(...) = 77543.2; the paper published 77000,
    // evidently rounded to a thousand, so step 1000 reproduces it and step 100 gives 77500.
    QTest::newRow("paper 14 x 4 GiB, step 1000") << 14 << 4 * GiB << 0.8 << 1000 << qint64(77000);
    QTest::newRow("paper 14 x 4 GiB, step 100") << 14 << 4 * GiB << 0.8 << 100 << qint64(77500);
    QTest::newRow("step 1") << 28 << GiB << 0.8 << 1 << qint64(54831);
    QTest::newRow("NB 192") << 28 << GiB << 0.8 << 192 << qint64(54720);
    QTest::newRow("U = 1") << 1 << GiB << 1.0 << 1 << qint64(11585);
}

void TestHplSizing::problemSize()
{
    QFETCH(int, nodes);
    QFETCH(qint64, memory);
    QFETCH(double, utilization);
    QFETCH(int, step);
    QFETCH(qint64, expected);
    const HplSizingInput input{nodes, memory, utilization, step};
    const Result<qint64> n = hplProblemSize(input);
    QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
    QCOMPARE(*n, expected);
    QCOMPARE(*n % step, 0);
    // N is the largest multiple of step whose matrix fits: the next one does not.
    const double exact = hplUnroundedProblemSize(input).value();
    QVERIFY(double(*n) <= exact);
    QVERIFY(double(*n + step) > exact);
}

void TestHplSizing::perfectSquares_data()
{
    QTest::addColumn<qint64>("root");
    for (qint64 root : {1LL, 2LL, 1000LL, 54831LL, 77543LL, 3037000499LL / 1000, 94906265LL}) {
        QTest::newRow(qPrintable(QString::number(root))) << root;
    }
}

void TestHplSizing::perfectSquares()
{
    // With U = 1, one node and D = root^2 doubles, sqrt is exactly root: no off-by-one either way.
    QFETCH(qint64, root);
    const HplSizingInput exact{1, root * root * 8, 1.0, 1};
    QCOMPARE(hplProblemSize(exact).value(), root);
    const HplSizingInput below{1, (root * root - 1) * 8, 1.0, 1};
    if (root > 1)
        QCOMPARE(hplProblemSize(below).value(), root - 1);
}

void TestHplSizing::invalidInput_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<double>("utilization");
    QTest::addColumn<int>("step");
    QTest::newRow("no nodes") << 0 << GiB << 0.8 << 100;
    QTest::newRow("negative nodes") << -3 << GiB << 0.8 << 100;
    QTest::newRow("no memory") << 1 << qint64(0) << 0.8 << 100;
    QTest::newRow("negative memory") << 1 << -GiB << 0.8 << 100;
    QTest::newRow("U = 0") << 1 << GiB << 0.0 << 100;
    QTest::newRow("U > 1") << 1 << GiB << 1.01 << 100;
    QTest::newRow("U NaN") << 1 << GiB << std::nan("") << 100;
    QTest::newRow("step 0") << 1 << GiB << 0.8 << 0;
    QTest::newRow("below one step") << 1 << 8 * MiB << 0.8 << 1000; // sqrt = 916
    QTest::newRow("under one double") << 1 << qint64(7) << 0.8 << 1;
}

void TestHplSizing::invalidInput()
{
    QFETCH(int, nodes);
    QFETCH(qint64, memory);
    QFETCH(double, utilization);
    QFETCH(int, step);
    const Result<qint64> n = hplProblemSize(HplSizingInput{nodes, memory, utilization, step});
    QVERIFY(!n.ok());
    QCOMPARE(n.error().code, ErrorCode::InvalidInput);
    QVERIFY(!n.error().what.isEmpty());
}

void TestHplSizing::memoryRoundTrip_data()
{
    QTest::addColumn<qint64>("problemSize");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<double>("utilization");
    QTest::newRow("paper 54800") << qint64(54800) << 28 << 0.8;
    QTest::newRow("paper 10300") << qint64(10300) << 1 << 0.8;
    QTest::newRow("paper 77000") << qint64(77000) << 14 << 0.8;
    QTest::newRow("1") << qint64(1) << 1 << 1.0;
    QTest::newRow("odd") << qint64(12345) << 7 << 0.37;
    QTest::newRow("big") << qint64(2000000) << 4096 << 0.9;
}

void TestHplSizing::memoryRoundTrip()
{
    QFETCH(qint64, problemSize);
    QFETCH(int, nodes);
    QFETCH(double, utilization);
    const Result<qint64> memory = hplMemoryPerNodeFor(problemSize, nodes, utilization);
    QVERIFY(memory.ok());
    QCOMPARE(*memory % 8, 0);
    // Enough memory for N ...
    QVERIFY(hplProblemSize(HplSizingInput{nodes, *memory, utilization, 1}).value() >= problemSize);
    // ... and not a double more than needed.
    const Result<qint64> less = hplProblemSize(HplSizingInput{nodes, *memory - 8, utilization, 1});
    QVERIFY(!less.ok() || *less < problemSize);
}

void TestHplSizing::grid_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("fixedP");
    QTest::addColumn<int>("fixedQ");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("q");
    QTest::newRow("1") << 1 << 0 << 0 << 1 << 1;
    QTest::newRow("prime 7") << 7 << 0 << 0 << 1 << 7;
    QTest::newRow("square 16") << 16 << 0 << 0 << 4 << 4;
    QTest::newRow("28") << 28 << 0 << 0 << 4 << 7;
    QTest::newRow("12") << 12 << 0 << 0 << 3 << 4;
    QTest::newRow("4096") << 4096 << 0 << 0 << 64 << 64;
    QTest::newRow("4095") << 4095 << 0 << 0 << 63 << 65;
    QTest::newRow("fixed as in the paper") << 28 << 14 << 2 << 14 << 2;
    QTest::newRow("fixed P only") << 28 << 2 << 0 << 2 << 14;
    QTest::newRow("fixed Q only") << 28 << 0 << 2 << 14 << 2;
}

void TestHplSizing::grid()
{
    QFETCH(int, processes);
    QFETCH(int, fixedP);
    QFETCH(int, fixedQ);
    QFETCH(int, p);
    QFETCH(int, q);
    const Result<HplGrid> grid = hplGrid(processes, fixedP, fixedQ);
    QVERIFY(grid.ok());
    QCOMPARE(*grid, (HplGrid{p, q}));
    QCOMPARE(grid->p * grid->q, processes);
    if (fixedP == 0 && fixedQ == 0) {
        // No divisor lies strictly between P and sqrt(processes).
        QVERIFY(grid->p <= grid->q);
        for (int d = grid->p + 1; d * d <= processes; ++d)
            QVERIFY(processes % d != 0);
    }
}

void TestHplSizing::gridErrors_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("fixedP");
    QTest::addColumn<int>("fixedQ");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no processes") << 0 << 0 << 0 << QStringLiteral("0");
    QTest::newRow("mismatch") << 28 << 4 << 8 << QStringLiteral("4 x 8");
    QTest::newRow("P does not divide") << 28 << 3 << 0 << QStringLiteral("P = 3");
    QTest::newRow("negative") << 28 << -4 << -7 << QStringLiteral("-4 x -7");
}

void TestHplSizing::gridErrors()
{
    QFETCH(int, processes);
    QFETCH(int, fixedP);
    QFETCH(int, fixedQ);
    QFETCH(QString, mentions);
    const Result<HplGrid> grid = hplGrid(processes, fixedP, fixedQ);
    QVERIFY(!grid.ok());
    QCOMPARE(grid.error().code, ErrorCode::InvalidInput);
    QVERIFY2(grid.error().what.contains(mentions), qPrintable(grid.error().what));
}

void TestHplSizing::byteSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("4GiB") << QStringLiteral("4GiB") << true << 4 * GiB;
    QTest::newRow("1024MiB") << QStringLiteral("1024MiB") << true << GiB;
    QTest::newRow("512M") << QStringLiteral("512M") << true << 512 * MiB;
    QTest::newRow("2G") << QStringLiteral("2G") << true << 2 * GiB;
    QTest::newRow("1.5GiB") << QStringLiteral("1.5GiB") << true << GiB + GiB / 2;
    QTest::newRow("4096") << QStringLiteral("4096") << true << qint64(4096);
    QTest::newRow("4 GiB") << QStringLiteral("4 GiB") << true << 4 * GiB;
    QTest::newRow("10GB") << QStringLiteral("10GB") << true << qint64(10000000000);
    QTest::newRow("lower case gib") << QStringLiteral("2gib") << true << 2 * GiB;
    QTest::newRow("KiB") << QStringLiteral("8KiB") << true << qint64(8192);
    QTest::newRow("KB") << QStringLiteral("8KB") << true << qint64(8000);
    QTest::newRow("TiB") << QStringLiteral("1TiB") << true << 1024 * GiB;
    QTest::newRow("bytes unit") << QStringLiteral("100B") << true << qint64(100);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("8 EiB - 1") << QStringLiteral("9223372036854775807") << true
                               << std::numeric_limits<qint64>::max();
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1GiB") << false << qint64(0);
    QTest::newRow("unknown unit") << QStringLiteral("4XB") << false << qint64(0);
    QTest::newRow("unit only") << QStringLiteral("GiB") << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << qint64(0);
    QTest::newRow("overflow with unit") << QStringLiteral("8388608TiB") << false << qint64(0);
    QTest::newRow("many digits") << QStringLiteral("99999999999999999999999GiB") << false << qint64(0);
    QTest::newRow("half a byte") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("two dots") << QStringLiteral("1.2.3GiB") << false << qint64(0);
    QTest::newRow("trailing dot") << QStringLiteral("1.GiB") << false << qint64(0);
}

void TestHplSizing::byteSize()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, bytes);
    const Result<qint64> size = parseByteSize(text);
    QCOMPARE(size.ok(), valid);
    if (valid) {
        QCOMPARE(*size, bytes);
    } else {
        QCOMPARE(size.error().code, ErrorCode::InvalidInput);
        QVERIFY(!size.error().what.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHplSizing)
#include "tst_hplsizing.moc"
