// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's reference data: the shipped CSVs give exactly the published numbers, the penalties
// recompute to the printed ones, and broken CSV rows give errors with their line.
#include "bench/paperreference.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QByteArray resultsHeader =
    "table,label,grid_p,grid_q,n,physical_gflops,voc_gflops,other_gflops,reported_percent\n";
const QByteArray bootHeader = "subject,count,min_s,avg_s,max_s,note\n";

PaperReference shipped()
{
    const Result<PaperReference> reference = loadPaperReference();
    if (!reference)
        qFatal("the shipped reference does not load: %s", qPrintable(reference.error().toString()));
    return *reference;
}

} // namespace

class TestPaperReference : public QObject
{
    Q_OBJECT

private slots:
    void shippedCopyIsEmbedded_data();
    void shippedCopyIsEmbedded();
    void tableIII_data();
    void tableIII();
    void tableII();
    void bootTimes_data();
    void bootTimes();
    void runs();
    void wellFormedVariants_data();
    void wellFormedVariants();
    void badResults_data();
    void badResults();
    void badBoot_data();
    void badBoot();
    void missingFile();
};

void TestPaperReference::shippedCopyIsEmbedded_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("file");
    QTest::newRow("results") << QString::fromLatin1(paperResultsResource) << u"reference-results.csv"_s;
    QTest::newRow("boot") << QString::fromLatin1(paperBootResource) << u"reference-boot.csv"_s;
}

void TestPaperReference::shippedCopyIsEmbedded()
{
    QFETCH(QString, resource);
    QFETCH(QString, file);
    QFile embedded(resource);
    QFile source(QStringLiteral(VOC_SOURCE_DIR "/resources/reference/") + file);
    QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(resource));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), source.readAll());
}

void TestPaperReference::tableIII_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("q");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("physical");
    QTest::addColumn<double>("voc");
    QTest::addColumn<double>("printedPenalty");
    QTest::newRow("1x1") << 0 << 1 << 1 << qint64(10300) << 6.821 << 6.248 << 8.401;
    QTest::newRow("14x2") << 1 << 14 << 2 << qint64(54800) << 111.6 << 24.41 << 78.13;
    QTest::newRow("7x4") << 2 << 7 << 4 << qint64(54800) << 138.2 << 33.60 << 75.69;
}

void TestPaperReference::tableIII()
{
    QFETCH(int, index);
    QFETCH(int, p);
    QFETCH(int, q);
    QFETCH(qint64, n);
    QFETCH(double, physical);
    QFETCH(double, voc);
    QFETCH(double, printedPenalty);
    const PaperReference reference = shipped();
    QCOMPARE(reference.hpl.size(), 3);
    const PaperHplComparison& row = reference.hpl.at(index);
    QCOMPARE(row.label, u"Bare metal vs VOC"_s);
    QCOMPARE(row.p, p);
    QCOMPARE(row.q, q);
    QCOMPARE(row.n, n);
    QCOMPARE(row.physicalGflops, physical);
    QCOMPARE(row.vocGflops, voc);
    QCOMPARE(row.reportedPercent, printedPenalty);
    // penalty = (physical - voc) / physical, within 0.01 points of the printed value.
    QCOMPARE(row.penaltyPercent, (physical - voc) / physical * 100.0);
    QVERIFY2(std::abs(row.penaltyPercent - printedPenalty) <= 0.01,
             qPrintable(QString::number(row.penaltyPercent, 'f', 4)));
}

void TestPaperReference::tableII()
{
    const PaperReference reference = shipped();
    QCOMPARE(reference.hostOs.size(), 1);
    const PaperHostOsComparison& row = reference.hostOs.first();
    QCOMPARE(row.hostOsLabel, u"Slackware (host OS)"_s);
    QCOMPARE(row.otherOsLabel, u"CentOS"_s);
    QCOMPARE(row.p, 14);
    QCOMPARE(row.q, 2);
    QCOMPARE(row.n, qint64(77000));
    QCOMPARE(row.hostOsGflops, 129.6);
    QCOMPARE(row.otherOsGflops, 115.6);
    QCOMPARE(row.reportedPercent, 12.11);
    // The paper's 12.11% is relative to CentOS; relative to Slackware it would be 10.80%.
    QVERIFY(std::abs(row.advantagePercent - 12.11) <= 0.01);
    QVERIFY(std::abs((129.6 - 115.6) / 129.6 * 100.0 - 12.11) > 1.0);
}

