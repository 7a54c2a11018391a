// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/resultsstore.h"

#include "bench/paperreference.h"
#include "bench/resultsschema.h"
#include "bench/sqltransaction.h"
#include "common/logging.h"
#include "common/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace voc {

ResultsStore::ResultsStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{}

ResultsStore::~ResultsStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ResultsStore::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("VOCSTUDIO_RESULTS_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/vocstudio/results.sqlite");
}

Result<std::unique_ptr<ResultsStore>> ResultsStore::open(const QString& path, Opening opening)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreText::tr("no results store file given"), {},
                         StoreText::tr("name a file, e.g. results.sqlite"));
    const QFileInfo info(path);
    const bool exists = info.exists() || info.isSymLink();
    if (!exists && opening == Opening::ExistingOnly)
        return makeError(ErrorCode::NotFound, StoreText::tr("there is no results store"), path,
                         StoreText::tr("check the path; a benchmark run or `vocctl results import-paper` "
                                       "creates the store"));
    // Check the magic ourselves before SQLite sees the file, so a wrong file is never touched; opened
    // as a regular file only (a FIFO would block, a folder or a device is no store).
    if (exists) {
        Result<std::unique_ptr<QFile>> file = openRegularFile(path);
        if (!file) {
            Error error = file.error();
            if (error.code == ErrorCode::InvalidInput)
                error.hint = StoreText::tr("name a results store file, e.g. results.sqlite");
            return error;
        }
        const QByteArray magic = (*file)->read(16);
        if (magic.isEmpty() && opening == Opening::ExistingOnly)
            return makeError(ErrorCode::Parse, StoreText::tr("the file is empty, not a results store"), path,
                             StoreText::tr("check the path; this file is left as it is"));
        if (!magic.isEmpty() && magic != QByteArray("SQLite format 3", 16))
            return makeError(ErrorCode::Parse, StoreText::tr("not a results store (not an SQLite database)"),
                             path, StoreText::tr("choose another file; this one is left as it is"));
    }
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, StoreText::tr("cannot create the folder %1").arg(info.absolutePath()),
                         path, StoreText::tr("check the permissions of its parent folder"));

    static std::atomic<quint64> connections{0};
    const QString name = QStringLiteral("vocstudio-results-%1").arg(++connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            db = {};
            QSqlDatabase::removeDatabase(name);
            return makeError(ErrorCode::External,
                             StoreText::tr("Qt's SQLite driver (QSQLITE) is not available"), path,
                             StoreText::tr("install the Qt 6 SQLite plugin (libqt6sql6-sqlite)"));
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            const Error error =
                sqlError(db.lastError(), path, StoreText::tr("cannot open the results store"));
            db = {};
            QSqlDatabase::removeDatabase(name);
            return error;
        }
    }
    std::unique_ptr<ResultsStore> store(new ResultsStore(path, name));
    if (const Status migrated = store->migrate(); !migrated)
        return migrated.error();
    qCDebug(lcBench) << "results store open:" << path;
    return store;
}

QSqlDatabase ResultsStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ResultsStore::checkThread() const
{
    if (QThread::currentThread() != m_thread)
        return makeError(ErrorCode::Internal,
                         StoreText::tr("the results store was used from a thread that did not open it"),
                         m_path, StoreText::tr("open one ResultsStore per thread"));
    return Ok{};
}

// The store's identity and schema version, read under one lock so no half-made store is seen.
struct ResultsStore::SchemaState
{
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 tables = 0;
};

Result<ResultsStore::SchemaState> ResultsStore::readSchemaState() const
{
    const QSqlDatabase db = database();
    SchemaState state;
    const Result<qint64> appId = queryScalar(db, QStringLiteral("PRAGMA application_id"), m_path);
    if (!appId)
        return appId.error();
    state.applicationId = *appId;
    const Result<qint64> version = queryScalar(db, QStringLiteral("PRAGMA user_version"), m_path);
    if (!version)
        return version.error();
    state.version = *version;
    const Result<qint64> tables =
        queryScalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), m_path);
    if (!tables)
        return tables.error();
    state.tables = *tables;
    return state;
}

