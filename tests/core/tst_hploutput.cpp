// SPDX-License-Identifier: GPL-3.0-or-later
// The xhpl/hpcc output parser on real captured output (tests/fixtures/hpl, see its README) and on
// synthetic edge cases: cut rows, orphan residuals, impossible numbers (NaN/inf, negative, PASSED above
// the threshold), huge numbers, CRLF, 10,000 rows, a megabyte without a newline, and every truncation of
// a real output.
#include "bench/hploutput.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(VOC_FIXTURES_DIR "/hpl/");

QByteArray fixture(const QString& name)
{
    QFile file(fixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

HplRow row(const char* variant, qint64 n, int nb, int p, int q, double seconds, double gflops,
           double residual, bool passed)
{
    HplRow r;
    r.variant = QString::fromLatin1(variant);
    r.n = n;
    r.nb = nb;
    r.p = p;
    r.q = q;
    r.seconds = seconds;
    r.gflops = gflops;
    r.residual = residual;
    r.passed = passed;
    return r;
}

const QByteArray banner = "================================================================================\n"
                          "HPLinpack 2.0  --  High-Performance Linpack benchmark  --   September 10, 2008\n";
const QByteArray header =
    "T/V                N    NB     P     Q               Time                 Gflops\n"
    "--------------------------------------------------------------------------------\n";

QByteArray resultBlock(qint64 n, const char* time, const char* gflops, const char* residual,
                       const char* verdict)
{
    return header + "WR11C2R4  " + QByteArray::number(n).rightJustified(10) + "   192     1     2  " + time +
           "  " + gflops + "\n----\n||Ax-b||_oo/(eps*(||A||_oo*||x||_oo+||b||_oo)*N)=        " + residual +
           " ...... " + verdict + "\n";
}

QByteArray finished(int passed, int failed)
{
    return QByteArray("\nFinished ") + QByteArray::number(passed + failed) +
           " tests with the following results:\n" + "  " + QByteArray::number(passed) +
           " tests completed and passed residual checks,\n  " + QByteArray::number(failed) +
           " tests completed and failed residual checks,\n" +
           "  0 tests skipped because of illegal input values.\n\nEnd of Tests.\n";
}

} // namespace

class TestHplOutput : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void garbage_data();
    void garbage();
    void decimalCommaEqualsOriginal_data();
    void decimalCommaEqualsOriginal();
    void synthetic_data();
    void synthetic();
    void impossibleNumbers_data();
    void impossibleNumbers();
    void crlf();
    void tenThousandRows();
    void everyTruncation_data();
    void everyTruncation();
    void hpccSummary();
};

