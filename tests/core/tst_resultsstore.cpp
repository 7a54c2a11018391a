// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite results store: round trips, filters, cascades, two writer threads, files it must refuse
// (and leave untouched), reopening, and the paper's reference runs imported once.
#include "bench/resultsstore.h"
#include "bench/runcsv.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

Run hplRun(const QString& label, RunTarget target = RunTarget::Local, const QString& design = u"demo"_s)
{
    Run run;
    run.kind = RunKind::Hpl;
    run.target = target;
    run.design = design;
    run.hosts = {u"host-a"_s, u"host-b"_s};
    run.time = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 15, 250), Qt::UTC);
    run.label = label;
    run.settings = uR"({"nb":192,"u":0.8})"_s;
    run.hplRows = {{10300, 192, 1, 1, 118.2, 6.25, 0.0041, true, {}},
                   {54800, 192, 7, 4, 3270.5, 33.6, 0.0123, false, {}}};
    return run;
}

Run bootRun(const QString& label, int vcns, RunTarget target = RunTarget::Local)
{
    Run run;
    run.kind = RunKind::Boot;
    run.target = target;
    run.design = u"demo"_s;
    run.time = QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC);
    run.label = label;
    for (int vcn = 0; vcn < vcns; ++vcn) {
        for (const BootPhase phase : allBootPhases)
            run.bootSamples.append({u"demo-compute%1"_s.arg(vcn, 2, 10, QLatin1Char('0')), phase,
                                    qint64(int(phase) + 1) * 1000 + vcn * 10});
    }
    return run;
}

void compareRuns(const Run& actual, const Run& expected)
{
    QCOMPARE(toString(actual.kind), toString(expected.kind));
    QCOMPARE(toString(actual.target), toString(expected.target));
    QCOMPARE(actual.design, expected.design);
    QCOMPARE(actual.hosts, expected.hosts);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.time.isValid(), expected.time.isValid());
    QCOMPARE(actual.label, expected.label);
    QCOMPARE(actual.settings, expected.settings);
    QCOMPARE(actual.hplRows, expected.hplRows);
    QCOMPARE(actual.bootSamples, expected.bootSamples);
    QCOMPARE(actual.netSamples, expected.netSamples);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A raw connection beside the store, to look at or tamper with the file as another program would.
qint64 rawScalar(const QString& path, const QString& sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
            else if (query.lastError().isValid())
                qWarning() << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

} // namespace

Q_DECLARE_METATYPE(voc::Run)
Q_DECLARE_METATYPE(voc::RunFilter)

class TestResultsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void filters_data();
    void filters();
    void cascadeDelete();
    void bootStatistics_data();
    void bootStatistics();
    void kindMismatch_data();
    void kindMismatch();
    void concurrentWrites();
    void otherThreadRefused();
    void refusedFiles_data();
    void refusedFiles();
    void newerSchema();
    void reopenKeepsData();
    void importPaperIsIdempotent();
    void names_data();
    void names();
    void csv_data();
    void csv();

private:
    std::unique_ptr<ResultsStore> openStore(const QString& name = u"results.sqlite"_s);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResultsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ResultsStore> TestResultsStore::openStore(const QString& name)
{
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(m_dir->filePath(name));
    if (!store) {
        qWarning() << store.error().toString();
        return nullptr;
    }
    return std::move(*store);
}

void TestResultsStore::roundTrip_data()
{
    QTest::addColumn<Run>("run");
    QTest::newRow("hpl, two rows") << hplRun(u"first"_s);
    QTest::newRow("boot, 3 VCNs x 5 phases") << bootRun(u"boot"_s, 3);
    Run bare = hplRun(u"bare metal"_s, RunTarget::BareMetal);
    bare.hplRows.first().residual = 1e-300; // tiny doubles survive
    QTest::newRow("bare metal") << bare;
    Run empty;
    empty.kind = RunKind::Boot;
    empty.target = RunTarget::Site;
    QTest::newRow("no rows, no time, no hosts") << empty;
    Run unicode = bootRun(u"Größe, \"quoted\"; DROP TABLE runs; --"_s, 1);
    unicode.hosts = {u"hôte-1"_s, u"host with space"_s};
    unicode.design = u"étude"_s;
    QTest::newRow("unicode and SQL in text") << unicode;
    Run local = hplRun(u"local time"_s);
    local.time = QDateTime(QDate(2024, 6, 1), QTime(10, 0), QTimeZone(7200));
    QTest::newRow("time with offset") << local;
}

