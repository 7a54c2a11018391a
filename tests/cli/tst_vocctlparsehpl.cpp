// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl parse-hpl over the captured xhpl/hpcc outputs (tests/fixtures/hpl): exit codes,
// the text table, the --json shape, standard input, and errors that name the file.
#include "vocctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using voc::test::vocctl;
using voc::test::VocctlRun;

const QString fixtureDir = QStringLiteral(VOC_FIXTURES_DIR "/hpl/");

} // namespace

class TestVocctlParseHpl : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void textTable();
    void jsonShape();
    void standardInput();
    void errors_data();
    void errors();
    void impossibleNumbers_data();
    void impossibleNumbers();
};

void TestVocctlParseHpl::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("failed");
    QTest::addColumn<bool>("complete");

    QTest::newRow("hpcc passed") << "hpcc-passed.txt" << 0 << 12 << 0 << true;
    QTest::newRow("hpcc localized") << "hpcc-passed-decimal-comma.txt" << 0 << 12 << 0 << true;
    QTest::newRow("hpcc failed") << "hpcc-failed.txt" << 1 << 2 << 1 << true;
    QTest::newRow("hpcc truncated") << "hpcc-truncated.txt" << 2 << 4 << 0 << false;
    QTest::newRow("xhpl passed") << "xhpl-passed.txt" << 0 << 12 << 0 << true;
    QTest::newRow("xhpl failed") << "xhpl-failed.txt" << 1 << 2 << 1 << true;
    QTest::newRow("xhpl localized failed") << "xhpl-failed-decimal-comma.txt" << 1 << 2 << 1 << true;
    QTest::newRow("xhpl truncated") << "xhpl-truncated.txt" << 2 << 4 << 0 << false;
    QTest::newRow("xhpl killed in a row") << "xhpl-killed-in-row.txt" << 2 << 1 << 0 << false;
}

void TestVocctlParseHpl::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(int, rows);
    QFETCH(int, failed);
    QFETCH(bool, complete);

    const VocctlRun text = vocctl({QStringLiteral("parse-hpl"), fixtureDir + file});
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    QCOMPARE(text.out.count(QLatin1String("PASSED")), rows - failed);
    QCOMPARE(text.out.count(QLatin1String("FAILED")), failed);
    QCOMPARE(text.out.contains(QLatin1String("incomplete: ")), !complete);

    const VocctlRun json = vocctl({QStringLiteral("parse-hpl"), fixtureDir + file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QLatin1String("rows")).toArray().size(), rows);
    QCOMPARE(object.value(QLatin1String("failed")).toInt(), failed);
    QCOMPARE(object.value(QLatin1String("passed")).toInt(), rows - failed);
    QCOMPARE(object.value(QLatin1String("complete")).toBool(), complete);
    QCOMPARE(object.value(QLatin1String("incompleteReason")).isNull(), complete);
    QCOMPARE(object.value(QLatin1String("exitCode")).toInt(), exitCode);
    QCOMPARE(object.value(QLatin1String("kind")).toString(),
             file.startsWith(QLatin1String("hpcc")) ? QStringLiteral("hpcc") : QStringLiteral("xhpl"));
    QCOMPARE(object.value(QLatin1String("file")).toString(), fixtureDir + file);
}

