// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistorymodel.h"

#include <QLocale>

#include <algorithm>

namespace voc {

namespace {

// The paper's boot runs hold min/avg/max as samples, so their median is the published average.
std::optional<double> medianReadyMs(const Run& run)
{
    QList<double> ready;
    for (const BootSample& sample : run.bootSamples) {
        if (sample.phase == BootPhase::Ready)
            ready.append(double(sample.ms));
    }
    if (ready.isEmpty())
        return std::nullopt;
    std::sort(ready.begin(), ready.end());
    const qsizetype middle = ready.size() / 2;
    return ready.size() % 2 ? ready.at(middle) : (ready.at(middle - 1) + ready.at(middle)) / 2.0;
}

template<typename Member> std::optional<double> averageNet(const Run& run, Member member)
{
    if (run.netSamples.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const NetSample& sample : run.netSamples)
        sum += sample.*member;
    return sum / double(run.netSamples.size());
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::kindTitle(RunKind kind)
{
    switch (kind) {
    case RunKind::Hpl:
        return tr("HPL");
    case RunKind::Boot:
        return tr("Boot");
    case RunKind::Net:
        return tr("Network");
    }
    return {};
}

QString RunHistoryModel::targetTitle(RunTarget target)
{
    switch (target) {
    case RunTarget::Local:
        return tr("Local run");
    case RunTarget::Site:
        return tr("Site");
    case RunTarget::BareMetal:
        return tr("Bare metal");
    case RunTarget::Paper:
        return tr("Paper");
    }
    return {};
}

std::optional<double> RunHistoryModel::resultValue(const Run& run)
{
    switch (run.kind) {
    case RunKind::Hpl: {
        if (run.hplRows.isEmpty())
            return std::nullopt;
        double best = 0;
        for (const HplRow& row : run.hplRows)
            best = std::max(best, row.gflops);
        return best;
    }
    case RunKind::Boot:
        return medianReadyMs(run);
    case RunKind::Net:
        return averageNet(run, &NetSample::latencyUs);
    }
    return std::nullopt;
}

QString RunHistoryModel::resultText(const Run& run)
{
    const std::optional<double> value = resultValue(run);
    if (!value)
        return tr("no results");
    const QLocale locale;
    switch (run.kind) {
    case RunKind::Hpl: {
        const auto failed = std::count_if(run.hplRows.cbegin(), run.hplRows.cend(),
                                          [](const HplRow& row) { return !row.passed; });
        QString text = tr("%1 GFLOPS").arg(locale.toString(*value, 'f', *value < 10 ? 3 : 1));
        if (failed > 0)
            text += u' ' + tr("(%n failed)", nullptr, int(failed));
        return text;
    }
    case RunKind::Boot:
        return tr("%1 s to ready").arg(locale.toString(*value / 1000.0, 'f', 1));
    case RunKind::Net:
        return tr("%1 µs · %2 MB/s")
            .arg(locale.toString(*value, 'f', 1),
                 locale.toString(averageNet(run, &NetSample::bandwidthMBps).value_or(0), 'f', 0));
    }
    return {};
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run& run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindTitle(run.kind);
        case TargetColumn:
            return targetTitle(run.target);
        case DesignColumn:
            return run.design;
        case LabelColumn:
            return run.label;
        case TimeColumn:
            return run.time.isValid() ? QLocale().toString(run.time.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
        case ResultColumn:
            return resultText(run);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip =
            run.label.isEmpty() ? tr("Run %1").arg(run.id) : tr("Run %1: %2").arg(run.id).arg(run.label);
        if (!run.hosts.isEmpty())
            tip += u'\n' + tr("Hosts: %1").arg(run.hosts.join(QStringLiteral(", ")));
        if (run.kind == RunKind::Hpl)
            tip += u'\n' + tr("%n HPL row(s)", nullptr, int(run.hplRows.size()));
        else if (run.kind == RunKind::Boot)
            tip += u'\n' + tr("%n boot sample(s)", nullptr, int(run.bootSamples.size()));
        else
            tip += u'\n' + tr("%n measurement(s)", nullptr, int(run.netSamples.size()));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ResultColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RunIdRole:
        return run.id;
    case KindRole:
        return int(run.kind);
    case TargetRole:
        return int(run.target);
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return run.time;
        case ResultColumn:
            return resultValue(run).value_or(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case DesignColumn:
        return tr("Design");
    case LabelColumn:
        return tr("Label");
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void RunHistoryModel::setRuns(const QList<Run>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunHistoryModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == id)
            return int(row);
    }
    return -1;
}

const Run* RunHistoryModel::findRun(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_runs.at(row);
}

} // namespace voc