void TestResultsStore::roundTrip()
{
    QFETCH(Run, run);
    const auto store = openStore();
    QVERIFY(store);
    const Result<qint64> id = store->addRun(run);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(*id > 0);
    const Result<Run> back = store->run(*id);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->id, *id);
    compareRuns(*back, run);
    if (run.time.isValid())
        QCOMPARE(back->time.timeSpec(), Qt::UTC);
    // The listing carries the run without its rows.
    const Result<QList<Run>> listed = store->runs();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().label, run.label);
    QVERIFY(listed->first().hplRows.isEmpty());
    QVERIFY(listed->first().bootSamples.isEmpty());
}

void TestResultsStore::filters_data()
{
    QTest::addColumn<RunFilter>("filter");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("all") << RunFilter{} << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    QTest::newRow("hpl") << RunFilter{RunKind::Hpl, {}, {}} << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("boot") << RunFilter{RunKind::Boot, {}, {}} << QStringList{u"d"_s, u"e"_s};
    QTest::newRow("bare metal") << RunFilter{{}, RunTarget::BareMetal, {}} << QStringList{u"b"_s};
    QTest::newRow("design other") << RunFilter{{}, {}, u"other"_s} << QStringList{u"c"_s, u"e"_s};
    QTest::newRow("hpl, local, demo")
        << RunFilter{RunKind::Hpl, RunTarget::Local, u"demo"_s} << QStringList{u"a"_s};
    QTest::newRow("empty design") << RunFilter{{}, {}, QString(u""_s)} << QStringList{};
    QTest::newRow("none") << RunFilter{RunKind::Boot, RunTarget::Paper, {}} << QStringList{};
}

void TestResultsStore::filters()
{
    QFETCH(RunFilter, filter);
    QFETCH(QStringList, labels);
    const auto store = openStore();
    QVERIFY(store);
    Run e = bootRun(u"e"_s, 1, RunTarget::Site);
    e.design = u"other"_s;
    for (const Run& run : {hplRun(u"a"_s), hplRun(u"b"_s, RunTarget::BareMetal),
                           hplRun(u"c"_s, RunTarget::Site, u"other"_s), bootRun(u"d"_s, 2), e})
        QVERIFY(store->addRun(run).ok());
    const Result<QList<Run>> runs = store->runs(filter);
    QVERIFY(runs.ok());
    QStringList found;
    for (const Run& run : *runs)
        found << run.label;
    QCOMPARE(found, labels);
}

void TestResultsStore::cascadeDelete()
{
    const auto store = openStore();
    QVERIFY(store);
    const qint64 keep = store->addRun(bootRun(u"keep"_s, 2)).value();
    const qint64 boot = store->addRun(bootRun(u"gone"_s, 4)).value();
    const qint64 hpl = store->addRun(hplRun(u"gone too"_s)).value();
    const QString path = store->path();
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM boot_samples"_s), 30);
    QVERIFY(store->removeRun(boot).ok());
    QVERIFY(store->removeRun(hpl).ok());
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM boot_samples"_s), 10);
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM hpl_rows"_s), 0);
    QCOMPARE(store->run(boot).error().code, ErrorCode::NotFound);
    QCOMPARE(store->run(keep)->bootSamples.size(), 10);
    const Status again = store->removeRun(boot);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(again.error().where, path);
}

void TestResultsStore::bootStatistics_data()
{
    QTest::addColumn<QList<BootSample>>("samples");
    QTest::addColumn<QList<BootPhaseStatistics>>("expected");
    QTest::newRow("none") << QList<BootSample>{} << QList<BootPhaseStatistics>{};
    QTest::newRow("one VCN") << QList<BootSample>{{u"a"_s, BootPhase::Ready, 5000},
                                                  {u"a"_s, BootPhase::Kernel, 900}}
                             << QList<BootPhaseStatistics>{{BootPhase::Kernel, 1, 900, 900.0, 900},
                                                           {BootPhase::Ready, 1, 5000, 5000.0, 5000}};
    QTest::newRow("three VCNs, phases out of order")
        << QList<BootSample>{{u"c"_s, BootPhase::Network, 30000}, {u"a"_s, BootPhase::Running, 40},
                             {u"a"_s, BootPhase::Network, 20000}, {u"b"_s, BootPhase::Running, 60},
                             {u"b"_s, BootPhase::Network, 25000}, {u"c"_s, BootPhase::Running, 50}}
        << QList<BootPhaseStatistics>{{BootPhase::Running, 3, 40, 50.0, 60},
                                      {BootPhase::Network, 3, 20000, 25000.0, 30000}};
}

