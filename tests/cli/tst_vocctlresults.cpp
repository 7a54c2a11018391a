// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl for `results`: import of the paper's runs, list, show, export, and errors, on a
// store in a temporary folder given with --store or VOCSTUDIO_RESULTS_DB.
#include "bench/resultsstore.h"
#include "rawsql.h"
#include "vocctlrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using test::VocctlRun;

// vocctl with VOCSTUDIO_RESULTS_DB unset, or set to `storeFromEnvironment`.
VocctlRun vocctl(const QStringList& args, const QString& storeFromEnvironment = {})
{
    test::VocctlOptions options{.unsetVariables = {u"VOCSTUDIO_RESULTS_DB"_s}};
    if (!storeFromEnvironment.isEmpty())
        options.setVariables = {{u"VOCSTUDIO_RESULTS_DB"_s, storeFromEnvironment}};
    return test::vocctl(args, options);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every subcommand that opens the store, each with what it needs besides --store.
void addSubcommandRows(const char* prefix, const std::function<void(const QString&, const QStringList&)>& row)
{
    row(QString::fromLatin1(prefix) + u"list"_s, {u"results"_s, u"list"_s});
    row(QString::fromLatin1(prefix) + u"list --json"_s, {u"results"_s, u"list"_s, u"--json"_s});
    row(QString::fromLatin1(prefix) + u"show"_s, {u"results"_s, u"show"_s, u"1"_s});
    row(QString::fromLatin1(prefix) + u"export"_s,
        {u"results"_s, u"export"_s, u"1"_s, u"--csv"_s, u"run.csv"_s});
}

} // namespace

class TestVocctlResults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importPaperOnce();
    void concurrentImports();
    void storeFromEnvironment();
    void list_data();
    void list();
    void showJson_data();
    void showJson();
    void showText();
    void localBootRunStatistics();
    void netRunAndVariant();
    void exportCsv_data();
    void exportCsv();
    void errors_data();
    void errors();
    void unknownSchemaVersion_data();
    void unknownSchemaVersion();
    void corruptStoreIsAnError_data();
    void corruptStoreIsAnError();
    void readingNeverCreates_data();
    void readingNeverCreates();

private:
    QString importedStore();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestVocctlResults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestVocctlResults::importedStore()
{
    const QString store = m_dir->filePath(u"results.sqlite"_s);
    const VocctlRun run = vocctl({u"results"_s, u"import-paper"_s, u"--store"_s, store});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return store;
}

void TestVocctlResults::importPaperOnce()
{
    const QString store = m_dir->filePath(u"results.sqlite"_s);
    const VocctlRun first = vocctl({u"results"_s, u"import-paper"_s, u"--store"_s, store});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
    QCOMPARE(first.out, u"added 7 paper reference run(s) to %1\n"_s.arg(store));
    const VocctlRun second = vocctl({u"results"_s, u"import-paper"_s, u"--store"_s, store});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, u"the paper's reference runs are in %1 already\n"_s.arg(store));
    const VocctlRun list = vocctl({u"results"_s, u"list"_s, u"--json"_s, u"--store"_s, store});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 7);
}

// The desktop and vocctl, or two vocctl, may import at the same moment into a store that does not
// exist yet: the schema is made once and the paper's runs are added once.
void TestVocctlResults::concurrentImports()
{
    const QString store = m_dir->filePath(u"raced.sqlite"_s);
    QList<QProcess*> processes;
    for (int i = 0; i < 3; ++i) {
        auto* process = new QProcess(this);
        process->start(QStringLiteral(VOCCTL_PATH), {u"results"_s, u"import-paper"_s, u"--store"_s, store});
        processes << process;
    }
    QStringList outputs;
    for (QProcess* process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
        outputs << QString::fromUtf8(process->readAllStandardOutput());
        delete process;
    }
    QCOMPARE(outputs.filter(u"added 7 paper reference run(s)"_s).size(), 1);
    QCOMPARE(outputs.filter(u"already"_s).size(), 2);
    const VocctlRun list = vocctl({u"results"_s, u"list"_s, u"--json"_s, u"--store"_s, store});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 7);
}

void TestVocctlResults::storeFromEnvironment()
{
    const QString store = m_dir->filePath(u"from-env.sqlite"_s);
    QCOMPARE(vocctl({u"results"_s, u"import-paper"_s}, store).exitCode, 0);
    QVERIFY(QFile::exists(store));
    // --store wins over the environment.
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QVERIFY(ResultsStore::open(other).ok()); // an empty store: reading never creates one
    const VocctlRun list = vocctl({u"results"_s, u"list"_s, u"--store"_s, other}, store);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, u"no runs in %1\n"_s.arg(other));
}