void TestHplOutput::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<HplOutputKind>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("failed");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<HplRow>("first");
    QTest::addColumn<HplRow>("last");

    const HplRow hpccFirst = row("WR11C2R4", 500, 64, 1, 2, 0.12, 0.6892, 0.0082516, true);
    const HplRow hpccLast = row("WR11C2R4", 1500, 128, 2, 1, 1.10, 2.051, 0.0053522, true);
    QTest::newRow("hpcc all passed") << "hpcc-passed.txt" << HplOutputKind::Hpcc << 12 << 0 << true
                                     << QString() << hpccFirst << hpccLast;
    QTest::newRow("hpcc localized") << "hpcc-passed-decimal-comma.txt" << HplOutputKind::Hpcc << 12 << 0
                                    << true << QString() << hpccFirst << hpccLast;
    QTest::newRow("hpcc one failed") << "hpcc-failed.txt" << HplOutputKind::Hpcc << 2 << 1 << true
                                     << QString()
                                     << row("WR11C2R4", 500, 64, 2, 1, 0.05, 1.753, 0.0064162, false)
                                     << row("WR11C2R4", 1500, 64, 2, 1, 0.67, 3.360, 0.0044742, true);
    QTest::newRow("hpcc killed") << "hpcc-truncated.txt" << HplOutputKind::Hpcc << 4 << 0 << false
                                 << "HPL section"
                                 << row("WR11C2R4", 1000, 64, 1, 2, 0.17, 3.872, 0.0068260, true)
                                 << row("WR11C2R4", 1500, 128, 1, 2, 0.66, 3.435, 0.0052432, true);
    QTest::newRow("xhpl all passed") << "xhpl-passed.txt" << HplOutputKind::Xhpl << 12 << 0 << true
                                     << QString()
                                     << row("WR11C2R4", 500, 64, 1, 2, 0.02, 3.620, 0.0082516, true)
                                     << row("WR11C2R4", 1500, 128, 2, 1, 0.26, 8.789, 0.0053522, true);
    const HplRow xFailed = row("WR11C2R4", 500, 64, 2, 1, 0.02, 4.326, 0.0064162, false);
    const HplRow xPassed = row("WR11C2R4", 1500, 64, 2, 1, 1.69, 1.337, 0.0044742, true);
    QTest::newRow("xhpl one failed") << "xhpl-failed.txt" << HplOutputKind::Xhpl << 2 << 1 << true
                                     << QString() << xFailed << xPassed;
    QTest::newRow("xhpl localized") << "xhpl-failed-decimal-comma.txt" << HplOutputKind::Xhpl << 2 << 1
                                    << true << QString() << xFailed << xPassed;
    QTest::newRow("xhpl killed between rows")
        << "xhpl-truncated.txt" << HplOutputKind::Xhpl << 4 << 0 << false << "End of Tests"
        << row("WR11C2R4", 1000, 64, 1, 2, 0.38, 1.767, 0.0068260, true)
        << row("WR11C2R4", 2000, 128, 1, 2, 2.48, 2.153, 0.0058305, true);
    const HplRow only = row("WR11C2R4", 1000, 64, 1, 2, 0.64, 1.046, 0.0068260, true);
    QTest::newRow("xhpl killed inside a row")
        << "xhpl-killed-in-row.txt" << HplOutputKind::Xhpl << 1 << 0 << false
        << "inside the result of N=3000 NB=64 P=1 Q=2" << only << only;
}

void TestHplOutput::fixtures()
{
    QFETCH(QString, file);
    QFETCH(HplOutputKind, kind);
    QFETCH(int, rows);
    QFETCH(int, failed);
    QFETCH(bool, complete);
    QFETCH(QString, reason);
    QFETCH(HplRow, first);
    QFETCH(HplRow, last);

    const Result<HplOutput> parsed = parseHplOutput(fixture(file), file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->kind, kind);
    QCOMPARE(parsed->rows.size(), rows);
    QCOMPARE(parsed->failedRows(), failed);
    QCOMPARE(parsed->allPassed(), failed == 0 && rows > 0);
    QCOMPARE(parsed->complete, complete);
    if (reason.isEmpty())
        QVERIFY2(parsed->incompleteReason.isEmpty(), qPrintable(parsed->incompleteReason));
    else
        QVERIFY2(parsed->incompleteReason.contains(reason), qPrintable(parsed->incompleteReason));
    QCOMPARE(parsed->rows.first(), first);
    QCOMPARE(parsed->rows.last(), last);
    for (const HplRow& r : parsed->rows) {
        QVERIFY(r.n >= 500 && r.nb >= 64 && r.p * r.q == 2);
        QVERIFY(r.seconds >= 0 && r.gflops > 0 && r.residual > 0);
        QCOMPARE(r.passed, r.residual < (file.contains(QLatin1String("failed")) ? 0.0055 : 16.0));
    }
}

void TestHplOutput::garbage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty file") << fixture(QStringLiteral("empty.txt")) << "empty";
    QTest::newRow("only blank lines") << QByteArray("\n\n  \r\n\t\n") << "empty";
    QTest::newRow("png") << fixture(QStringLiteral("garbage.png")) << "binary";
    QTest::newRow("urandom") << fixture(QStringLiteral("garbage-random.bin")) << "binary";
    QTest::newRow("a design file") << QByteArray("{\"format\": \"vocstudio-design/1\"}\n") << "neither";
    QTest::newRow("PTRANS rows only")
        << QByteArray("WALL   250   250  64  64   1   2     0.00 PASSED    5.228  0.00\n") << "neither";
    QTest::newRow("1 MiB without a newline") << QByteArray(1 << 20, 'x') << "neither";
    QTest::newRow("1 MiB of a row without a newline")
        << QByteArray("WR11C2R4 ").repeated(1 << 17) << "neither";
}

