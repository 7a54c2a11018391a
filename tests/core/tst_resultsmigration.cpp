// SPDX-License-Identifier: GPL-3.0-or-later
// The results store's schema version 2: a version 1 file (made with version 1's own SQL) migrates with
// every run id, HPL row and boot sample kept; network runs, net samples and the HPL variant round-trip;
// a failed migration leaves the file at version 1; 100,000 samples go in and out whole.
#include "bench/resultsschema.h"
#include "bench/resultsstore.h"
#include "rawsql.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace voc;

namespace {

// Version 1 exactly as it was released (resultsschema.cpp, step 0), plus the pragmas the store set.
const QStringList v1Schema{
    QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " kind TEXT NOT NULL CHECK (kind IN ('hpl', 'boot')),"
                   " target TEXT NOT NULL CHECK (target IN ('local', 'site', 'baremetal', 'paper')),"
                   " design TEXT NOT NULL DEFAULT '', hosts TEXT NOT NULL DEFAULT '[]', time TEXT,"
                   " label TEXT NOT NULL DEFAULT '', settings TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE hpl_rows (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                   " n INTEGER NOT NULL, nb INTEGER NOT NULL, p INTEGER NOT NULL, q INTEGER NOT NULL,"
                   " seconds REAL NOT NULL, gflops REAL NOT NULL, residual REAL NOT NULL,"
                   " passed INTEGER NOT NULL CHECK (passed IN (0, 1)))"),
    QStringLiteral(
        "CREATE TABLE boot_samples (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
        " vcn TEXT NOT NULL, phase TEXT NOT NULL"
        "  CHECK (phase IN ('running', 'kernel', 'init', 'network', 'ready')), ms INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX hpl_rows_run ON hpl_rows (run_id)"),
    QStringLiteral("CREATE INDEX boot_samples_run ON boot_samples (run_id)"),
    QStringLiteral("CREATE INDEX runs_kind_target ON runs (kind, target)"),
    QStringLiteral("CREATE UNIQUE INDEX runs_paper_label ON runs (kind, label) WHERE target = 'paper'"),
    QStringLiteral("PRAGMA application_id = %1").arg(resultsStoreApplicationId),
    QStringLiteral("PRAGMA user_version = 1"),
};

// Runs 1..4 with rows and samples; run 3 is removed again, so the id counter is ahead of the rows.
const QStringList v1Data{
    QStringLiteral("PRAGMA foreign_keys = ON"),
    QStringLiteral("INSERT INTO runs (kind, target, design, hosts, time, label, settings) VALUES"
                   " ('hpl', 'local', 'demo', '[\"h1\"]', '2024-03-01T12:30:15.250Z', 'first', '{}'),"
                   " ('boot', 'site', 'demo', '[]', NULL, 'boots', ''),"
                   " ('hpl', 'baremetal', 'x', '[]', NULL, 'gone', ''),"
                   " ('hpl', 'paper', '', '[]', NULL, 'Table III, 1 node', '')"),
    QStringLiteral("INSERT INTO hpl_rows VALUES (1, 10300, 192, 1, 1, 118.2, 6.25, 0.0041, 1),"
                   " (1, 54800, 192, 7, 4, 3270.5, 33.6, 0.0123, 0), (3, 1, 1, 1, 1, 1, 1, 1, 1),"
                   " (4, 10300, 192, 1, 1, 100, 7, 0.01, 1)"),
    QStringLiteral(
        "INSERT INTO boot_samples VALUES (2, 'demo-head', 'running', 120), (2, 'demo-head', 'ready', 58000),"
        " (2, 'demo-compute01', 'kernel', 900)"),
    QStringLiteral("DELETE FROM runs WHERE id = 3"),
};

// A raw connection beside the store, as another program would open the file.
QList<QVariantList> rawRows(const QString& path, const QString& sql)
{
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
                rows.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rows;
}