void TestResultsStore::bootStatistics()
{
    QFETCH(QList<BootSample>, samples);
    QFETCH(QList<BootPhaseStatistics>, expected);
    const auto store = openStore();
    QVERIFY(store);
    Run run = bootRun(u"stats"_s, 0);
    run.bootSamples = samples;
    const qint64 id = store->addRun(run).value();
    const Result<QList<BootPhaseStatistics>> statistics = store->bootStatistics(id);
    QVERIFY2(statistics.ok(), qPrintable(statistics ? QString() : statistics.error().toString()));
    QCOMPARE(*statistics, expected);
    QCOMPARE(store->bootStatistics(id + 1).error().code, ErrorCode::NotFound);
}

void TestResultsStore::kindMismatch_data()
{
    QTest::addColumn<Run>("run");
    QTest::addColumn<ErrorCode>("code");
    Run hpl = hplRun(u"x"_s);
    hpl.bootSamples = {{u"a"_s, BootPhase::Ready, 1}};
    QTest::newRow("hpl with samples") << hpl << ErrorCode::InvalidInput;
    Run boot = bootRun(u"x"_s, 1);
    boot.hplRows = {HplRow{}};
    QTest::newRow("boot with rows") << boot << ErrorCode::InvalidInput;
}

void TestResultsStore::kindMismatch()
{
    QFETCH(Run, run);
    QFETCH(ErrorCode, code);
    const auto store = openStore();
    QVERIFY(store);
    const Result<qint64> id = store->addRun(run);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QVERIFY(store->runs()->isEmpty());
}

void TestResultsStore::concurrentWrites()
{
    const QString path = m_dir->filePath(u"shared.sqlite"_s);
    QVERIFY(openStore(u"shared.sqlite"_s)); // created once; the threads find it
    constexpr int runsPerThread = 40;
    QStringList errors[2];
    QList<qint64> ids[2];
    const auto writer = [&](int index) {
        Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
        if (!store) {
            errors[index] << store.error().toString();
            return;
        }
        for (int i = 0; i < runsPerThread; ++i) {
            const Run run = bootRun(u"thread %1 run %2"_s.arg(index).arg(i), 4);
            const Result<qint64> id = (*store)->addRun(run);
            if (id)
                ids[index] << *id;
            else
                errors[index] << id.error().toString();
        }
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(writer, 0)),
                                           std::unique_ptr<QThread>(QThread::create(writer, 1))};
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(u'\n')));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(u'\n')));
    const auto store = openStore(u"shared.sqlite"_s);
    QVERIFY(store);
    QCOMPARE(store->runs()->size(), 2 * runsPerThread);
    for (int index = 0; index < 2; ++index) {
        QCOMPARE(ids[index].size(), runsPerThread);
        for (int i = 0; i < runsPerThread; ++i) {
            const Result<Run> run = store->run(ids[index].at(i));
            QVERIFY(run.ok());
            QCOMPARE(run->label, u"thread %1 run %2"_s.arg(index).arg(i));
            QCOMPARE(run->bootSamples, bootRun(QString(), 4).bootSamples);
        }
    }
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM boot_samples"_s), 2 * runsPerThread * 20);
}

void TestResultsStore::otherThreadRefused()
{
    const auto store = openStore();
    QVERIFY(store);
    Result<qint64> id = makeError(ErrorCode::Internal, u"not run"_s);
    std::unique_ptr<QThread> thread(QThread::create([&] { id = store->addRun(hplRun(u"x"_s)); }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().what.contains(u"thread"_s), qPrintable(id.error().what));
    QVERIFY(store->runs()->isEmpty());
}

void TestResultsStore::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("this is a CSV, not a database\n1,2,3\n") << ErrorCode::Parse
                          << u"not an SQLite database"_s;
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QTest::newRow("noise") << noise << ErrorCode::Parse << u"not an SQLite database"_s;
    // Right magic, garbage after it: SQLite itself must reject it.
    QByteArray header = QByteArray("SQLite format 3", 16) + QByteArray(4080, '\x5a');
    QTest::newRow("damaged header") << header << ErrorCode::Parse << u"not a database"_s;
}