void TestVocctlResults::list_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("all") << QStringList{}
                         << QStringList{
                                u"ID  KIND  TARGET  TIME (UTC)  DESIGN  LABEL"_s,
                                u"1   hpl   paper   -           -       Table II: Slackware (host OS)"_s,
                                u"2   hpl   paper   -           -       Table II: CentOS"_s,
                                u"3   hpl   paper   -           -       Table III: Bare metal"_s,
                                u"4   hpl   paper   -           -       Table III: VOC"_s,
                                u"5   boot  paper   -           -       Boot: physical head node"_s,
                                u"6   boot  paper   -           -       Boot: physical compute node"_s,
                                u"7   boot  paper   -           -       Boot: virtual machines (1 head + 28 "
                                u"compute)"_s};
    QTest::newRow("boot") << QStringList{u"--kind"_s, u"boot"_s}
                          << QStringList{
                                 u"ID  KIND  TARGET  TIME (UTC)  DESIGN  LABEL"_s,
                                 u"5   boot  paper   -           -       Boot: physical head node"_s,
                                 u"6   boot  paper   -           -       Boot: physical compute node"_s,
                                 u"7   boot  paper   -           -       Boot: virtual machines (1 head + 28 "
                                 u"compute)"_s};
    QTest::newRow("local: none") << QStringList{u"--target"_s, u"local"_s} << QStringList{u"no runs in "_s};
}

void TestVocctlResults::list()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, lines);
    const QString store = importedStore();
    const VocctlRun run = vocctl(QStringList{u"results"_s, u"list"_s, u"--store"_s, store} + args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList output = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(output.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(output.at(i).startsWith(lines.at(i)), qPrintable(output.at(i)));
}

void TestVocctlResults::showJson_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QList<double>>("gflops");
    QTest::addColumn<QList<qint64>>("ms");
    QTest::newRow("Table III bare metal")
        << u"3"_s << u"Table III: Bare metal"_s << QList<double>{6.821, 111.6, 138.2} << QList<qint64>{};
    QTest::newRow("Table III VOC") << u"4"_s << u"Table III: VOC"_s << QList<double>{6.248, 24.41, 33.60}
                                   << QList<qint64>{};
    QTest::newRow("Table II CentOS") << u"2"_s << u"Table II: CentOS"_s << QList<double>{115.6}
                                     << QList<qint64>{};
    QTest::newRow("VM boot") << u"7"_s << u"Boot: virtual machines (1 head + 28 compute)"_s << QList<double>{}
                             << QList<qint64>{52000, 58000, 63000};
}

void TestVocctlResults::showJson()
{
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(QList<double>, gflops);
    QFETCH(QList<qint64>, ms);
    const QString store = importedStore();
    const VocctlRun run = vocctl({u"results"_s, u"show"_s, id, u"--json"_s, u"--store"_s, store});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"id"_s).toInteger(), id.toLongLong());
    QCOMPARE(object.value(u"label"_s).toString(), label);
    QCOMPARE(object.value(u"target"_s).toString(), u"paper"_s);
    QVERIFY(object.value(u"time"_s).isNull());
    QCOMPARE(object.value(u"settings"_s).toObject().value(u"source"_s).toString(), u"VOCM/KVM paper"_s);
    QList<double> foundGflops;
    for (const QJsonValue& row : object.value(u"hplRows"_s).toArray())
        foundGflops << row.toObject().value(u"gflops"_s).toDouble();
    QCOMPARE(foundGflops, gflops);
    QList<qint64> foundMs;
    for (const QJsonValue& sample : object.value(u"bootSamples"_s).toArray())
        foundMs << sample.toObject().value(u"ms"_s).toInteger();
    QCOMPARE(foundMs, ms);
}

void TestVocctlResults::showText()
{
    const QString store = importedStore();
    const VocctlRun run = vocctl({u"results"_s, u"show"_s, u"4"_s, u"--store"_s, store});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(u'\n'),
             (QStringList{u"run 4: Table III: VOC"_s, u"kind: hpl, target: paper, design: -, time: -"_s,
                          u"hosts: -"_s,
                          u"settings: {\"source\":\"VOCM/KVM paper\",\"system\":\"voc\",\"table\":\"III\"}"_s,
                          QString(), u"N      NB  P   Q  SECONDS  GFLOPS  RESIDUAL  RESULT"_s,
                          u"10300  0   1   1  0.00     6.248   0         passed"_s,
                          u"54800  0   14  2  0.00     24.41   0         passed"_s,
                          u"54800  0   7   4  0.00     33.6    0         passed"_s, QString()}));
}