void TestVocctlParseHpl::textTable()
{
    const VocctlRun result =
        vocctl({QStringLiteral("parse-hpl"), fixtureDir + QStringLiteral("hpcc-failed.txt")});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY(lines.at(0).startsWith(QLatin1String("T/V")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("WR11C2R4 500 64 2 1 0.05 1.753 0.0064162 FAILED"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("WR11C2R4 1500 64 2 1 0.67 3.36 0.0044742 PASSED"));
    QCOMPARE(lines.at(3), QStringLiteral("hpcc: 2 row(s), 1 passed, 1 failed"));
    QVERIFY(result.out.contains(QLatin1String("hpcc summary:\n")));
    QVERIFY(result.out.contains(QLatin1String("  AvgPingPongLatency_usec = ")));
    QVERIFY(result.out.contains(QLatin1String("  HPL_Tflops = ")));

    const VocctlRun cut =
        vocctl({QStringLiteral("parse-hpl"), fixtureDir + QStringLiteral("xhpl-killed-in-row.txt")});
    QCOMPARE(cut.exitCode, 2);
    QVERIFY2(cut.out.contains(
                 QLatin1String("incomplete: the output ends inside the result of N=3000 NB=64 P=1 Q=2")),
             qPrintable(cut.out));
}

void TestVocctlParseHpl::jsonShape()
{
    const VocctlRun result = vocctl({QStringLiteral("parse-hpl"), QStringLiteral("--json"),
                                     fixtureDir + QStringLiteral("hpcc-passed.txt")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QStringList keys{
        QStringLiteral("complete"), QStringLiteral("exitCode"),    QStringLiteral("failed"),
        QStringLiteral("file"),     QStringLiteral("hpccSummary"), QStringLiteral("incompleteReason"),
        QStringLiteral("kind"),     QStringLiteral("passed"),      QStringLiteral("rows")};
    QCOMPARE(object.keys(), keys);
    const QJsonObject first = object.value(QLatin1String("rows")).toArray().first().toObject();
    const QStringList rowKeys{
        QStringLiteral("gflops"),   QStringLiteral("n"),       QStringLiteral("nb"),
        QStringLiteral("p"),        QStringLiteral("passed"),  QStringLiteral("q"),
        QStringLiteral("residual"), QStringLiteral("seconds"), QStringLiteral("variant")};
    QCOMPARE(first.keys(), rowKeys);
    QCOMPARE(first.value(QLatin1String("variant")).toString(), QStringLiteral("WR11C2R4"));
    QCOMPARE(first.value(QLatin1String("n")).toInteger(), 500);
    QCOMPARE(first.value(QLatin1String("nb")).toInt(), 64);
    QCOMPARE(first.value(QLatin1String("seconds")).toDouble(), 0.12);
    QCOMPARE(first.value(QLatin1String("gflops")).toDouble(), 0.6892);
    QCOMPARE(first.value(QLatin1String("residual")).toDouble(), 0.0082516);
    QCOMPARE(first.value(QLatin1String("passed")).toBool(), true);
    const QJsonObject summary = object.value(QLatin1String("hpccSummary")).toObject();
    QCOMPARE(summary.value(QLatin1String("HPL_Tflops")).toString(), QStringLiteral("0.00258023"));
    QCOMPARE(summary.value(QLatin1String("AvgPingPongBandwidth_GBytes")).toString(),
             QStringLiteral("7.54467"));

    const VocctlRun xhpl = vocctl({QStringLiteral("parse-hpl"), QStringLiteral("--json"),
                                   fixtureDir + QStringLiteral("xhpl-passed.txt")});
    QVERIFY(QJsonDocument::fromJson(xhpl.out.toUtf8())
                .object()
                .value(QLatin1String("hpccSummary"))
                .toObject()
                .isEmpty());
}

void TestVocctlParseHpl::standardInput()
{
    QFile file(fixtureDir + QStringLiteral("xhpl-failed.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const VocctlRun result =
        vocctl({QStringLiteral("parse-hpl"), QStringLiteral("-"), QStringLiteral("--json")},
               {.input = file.readAll()});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("file")).toString(), QStringLiteral("standard input"));
    QCOMPARE(object.value(QLatin1String("failed")).toInt(), 1);

    const VocctlRun empty =
        vocctl({QStringLiteral("parse-hpl"), QStringLiteral("-")}, {.input = QByteArray()});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QLatin1String("standard input: the output is empty")), qPrintable(empty.err));
}

void TestVocctlParseHpl::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QStringList{fixtureDir + QStringLiteral("empty.txt")}
                                << fixtureDir + QStringLiteral("empty.txt: the output is empty");
    QTest::newRow("png") << QStringList{fixtureDir + QStringLiteral("garbage.png")}
                         << fixtureDir + QStringLiteral("garbage.png: binary data");
    QTest::newRow("random bytes, json")
        << QStringList{fixtureDir + QStringLiteral("garbage-random.bin"), QStringLiteral("--json")}
        << fixtureDir + QStringLiteral("garbage-random.bin: binary data");
    QTest::newRow("not HPL") << QStringList{fixtureDir + QStringLiteral("README.md")}
                             << fixtureDir + QStringLiteral("README.md: neither xhpl nor hpcc output");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/hpccoutf.txt")}
                                  << QStringLiteral("/nonexistent/hpccoutf.txt: no such file");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("give exactly one output file");
    QTest::newRow("two files") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                               << QStringLiteral("give exactly one output file");
}

void TestVocctlParseHpl::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const VocctlRun result = vocctl(QStringList{QStringLiteral("parse-hpl")} + args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestVocctlParseHpl::impossibleNumbers_data()
{
    // xhpl-passed.txt's first result: the row at line 47, its residual at line 49.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("reason");

    const QByteArray rowLine = "0.02              3.620e+00";
    const QByteArray residualLine = "0.0082516 ...... PASSED";
    QTest::newRow("negative GFLOPS") << rowLine << QByteArray("0.02             -3.620e+00") << "line 47: ";
    QTest::newRow("NaN GFLOPS") << rowLine << QByteArray("0.02                    nan") << "line 47: ";
    QTest::newRow("infinite GFLOPS") << rowLine << QByteArray("0.02                    inf") << "line 47: ";
    QTest::newRow("negative time") << rowLine << QByteArray("-0.02              3.620e+00") << "line 47: ";
    QTest::newRow("NaN residual") << residualLine << QByteArray("nan ...... PASSED") << "line 49: ";
    QTest::newRow("residual 1e+300 PASSED")
        << residualLine << QByteArray("1e+300 ...... PASSED") << "line 49: ";
}

// Every impossible number is an inconsistency: exit 2, and the reason names the line.
void TestVocctlParseHpl::impossibleNumbers()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, reason);
    QFile fixture(fixtureDir + QStringLiteral("xhpl-passed.txt"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray text = fixture.readAll();
    const qsizetype at = text.indexOf(from);
    QVERIFY(at > 0);
    text.replace(at, from.size(), to);

    const VocctlRun result = vocctl({QStringLiteral("parse-hpl"), QStringLiteral("-")}, {.input = text});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains(QLatin1String("incomplete: ") + reason), qPrintable(result.out));
    QCOMPARE(result.out.count(QLatin1String("PASSED\n")), 11); // the rows left, not the reason

    const VocctlRun json =
        vocctl({QStringLiteral("parse-hpl"), QStringLiteral("-"), QStringLiteral("--json")}, {.input = text});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("complete")).toBool(), false);
    QVERIFY(object.value(QLatin1String("incompleteReason")).toString().startsWith(reason));
    QCOMPARE(object.value(QLatin1String("rows")).toArray().size(), 11);
}

QTEST_GUILESS_MAIN(TestVocctlParseHpl)
#include "tst_vocctlparsehpl.moc"