void TestResultsStore::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(u"broken.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, code);
    QCOMPARE(store.error().where, path);
    QVERIFY2(store.error().what.contains(message), qPrintable(store.error().toString()));
    QVERIFY(!store.error().hint.isEmpty());
    QCOMPARE(fileBytes(path), content);
}

void TestResultsStore::newerSchema()
{
    const QString path = m_dir->filePath(u"results.sqlite"_s);
    {
        const auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addRun(hplRun(u"kept"_s)).ok());
    }
    QCOMPARE(rawScalar(path, u"PRAGMA user_version"_s), ResultsStore::schemaVersion);
    rawScalar(path, u"PRAGMA user_version = 99"_s);
    QCOMPARE(rawScalar(path, u"PRAGMA user_version"_s), 99);
    const QByteArray before = fileBytes(path);
    const Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::UnsupportedFormat);
    QCOMPARE(store.error().where, path);
    QVERIFY2(store.error().what.contains(u"99"_s), qPrintable(store.error().what));
    QVERIFY(store.error().hint.contains(u"update"_s));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM runs"_s), 1);

    // Someone else's SQLite database is refused the same way.
    const QString foreign = m_dir->filePath(u"foreign.sqlite"_s);
    rawScalar(foreign, u"CREATE TABLE notes (text TEXT)"_s);
    const QByteArray foreignBefore = fileBytes(foreign);
    const Result<std::unique_ptr<ResultsStore>> other = ResultsStore::open(foreign);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::InvalidInput);
    QCOMPARE(fileBytes(foreign), foreignBefore);
}

void TestResultsStore::reopenKeepsData()
{
    const QString path = m_dir->filePath(u"sub/dir/results.sqlite"_s);
    const Run hpl = hplRun(u"hpl"_s);
    const Run boot = bootRun(u"boot"_s, 2);
    qint64 hplId = 0;
    qint64 bootId = 0;
    {
        Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
        hplId = (*store)->addRun(hpl).value();
        bootId = (*store)->addRun(boot).value();
    }
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
    QVERIFY(store.ok());
    compareRuns((*store)->run(hplId).value(), hpl);
    compareRuns((*store)->run(bootId).value(), boot);
    QCOMPARE((*store)->runs()->size(), 2);
    // Ids are never reused, even after the newest run is removed.
    QVERIFY((*store)->removeRun(bootId).ok());
    QCOMPARE((*store)->addRun(boot).value(), bootId + 1);
    QCOMPARE(rawScalar(path, u"PRAGMA application_id"_s), 0x564F4353);
    QVERIFY(QFile::exists(path + u"-wal"_s));
}

void TestResultsStore::importPaperIsIdempotent()
{
    const auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addRun(hplRun(u"mine"_s)).ok());
    const Result<int> first = store->importPaperReference();
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(*first, 7);
    QCOMPARE(store->importPaperReference().value(), 0);
    const auto second = openStore();
    QCOMPARE(second->importPaperReference().value(), 0);

    const QList<Run> paper = store->runs(RunFilter{{}, RunTarget::Paper, {}}).value();
    QCOMPARE(paper.size(), 7);
    QCOMPARE(store->runs()->size(), 8);
    const QList<Run> hpl = store->runs(RunFilter{RunKind::Hpl, RunTarget::Paper, {}}).value();
    QCOMPARE(hpl.size(), 4);
    const Run voc = store->run(hpl.at(3).id).value();
    QCOMPARE(voc.label, u"Table III: VOC"_s);
    QCOMPARE(voc.hplRows.size(), 3);
    QCOMPARE(voc.hplRows.at(1).gflops, 24.41);
    QCOMPARE(voc.hplRows.at(1).p, 14);

    const QList<Run> boot = store->runs(RunFilter{RunKind::Boot, RunTarget::Paper, {}}).value();
    QCOMPARE(boot.size(), 3);
    const QList<BootPhaseStatistics> vms = store->bootStatistics(boot.at(2).id).value();
    QCOMPARE(vms.size(), 1);
    QCOMPARE(toString(vms.first().phase), toString(BootPhase::Ready));
    QCOMPARE(vms.first().minMs, 52000);
    QCOMPARE(vms.first().maxMs, 63000);

    // A removed paper run comes back on the next import, alone.
    QVERIFY(store->removeRun(voc.id).ok());
    QCOMPARE(store->importPaperReference().value(), 1);
    // And the store itself refuses a second copy of a paper run.
    Run duplicate = voc;
    const Result<qint64> conflict = store->addRun(duplicate);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
}