void TestVocctlResults::localBootRunStatistics()
{
    const QString store = m_dir->filePath(u"local.sqlite"_s);
    qint64 id = 0;
    {
        Result<std::unique_ptr<ResultsStore>> opened = ResultsStore::open(store);
        QVERIFY(opened.ok());
        Run run;
        run.kind = RunKind::Boot;
        run.target = RunTarget::Local;
        run.design = u"demo"_s;
        run.hosts = {u"localhost"_s};
        run.time = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
        run.bootSamples = {
            {u"demo-head"_s, BootPhase::Kernel, 1200},      {u"demo-head"_s, BootPhase::Ready, 9000},
            {u"demo-compute01"_s, BootPhase::Kernel, 1400}, {u"demo-compute01"_s, BootPhase::Ready, 11000},
            {u"demo-compute02"_s, BootPhase::Kernel, 1000}, {u"demo-compute02"_s, BootPhase::Ready, 10000}};
        id = (*opened)->addRun(run).value();
    }
    const VocctlRun json =
        vocctl({u"results"_s, u"show"_s, QString::number(id), u"--json"_s, u"--store"_s, store});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"time"_s).toString(), u"2024-05-06T07:08:09.000Z"_s);
    const QJsonArray phases = object.value(u"bootStatistics"_s).toArray();
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).toObject().value(u"phase"_s).toString(), u"kernel"_s);
    QCOMPARE(phases.at(0).toObject().value(u"avgMs"_s).toDouble(), 1200.0);
    QCOMPARE(phases.at(1).toObject().value(u"minMs"_s).toInteger(), 9000);
    QCOMPARE(phases.at(1).toObject().value(u"maxMs"_s).toInteger(), 11000);
    const VocctlRun text = vocctl({u"results"_s, u"show"_s, QString::number(id), u"--store"_s, store});
    QVERIFY2(text.out.contains(u"ready   3     9.000  10.000  11.000"_s), qPrintable(text.out));
    const VocctlRun list = vocctl({u"results"_s, u"list"_s, u"--design"_s, u"demo"_s, u"--store"_s, store});
    QVERIFY2(list.out.contains(u"boot  local   2024-05-06T07:08:09Z  demo"_s), qPrintable(list.out));
}

// Schema 2: a network run's samples and an HPL row's T/V variant, in text and JSON.
void TestVocctlResults::netRunAndVariant()
{
    const QString store = m_dir->filePath(u"net.sqlite"_s);
    {
        Result<std::unique_ptr<ResultsStore>> opened = ResultsStore::open(store);
        QVERIFY(opened.ok());
        Run net;
        net.kind = RunKind::Net;
        net.netSamples = {{u"e1000"_s, u"demo-compute01 <-> demo-compute02"_s, 97.5, 112.25},
                          {u"virtio"_s, u"demo-compute01 <-> demo-compute02"_s, 48.0, 940.5}};
        QCOMPARE((*opened)->addRun(net).value(), 1);
        Run hpl;
        hpl.kind = RunKind::Hpl;
        hpl.hplRows = {{1000, 64, 1, 2, 0.12, 0.6892, 0.0082516, true, u"WR11C2R4"_s}};
        QCOMPARE((*opened)->addRun(hpl).value(), 2);
    }
    const VocctlRun text = vocctl({u"results"_s, u"show"_s, u"1"_s, u"--store"_s, store});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"NIC     ENDPOINTS                          LATENCY US  BANDWIDTH MB/S"_s),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(u"e1000   demo-compute01 <-> demo-compute02  97.5        112.25"_s),
             qPrintable(text.out));
    const QJsonObject json =
        QJsonDocument::fromJson(
            vocctl({u"results"_s, u"show"_s, u"1"_s, u"--json"_s, u"--store"_s, store}).out.toUtf8())
            .object();
    QCOMPARE(json.value(u"kind"_s).toString(), u"net"_s);
    const QJsonArray samples = json.value(u"netSamples"_s).toArray();
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(1).toObject().value(u"nic"_s).toString(), u"virtio"_s);
    QCOMPARE(samples.at(1).toObject().value(u"latencyUs"_s).toDouble(), 48.0);
    QCOMPARE(samples.at(1).toObject().value(u"bandwidthMBps"_s).toDouble(), 940.5);

    const VocctlRun hpl = vocctl({u"results"_s, u"show"_s, u"2"_s, u"--store"_s, store});
    QVERIFY2(hpl.out.contains(u"WR11C2R4  1000  64  1  2"_s), qPrintable(hpl.out));
    const QJsonObject row =
        QJsonDocument::fromJson(
            vocctl({u"results"_s, u"show"_s, u"2"_s, u"--json"_s, u"--store"_s, store}).out.toUtf8())
            .object()
            .value(u"hplRows"_s)
            .toArray()
            .first()
            .toObject();
    QCOMPARE(row.value(u"variant"_s).toString(), u"WR11C2R4"_s);
    const VocctlRun list = vocctl({u"results"_s, u"list"_s, u"--kind"_s, u"net"_s, u"--store"_s, store});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(u"\n"_s), 2); // header and the one net run
}