void TestHplOutput::garbage()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, what);
    QElapsedTimer timer;
    timer.start();
    const Result<HplOutput> parsed = parseHplOutput(text, QStringLiteral("/tmp/out.txt"));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Parse);
    QCOMPARE(parsed.error().where, QStringLiteral("/tmp/out.txt"));
    QVERIFY2(parsed.error().what.contains(what), qPrintable(parsed.error().what));
    QVERIFY(!parsed.error().hint.isEmpty());
}

void TestHplOutput::decimalCommaEqualsOriginal_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("localized");
    QTest::newRow("hpcc") << "hpcc-passed.txt"
                          << "hpcc-passed-decimal-comma.txt";
    QTest::newRow("xhpl") << "xhpl-failed.txt"
                          << "xhpl-failed-decimal-comma.txt";
}

void TestHplOutput::decimalCommaEqualsOriginal()
{
    QFETCH(QString, original);
    QFETCH(QString, localized);
    const Result<HplOutput> a = parseHplOutput(fixture(original), original);
    const Result<HplOutput> b = parseHplOutput(fixture(localized), localized);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->rows, a->rows);
    QCOMPARE(b->complete, a->complete);
    QCOMPARE(b->hpccSummary.size(), a->hpccSummary.size());
    for (auto it = a->hpccSummary.cbegin(); it != a->hpccSummary.cend(); ++it) {
        const std::optional<double> x = a->summaryNumber(it.key());
        const std::optional<double> y = b->summaryNumber(it.key());
        QCOMPARE(y.has_value(), x.has_value());
        if (x)
            QCOMPARE(*y, *x);
    }
}

