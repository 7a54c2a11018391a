// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/resultsschema.h"
#include "bench/sqltransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace voc {

const QList<QStringList>& resultsStoreMigrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL CHECK (kind IN ('hpl', 'boot')),"
                           " target TEXT NOT NULL CHECK (target IN ('local', 'site', 'baremetal', 'paper')),"
                           " design TEXT NOT NULL DEFAULT '',"
                           " hosts TEXT NOT NULL DEFAULT '[]',"
                           " time TEXT,"
                           " label TEXT NOT NULL DEFAULT '',"
                           " settings TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE hpl_rows ("
                           " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                           " n INTEGER NOT NULL, nb INTEGER NOT NULL, p INTEGER NOT NULL, q INTEGER NOT NULL,"
                           " seconds REAL NOT NULL, gflops REAL NOT NULL, residual REAL NOT NULL,"
                           " passed INTEGER NOT NULL CHECK (passed IN (0, 1)))"),
            QStringLiteral("CREATE TABLE boot_samples ("
                           " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                           " vcn TEXT NOT NULL,"
                           " phase TEXT NOT NULL"
                           "  CHECK (phase IN ('running', 'kernel', 'init', 'network', 'ready')),"
                           " ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX hpl_rows_run ON hpl_rows (run_id)"),
            QStringLiteral("CREATE INDEX boot_samples_run ON boot_samples (run_id)"),
            QStringLiteral("CREATE INDEX runs_kind_target ON runs (kind, target)"),
            // The paper's runs exist once: importing twice, even from two processes at once, adds nothing.
            QStringLiteral(
                "CREATE UNIQUE INDEX runs_paper_label ON runs (kind, label) WHERE target = 'paper'"),
        },
        // Version 2: network runs, the HPL variant, net samples. SQLite cannot alter a CHECK constraint, so
        // runs is rebuilt (SQLite's "making other kinds of table schema changes" procedure): the store runs
        // this step with foreign keys off and checks them before committing, so dropping the old table
        // cascades nothing and hpl_rows/boot_samples keep their run ids.
        {
            QStringLiteral("CREATE TABLE runs_v2 ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL CHECK (kind IN ('hpl', 'boot', 'net')),"
                           " target TEXT NOT NULL CHECK (target IN ('local', 'site', 'baremetal', 'paper')),"
                           " design TEXT NOT NULL DEFAULT '',"
                           " hosts TEXT NOT NULL DEFAULT '[]',"
                           " time TEXT,"
                           " label TEXT NOT NULL DEFAULT '',"
                           " settings TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "INSERT INTO runs_v2 (id, kind, target, design, hosts, time, label, settings)"
                " SELECT id, kind, target, design, hosts, time, label, settings FROM runs ORDER BY id"),
            // AUTOINCREMENT never hands out an id twice, not even one of a removed run: keep the counter.
            QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'runs_v2'"),
            QStringLiteral(
                "INSERT INTO sqlite_sequence (name, seq) SELECT 'runs_v2', seq FROM sqlite_sequence"
                " WHERE name = 'runs'"),
            QStringLiteral("DROP TABLE runs"),
            QStringLiteral("ALTER TABLE runs_v2 RENAME TO runs"),
            QStringLiteral("CREATE INDEX runs_kind_target ON runs (kind, target)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX runs_paper_label ON runs (kind, label) WHERE target = 'paper'"),
            QStringLiteral("ALTER TABLE hpl_rows ADD COLUMN variant TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE net_samples ("
                           " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                           " nic TEXT NOT NULL,"
                           " endpoints TEXT NOT NULL,"
                           " latency_us REAL NOT NULL,"
                           " bandwidth_mbps REAL NOT NULL)"),
            QStringLiteral("CREATE INDEX net_samples_run ON net_samples (run_id)"),
        }};
    return steps;
}

QString resultsRunColumns()
{
    return QStringLiteral("id, kind, target, design, hosts, time, label, settings");
}

Result<Run> runFromQuery(const QSqlQuery& query, const QString& path)
{
    Run run;
    run.id = query.value(0).toLongLong();
    const QString where = path + StoreText::tr(", run %1").arg(run.id);
    const QString hint = StoreText::tr("the store may come from a newer VOC Studio");
    if (!fromString(query.value(1).toString(), &run.kind))
        return makeError(ErrorCode::Parse,
                         StoreText::tr("unknown run kind '%1'").arg(query.value(1).toString()), where, hint);
    if (!fromString(query.value(2).toString(), &run.target))
        return makeError(ErrorCode::Parse,
                         StoreText::tr("unknown run target '%1'").arg(query.value(2).toString()), where,
                         hint);
    run.design = query.value(3).toString();
    const QJsonDocument hosts = QJsonDocument::fromJson(query.value(4).toString().toUtf8());
    if (!hosts.isArray())
        return makeError(ErrorCode::Parse, StoreText::tr("the hosts are not a JSON array"), where, hint);
    for (const QJsonValue& host : hosts.array())
        run.hosts.append(host.toString());
    if (!query.value(5).isNull()) {
        run.time = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        if (!run.time.isValid())
            return makeError(ErrorCode::Parse,
                             StoreText::tr("the time '%1' is not an ISO date").arg(query.value(5).toString()),
                             where, hint);
    }
    run.label = query.value(6).toString();
    run.settings = query.value(7).toString();
    return run;
}

} // namespace voc