void TestPaperReference::bootTimes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("minS");
    QTest::addColumn<double>("avgS"); // -1: not reported
    QTest::addColumn<double>("maxS");
    QTest::newRow("physical head") << 0 << u"physical head node"_s << 1 << 79.0 << 79.0 << 79.0;
    QTest::newRow("physical compute") << 1 << u"physical compute node"_s << 14 << 160.0 << -1.0 << 163.0;
    QTest::newRow("VMs") << 2 << u"virtual machines (1 head + 28 compute)"_s << 29 << 52.0 << 58.0 << 63.0;
}

void TestPaperReference::bootTimes()
{
    QFETCH(int, index);
    QFETCH(QString, subject);
    QFETCH(int, count);
    QFETCH(double, minS);
    QFETCH(double, avgS);
    QFETCH(double, maxS);
    const PaperReference reference = shipped();
    QCOMPARE(reference.boot.size(), 3);
    const PaperBootTime& time = reference.boot.at(index);
    QCOMPARE(time.subject, subject);
    QCOMPARE(time.count, count);
    QCOMPARE(time.minS, minS);
    QCOMPARE(time.maxS, maxS);
    QCOMPARE(time.avgS.has_value(), avgS >= 0);
    if (avgS >= 0)
        QCOMPARE(*time.avgS, avgS);
    QVERIFY(!time.note.isEmpty());
}

void TestPaperReference::runs()
{
    const QList<Run> runs = paperRuns(shipped());
    QStringList labels;
    for (const Run& run : runs) {
        labels << run.label;
        QCOMPARE(toString(run.target), toString(RunTarget::Paper));
        QCOMPARE(QJsonDocument::fromJson(run.settings.toUtf8()).object().value(u"source"_s).toString(),
                 u"VOCM/KVM paper"_s);
    }
    QCOMPARE(labels, (QStringList{u"Table II: Slackware (host OS)"_s, u"Table II: CentOS"_s,
                                  u"Table III: Bare metal"_s, u"Table III: VOC"_s,
                                  u"Boot: physical head node"_s, u"Boot: physical compute node"_s,
                                  u"Boot: virtual machines (1 head + 28 compute)"_s}));
    QCOMPARE(runs.at(1).hplRows, (QList<HplRow>{{77000, 0, 14, 2, 0, 115.6, 0, true, {}}}));
    QCOMPARE(toString(runs.at(3).kind), toString(RunKind::Hpl));
    QCOMPARE(runs.at(3).hplRows, (QList<HplRow>{{10300, 0, 1, 1, 0, 6.248, 0, true, {}},
                                                {54800, 0, 14, 2, 0, 24.41, 0, true, {}},
                                                {54800, 0, 7, 4, 0, 33.60, 0, true, {}}}));
    QCOMPARE(runs.at(2).hplRows.at(2).gflops, 138.2);
    QCOMPARE(toString(runs.at(6).kind), toString(RunKind::Boot));
    QCOMPARE(runs.at(6).bootSamples, (QList<BootSample>{{u"min"_s, BootPhase::Ready, 52000},
                                                        {u"avg"_s, BootPhase::Ready, 58000},
                                                        {u"max"_s, BootPhase::Ready, 63000}}));
    // No average was published for the physical compute nodes: only min and max.
    QCOMPARE(runs.at(5).bootSamples.size(), 2);
    const QJsonObject settings = QJsonDocument::fromJson(runs.at(6).settings.toUtf8()).object();
    QCOMPARE(settings.value(u"count"_s).toInt(), 29);
    QCOMPARE(settings.value(u"avgS"_s).toDouble(), 58.0);
}

