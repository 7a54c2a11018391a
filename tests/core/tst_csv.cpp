// SPDX-License-Identifier: GPL-3.0-or-later
// CSV in one place: field quoting and numbers for every writer, the one reader with its options, and
// the multi-run export built on them.
#include "bench/runcsv.h"
#include "common/csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

Q_DECLARE_METATYPE(voc::CsvReadOptions)
Q_DECLARE_METATYPE(voc::Run)

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void number_data();
    void number();
    void row();
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void roundTrip();
    void runsCsvFiles_data();
    void runsCsvFiles();
    void exportRunsCsv();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QStringLiteral("demo-head") << QByteArray("demo-head");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("spaces kept") << QStringLiteral(" a b ") << QByteArray(" a b ");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("UTF-8") << QStringLiteral("Grüße") << QStringLiteral("Grüße").toUtf8();
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QTEST(csvField(text), "csv");
}

void TestCsv::number_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("whole") << 204.0 << QByteArray("204");
    QTest::newRow("shortest") << 6.821 << QByteArray("6.821");
    QTest::newRow("small") << 0.0041 << QByteArray("0.0041");
    QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
}

void TestCsv::number()
{
    QFETCH(double, value);
    QFETCH(QByteArray, csv);
    QCOMPARE(csvNumber(value), csv);
    QCOMPARE(csv.toDouble(), value); // reads back equal
}

void TestCsv::row()
{
    QCOMPARE(csvRow({"a", csvField(QStringLiteral("b,c")), csvNumber(1.5)}), QByteArray("a,\"b,c\",1.5\r\n"));
    QCOMPARE(csvRow({"a", "b"}, "\n"), QByteArray("a,b\n"));
    QCOMPARE(csvRow({}), QByteArray("\r\n"));
    // Derived values with a precision: no 19.999999999999996 in a chart's CSV.
    QCOMPARE(csvNumber(19.999999999999996, 10), QByteArray("20"));
    QCOMPARE(csvNumber(8.400527781850162, 10), QByteArray("8.400527782"));
}

void TestCsv::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvReadOptions>("options");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    const CsvReadOptions plain;
    const CsvReadOptions paper{.comments = true, .trimUnquoted = true};
    QTest::newRow("two rows") << QStringLiteral("a,b\nc,d\n") << plain
                              << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                    {QStringLiteral("c"), QStringLiteral("d")}}
                              << QList<int>{1, 2};
    QTest::newRow("CRLF, no last line end") << QStringLiteral("a,b\r\nc,d") << plain
                                            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                                  {QStringLiteral("c"), QStringLiteral("d")}}
                                            << QList<int>{1, 2};
    QTest::newRow("blank lines skipped")
        << QStringLiteral("a\n\n\nb\n") << plain
        << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}} << QList<int>{1, 4};
    QTest::newRow("quoted comma, quote, line break")
        << QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\nnext\n") << plain
        << QList<QStringList>{{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\ny")},
                              {QStringLiteral("next")}}
        << QList<int>{1, 3};
    QTest::newRow("empty fields") << QStringLiteral("a,,\"\"\n") << plain
                                  << QList<QStringList>{{QStringLiteral("a"), QString(), QString()}}
                                  << QList<int>{1};
    QTest::newRow("spaces kept without trim")
        << QStringLiteral(" a , b \n") << plain
        << QList<QStringList>{{QStringLiteral(" a "), QStringLiteral(" b ")}} << QList<int>{1};
    QTest::newRow("trimmed, quoted spaces kept")
        << QStringLiteral(" a , \" b \" \n") << paper
        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral(" b ")}} << QList<int>{1};
    QTest::newRow("comments") << QStringLiteral("# about\na,b\n  # indented\nc,\"#d\"\n") << paper
                              << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                    {QStringLiteral("c"), QStringLiteral("#d")}}
                              << QList<int>{2, 4};
    QTest::newRow("a '#' is data without comments")
        << QStringLiteral("#a,b\n") << plain
        << QList<QStringList>{{QStringLiteral("#a"), QStringLiteral("b")}} << QList<int>{1};
}

void TestCsv::read()
{
    QFETCH(QString, text);
    QFETCH(CsvReadOptions, options);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const Result<QList<CsvRecord>> read = readCsv(text, QStringLiteral("in.csv"), options);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QCOMPARE(read->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(read->at(i).fields, records.at(i));
        QCOMPARE(read->at(i).line, lines.at(i));
    }
}

void TestCsv::readErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvReadOptions>("options");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("open quote") << QStringLiteral("a\nb,\"c,d\n") << CsvReadOptions{}
                                << QStringLiteral("in.csv:2") << QStringLiteral("not closed");
    QTest::newRow("stray quote") << QStringLiteral("a\nb\"x,c\n") << CsvReadOptions{}
                                 << QStringLiteral("in.csv:2") << QStringLiteral("quote");
    QTest::newRow("text after closing quote")
        << QStringLiteral("\"a\"b\n") << CsvReadOptions{} << QStringLiteral("in.csv:1")
        << QStringLiteral("after the closing");
    QTest::newRow("space after closing quote untrimmed")
        << QStringLiteral("\"a\" ,b\n") << CsvReadOptions{} << QStringLiteral("in.csv:1")
        << QStringLiteral("after the closing");
    QTest::newRow("too many rows") << QStringLiteral("a\nb\nc\nd\n") << CsvReadOptions{.maxRecords = 2}
                                   << QStringLiteral("in.csv:4") << QStringLiteral("more than 2");
}

