// SPDX-License-Identifier: GPL-3.0-or-later
// HPL.dat and hpccinf.txt: every value on its line, validation errors naming the field, and the real
// hpcc (when installed) running the generated file and printing exactly the requested rows.
#include "bench/hpldat.h"
#include "bench/hploutput.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace voc;

namespace {

HplDatSettings basic()
{
    HplDatSettings s;
    s.problemSizes = {1000, 2000};
    s.blockSizes = {192};
    s.grids = {HplGrid{1, 2}, HplGrid{2, 1}};
    return s;
}

// The first whitespace-separated fields of line `index` (0-based), as HPL's sscanf reads them.
QList<QByteArray> fieldsOf(const QByteArray& text, int index)
{
    const QList<QByteArray> lines = text.split('\n');
    if (index >= lines.size())
        return {};
    QList<QByteArray> fields = lines.at(index).simplified().split(' ');
    fields.removeAll(QByteArray());
    return fields;
}

using Mutator = std::function<void(HplDatSettings&)>;

} // namespace

Q_DECLARE_METATYPE(Mutator)

class TestHplDat : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void hpccTail();
    void invalid_data();
    void invalid();
    void longLines();
    void realHpccAcceptsIt();
};

void TestHplDat::lines_data()
{
    QTest::addColumn<Mutator>("change");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("values"); // the leading fields HPL reads, space separated

    const Mutator none = [](HplDatSettings&) {};
    QTest::newRow("output file") << none << 2 << QByteArray("HPL.out");
    QTest::newRow("device: stdout") << none << 3 << QByteArray("6");
    QTest::newRow("N count") << none << 4 << QByteArray("2");
    QTest::newRow("Ns") << none << 5 << QByteArray("1000 2000");
    QTest::newRow("NB count") << none << 6 << QByteArray("1");
    QTest::newRow("NBs") << none << 7 << QByteArray("192");
    QTest::newRow("PMAP row-major") << none << 8 << QByteArray("0");
    QTest::newRow("PMAP column-major")
        << Mutator([](HplDatSettings& s) { s.rowMajorMapping = false; }) << 8 << QByteArray("1");
    QTest::newRow("grid count") << none << 9 << QByteArray("2");
    QTest::newRow("Ps") << none << 10 << QByteArray("1 2");
    QTest::newRow("Qs") << none << 11 << QByteArray("2 1");
    QTest::newRow("threshold") << none << 12 << QByteArray("16.0");
    QTest::newRow("threshold with decimals")
        << Mutator([](HplDatSettings& s) { s.threshold = 0.0055; }) << 12 << QByteArray("0.0055");
    QTest::newRow("PFACT count") << none << 13 << QByteArray("1");
    QTest::newRow("PFACT") << Mutator([](HplDatSettings& s) { s.pfact = 0; }) << 14 << QByteArray("0");
    QTest::newRow("NBMIN") << Mutator([](HplDatSettings& s) { s.nbmin = 8; }) << 16 << QByteArray("8");
    QTest::newRow("NDIV") << Mutator([](HplDatSettings& s) { s.ndiv = 3; }) << 18 << QByteArray("3");
    QTest::newRow("RFACT") << Mutator([](HplDatSettings& s) { s.rfact = 2; }) << 20 << QByteArray("2");
    QTest::newRow("BCAST") << Mutator([](HplDatSettings& s) { s.bcast = 5; }) << 22 << QByteArray("5");
    QTest::newRow("DEPTH") << Mutator([](HplDatSettings& s) { s.depth = 0; }) << 24 << QByteArray("0");
    QTest::newRow("SWAP") << Mutator([](HplDatSettings& s) { s.swap = 1; }) << 25 << QByteArray("1");
    QTest::newRow("swapping threshold")
        << Mutator([](HplDatSettings& s) { s.swappingThreshold = 128; }) << 26 << QByteArray("128");
    QTest::newRow("L1 no-transposed") << none << 27 << QByteArray("1");
    QTest::newRow("L1 transposed") << Mutator([](HplDatSettings& s) { s.l1Transposed = true; }) << 27
                                   << QByteArray("0");
    QTest::newRow("U transposed") << Mutator([](HplDatSettings& s) { s.uTransposed = true; }) << 28
                                  << QByteArray("0");
    QTest::newRow("equilibration off")
        << Mutator([](HplDatSettings& s) { s.equilibration = false; }) << 29 << QByteArray("0");
    QTest::newRow("alignment") << Mutator([](HplDatSettings& s) { s.alignment = 4; }) << 30
                               << QByteArray("4");
    QTest::newRow("20 Ns") << Mutator([](HplDatSettings& s) {
        s.problemSizes.clear();
        for (int i = 1; i <= 20; ++i)
            s.problemSizes.append(i * 50);
    }) << 5 << QByteArray("50 100 150 200 250 300 350 400 450 500 550 600 650 700 750 800 850 900 950 1000");
}