void TestPaperReference::wellFormedVariants_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("voc");
    QTest::newRow("quoted label with comma and quote")
        << QByteArray(resultsHeader + "III,\"Metal, \"\"bare\"\" vs VOC\",1,1,10300,6.821,6.248,,8.401\n")
        << u"Metal, \"bare\" vs VOC"_s << 6.248;
    QTest::newRow("CRLF and comments")
        << QByteArray("# one\r\n# two\r\n" + QByteArray(resultsHeader).replace("\n", "\r\n") +
                      "# between\r\nIII,x,1,1,10300,6.821,6.248,,8.401\r\n")
        << u"x"_s << 6.248;
    QTest::newRow("blank lines, spaces, no final newline")
        << QByteArray("\n" + resultsHeader + "\n  III , y ,1,1, 10300 ,6.821, 6.248 ,,8.401") << u"y"_s
        << 6.248;
    QTest::newRow("quoted field spanning lines")
        << QByteArray(resultsHeader + "III,\"two\nlines\",1,1,10300,6.821,6.248,,8.401\n") << u"two\nlines"_s
        << 6.248;
    QTest::newRow("extra column ignored")
        << QByteArray(
               "table,label,grid_p,grid_q,n,physical_gflops,voc_gflops,other_gflops,reported_percent,x\n"
               "III,z,1,1,10300,6.821,6.248,,8.401,whatever\n")
        << u"z"_s << 6.248;
}

void TestPaperReference::wellFormedVariants()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, label);
    QFETCH(double, voc);
    const Result<PaperReference> reference = parsePaperResults(csv, u"test.csv"_s);
    QVERIFY2(reference.ok(), qPrintable(reference ? QString() : reference.error().toString()));
    QCOMPARE(reference->hpl.size(), 1);
    QCOMPARE(reference->hpl.first().label, label);
    QCOMPARE(reference->hpl.first().vocGflops, voc);
}

void TestPaperReference::badResults_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray good = "III,Bare metal vs VOC,1,1,10300,6.821,6.248,,8.401\n";
    QTest::newRow("too few fields") << QByteArray("# c\n" + resultsHeader + good + "III,x,1,1,10300,6.8\n")
                                    << 4 << u"6 fields, but the header has 9"_s;
    QTest::newRow("not a number") << QByteArray(resultsHeader + "III,x,1,1,10300,six,6.248,,8.401\n") << 2
                                  << u"'physical_gflops': 'six' is not a number"_s;
    QTest::newRow("locale comma") << QByteArray(resultsHeader + "III,x,1,1,10300,\"6,821\",6.248,,8.401\n")
                                  << 2 << u"'6,821' is not a number"_s;
    QTest::newRow("penalty off") << QByteArray(resultsHeader + good + "III,x,1,1,10300,6.821,6.248,,8.5\n")
                                 << 3 << u"recomputed penalty (physical - voc) / physical = 8.401% differs"_s;
    QTest::newRow("advantage relative to host OS")
        << QByteArray(resultsHeader + "II,a vs b,14,2,77000,129.6,,115.6,10.80\n") << 2
        << u"recomputed advantage (host - other) / other = 12.111%"_s;
    QTest::newRow("unknown table") << QByteArray(resultsHeader + "IV,x,1,1,10300,6.821,6.248,,8.401\n") << 2
                                   << u"unknown table 'IV'"_s;
    QTest::newRow("Table II with VOC") << QByteArray(resultsHeader + "II,x,14,2,77000,129.6,1,115.6,12.11\n")
                                       << 2 << u"column 'voc_gflops' must be empty"_s;
    QTest::newRow("Table III without VOC") << QByteArray(resultsHeader + "III,x,1,1,10300,6.821,,,8.401\n")
                                           << 2 << u"column 'voc_gflops' is empty"_s;
    QTest::newRow("zero grid") << QByteArray(resultsHeader + "III,x,0,1,10300,6.821,6.248,,8.401\n") << 2
                               << u"'grid_p': '0' is not a whole number"_s;
    QTest::newRow("negative GFLOPS") << QByteArray(resultsHeader + "III,x,1,1,10300,-6.821,6.248,,8.401\n")
                                     << 2 << u"-6.821 is not above 0"_s;
    QTest::newRow("unclosed quote") << QByteArray(resultsHeader + good + "III,\"x,1,1,10300\n") << 3
                                    << u"quoted field is not closed"_s;
    QTest::newRow("text after quote")
        << QByteArray(resultsHeader + "III,\"x\"y,1,1,10300,6.821,6.248,,8.401\n") << 2
        << u"text after the closing quote"_s;
    QTest::newRow("stray quote") << QByteArray(resultsHeader + "III,x\"y\",1,1,10300,6.821,6.248,,8.401\n")
                                 << 2 << u"a quote inside a field"_s;
    QTest::newRow("missing column") << QByteArray("# c\ntable,label,grid_p,grid_q,n,physical_gflops\n" + good)
                                    << 2 << u"no column 'voc_gflops'"_s;
    QTest::newRow("header only") << QByteArray(resultsHeader) << 1 << u"no data rows"_s;
    QTest::newRow("not UTF-8") << QByteArray(resultsHeader + "III,\xff\xfe,1,1,10300,6.821,6.248,,8.401\n")
                               << 2 << u"not UTF-8"_s;
}