Status ResultsStore::checkSchemaState(const SchemaState& state) const
{
    const bool fresh = state.applicationId == 0 && state.version == 0 && state.tables == 0;
    if (!fresh && state.applicationId != resultsStoreApplicationId)
        return makeError(ErrorCode::InvalidInput,
                         StoreText::tr("an SQLite database, but not a VOC Studio results store"), m_path,
                         StoreText::tr("choose another file; this one is left as it is"));
    // Negative is no version we ever wrote: a damaged or foreign file, never something to migrate.
    if (state.version < 0)
        return makeError(ErrorCode::UnsupportedFormat,
                         StoreText::tr("the results store has schema version %1, which no VOC Studio writes")
                             .arg(state.version),
                         m_path, StoreText::tr("choose another file; this one is left as it is"));
    if (state.version > schemaVersion)
        return makeError(
            ErrorCode::UnsupportedFormat,
            StoreText::tr("the results store has schema version %1; this VOC Studio reads up to %2")
                .arg(state.version)
                .arg(schemaVersion),
            m_path, StoreText::tr("update VOC Studio or choose another file; this one is left as it is"));
    return Ok{};
}

Status ResultsStore::migrate()
{
    const QSqlDatabase db = database();
    // Off while migrating: a step that rebuilds a table (version 2) drops the old one, which with
    // foreign keys on would delete every row referring to it. The pragma is a no-op inside a
    // transaction, so it is set here; foreign_key_check proves the result before the commit.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return sqlError(pragma.lastError(), m_path, StoreText::tr("cannot switch foreign keys off"));

    // Fast path without a write lock: a store that is ours and current stays so (both pragmas are
    // only ever set by a committed migration, and never go back).
    const Result<SchemaState> seen = readSchemaState();
    if (!seen)
        return seen.error();
    if (seen->applicationId != resultsStoreApplicationId || seen->version < schemaVersion) {
        // Creating or migrating: take the write lock first, then look again. Another process may be
        // half-way through creating this very store; under the lock we see all of its work or none.
        SqlTransaction transaction(db, m_path);
        if (const Status begun = transaction.begin(true); !begun)
            return begun;
        const Result<SchemaState> state = readSchemaState();
        if (!state)
            return state.error();
        if (const Status checked = checkSchemaState(*state); !checked)
            return checked;
        for (qint64 from = state->version; from < schemaVersion; ++from) {
            QStringList statements = resultsStoreMigrations().at(from);
            // Pragmas take no bound values; both numbers are our constants.
            statements << QStringLiteral("PRAGMA application_id = %1").arg(resultsStoreApplicationId)
                       << QStringLiteral("PRAGMA user_version = %1").arg(from + 1);
            for (const QString& sql : std::as_const(statements)) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    return sqlError(
                        query.lastError(), m_path,
                        StoreText::tr("cannot migrate the results store to version %1").arg(from + 1));
            }
            qCDebug(lcBench) << "results store" << m_path << "migrated to schema version" << from + 1;
        }
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlError(check.lastError(), m_path, StoreText::tr("cannot check the migrated store"));
        const bool orphan = check.next();
        if (const Status fetched =
                checkFetched(check, m_path, StoreText::tr("cannot check the migrated store"));
            !orphan && !fetched)
            return fetched;
        if (orphan)
            return makeError(ErrorCode::Internal,
                             StoreText::tr("the migrated store has a row of %1 without its run")
                                 .arg(check.value(0).toString()),
                             m_path, StoreText::tr("the file is left as it was; report this as a bug"));
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    } else if (const Status checked = checkSchemaState(*seen); !checked) {
        return checked;
    }
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(pragma.lastError(), m_path, StoreText::tr("cannot enable foreign keys"));

    // WAL lets readers go on while one process writes; the mode is stored in the file.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next())
        return sqlError(mode.lastError(), m_path, StoreText::tr("cannot read the journal mode"));
    if (mode.value(0).toString() != QLatin1String("wal")) {
        mode.finish();
        // Switching needs the file to itself; when another process holds it, the next open switches.
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next())
            qCInfo(lcBench) << "results store" << m_path
                            << "not switched to WAL mode now:" << mode.lastError().text();
        else if (mode.value(0).toString() != QLatin1String("wal"))
            qCInfo(lcBench) << "results store" << m_path << "stays in journal mode"
                            << mode.value(0).toString();
    }
    return Ok{};
}