qint64 rawScalar(const QString& path, const QString& sql)
{
    const QList<QVariantList> rows = rawRows(path, sql);
    return rows.isEmpty() ? -1 : rows.first().first().toLongLong();
}

HplRow hplRow(qint64 n, double gflops, double residual, bool passed, const QString& variant)
{
    HplRow row;
    row.n = n;
    row.nb = 192;
    row.p = 2;
    row.q = 4;
    row.seconds = 12.5;
    row.gflops = gflops;
    row.residual = residual;
    row.passed = passed;
    row.variant = variant;
    return row;
}

} // namespace

class TestResultsMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesVersion1_data();
    void migratesVersion1();
    void failedMigrationLeavesVersion1();
    void version2ReopensUnchanged();
    void netRunRoundTrip_data();
    void netRunRoundTrip();
    void variantAndSpecialValues();
    void kindMismatch_data();
    void kindMismatch();
    void hundredThousandSamples();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("results.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResultsMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestResultsMigration::migratesVersion1_data()
{
    QTest::addColumn<bool>("withData");
    QTest::newRow("empty version 1 store") << false;
    QTest::newRow("version 1 store with runs") << true;
}

void TestResultsMigration::migratesVersion1()
{
    QFETCH(bool, withData);
    QVERIFY(test::rawExec(path(), v1Schema));
    if (withData)
        QVERIFY(test::rawExec(path(), v1Data));
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")), 1);

    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")), 2);
    QCOMPARE(ResultsStore::schemaVersion, 2);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'runs_v2'")),
             0);
    QCOMPARE(rawScalar(path(),
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                      "('runs_kind_target', 'runs_paper_label', 'net_samples_run')")),
             3);

    const Result<QList<Run>> runs = (*store)->runs();
    QVERIFY(runs.ok());
    if (withData) {
        QCOMPARE(runs->size(), 3);
        QCOMPARE(runs->at(0).id, 1);
        QCOMPARE(runs->at(1).id, 2);
        QCOMPARE(runs->at(2).id, 4);
        const Result<Run> hpl = (*store)->run(1);
        QVERIFY(hpl.ok());
        QCOMPARE(hpl->label, QStringLiteral("first"));
        QCOMPARE(hpl->hosts, QStringList{QStringLiteral("h1")});
        QCOMPARE(hpl->time, QDateTime(QDate(2024, 3, 1), QTime(12, 30, 15, 250), Qt::UTC));
        QCOMPARE(hpl->hplRows.size(), 2);
        QCOMPARE(hpl->hplRows.at(1).n, 54800);
        QCOMPARE(hpl->hplRows.at(1).passed, false);
        QCOMPARE(hpl->hplRows.at(1).variant, QString()); // v1 rows have no variant: ''
        const Result<Run> boot = (*store)->run(2);
        QVERIFY(boot.ok());
        QCOMPARE(boot->bootSamples.size(), 3);
        QCOMPARE(boot->bootSamples.at(1), (BootSample{QStringLiteral("demo-head"), BootPhase::Ready, 58000}));
        QCOMPARE((*store)->run(4)->hplRows.size(), 1);
        // The row of the removed run 3 went with it before the migration, and nothing dangles now.
        QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM hpl_rows")), 3);
    } else {
        QVERIFY(runs->isEmpty());
    }

    // Ids are never reused: the counter survived the rebuild (run 3 was removed in version 1).
    Run net;
    net.kind = RunKind::Net;
    net.netSamples = {NetSample{QStringLiteral("virtio"), QStringLiteral("a <-> b"), 41.5, 117.25}};
    const Result<qint64> id = (*store)->addRun(net);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    QCOMPARE(*id, withData ? 5 : 1);

    // Foreign keys are on again after the migration: removing a run still takes its rows along.
    if (withData) {
        QVERIFY((*store)->removeRun(1).ok());
        QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM hpl_rows WHERE run_id = 1")), 0);
        // The paper's label index came back: a second run with the same paper label conflicts.
        Run paper;
        paper.kind = RunKind::Hpl;
        paper.target = RunTarget::Paper;
        paper.label = QStringLiteral("Table III, 1 node");
        const Result<qint64> duplicate = (*store)->addRun(paper);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    }
    QVERIFY((*store)->removeRun(*id).ok());
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM net_samples")), 0);
    // The new CHECK still refuses unknown kinds.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("CHECK constraint failed")));
    QVERIFY(!test::rawExec(path(),
                           {QStringLiteral("INSERT INTO runs (kind, target) VALUES ('bogus', 'local')")}));
}