void TestPaperReference::badResults()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Result<PaperReference> reference = parsePaperResults(csv, u"test.csv"_s);
    QVERIFY(!reference.ok());
    QCOMPARE(reference.error().code, ErrorCode::Parse);
    QCOMPARE(reference.error().where, u"test.csv:%1"_s.arg(line));
    QVERIFY2(reference.error().what.contains(message), qPrintable(reference.error().what));
    QVERIFY(!reference.error().hint.isEmpty());
}

void TestPaperReference::badBoot_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("min above max") << QByteArray(bootHeader + "vm,29,63,58,52,\n") << u"boot.csv:2"_s
                                   << u"min <= avg <= max"_s;
    QTest::newRow("avg outside") << QByteArray(bootHeader + "vm,29,52,70,63,\n") << u"boot.csv:2"_s
                                 << u"min <= avg <= max"_s;
    QTest::newRow("count zero") << QByteArray(bootHeader + "a,1,1,1,1,\nvm,0,52,58,63,\n") << u"boot.csv:3"_s
                                << u"'count': '0' is not a whole number"_s;
    QTest::newRow("no subject") << QByteArray(bootHeader + "  ,29,52,58,63,\n") << u"boot.csv:2"_s
                                << u"'subject' is empty"_s;
    QTest::newRow("missing max") << QByteArray(bootHeader + "vm,29,52,58,,\n") << u"boot.csv:2"_s
                                 << u"'max_s' is empty"_s;
    QTest::newRow("empty file") << QByteArray("# nothing\n") << u"boot.csv"_s << u"no header row"_s;
}

void TestPaperReference::badBoot()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<QList<PaperBootTime>> times = parsePaperBoot(csv, u"boot.csv"_s);
    QVERIFY(!times.ok());
    QCOMPARE(times.error().where, where);
    QVERIFY2(times.error().what.contains(message), qPrintable(times.error().what));
}

void TestPaperReference::missingFile()
{
    const QString missing = QDir::tempPath() + u"/vocstudio-no-such-reference.csv"_s;
    const Result<PaperReference> reference =
        loadPaperReference(missing, QString::fromLatin1(paperBootResource));
    QVERIFY(!reference.ok());
    QCOMPARE(reference.error().code, ErrorCode::NotFound);
    QCOMPARE(reference.error().where, missing);
}

QTEST_GUILESS_MAIN(TestPaperReference)
#include "tst_paperreference.moc"