void TestCsv::readErrors()
{
    QFETCH(QString, text);
    QFETCH(CsvReadOptions, options);
    QFETCH(QString, what);
    const Result<QList<CsvRecord>> read = readCsv(text, QStringLiteral("in.csv"), options);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Parse);
    QTEST(read.error().where, "where");
    QVERIFY2(read.error().what.contains(what), qPrintable(read.error().what));
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows{{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("q\"uote")},
                                  {QStringLiteral("line\nbreak"), QString(), QStringLiteral(" spaced ")}};
    QByteArray csv;
    for (const QStringList& row : rows) {
        QList<QByteArray> fields;
        for (const QString& field : row)
            fields.append(csvField(field));
        csv += csvRow(fields);
    }
    const Result<QList<CsvRecord>> read = readCsv(QString::fromUtf8(csv), QStringLiteral("x.csv"));
    QVERIFY(read.ok());
    QCOMPARE(read->size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(read->at(i).fields, rows.at(i));
}

namespace {

Run bootRun(qint64 id, const QString& design, const QList<BootSample>& samples)
{
    Run run;
    run.id = id;
    run.kind = RunKind::Boot;
    run.target = RunTarget::Local;
    run.design = design;
    run.label = design + QStringLiteral(" boot");
    run.bootSamples = samples;
    return run;
}

Run hplRun(qint64 id)
{
    Run run;
    run.id = id;
    run.kind = RunKind::Hpl;
    run.target = RunTarget::Paper;
    run.design = QStringLiteral("paper");
    run.label = QStringLiteral("Table III, VOC");
    run.hplRows = {HplRow{.n = 54800,
                          .nb = 192,
                          .p = 4,
                          .q = 7,
                          .seconds = 3270.5,
                          .gflops = 33.6,
                          .residual = 0.0123,
                          .passed = true,
                          .variant = {}}};
    return run;
}

} // namespace

void TestCsv::runsCsvFiles_data()
{
    QTest::addColumn<QList<Run>>("runs");
    QTest::addColumn<QStringList>("files"); // names
    QTest::addColumn<QList<QByteArray>>("contents");

    const Run a = bootRun(3, QStringLiteral("demo"), {{QStringLiteral("demo-head"), BootPhase::Kernel, 12}});
    // A VCN name with a line break must stay one quoted field, not split the row.
    const Run b = bootRun(5, QStringLiteral("a,b"), {{QStringLiteral("x\ny"), BootPhase::Ready, 3400}});
    QTest::newRow("one kind, one file")
        << QList<Run>{a, b} << QStringList{QStringLiteral("out.csv")}
        << QList<QByteArray>{QByteArray("run,target,design,label,vcn,phase,ms\r\n"
                                        "3,local,demo,demo boot,demo-head,kernel,12\r\n"
                                        "5,local,\"a,b\",\"a,b boot\",\"x\ny\",ready,3400\r\n")};
    QTest::newRow("two kinds, a file each")
        << QList<Run>{a, hplRun(1)}
        << QStringList{QStringLiteral("out-hpl.csv"), QStringLiteral("out-boot.csv")}
        << QList<QByteArray>{
               QByteArray("run,target,design,label,n,nb,p,q,seconds,gflops,residual,passed\r\n"
                          "1,paper,paper,\"Table III, VOC\",54800,192,4,7,3270.5,33.6,0.0123,true\r\n"),
               QByteArray("run,target,design,label,vcn,phase,ms\r\n"
                          "3,local,demo,demo boot,demo-head,kernel,12\r\n")};
}

void TestCsv::runsCsvFiles()
{
    QFETCH(QList<Run>, runs);
    QFETCH(QStringList, files);
    QFETCH(QList<QByteArray>, contents);
    const auto got = voc::runsCsvFiles(runs, QStringLiteral("/tmp/x/out.csv"));
    QCOMPARE(got.size(), files.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).first, QStringLiteral("/tmp/x/") + files.at(i));
        QCOMPARE(got.at(i).second, contents.at(i));
    }
}

void TestCsv::exportRunsCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    const Result<QStringList> written =
        voc::exportRunsCsv({hplRun(1), bootRun(2, QStringLiteral("d"), {})}, path);
    QVERIFY(written.ok());
    QCOMPARE(*written, (QStringList{dir.filePath(QStringLiteral("runs-hpl.csv")),
                                    dir.filePath(QStringLiteral("runs-boot.csv"))}));
    for (const QString& file : *written)
        QVERIFY(QFile::exists(file));
    const Result<QStringList> refused =
        voc::exportRunsCsv({hplRun(1)}, dir.filePath(QStringLiteral("no/dir.csv")));
    QVERIFY(!refused.ok());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
