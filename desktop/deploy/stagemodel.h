// SPDX-License-Identifier: GPL-3.0-or-later
// The stages of a deployment as a table: state with its icon, elapsed time (live while running),
// progress and the detail line (the error with its hint when a stage failed). Fed by DeployJob's
// stageChanged and progress signals.
#pragma once

#include "deploy/deployjournal.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QStyledItemDelegate>

#include <array>

namespace voc {

class StageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Stage,
        State,
        Elapsed,
        Progress,
        Detail,
        ColumnCount
    };
    enum DataRole
    {
        ProgressRole = Qt::UserRole + 1, // int percent 0..100, -1 while busy without a measure
        StateRole,                       // int(StageState)
    };

    explicit StageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every stage pending, no times.
    void reset();
    void setStageState(DeployStage stage, StageState state, const QString& detail);
    // Progress of the running stage (the job's progress signal).
    void setProgress(int done, int total, const QString& text);
    // Stages still pending or running become cancelled (the job ended without saying so).
    void finishOpenStages(StageState state);
    // Refreshes the elapsed time and progress of the running stage.
    void tick();

    StageState state(DeployStage stage) const { return m_rows.at(size_t(stage)).state; }
    QString detail(DeployStage stage) const { return m_rows.at(size_t(stage)).detail; }
    qint64 elapsedMs(DeployStage stage) const;
    int progressPercent(DeployStage stage) const;
    // The running stage, if any.
    std::optional<DeployStage> runningStage() const;

    static QString stateTitle(StageState state);
    static QIcon stateIcon(StageState state);

private:
    struct Row
    {
        StageState state = StageState::Pending;
        QString detail;
        QElapsedTimer clock;
        qint64 ms = -1;
        int done = 0;
        int total = 0;
    };
    void changed(int row);

    std::array<Row, deployStageCount> m_rows;
};

// Draws StageModel's Progress column as a progress bar (busy while there is no measure).
class StageProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace voc