void TestHplDat::lines()
{
    QFETCH(Mutator, change);
    QFETCH(int, line);
    QFETCH(QByteArray, values);
    HplDatSettings settings = basic();
    change(settings);
    const QList<QByteArray> expected = values.split(' ');
    for (const bool hpcc : {false, true}) {
        const Result<QByteArray> text = hpcc ? hpccInf(settings) : hplDat(settings);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().toString()));
        QVERIFY(text->startsWith("HPLinpack benchmark input file\n"));
        QCOMPARE(fieldsOf(*text, line).first(expected.size()), expected);
        // 31 lines for HPL; hpcc adds its separator and four PTRANS lines.
        QCOMPARE(text->count('\n'), hpcc ? 36 : 31);
        for (const QByteArray& l : text->split('\n'))
            QVERIFY(l.size() <= (hpcc ? 80 : 254));
    }
}

void TestHplDat::hpccTail()
{
    const Result<QByteArray> text = hpccInf(basic());
    QVERIFY(text.ok());
    QVERIFY(fieldsOf(*text, 31).first().startsWith("#####"));
    QCOMPARE(fieldsOf(*text, 32).first(), QByteArray("0")); // no additional PTRANS sizes
    QCOMPARE(fieldsOf(*text, 34).first(), QByteArray("0")); // no additional PTRANS block sizes
    const Result<QByteArray> dat = hplDat(basic());
    QVERIFY(dat.ok());
    QVERIFY(text->startsWith(*dat));
}

void TestHplDat::invalid_data()
{
    QTest::addColumn<Mutator>("change");
    QTest::addColumn<QString>("field");

    QTest::newRow("no N") << Mutator([](HplDatSettings& s) { s.problemSizes.clear(); }) << "problemSizes";
    QTest::newRow("21 Ns") << Mutator([](HplDatSettings& s) {
        s.problemSizes.clear();
        for (int i = 1; i <= 21; ++i)
            s.problemSizes.append(i);
    }) << "problemSizes";
    QTest::newRow("N = 0") << Mutator([](HplDatSettings& s) { s.problemSizes[1] = 0; }) << "problemSizes[1]";
    QTest::newRow("N beyond int") << Mutator([](HplDatSettings& s) { s.problemSizes[0] = qint64(1) << 31; })
                                  << "problemSizes[0]";
    QTest::newRow("no NB") << Mutator([](HplDatSettings& s) { s.blockSizes.clear(); }) << "blockSizes";
    QTest::newRow("NB = -1") << Mutator([](HplDatSettings& s) { s.blockSizes[0] = -1; }) << "blockSizes[0]";
    QTest::newRow("no grid") << Mutator([](HplDatSettings& s) { s.grids.clear(); }) << "grids";
    QTest::newRow("P = 0") << Mutator([](HplDatSettings& s) { s.grids[1].p = 0; }) << "grids[1].p";
    QTest::newRow("Q = 0") << Mutator([](HplDatSettings& s) { s.grids[0].q = 0; }) << "grids[0].q";
    QTest::newRow("threshold 0") << Mutator([](HplDatSettings& s) { s.threshold = 0; }) << "threshold";
    QTest::newRow("threshold NaN") << Mutator([](HplDatSettings& s) {
        s.threshold = std::numeric_limits<double>::quiet_NaN();
    }) << "threshold";
    QTest::newRow("pfact 3") << Mutator([](HplDatSettings& s) { s.pfact = 3; }) << "pfact";
    QTest::newRow("nbmin 0") << Mutator([](HplDatSettings& s) { s.nbmin = 0; }) << "nbmin";
    QTest::newRow("ndiv 1") << Mutator([](HplDatSettings& s) { s.ndiv = 1; }) << "ndiv";
    QTest::newRow("rfact -1") << Mutator([](HplDatSettings& s) { s.rfact = -1; }) << "rfact";
    QTest::newRow("bcast 6") << Mutator([](HplDatSettings& s) { s.bcast = 6; }) << "bcast";
    QTest::newRow("depth -1") << Mutator([](HplDatSettings& s) { s.depth = -1; }) << "depth";
    QTest::newRow("swap 3") << Mutator([](HplDatSettings& s) { s.swap = 3; }) << "swap";
    QTest::newRow("swapping threshold -1")
        << Mutator([](HplDatSettings& s) { s.swappingThreshold = -1; }) << "swappingThreshold";
    QTest::newRow("alignment 0") << Mutator([](HplDatSettings& s) { s.alignment = 0; }) << "alignment";
}

