// SPDX-License-Identifier: GPL-3.0-or-later
// Small Qt Sql helpers of the results store: the converter from SQLite errors, transactions, queries.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace voc {

// The translation context of the results store's messages, in every file of it.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ResultsStore)
};

// The one converter from Qt Sql / SQLite errors to ours; `path` is the database file, `what` the
// operation that failed.
Error sqlError(const QSqlError& error, const QString& path, const QString& what);

// Rolls back unless committed. A write transaction is BEGIN IMMEDIATE: it takes the write lock up
// front, since a deferred transaction that reads first and writes later fails with SQLITE_BUSY at once
// (without waiting for the busy timeout) when another writer got there in between.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase& db, const QString& path);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    Status begin(bool write);
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_path;
    bool m_open = false;
};

Status prepareQuery(QSqlQuery& query, const QString& sql, const QString& path);
Status execQuery(QSqlQuery& query, const QString& path, const QString& what);
// After next() returned false: the end of the rows, or a failure (a damaged page) that must not pass
// for the end, or a damaged store would list silently short. `what` is the operation.
Status checkFetched(const QSqlQuery& query, const QString& path, const QString& what);
// The single value of a pragma or aggregate.
Result<qint64> queryScalar(const QSqlDatabase& db, const QString& sql, const QString& path);

} // namespace voc
