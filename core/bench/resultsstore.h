// SPDX-License-Identifier: GPL-3.0-or-later
// The results store: every HPL and boot run in one SQLite file (Qt Sql, QSQLITE), shared by the desktop
// and vocctl.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;
class QThread;

namespace voc {

struct RunFilter
{
    std::optional<RunKind> kind;
    std::optional<RunTarget> target;
    std::optional<QString> design;
};

// One boot phase of a run over its VCNs.
struct BootPhaseStatistics
{
    BootPhase phase = BootPhase::Running;
    int count = 0; // samples (VCNs) with this phase
    qint64 minMs = 0;
    double avgMs = 0;
    qint64 maxMs = 0;

    bool operator==(const BootPhaseStatistics&) const = default;
};

// Threads: a ResultsStore owns one QSqlDatabase connection (a unique connection name), and Qt Sql
// allows a connection only in the thread that opened it. So a store is used from the thread that
// called open(); other threads open their own store on the same file. SQLite's WAL mode lets them
// read while one writes; writers wait for each other up to busyTimeoutMs. A call from another thread
// returns an Internal error instead of touching the connection.
//
// Schema: PRAGMA user_version is the schema version and application_id marks the file as ours; open()
// creates or migrates the file under the write lock, every step in one transaction. A file that is not
// SQLite, not a results store, or from a newer VOC Studio gives an error naming it and is left untouched.
class ResultsStore
{
public:
    static constexpr int schemaVersion = 2; // 2: net runs and samples, the HPL variant
    static constexpr int busyTimeoutMs = 5000;

    // Whether open() may create the store. Reading never does: a mistyped path is an error, not a
    // new empty store (and a new folder) that lists no runs.
    enum class Opening
    {
        CreateIfMissing, // for writing: the file and its folder are created when missing
        ExistingOnly,    // for reading: a missing or empty (0-byte) file is an error naming it
    };

    // Opens the store at path; it must be a regular file when it exists.
    static Result<std::unique_ptr<ResultsStore>> open(const QString& path,
                                                      Opening opening = Opening::CreateIfMissing);
    // $VOCSTUDIO_RESULTS_DB when set, else <generic data dir>/vocstudio/results.sqlite, so the desktop
    // and vocctl share one file.
    static QString defaultPath();

    ~ResultsStore();
    ResultsStore(const ResultsStore&) = delete;
    ResultsStore& operator=(const ResultsStore&) = delete;

    QString path() const { return m_path; }

    // Stores a run with its rows or samples in one transaction; returns its id. run.id is ignored.
    Result<qint64> addRun(const Run& run);
    // Runs matching the filter, oldest first, without HPL rows or boot samples.
    Result<QList<Run>> runs(const RunFilter& filter = {}) const;
    // One run with its HPL rows, boot samples and net samples in the order they were added.
    Result<Run> run(qint64 id) const;
    // Removes a run; its rows and samples go with it (ON DELETE CASCADE).
    Status removeRun(qint64 id);
    // Adds the paper's shipped reference runs that are not in the store yet (one transaction, so two
    // importers never duplicate them). Returns how many were added: 0 when all were there.
    Result<int> importPaperReference();
    // Per phase, in phase order, min/avg/max of the samples over the run's VCNs. Not meaningful for
    // paper runs, whose samples are the published min/avg/max themselves (see paperRuns()).
    Result<QList<BootPhaseStatistics>> bootStatistics(qint64 runId) const;

private:
    ResultsStore(QString path, QString connectionName);
    QSqlDatabase database() const;
    Status checkThread() const;
    Result<qint64> insertRun(const Run& run);
    struct SchemaState;
    Result<SchemaState> readSchemaState() const;
    Status checkSchemaState(const SchemaState& state) const;
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QThread* m_thread = nullptr;
};

} // namespace voc