void TestHplOutput::synthetic_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("reason");

    const QByteArray one = resultBlock(2000, "1.00", "5.333e+00", "0.0042", "PASSED");
    QTest::newRow("complete") << banner + one + finished(1, 0) << 1 << true << QString();
    QTest::newRow("no banner, header only") << one + finished(1, 0) << 1 << true << QString();
    QTest::newRow("row without its residual at EOF")
        << banner + one + header + "WR11C2R4        3000   192     1     2   9.00   2.000e+00\n"
        << 1 << false << "inside the result of N=3000 NB=192 P=1 Q=2";
    QTest::newRow("row cut mid-line")
        << banner + one + header + "WR11C2R4        3000   19" << 1 << false << "ends after 1 result";
    QTest::newRow("residual line cut")
        << banner + one + header + "WR11C2R4  3000 192 1 2 9.00 2.0e+00\n||Ax-b||_oo/(eps*(||A||_oo*||x" << 1
        << false << "N=3000 NB=192 P=1 Q=2";
    QTest::newRow("residual line without row")
        << banner + "||Ax-b||_oo/(eps*(||A||_oo*||x||_oo+||b||_oo)*N)=   0.0042 ...... PASSED\n" +
               finished(1, 0)
        << 0 << false << "has no result row";
    QTest::newRow("row followed by another row")
        << banner + header + "WR11C2R4  1000 192 1 2 1.00 1.0e+00\n" + one + finished(2, 0) << 1 << false
        << "N=1000 NB=192 P=1 Q=2 (line 5) has no residual check";
    QTest::newRow("counts disagree") << banner + one + finished(2, 0) << 1 << false << "reports 2 passed";
    QTest::newRow("banner only") << banner << 0 << false << "before the first result";
    QTest::newRow("N overflows") << banner +
                                        resultBlock(0, "1.0", "1.0", "0.1", "PASSED")
                                            .replace("         0", "99999999999999999999999") +
                                        finished(0, 0)
                                 << 0 << false << "cannot be read";
    QTest::newRow("huge N and GFLOPS")
        << banner + resultBlock(99999999999LL, "1e+300", "1.797e+308", "0.1", "PASSED") + finished(1, 0) << 1
        << true << QString();
    QTest::newRow("time 0.00, as HPL prints for a tiny N")
        << banner + resultBlock(100, "0.00", "1.000e-01", "0.0042", "PASSED") + finished(1, 0) << 1 << true
        << QString();
    QTest::newRow("residual 1e+300 FAILED")
        << banner + resultBlock(1000, "1.00", "1.0e+00", "1e+300", "FAILED") + finished(0, 1) << 1 << true
        << QString();
    QTest::newRow("residual 20 PASSED under a printed threshold of 100")
        << banner + "- Computational tests pass if scaled residuals are less than                100.0\n" +
               resultBlock(1000, "1.00", "1.0e+00", "20.0", "PASSED") + finished(1, 0)
        << 1 << true << QString();
    QTest::newRow("residual 0.004 PASSED under a printed threshold of 0.0 (0.0055 rounded)")
        << banner + "- Computational tests pass if scaled residuals are less than                  0.0\n" +
               resultBlock(1000, "1.00", "1.0e+00", "0.0044742", "PASSED") + finished(1, 0)
        << 1 << true << QString();
    QTest::newRow("decimal commas") << banner + resultBlock(1000, "0,50", "2,0e+00", "0,0042", "PASSED") +
                                           finished(1, 0)
                                    << 1 << true << QString();
    QTest::newRow("GFLOPS beyond double")
        << banner + resultBlock(1000, "1.0", "1e999", "0.1", "PASSED") + finished(0, 0) << 0 << false
        << "cannot be read";
    QTest::newRow("1 MiB line amid a good output")
        << banner + QByteArray(1 << 20, 'y') + "\n" + one + finished(1, 0) << 1 << true << QString();
    QTest::newRow("hpcc cut in the Summary")
        << "This is the DARPA/DOE HPC Challenge Benchmark version 1.5.0 October 2012\nBegin of HPL "
           "section.\n" +
               banner + one + finished(1, 0) +
               "End of HPL section.\nBegin of Summary section.\nHPL_Tflops=0.1\n"
        << 1 << false << "Summary";
    QTest::newRow("hpcc without its end")
        << "This is the DARPA/DOE HPC Challenge Benchmark version 1.5.0\n"
           "Begin of HPL section.\n" +
               banner + one + finished(1, 0) +
               "End of HPL section.\nBegin of Summary section.\nHPL_Tflops=0.1\n"
               "End of Summary section.\n"
        << 1 << false << "End of HPC Challenge tests.";
}