void TestVocctlResults::exportCsv_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("Table III physical") << u"3"_s
                                        << QByteArray("n,nb,p,q,seconds,gflops,residual,passed\r\n"
                                                      "10300,0,1,1,0,6.821,0,true\r\n"
                                                      "54800,0,14,2,0,111.6,0,true\r\n"
                                                      "54800,0,7,4,0,138.2,0,true\r\n");
    QTest::newRow("physical compute boot")
        << u"6"_s << QByteArray("vcn,phase,ms\r\nmin,ready,160000\r\nmax,ready,163000\r\n");
}

void TestVocctlResults::exportCsv()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, csv);
    const QString store = importedStore();
    const QString file = m_dir->filePath(u"run.csv"_s);
    const VocctlRun run = vocctl({u"results"_s, u"export"_s, id, u"--csv"_s, file, u"--store"_s, store});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(fileBytes(file), csv);
    const VocctlRun stdoutRun =
        vocctl({u"results"_s, u"export"_s, id, u"--csv"_s, u"-"_s, u"--store"_s, store});
    QCOMPARE(stdoutRun.out.toUtf8(), csv);
}

void TestVocctlResults::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{u"results"_s} << 2 << u"Usage: vocctl results"_s;
    QTest::newRow("unknown subcommand")
        << QStringList{u"results"_s, u"drop"_s} << 2 << u"unknown subcommand 'drop'"_s;
    QTest::newRow("missing run") << QStringList{u"results"_s, u"show"_s, u"99"_s} << 1
                                 << u"no run with id 99"_s;
    QTest::newRow("bad id") << QStringList{u"results"_s, u"show"_s, u"x1"_s} << 2
                            << u"'x1' is not a run id"_s;
    QTest::newRow("no id") << QStringList{u"results"_s, u"show"_s} << 2 << u"give exactly one run id"_s;
    QTest::newRow("export without --csv")
        << QStringList{u"results"_s, u"export"_s, u"1"_s} << 2 << u"--csv FILE is required"_s;
    QTest::newRow("export to a missing folder")
        << QStringList{u"results"_s, u"export"_s, u"1"_s, u"--csv"_s, u"/nonexistent-dir/x/run.csv"_s} << 1
        << u"/nonexistent-dir/x/run.csv"_s;
    QTest::newRow("bad kind") << QStringList{u"results"_s, u"list"_s, u"--kind"_s, u"fast"_s} << 2
                              << u"--kind: 'fast' is not hpl, boot or net"_s;
    QTest::newRow("bad target") << QStringList{u"results"_s, u"list"_s, u"--target"_s, u"cloud"_s} << 2
                                << u"--target: 'cloud' is not local"_s;
    QTest::newRow("unknown option") << QStringList{u"results"_s, u"list"_s, u"--fast"_s} << 2
                                    << u"Unknown option 'fast'"_s;
}

void TestVocctlResults::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString store = importedStore();
    const VocctlRun run = vocctl(args + QStringList{u"--store"_s, store});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));

    // A file that is not a store is named in the error and left alone.
    const QString broken = m_dir->filePath(u"broken.sqlite"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,label\n1,not a database\n");
    file.close();
    const VocctlRun refused = vocctl({u"results"_s, u"list"_s, u"--store"_s, broken});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(broken + u": not a results store"_s), qPrintable(refused.err));
    QCOMPARE(fileBytes(broken), QByteArray("id,label\n1,not a database\n"));
}

void TestVocctlResults::unknownSchemaVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("args");
    for (const int version : {-1, ResultsStore::schemaVersion + 1}) {
        const auto row = [version](const QString& name, const QStringList& args) {
            QTest::addRow("version %d, %s", version, qPrintable(name)) << version << args;
        };
        addSubcommandRows("", row);
        row(u"import-paper"_s, {u"results"_s, u"import-paper"_s});
    }
}