// The stored names of kinds, targets and phases: every value round-trips, unknown text is refused.
void TestResultsStore::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");   // -1: not a kind
    QTest::addColumn<int>("target"); // -1: not a target
    QTest::addColumn<int>("phase");  // -1: not a phase
    QTest::newRow("hpl") << u"hpl"_s << int(RunKind::Hpl) << -1 << -1;
    QTest::newRow("boot") << u"boot"_s << int(RunKind::Boot) << -1 << -1;
    QTest::newRow("local") << u"local"_s << -1 << int(RunTarget::Local) << -1;
    QTest::newRow("site") << u"site"_s << -1 << int(RunTarget::Site) << -1;
    QTest::newRow("baremetal") << u"baremetal"_s << -1 << int(RunTarget::BareMetal) << -1;
    QTest::newRow("paper") << u"paper"_s << -1 << int(RunTarget::Paper) << -1;
    QTest::newRow("running") << u"running"_s << -1 << -1 << int(BootPhase::Running);
    QTest::newRow("kernel") << u"kernel"_s << -1 << -1 << int(BootPhase::Kernel);
    QTest::newRow("init") << u"init"_s << -1 << -1 << int(BootPhase::Init);
    QTest::newRow("network") << u"network"_s << -1 << -1 << int(BootPhase::Network);
    QTest::newRow("ready") << u"ready"_s << -1 << -1 << int(BootPhase::Ready);
    QTest::newRow("case matters") << u"Ready"_s << -1 << -1 << -1;
    QTest::newRow("empty") << QString() << -1 << -1 << -1;
}

void TestResultsStore::names()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, target);
    QFETCH(int, phase);
    RunKind parsedKind = RunKind::Boot;
    RunTarget parsedTarget = RunTarget::Local;
    BootPhase parsedPhase = BootPhase::Running;
    QCOMPARE(fromString(text, &parsedKind), kind >= 0);
    QCOMPARE(fromString(text, &parsedTarget), target >= 0);
    QCOMPARE(fromString(text, &parsedPhase), phase >= 0);
    if (kind >= 0) {
        QCOMPARE(int(parsedKind), kind);
        QCOMPARE(toString(parsedKind), text);
    }
    if (target >= 0) {
        QCOMPARE(int(parsedTarget), target);
        QCOMPARE(toString(parsedTarget), text);
    }
    if (phase >= 0) {
        QCOMPARE(int(parsedPhase), phase);
        QCOMPARE(toString(parsedPhase), text);
    }
}

void TestResultsStore::csv_data()
{
    QTest::addColumn<Run>("run");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("hpl") << hplRun(u"x"_s)
                         << QByteArray("n,nb,p,q,seconds,gflops,residual,passed\r\n"
                                       "10300,192,1,1,118.2,6.25,0.0041,true\r\n"
                                       "54800,192,7,4,3270.5,33.6,0.0123,false\r\n");
    Run boot = bootRun(u"x"_s, 0);
    boot.bootSamples = {{u"plain"_s, BootPhase::Kernel, 12}, {u"a,b \"c\""_s, BootPhase::Ready, 3400}};
    QTest::newRow("boot, quoted VCN") << boot
                                      << QByteArray("vcn,phase,ms\r\nplain,kernel,12\r\n"
                                                    "\"a,b \"\"c\"\"\",ready,3400\r\n");
    QTest::newRow("empty boot") << bootRun(u"x"_s, 0) << QByteArray("vcn,phase,ms\r\n");
    Run net = bootRun(u"x"_s, 0);
    net.kind = RunKind::Net;
    net.netSamples = {{u"e1000"_s, u"c01 <-> c02"_s, 2680.5, 30.2}, {u"virtio"_s, u"a,b"_s, 204, 287.25}};
    QTest::newRow("net, quoted endpoints") << net
                                           << QByteArray("nic,endpoints,latency_us,bandwidth_mbps\r\n"
                                                         "e1000,c01 <-> c02,2680.5,30.2\r\n"
                                                         "virtio,\"a,b\",204,287.25\r\n");
}

void TestResultsStore::csv()
{
    QFETCH(Run, run);
    QFETCH(QByteArray, csv);
    QCOMPARE(runToCsv(run), csv);
}

QTEST_GUILESS_MAIN(TestResultsStore)
#include "tst_resultsstore.moc"