void TestHplDat::invalid()
{
    QFETCH(Mutator, change);
    QFETCH(QString, field);
    HplDatSettings settings = basic();
    change(settings);
    const Status status = validateHplDatSettings(settings);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QVERIFY2(status.error().what.startsWith(field + QLatin1String(": ")), qPrintable(status.error().what));
    QCOMPARE(status.error().where, QStringLiteral("HPL settings"));
    for (const Result<QByteArray>& text : {hplDat(settings), hpccInf(settings)}) {
        QVERIFY(!text.ok());
        QCOMPARE(text.error().what, status.error().what);
    }
}

// hpcc reads its first 32 lines through an 82-byte buffer: a longer line would shift every later one.
void TestHplDat::longLines()
{
    HplDatSettings settings = basic();
    settings.problemSizes.clear();
    for (int i = 0; i < 20; ++i)
        settings.problemSizes.append(1000000 + i);
    const Result<QByteArray> dat = hplDat(settings);
    QVERIFY(dat.ok());
    const QList<QByteArray> values = fieldsOf(*dat, 5); // xhpl reads 256-byte lines: all 20 fit
    QVERIFY(values.size() >= 20);
    QCOMPARE(values.first(), QByteArray("1000000"));
    QCOMPARE(values.at(19), QByteArray("1000019"));
    const Result<QByteArray> inf = hpccInf(settings);
    QVERIFY(!inf.ok());
    QCOMPARE(inf.error().code, ErrorCode::InvalidInput);
    QVERIFY2(inf.error().what.startsWith(QLatin1String("problemSizes: ")), qPrintable(inf.error().what));
    QVERIFY(inf.error().what.contains(QLatin1String("159")));
}

// The real hpcc runs the generated file: tiny sizes so the whole run, all of hpcc's tests, stays short.
void TestHplDat::realHpccAcceptsIt()
{
    const QString hpcc = QStandardPaths::findExecutable(QStringLiteral("hpcc"));
    const QString mpirun = QStandardPaths::findExecutable(QStringLiteral("mpirun"));
    if (hpcc.isEmpty() || mpirun.isEmpty())
        QFAIL("hpcc or mpirun is not installed (scripts/setup installs hpcc and openmpi-bin)");
    HplDatSettings settings;
    settings.problemSizes = {64, 96};
    settings.blockSizes = {16, 32};
    settings.grids = {HplGrid{1, 2}, HplGrid{2, 1}};
    const Result<QByteArray> text = hpccInf(settings);
    QVERIFY(text.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile input(dir.filePath(QStringLiteral("hpccinf.txt")));
    QVERIFY(input.open(QIODevice::WriteOnly) && input.write(*text) == text->size());
    input.close();

    QProcess process;
    process.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Tests run as root in CI; OpenMPI refuses root unless told twice.
    environment.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(mpirun,
                  {QStringLiteral("--oversubscribe"), QStringLiteral("-np"), QStringLiteral("2"), hpcc});
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("hpcc did not finish within 120 s");
    }
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());

    QFile output(dir.filePath(QStringLiteral("hpccoutf.txt")));
    QVERIFY(output.open(QIODevice::ReadOnly));
    const Result<HplOutput> parsed = parseHplOutput(output.readAll(), output.fileName());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->kind, HplOutputKind::Hpcc);
    QVERIFY2(parsed->complete, qPrintable(parsed->incompleteReason));
    QVERIFY(parsed->allPassed());
    // HPL's loops: grids outermost, then N, then NB.
    QList<HplRow> expected;
    for (const HplGrid& grid : settings.grids)
        for (const qint64 n : settings.problemSizes)
            for (const int nb : settings.blockSizes) {
                HplRow row;
                row.n = n;
                row.nb = nb;
                row.p = grid.p;
                row.q = grid.q;
                expected.append(row);
            }
    QCOMPARE(parsed->rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const HplRow& got = parsed->rows.at(i);
        QCOMPARE(got.n, expected.at(i).n);
        QCOMPARE(got.nb, expected.at(i).nb);
        QCOMPARE(got.p, expected.at(i).p);
        QCOMPARE(got.q, expected.at(i).q);
        // The fixed parameters as the variant encodes them: row-major, depth 1, 1rM, Crout, 2, right, 4.
        QCOMPARE(got.variant, QStringLiteral("WR11C2R4"));
    }
    QCOMPARE(parsed->summaryNumber(QStringLiteral("CommWorldProcs")), std::optional<double>(2));
}

QTEST_GUILESS_MAIN(TestHplDat)
#include "tst_hpldat.moc"