Result<qint64> ResultsStore::insertRun(const Run& run)
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    if (const Status prepared =
            prepareQuery(query,
                         QStringLiteral("INSERT INTO runs (kind, target, design, hosts, time, label, "
                                        "settings) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         m_path);
        !prepared)
        return prepared.error();
    query.addBindValue(toString(run.kind));
    query.addBindValue(toString(run.target));
    query.addBindValue(run.design.isNull() ? QString(QLatin1String("")) : run.design);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(run.hosts)).toJson(QJsonDocument::Compact)));
    query.addBindValue(run.time.isValid() ? QVariant(run.time.toUTC().toString(Qt::ISODateWithMs))
                                          : QVariant());
    query.addBindValue(run.label.isNull() ? QString(QLatin1String("")) : run.label);
    query.addBindValue(run.settings.isNull() ? QString(QLatin1String("")) : run.settings);
    if (!query.exec()) {
        Error error = sqlError(query.lastError(), m_path, StoreText::tr("cannot store the run"));
        if (error.code == ErrorCode::Conflict && run.target == RunTarget::Paper)
            error.what = StoreText::tr("a paper run labelled '%1' is stored already").arg(run.label);
        return error;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (const Status rows = insertRunRows(db, id, run, m_path); !rows)
        return rows.error();
    return id;
}

