// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of a run in the results store: HPL rows, boot samples and net samples, written in chunks of
// multi-row INSERTs and read back in insertion order.
#include "bench/resultsschema.h"
#include "bench/sqltransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <functional>

namespace voc {

namespace {

// SQLite before 3.32 allows 999 bound values per statement; a chunk stays below that everywhere.
constexpr int maxBoundValues = 999;

QString emptyIfNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

// SQLite turns a bound NaN into NULL, which the NOT NULL columns refuse; a residual HPL printed as
// "nan" is a real value of a failed run, so it is stored as the text 'NaN' (QVariant reads it back).
QVariant real(double value)
{
    return std::isnan(value) ? QVariant(QStringLiteral("NaN")) : QVariant(value);
}

// "INSERT INTO table (a, b) VALUES (?, ?), (?, ?), ..." for `rows` rows.
QString insertSql(const QString& table, const QStringList& columns, qsizetype rows)
{
    QString tuple = QStringLiteral("(?");
    for (qsizetype i = 1; i < columns.size(); ++i)
        tuple += QLatin1String(", ?");
    tuple += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1String(", ")));
    sql.reserve(sql.size() + rows * (tuple.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += tuple;
    }
    return sql;
}

// Every item as one row: full chunks through one prepared statement, the rest through a second one.
// `bind` binds one item's values (without the run id) from position `first` on.
template<typename T>
Status insertChunked(const QSqlDatabase& db, const QString& path, const QString& table,
                     const QStringList& columns, qint64 runId, const QList<T>& items,
                     const std::function<void(QSqlQuery&, int, const T&)>& bind, const QString& what)
{
    if (items.isEmpty())
        return Ok{};
    const QStringList allColumns = QStringList{QStringLiteral("run_id")} + columns;
    const int width = int(allColumns.size());
    const qsizetype chunk = maxBoundValues / width;
    QSqlQuery full(db);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < items.size(); start += chunk) {
        const qsizetype count = std::min(chunk, items.size() - start);
        QSqlQuery partial(db);
        QSqlQuery* query = &full;
        if (count == chunk) {
            if (!fullPrepared) {
                if (const Status prepared = prepareQuery(full, insertSql(table, allColumns, chunk), path);
                    !prepared)
                    return prepared;
                fullPrepared = true;
            }
        } else {
            query = &partial;
            if (const Status prepared = prepareQuery(partial, insertSql(table, allColumns, count), path);
                !prepared)
                return prepared;
        }
        for (qsizetype i = 0; i < count; ++i) {
            const int first = int(i) * width;
            query->bindValue(first, runId);
            bind(*query, first + 1, items.at(start + i));
        }
        if (const Status done = execQuery(*query, path, what); !done)
            return done;
    }
    return Ok{};
}

Status selectRows(QSqlQuery& query, const QString& sql, qint64 runId, const QString& path,
                  const QString& what)
{
    query.setForwardOnly(true);
    if (const Status prepared = prepareQuery(query, sql, path); !prepared)
        return prepared;
    query.addBindValue(runId);
    return execQuery(query, path, what);
}

Error unknownPhase(const QString& phase, qint64 runId, const QString& path)
{
    return makeError(ErrorCode::Parse, StoreText::tr("unknown boot phase '%1'").arg(phase),
                     path + StoreText::tr(", run %1").arg(runId),
                     StoreText::tr("the store may come from a newer VOC Studio"));
}

} // namespace