void TestResultsMigration::failedMigrationLeavesVersion1()
{
    QVERIFY(test::rawExec(path(), v1Schema));
    QVERIFY(test::rawExec(path(), v1Data));
    // A table in the way of step 2: the whole migration must roll back.
    QVERIFY(test::rawExec(path(), {QStringLiteral("CREATE TABLE net_samples (x)")}));
    const Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY(!store.ok());
    QVERIFY2(store.error().what.contains(QLatin1String("version 2")), qPrintable(store.error().what));
    QCOMPARE(store.error().where, path());
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")), 1);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM runs")), 3);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM hpl_rows")), 3);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM pragma_table_info('hpl_rows') "
                                              "WHERE name = 'variant'")),
             0);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'runs_v2'")),
             0);
}

void TestResultsMigration::version2ReopensUnchanged()
{
    {
        Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
        QVERIFY(store.ok());
        Run run;
        run.kind = RunKind::Hpl;
        run.hplRows = {hplRow(1000, 1.5, 0.004, true, QStringLiteral("WR11C2R4"))};
        QVERIFY((*store)->addRun(run).ok());
    }
    const QString schema = rawRows(path(), QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"))
                               .first()
                               .first()
                               .toString();
    Result<std::unique_ptr<ResultsStore>> again = ResultsStore::open(path());
    QVERIFY(again.ok());
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")), 2);
    QCOMPARE(rawRows(path(), QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"))
                 .first()
                 .first()
                 .toString(),
             schema);
    QCOMPARE((*again)->run(1)->hplRows.first().variant, QStringLiteral("WR11C2R4"));
}

void TestResultsMigration::netRunRoundTrip_data()
{
    QTest::addColumn<QList<NetSample>>("samples");
    QTest::newRow("none") << QList<NetSample>{};
    QTest::newRow("virtio and e1000") << QList<NetSample>{
        {QStringLiteral("virtio"), QStringLiteral("demo-compute01 <-> demo-compute02"), 48.25, 940.5},
        {QStringLiteral("e1000"), QStringLiteral("demo-compute01 <-> demo-compute02"), 97.0, 112.75},
        {QStringLiteral("host"), QStringLiteral("node1 <-> node2"), 0.132256, 7544.67}};
    QTest::newRow("empty names") << QList<NetSample>{{QString(), QString(), 0, 0}};
}

void TestResultsMigration::netRunRoundTrip()
{
    QFETCH(QList<NetSample>, samples);
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY(store.ok());
    Run run;
    run.kind = RunKind::Net;
    run.target = RunTarget::Site;
    run.design = QStringLiteral("demo");
    run.label = QStringLiteral("ping-pong");
    run.netSamples = samples;
    const Result<qint64> id = (*store)->addRun(run);
    QVERIFY(id.ok());
    const Result<Run> back = (*store)->run(*id);
    QVERIFY(back.ok());
    QCOMPARE(toString(back->kind), toString(RunKind::Net));
    QCOMPARE(back->netSamples.size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        QCOMPARE(back->netSamples.at(i).nic,
                 samples.at(i).nic.isNull() ? QLatin1String("") : samples.at(i).nic);
        QCOMPARE(back->netSamples.at(i).endpoints,
                 samples.at(i).endpoints.isNull() ? QString(QLatin1String("")) : samples.at(i).endpoints);
        QCOMPARE(back->netSamples.at(i).latencyUs, samples.at(i).latencyUs);
        QCOMPARE(back->netSamples.at(i).bandwidthMBps, samples.at(i).bandwidthMBps);
    }
    RunFilter filter;
    filter.kind = RunKind::Net;
    QCOMPARE((*store)->runs(filter)->size(), 1);
}

void TestResultsMigration::variantAndSpecialValues()
{
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY(store.ok());
    Run run;
    run.kind = RunKind::Hpl;
    const double inf = std::numeric_limits<double>::infinity();
    run.hplRows = {
        hplRow(1000, 2.5, 0.0042, true, QStringLiteral("WR11C2R4")),
        hplRow(2000, inf, std::numeric_limits<double>::quiet_NaN(), false, QStringLiteral("WC10L3C16")),
        hplRow(3000, 1e300, inf, false, QString())};
    const Result<qint64> id = (*store)->addRun(run);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    const Result<Run> back = (*store)->run(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->hplRows.size(), 3);
    QCOMPARE(back->hplRows.at(0), run.hplRows.at(0));
    QCOMPARE(back->hplRows.at(1).variant, QStringLiteral("WC10L3C16"));
    QVERIFY(std::isinf(back->hplRows.at(1).gflops));
    QVERIFY(std::isnan(back->hplRows.at(1).residual));
    QCOMPARE(back->hplRows.at(2).gflops, 1e300);
    QVERIFY(std::isinf(back->hplRows.at(2).residual));
    QCOMPARE(back->hplRows.at(2).variant, QString(QLatin1String("")));
}

void TestResultsMigration::kindMismatch_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("hpl");
    QTest::addColumn<bool>("boot");
    QTest::addColumn<bool>("net");
    QTest::newRow("net run with HPL rows") << int(RunKind::Net) << true << false << false;
    QTest::newRow("net run with boot samples") << int(RunKind::Net) << false << true << false;
    QTest::newRow("HPL run with net samples") << int(RunKind::Hpl) << false << false << true;
    QTest::newRow("boot run with net samples") << int(RunKind::Boot) << false << false << true;
}

void TestResultsMigration::kindMismatch()
{
    QFETCH(int, kind);
    QFETCH(bool, hpl);
    QFETCH(bool, boot);
    QFETCH(bool, net);
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY(store.ok());
    Run run;
    run.kind = RunKind(kind);
    if (hpl)
        run.hplRows = {hplRow(1000, 1, 0.1, true, {})};
    if (boot)
        run.bootSamples = {BootSample{QStringLiteral("v"), BootPhase::Ready, 1}};
    if (net)
        run.netSamples = {NetSample{QStringLiteral("virtio"), QStringLiteral("a <-> b"), 1, 1}};
    const Result<qint64> id = (*store)->addRun(run);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::InvalidInput);
    QCOMPARE((*store)->runs()->size(), 0);
}

void TestResultsMigration::hundredThousandSamples()
{
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path());
    QVERIFY(store.ok());
    Run run;
    run.kind = RunKind::Boot;
    run.bootSamples.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        run.bootSamples.append(BootSample{QStringLiteral("vcn%1").arg(i / 5, 5, 10, QLatin1Char('0')),
                                          allBootPhases[i % 5], qint64(i) * 7 % 60000});
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> id = (*store)->addRun(run);
    const qint64 storeMs = timer.elapsed();
    QVERIFY(id.ok());
    const Result<Run> back = (*store)->run(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->bootSamples.size(), 100000);
    QCOMPARE(back->bootSamples, run.bootSamples);
    qInfo("stored 100,000 boot samples in %lld ms (bench_store measures it against a baseline)", storeMs);
    // Generous for debug and sanitizer builds on a shared machine; bench_store has the real figure.
    QVERIFY2(storeMs < 20000, qPrintable(QString::number(storeMs)));
}

QTEST_GUILESS_MAIN(TestResultsMigration)
#include "tst_resultsmigration.moc"
