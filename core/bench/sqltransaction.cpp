// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/sqltransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace voc {

// The one converter from Qt Sql / SQLite errors to ours. SQLite's primary result code is in the low byte.
Error sqlError(const QSqlError& error, const QString& path, const QString& what)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString text = what + QLatin1String(": ") + detail;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(
            ErrorCode::External, text, path,
            StoreText::tr("another VOC Studio or vocctl is writing the results store; try again"));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::Parse, text, path,
                         StoreText::tr("the file is damaged or not a results store; move it away to start a "
                                       "new store, or choose another file"));
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::Exhausted, text, path,
                         StoreText::tr("free some disk space and try again"));
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return makeError(ErrorCode::Io, text, path,
                         StoreText::tr("check the permissions of the file and its folder"));
    case 19: // SQLITE_CONSTRAINT
        return makeError(ErrorCode::Conflict, text, path,
                         StoreText::tr("the run conflicts with one stored already"));
    default:
        return makeError(ErrorCode::Io, text, path, StoreText::tr("check the file and the disk"));
    }
}

SqlTransaction::SqlTransaction(const QSqlDatabase& db, const QString& path)
    : m_db(db)
    , m_path(path)
{}

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status SqlTransaction::begin(bool write)
{
    QSqlQuery query(m_db);
    if (!query.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return sqlError(query.lastError(), m_path, StoreText::tr("cannot start a transaction"));
    m_open = true;
    return Ok{};
}

Status SqlTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(query.lastError(), m_path, StoreText::tr("cannot commit"));
    m_open = false;
    return Ok{};
}

Status prepareQuery(QSqlQuery& query, const QString& sql, const QString& path)
{
    if (!query.prepare(sql))
        return sqlError(query.lastError(), path, StoreText::tr("cannot prepare a query"));
    return Ok{};
}

Status execQuery(QSqlQuery& query, const QString& path, const QString& what)
{
    if (!query.exec())
        return sqlError(query.lastError(), path, what);
    return Ok{};
}

Status checkFetched(const QSqlQuery& query, const QString& path, const QString& what)
{
    if (query.lastError().isValid())
        return sqlError(query.lastError(), path, what);
    return Ok{};
}

Result<qint64> queryScalar(const QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return sqlError(query.lastError(), path, StoreText::tr("cannot read the results store"));
    return query.value(0).toLongLong();
}

} // namespace voc
