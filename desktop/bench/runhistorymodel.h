// SPDX-License-Identifier: GPL-3.0-or-later
// The stored runs of the results store as a table: kind, target, design, label, time and the one
// figure that sums a run up (best GFLOPS, median time to ready, ping-pong latency). The runs keep
// their rows and samples, so the Benchmarks page charts a selection without asking the store again.
#pragma once

#include "model/results.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace voc {

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        // What tells runs apart and what they measured first; the rest may scroll out of view.
        KindColumn,
        TargetColumn,
        LabelColumn,
        ResultColumn,
        DesignColumn,
        TimeColumn,
        ColumnCount
    };
    enum DataRole
    {
        RunIdRole = Qt::UserRole + 1,
        KindRole,   // int(RunKind)
        TargetRole, // int(RunTarget)
        SortRole,   // what the column sorts by (numbers and times as such, not as text)
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRuns(const QList<Run>& runs);
    const QList<Run>& runs() const { return m_runs; }
    const Run& run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 id) const;
    const Run* findRun(qint64 id) const;

    static QString kindTitle(RunKind kind);
    static QString targetTitle(RunTarget target);
    // The figure of the Result column: "111.6 GFLOPS", "58.0 s to ready", "48.2 µs · 117 MB/s".
    static QString resultText(const Run& run);
    // The number behind it for sorting (and tests); nullopt when the run has no rows.
    static std::optional<double> resultValue(const Run& run);

private:
    QList<Run> m_runs;
};

} // namespace voc