void TestHplOutput::synthetic()
{
    QFETCH(QByteArray, text);
    QFETCH(int, rows);
    QFETCH(bool, complete);
    QFETCH(QString, reason);
    const Result<HplOutput> parsed = parseHplOutput(text, QStringLiteral("synthetic"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->rows.size(), rows);
    QCOMPARE(parsed->complete, complete);
    QVERIFY2(reason.isEmpty() ? parsed->incompleteReason.isEmpty()
                              : parsed->incompleteReason.contains(reason),
             qPrintable(parsed->incompleteReason));
}

void TestHplOutput::impossibleNumbers_data()
{
    QTest::addColumn<QByteArray>("preamble"); // lines between the banner and the first result
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<QByteArray>("gflops");
    QTest::addColumn<QByteArray>("residual");
    QTest::addColumn<QByteArray>("verdict");
    QTest::addColumn<bool>("onResidualLine"); // the reason names the residual's line, else the row's
    QTest::addColumn<QString>("what");

    const auto add = [](const QByteArray& name, const QByteArray& preamble, const QByteArray& time,
                        const QByteArray& gflops, const QByteArray& residual, const QByteArray& verdict,
                        bool onResidualLine, const QString& what) {
        QTest::newRow(name.constData())
            << preamble << time << gflops << residual << verdict << onResidualLine << what;
    };
    for (const QByteArray special : {"nan", "-nan", "NaN", "inf", "-inf", "Infinity"}) {
        add("time " + special, {}, special, "2.0e+00", "0.0042", "PASSED", false, u"the time of N=3000"_s);
        add("GFLOPS " + special, {}, "1.00", special, "0.0042", "PASSED", false, u"the GFLOPS of N=3000"_s);
        add("residual " + special + " PASSED", {}, "1.00", "2.0e+00", special, "PASSED", true,
            u"the residual of N=3000"_s);
        add("residual " + special + " FAILED", {}, "1.00", "2.0e+00", special, "FAILED", true,
            u"the residual of N=3000"_s);
    }
    add("negative time", {}, "-1.00", "2.0e+00", "0.0042", "PASSED", false,
        u"the time of N=3000 NB=192 P=1 Q=2 is -1"_s);
    add("negative time, decimal comma", {}, "-1,50", "2,0e+00", "0,0042", "PASSED", false, u"is -1.5"_s);
    add("negative GFLOPS", {}, "1.00", "-5.000e+00", "0.0042", "PASSED", false,
        u"the GFLOPS of N=3000 NB=192 P=1 Q=2 are -5"_s);
    add("negative residual", {}, "1.00", "2.0e+00", "-0.0042", "PASSED", true,
        u"the residual of N=3000 NB=192 P=1 Q=2 is -0.0042"_s);
    add("residual 1e+300 PASSED", {}, "1.00", "2.0e+00", "1e+300", "PASSED", true,
        u"marked PASSED above the threshold 16"_s);
    add("residual 17 PASSED, default threshold", {}, "1.00", "2.0e+00", "17.0", "PASSED", true,
        u"above the threshold 16"_s);
    add("residual 2 PASSED, printed threshold 1.0",
        "- Computational tests pass if scaled residuals are less than                  1.0\n", "1.00",
        "2.0e+00", "2.0", "PASSED", true, u"above the threshold 1"_s);
}

// Numbers HPL cannot print are checked where they are parsed: the row is left out, and the output is
// incomplete with a reason naming the line, so that vocctl exits 2 and nothing is stored.
void TestHplOutput::impossibleNumbers()
{
    QFETCH(QByteArray, preamble);
    QFETCH(QByteArray, time);
    QFETCH(QByteArray, gflops);
    QFETCH(QByteArray, residual);
    QFETCH(QByteArray, verdict);
    QFETCH(bool, onResidualLine);
    QFETCH(QString, what);

    const QByteArray good = resultBlock(2000, "1.00", "5.333e+00", "0.0042", "PASSED");
    const QByteArray bad = resultBlock(3000, time, gflops, residual, verdict);
    const bool passed = verdict == "PASSED";
    const QByteArray text = banner + preamble + good + bad + finished(passed ? 2 : 1, passed ? 0 : 1);
    // The banner's 2 lines, the preamble, the good block's 5, then the bad block: header (2), row, rule,
    // residual.
    const int rowLine = 2 + int(preamble.count('\n')) + 5 + 3;
    const int line = onResidualLine ? rowLine + 2 : rowLine;

    const Result<HplOutput> parsed = parseHplOutput(text, QStringLiteral("impossible"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->rows.size(), 1);
    QCOMPARE(parsed->rows.first().n, 2000);
    QVERIFY(!parsed->complete);
    QVERIFY2(parsed->incompleteReason.startsWith(QStringLiteral("line %1: ").arg(line)),
             qPrintable(parsed->incompleteReason));
    QVERIFY2(parsed->incompleteReason.contains(what), qPrintable(parsed->incompleteReason));
}

void TestHplOutput::crlf()
{
    const QByteArray unix = fixture(QStringLiteral("xhpl-passed.txt"));
    QByteArray dos = unix;
    dos.replace("\n", "\r\n");
    const Result<HplOutput> a = parseHplOutput(unix, QStringLiteral("unix"));
    const Result<HplOutput> b = parseHplOutput(dos, QStringLiteral("dos"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->rows, a->rows);
    QVERIFY(b->complete);
}

void TestHplOutput::tenThousandRows()
{
    QByteArray text = banner;
    text.reserve(10000 * 400);
    for (int i = 0; i < 10000; ++i)
        text += resultBlock(1000 + i, "1.00", "2.500e+00", "0.0042", i % 100 == 99 ? "FAILED" : "PASSED");
    text += finished(9900, 100);
    QElapsedTimer timer;
    timer.start();
    const Result<HplOutput> parsed = parseHplOutput(text, QStringLiteral("big"));
    const qint64 ms = timer.elapsed();
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->rows.size(), 10000);
    QCOMPARE(parsed->failedRows(), 100);
    QVERIFY2(parsed->complete, qPrintable(parsed->incompleteReason));
    QCOMPARE(parsed->rows.last().n, 10999);
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms for 10,000 rows").arg(ms)));
}

void TestHplOutput::everyTruncation_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xhpl") << "xhpl-failed.txt";
    QTest::newRow("hpcc") << "hpcc-failed.txt";
}

// Whatever byte the output stops at, the parser gives a prefix of the full rows and calls the output
// incomplete (or fails on an input without any HPL text), never crashes.
void TestHplOutput::everyTruncation()
{
    QFETCH(QString, file);
    const QByteArray full = fixture(file);
    const Result<HplOutput> whole = parseHplOutput(full, file);
    QVERIFY(whole.ok() && whole->complete);
    // Cut after the end marker, the output is whole: only the time and a rule follow it.
    const QByteArray marker =
        whole->kind == HplOutputKind::Hpcc ? "End of HPC Challenge tests." : "End of Tests.";
    const qsizetype end = full.indexOf(marker) + marker.size();
    QVERIFY(end > marker.size());
    for (qsizetype cut = 0; cut < end; cut += 3) {
        const Result<HplOutput> part = parseHplOutput(full.left(cut), file);
        if (!part.ok()) {
            QCOMPARE(part.error().code, ErrorCode::Parse);
            continue;
        }
        QVERIFY2(!part->complete, qPrintable(QStringLiteral("complete at byte %1").arg(cut)));
        QVERIFY(!part->incompleteReason.isEmpty());
        QVERIFY(part->rows.size() <= whole->rows.size());
        QCOMPARE(part->rows, whole->rows.first(part->rows.size()));
    }
}

void TestHplOutput::hpccSummary()
{
    const Result<HplOutput> hpcc =
        parseHplOutput(fixture(QStringLiteral("hpcc-passed.txt")), QStringLiteral("hpcc"));
    QVERIFY(hpcc.ok());
    QCOMPARE(hpcc->hpccSummary.value(QStringLiteral("HPL_Tflops")), QStringLiteral("0.00258023"));
    QCOMPARE(hpcc->summaryNumber(QStringLiteral("HPL_N")), std::optional<double>(1500));
    QCOMPARE(hpcc->summaryNumber(QStringLiteral("CommWorldProcs")), std::optional<double>(2));
    QCOMPARE(hpcc->summaryNumber(QStringLiteral("HPL_cpfact")), std::nullopt); // "R"
    QCOMPARE(hpcc->summaryNumber(QStringLiteral("NoSuchKey")), std::nullopt);
    const Result<NetSample> net = netSampleFromHpccSummary(*hpcc);
    QVERIFY(net.ok());
    QCOMPARE(net->latencyUs, 0.132256);
    QCOMPARE(net->bandwidthMBps, 7544.67);
    QVERIFY(net->nic.isEmpty() && net->endpoints.isEmpty());

    const Result<HplOutput> xhpl =
        parseHplOutput(fixture(QStringLiteral("xhpl-passed.txt")), QStringLiteral("xhpl"));
    QVERIFY(xhpl.ok());
    QVERIFY(xhpl->hpccSummary.isEmpty());
    const Result<NetSample> none = netSampleFromHpccSummary(*xhpl);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestHplOutput)
#include "tst_hploutput.moc"