Result<qint64> ResultsStore::addRun(const Run& run)
{
    if (const Status thread = checkThread(); !thread)
        return thread.error();
    if (run.kind == RunKind::Hpl && !run.bootSamples.isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreText::tr("an HPL run cannot hold boot samples"),
                         m_path, StoreText::tr("store the boot samples as a run of kind boot"));
    if (run.kind == RunKind::Boot && !run.hplRows.isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreText::tr("a boot run cannot hold HPL rows"), m_path,
                         StoreText::tr("store the HPL rows as a run of kind hpl"));
    if (run.kind == RunKind::Net && (!run.hplRows.isEmpty() || !run.bootSamples.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         StoreText::tr("a network run cannot hold HPL rows or boot samples"), m_path,
                         StoreText::tr("store them as a run of kind hpl or boot"));
    if (run.kind != RunKind::Net && !run.netSamples.isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreText::tr("only a network run can hold net samples"),
                         m_path, StoreText::tr("store the net samples as a run of kind net"));
    SqlTransaction transaction(database(), m_path);
    if (const Status begun = transaction.begin(true); !begun)
        return begun.error();
    const Result<qint64> id = insertRun(run);
    if (!id)
        return id;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<Run>> ResultsStore::runs(const RunFilter& filter) const
{
    if (const Status thread = checkThread(); !thread)
        return thread.error();
    QSqlQuery query(database());
    // Static SQL: an unset filter binds NULL and matches everything.
    if (const Status prepared = prepareQuery(query,
                                             QStringLiteral("SELECT ") + resultsRunColumns() +
                                                 QStringLiteral(" FROM runs WHERE (? IS NULL OR kind = ?)"
                                                                " AND (? IS NULL OR target = ?)"
                                                                " AND (? IS NULL OR design = ?) ORDER BY id"),
                                             m_path);
        !prepared)
        return prepared.error();
    const QVariant kind = filter.kind ? QVariant(toString(*filter.kind)) : QVariant();
    const QVariant target = filter.target ? QVariant(toString(*filter.target)) : QVariant();
    const QVariant design = filter.design ? QVariant(*filter.design) : QVariant();
    for (const QVariant& value : {kind, kind, target, target, design, design})
        query.addBindValue(value);
    if (const Status done = execQuery(query, m_path, StoreText::tr("cannot list the runs")); !done)
        return done.error();
    QList<Run> list;
    while (query.next()) {
        Result<Run> run = runFromQuery(query, m_path);
        if (!run)
            return run.error();
        list.append(std::move(*run));
    }
    if (const Status fetched = checkFetched(query, m_path, StoreText::tr("cannot list the runs")); !fetched)
        return fetched.error();
    return list;
}

Result<Run> ResultsStore::run(qint64 id) const
{
    if (const Status thread = checkThread(); !thread)
        return thread.error();
    const QSqlDatabase db = database();
    // One read transaction: the run and its rows are one snapshot even while another process writes.
    SqlTransaction transaction(db, m_path);
    if (const Status begun = transaction.begin(false); !begun)
        return begun.error();
    QSqlQuery query(db);
    if (const Status prepared = prepareQuery(query,
                                             QStringLiteral("SELECT ") + resultsRunColumns() +
                                                 QStringLiteral(" FROM runs WHERE id = ?"),
                                             m_path);
        !prepared)
        return prepared.error();
    query.addBindValue(id);
    if (const Status done = execQuery(query, m_path, StoreText::tr("cannot read run %1").arg(id)); !done)
        return done.error();
    if (!query.next()) {
        if (const Status fetched = checkFetched(query, m_path, StoreText::tr("cannot read run %1").arg(id));
            !fetched)
            return fetched.error();
        return makeError(ErrorCode::NotFound, StoreText::tr("no run with id %1").arg(id), m_path,
                         StoreText::tr("'vocctl results list' shows the stored runs"));
    }
    Result<Run> run = runFromQuery(query, m_path);
    if (!run)
        return run;

    if (const Status loaded = loadRunRows(db, *run, m_path); !loaded)
        return loaded.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return run;
}

Status ResultsStore::removeRun(qint64 id)
{
    if (const Status thread = checkThread(); !thread)
        return thread;
    QSqlQuery query(database());
    if (const Status prepared = prepareQuery(query, QStringLiteral("DELETE FROM runs WHERE id = ?"), m_path);
        !prepared)
        return prepared;
    query.addBindValue(id);
    if (const Status done = execQuery(query, m_path, StoreText::tr("cannot remove run %1").arg(id)); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, StoreText::tr("no run with id %1").arg(id), m_path,
                         StoreText::tr("'vocctl results list' shows the stored runs"));
    return Ok{};
}

Result<int> ResultsStore::importPaperReference()
{
    if (const Status thread = checkThread(); !thread)
        return thread.error();
    const Result<PaperReference> reference = loadPaperReference();
    if (!reference)
        return reference.error();
    const QSqlDatabase db = database();
    SqlTransaction transaction(db, m_path);
    if (const Status begun = transaction.begin(true); !begun)
        return begun.error();
    QSqlQuery exists(db);
    if (const Status prepared = prepareQuery(
            exists, QStringLiteral("SELECT id FROM runs WHERE target = 'paper' AND kind = ? AND label = ?"),
            m_path);
        !prepared)
        return prepared.error();
    int added = 0;
    for (const Run& run : paperRuns(*reference)) {
        exists.bindValue(0, toString(run.kind));
        exists.bindValue(1, run.label);
        if (const Status done = execQuery(exists, m_path, StoreText::tr("cannot look up the paper's runs"));
            !done)
            return done.error();
        const bool present = exists.next();
        if (const Status fetched =
                checkFetched(exists, m_path, StoreText::tr("cannot look up the paper's runs"));
            !present && !fetched)
            return fetched.error();
        exists.finish();
        if (present)
            continue;
        if (const Result<qint64> id = insertRun(run); !id)
            return id.error();
        ++added;
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcBench) << "imported" << added << "paper reference runs into" << m_path;
    return added;
}

Result<QList<BootPhaseStatistics>> ResultsStore::bootStatistics(qint64 runId) const
{
    if (const Status thread = checkThread(); !thread)
        return thread.error();
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    if (const Status prepared = prepareQuery(
            query,
            QStringLiteral("SELECT r.id, s.phase, count(s.ms), min(s.ms), avg(s.ms), max(s.ms) FROM runs r "
                           "LEFT JOIN boot_samples s ON s.run_id = r.id WHERE r.id = ? GROUP BY s.phase"),
            m_path);
        !prepared)
        return prepared.error();
    query.addBindValue(runId);
    if (const Status done =
            execQuery(query, m_path, StoreText::tr("cannot read the boot samples of run %1").arg(runId));
        !done)
        return done.error();
    bool found = false;
    QList<BootPhaseStatistics> statistics;
    while (query.next()) {
        found = true;
        if (query.value(1).isNull())
            continue; // the run has no samples
        BootPhaseStatistics phase;
        if (!fromString(query.value(1).toString(), &phase.phase))
            return makeError(ErrorCode::Parse,
                             StoreText::tr("unknown boot phase '%1'").arg(query.value(1).toString()),
                             m_path + StoreText::tr(", run %1").arg(runId),
                             StoreText::tr("the store may come from a newer VOC Studio"));
        phase.count = query.value(2).toInt();
        phase.minMs = query.value(3).toLongLong();
        phase.avgMs = query.value(4).toDouble();
        phase.maxMs = query.value(5).toLongLong();
        statistics.append(phase);
    }
    if (const Status fetched =
            checkFetched(query, m_path, StoreText::tr("cannot read the boot samples of run %1").arg(runId));
        !fetched)
        return fetched.error();
    if (!found)
        return makeError(ErrorCode::NotFound, StoreText::tr("no run with id %1").arg(runId), m_path,
                         StoreText::tr("'vocctl results list' shows the stored runs"));
    std::sort(statistics.begin(), statistics.end(),
              [](const BootPhaseStatistics& a, const BootPhaseStatistics& b) { return a.phase < b.phase; });
    return statistics;
}

} // namespace voc
