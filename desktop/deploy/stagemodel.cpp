// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagemodel.h"

#include "icons.h"

#include <QApplication>
#include <QPainter>

namespace voc {

StageModel::StageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int StageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : deployStageCount;
}

int StageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StageModel::stateTitle(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return tr("pending");
    case StageState::Running:
        return tr("running");
    case StageState::Done:
        return tr("done");
    case StageState::Skipped:
        return tr("skipped");
    case StageState::Failed:
        return tr("failed");
    case StageState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QIcon StageModel::stateIcon(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return themeIcon({"media-playback-pause", "appointment-soon"}, QStyle::SP_MediaPause);
    case StageState::Running:
        return themeIcon({"media-playback-start", "system-run"}, QStyle::SP_MediaPlay);
    case StageState::Done:
        return themeIcon({"emblem-default", "dialog-ok-apply", "dialog-ok"}, QStyle::SP_DialogApplyButton);
    case StageState::Skipped:
        return themeIcon({"go-jump", "media-skip-forward"}, QStyle::SP_MediaSkipForward);
    case StageState::Failed:
        return themeIcon({"dialog-error"}, QStyle::SP_MessageBoxCritical);
    case StageState::Cancelled:
        return themeIcon({"process-stop", "dialog-cancel"}, QStyle::SP_DialogCancelButton);
    }
    return {};
}

qint64 StageModel::elapsedMs(DeployStage stage) const
{
    const Row& row = m_rows.at(size_t(stage));
    if (row.state == StageState::Running && row.clock.isValid())
        return row.clock.elapsed();
    return row.ms;
}

int StageModel::progressPercent(DeployStage stage) const
{
    const Row& row = m_rows.at(size_t(stage));
    switch (row.state) {
    case StageState::Done:
    case StageState::Skipped:
        return 100;
    case StageState::Running:
        return row.total > 0 ? int(qint64(row.done) * 100 / row.total) : -1;
    case StageState::Pending:
        return 0;
    case StageState::Failed:
    case StageState::Cancelled:
        return row.total > 0 ? int(qint64(row.done) * 100 / row.total) : 0;
    }
    return 0;
}

std::optional<DeployStage> StageModel::runningStage() const
{
    for (DeployStage stage : allDeployStages) {
        if (state(stage) == StageState::Running)
            return stage;
    }
    return std::nullopt;
}

QVariant StageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto stage = DeployStage(index.row());
    const Row& row = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Stage:
            return deployStageTitle(stage);
        case State:
            return stateTitle(row.state);
        case Elapsed: {
            const qint64 ms = elapsedMs(stage);
            return ms < 0 ? QString() : tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
        }
        case Progress:
            return row.total > 0 && row.state == StageState::Running
                       ? tr("%1 of %2").arg(row.done).arg(row.total)
                       : QString();
        case Detail:
            return row.detail;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Stage ? QVariant(stateIcon(row.state)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Detail || index.column() == Stage ? row.detail : QString();
    case Qt::ForegroundRole:
        if (row.state == StageState::Failed && index.column() != Progress)
            return QColor(Qt::red).darker(130);
        if (row.state == StageState::Pending)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Elapsed ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ProgressRole:
        return progressPercent(stage);
    case StateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant StageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Stage:
        return tr("Stage");
    case State:
        return tr("State");
    case Elapsed:
        return tr("Time");
    case Progress:
        return tr("Progress");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

void StageModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StageModel::reset()
{
    beginResetModel();
    m_rows = {};
    endResetModel();
}

void StageModel::setStageState(DeployStage stage, StageState state, const QString& detail)
{
    Row& row = m_rows.at(size_t(stage));
    if (state == StageState::Running) {
        row.clock.start();
        row.ms = -1;
        row.done = row.total = 0;
    } else if (row.state == StageState::Running && row.clock.isValid()) {
        row.ms = row.clock.elapsed();
    } else if (row.ms < 0 && state != StageState::Pending) {
        row.ms = 0;
    }
    row.state = state;
    row.detail = detail;
    changed(int(stage));
}

void StageModel::setProgress(int done, int total, const QString& text)
{
    const std::optional<DeployStage> stage = runningStage();
    if (!stage)
        return;
    Row& row = m_rows.at(size_t(*stage));
    row.done = done;
    row.total = total;
    if (!text.isEmpty())
        row.detail = text;
    changed(int(*stage));
}

void StageModel::finishOpenStages(StageState state)
{
    for (DeployStage stage : allDeployStages) {
        const StageState now = this->state(stage);
        if (now == StageState::Running)
            setStageState(stage, state, detail(stage));
    }
}

void StageModel::tick()
{
    if (const std::optional<DeployStage> stage = runningStage())
        emit dataChanged(index(int(*stage), Elapsed), index(int(*stage), Progress));
}

void StageProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QVariant value = index.data(StageModel::ProgressRole);
    if (!value.isValid())
        return QStyledItemDelegate::paint(painter, option, index);
    const int percent = value.toInt();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    // A busy bar (maximum 0) while the stage gives no measure.
    bar.maximum = percent < 0 ? 0 : 100;
    bar.progress = std::max(percent, 0);
    bar.text = index.data(Qt::DisplayRole).toString();
    if (bar.text.isEmpty() && percent >= 0)
        bar.text = tr("%1%").arg(percent);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace voc