Status insertRunRows(const QSqlDatabase& db, qint64 runId, const Run& run, const QString& path)
{
    const std::function<void(QSqlQuery&, int, const HplRow&)> bindHpl = [](QSqlQuery& q, int i,
                                                                           const HplRow& row) {
        q.bindValue(i, row.n);
        q.bindValue(i + 1, row.nb);
        q.bindValue(i + 2, row.p);
        q.bindValue(i + 3, row.q);
        q.bindValue(i + 4, real(row.seconds));
        q.bindValue(i + 5, real(row.gflops));
        q.bindValue(i + 6, real(row.residual));
        q.bindValue(i + 7, row.passed ? 1 : 0);
        q.bindValue(i + 8, emptyIfNull(row.variant));
    };
    if (const Status done = insertChunked<HplRow>(
            db, path, QStringLiteral("hpl_rows"),
            {QStringLiteral("n"), QStringLiteral("nb"), QStringLiteral("p"), QStringLiteral("q"),
             QStringLiteral("seconds"), QStringLiteral("gflops"), QStringLiteral("residual"),
             QStringLiteral("passed"), QStringLiteral("variant")},
            runId, run.hplRows, bindHpl, StoreText::tr("cannot store an HPL row"));
        !done)
        return done;

    // The phase names as QVariants once, not one QString per sample.
    QVariant phaseNames[std::size(allBootPhases)];
    for (const BootPhase phase : allBootPhases)
        phaseNames[int(phase)] = toString(phase);
    const std::function<void(QSqlQuery&, int, const BootSample&)> bindBoot =
        [&phaseNames](QSqlQuery& q, int i, const BootSample& sample) {
            q.bindValue(i, emptyIfNull(sample.vcn));
            q.bindValue(i + 1, phaseNames[int(sample.phase)]);
            q.bindValue(i + 2, sample.ms);
        };
    if (const Status done = insertChunked<BootSample>(
            db, path, QStringLiteral("boot_samples"),
            {QStringLiteral("vcn"), QStringLiteral("phase"), QStringLiteral("ms")}, runId, run.bootSamples,
            bindBoot, StoreText::tr("cannot store a boot sample"));
        !done)
        return done;

    const std::function<void(QSqlQuery&, int, const NetSample&)> bindNet = [](QSqlQuery& q, int i,
                                                                              const NetSample& sample) {
        q.bindValue(i, emptyIfNull(sample.nic));
        q.bindValue(i + 1, emptyIfNull(sample.endpoints));
        q.bindValue(i + 2, real(sample.latencyUs));
        q.bindValue(i + 3, real(sample.bandwidthMBps));
    };
    return insertChunked<NetSample>(db, path, QStringLiteral("net_samples"),
                                    {QStringLiteral("nic"), QStringLiteral("endpoints"),
                                     QStringLiteral("latency_us"), QStringLiteral("bandwidth_mbps")},
                                    runId, run.netSamples, bindNet,
                                    StoreText::tr("cannot store a net sample"));
}

Status loadRunRows(const QSqlDatabase& db, Run& run, const QString& path)
{
    const qint64 id = run.id;
    QSqlQuery rows(db);
    if (const Status done =
            selectRows(rows,
                       QStringLiteral("SELECT n, nb, p, q, seconds, gflops, residual, passed, variant "
                                      "FROM hpl_rows WHERE run_id = ? ORDER BY rowid"),
                       id, path, StoreText::tr("cannot read the HPL rows of run %1").arg(id));
        !done)
        return done;
    while (rows.next())
        run.hplRows.append(HplRow{rows.value(0).toLongLong(), rows.value(1).toInt(), rows.value(2).toInt(),
                                  rows.value(3).toInt(), rows.value(4).toDouble(), rows.value(5).toDouble(),
                                  rows.value(6).toDouble(), rows.value(7).toInt() != 0,
                                  rows.value(8).toString()});
    if (const Status fetched =
            checkFetched(rows, path, StoreText::tr("cannot read the HPL rows of run %1").arg(id));
        !fetched)
        return fetched;

    QSqlQuery samples(db);
    if (const Status done = selectRows(
            samples,
            QStringLiteral("SELECT vcn, phase, ms FROM boot_samples WHERE run_id = ? ORDER BY rowid"), id,
            path, StoreText::tr("cannot read the boot samples of run %1").arg(id));
        !done)
        return done;
    while (samples.next()) {
        BootSample sample{samples.value(0).toString(), BootPhase::Running, samples.value(2).toLongLong()};
        if (!fromString(samples.value(1).toString(), &sample.phase))
            return unknownPhase(samples.value(1).toString(), id, path);
        run.bootSamples.append(sample);
    }
    if (const Status fetched =
            checkFetched(samples, path, StoreText::tr("cannot read the boot samples of run %1").arg(id));
        !fetched)
        return fetched;

    QSqlQuery net(db);
    if (const Status done =
            selectRows(net,
                       QStringLiteral("SELECT nic, endpoints, latency_us, bandwidth_mbps "
                                      "FROM net_samples WHERE run_id = ? ORDER BY rowid"),
                       id, path, StoreText::tr("cannot read the net samples of run %1").arg(id));
        !done)
        return done;
    while (net.next())
        run.netSamples.append(NetSample{net.value(0).toString(), net.value(1).toString(),
                                        net.value(2).toDouble(), net.value(3).toDouble()});
    return checkFetched(net, path, StoreText::tr("cannot read the net samples of run %1").arg(id));
}

} // namespace voc