// A schema version this build does not know, negative above all, is refused with a message: it used to
// abort every subcommand (QList::at out of range in the migration loop).
void TestVocctlResults::unknownSchemaVersion()
{
    QFETCH(int, version);
    QFETCH(QStringList, args);
    const QString store = importedStore();
    QVERIFY(test::rawExec(store, {u"PRAGMA user_version = %1"_s.arg(version)}));
    const QByteArray before = fileBytes(store);

    test::VocctlOptions options{.workingDir = m_dir->path(), .unsetVariables = {u"VOCSTUDIO_RESULTS_DB"_s}};
    const VocctlRun run = test::vocctl(args + QStringList{u"--store"_s, store}, options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(store + u": "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"schema version %1"_s.arg(version)), qPrintable(run.err));
    QCOMPARE(fileBytes(store), before);
}

void TestVocctlResults::corruptStoreIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    addSubcommandRows(
        "", [](const QString& name, const QStringList& args) { QTest::newRow(qPrintable(name)) << args; });
}

// One damaged page in a store of thousands of runs: an error naming the store, never a short list.
void TestVocctlResults::corruptStoreIsAnError()
{
    QFETCH(QStringList, args);
    const QString store = m_dir->filePath(u"many.sqlite"_s);
    QVERIFY(ResultsStore::open(store).ok());
    QVERIFY(test::rawExec(
        store, {u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                "INSERT INTO runs (kind, target, design, label) "
                "SELECT 'hpl', 'local', 'design-' || i, 'a label long enough to fill pages ' || i FROM n"_s,
                u"INSERT INTO hpl_rows (run_id, n, nb, p, q, seconds, gflops, residual, passed, variant) "
                "SELECT id, 1000, 64, 1, 1, 1.0, 1.0, 0.001, 1, 'WR00L2L2' FROM runs"_s,
                u"PRAGMA wal_checkpoint(TRUNCATE)"_s}));
    const VocctlRun whole = vocctl({u"results"_s, u"list"_s, u"--json"_s, u"--store"_s, store});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(whole.out.toUtf8()).array().size(), 4000);

    // Garbage over the page in the middle of the runs table that holds run 2000 (pages are 4096 bytes).
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 at = file.readAll().indexOf("fill pages 2000");
    QVERIFY(at > 0);
    const qint64 page = 4096;
    QVERIFY(file.seek(at / page * page));
    QCOMPARE(file.write(QByteArray(page, char(0x5a))), page);
    file.close();

    QStringList withId = args;
    if (withId.at(1) != QLatin1String("list"))
        withId[2] = u"2000"_s; // show and export read that run
    test::VocctlOptions options{.workingDir = m_dir->path(), .unsetVariables = {u"VOCSTUDIO_RESULTS_DB"_s}};
    const VocctlRun run = test::vocctl(withId + QStringList{u"--store"_s, store}, options);
    QVERIFY2(run.exitCode > 0, qPrintable(run.out.left(300) + run.err));
    QVERIFY2(run.err.contains(store + u": "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"malformed"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"run.csv"_s)));
}

void TestVocctlResults::readingNeverCreates_data()
{
    QTest::addColumn<QString>("file"); // relative to the temporary folder
    QTest::addColumn<bool>("emptyFile");
    QTest::addColumn<QStringList>("args");
    addSubcommandRows("missing folder, ", [](const QString& name, const QStringList& args) {
        QTest::newRow(qPrintable(name)) << u"typo/results.sqlite"_s << false << args;
    });
    addSubcommandRows("missing file, ", [](const QString& name, const QStringList& args) {
        QTest::newRow(qPrintable(name)) << u"resluts.sqlite"_s << false << args;
    });
    addSubcommandRows("0-byte file, ", [](const QString& name, const QStringList& args) {
        QTest::newRow(qPrintable(name)) << u"empty.sqlite"_s << true << args;
    });
}

// A mistyped --store is an error naming it: no folder, no empty store made; a 0-byte file stays so.
void TestVocctlResults::readingNeverCreates()
{
    QFETCH(QString, file);
    QFETCH(bool, emptyFile);
    QFETCH(QStringList, args);
    const QString store = m_dir->filePath(file);
    if (emptyFile) {
        QFile empty(store);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    test::VocctlOptions options{.workingDir = m_dir->path(), .unsetVariables = {u"VOCSTUDIO_RESULTS_DB"_s}};
    const VocctlRun run = test::vocctl(args + QStringList{u"--store"_s, store}, options);
    QVERIFY2(run.exitCode > 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(store + u": "_s), qPrintable(run.err));
    QCOMPARE(QFileInfo::exists(store), emptyFile);
    if (emptyFile)
        QCOMPARE(QFileInfo(store).size(), qint64(0));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"typo"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"run.csv"_s)));
}

QTEST_GUILESS_MAIN(TestVocctlResults)
#include "tst_vocctlresults.moc"
