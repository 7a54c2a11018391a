// SPDX-License-Identifier: GPL-3.0-or-later
// The results store's SQLite schema: its migrations and how a row of `runs` becomes a Run.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QList>
#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace voc {

// PRAGMA application_id of our files ("VOCS"): tells them from other SQLite databases.
inline constexpr qint64 resultsStoreApplicationId = 0x564F4353;

// Step i takes the schema from version i to i + 1 (PRAGMA user_version); a step is never edited once
// released, a new one is appended.
const QList<QStringList>& resultsStoreMigrations();

// The columns runFromQuery() expects, in its order.
QString resultsRunColumns();
// A row of `runs` (without rows or samples); `path` names the file in errors.
Result<Run> runFromQuery(const QSqlQuery& query, const QString& path);

// A run's HPL rows, boot samples and net samples written under run id `runId` inside the caller's
// transaction: multi-row INSERTs of one reused prepared statement, so 100,000 samples take a fraction of
// a second instead of 100,000 statement round trips.
Status insertRunRows(const QSqlDatabase& db, qint64 runId, const Run& run, const QString& path);
// Reads them back into `run` (which holds run.id) in the order they were added.
Status loadRunRows(const QSqlDatabase& db, Run& run, const QString& path);

} // namespace voc
