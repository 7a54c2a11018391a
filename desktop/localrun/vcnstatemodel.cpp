// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcnstatemodel.h"

#include "boottimelinemodel.h"

#include <QBrush>
#include <QLocale>

namespace voc {

VcnStateModel::VcnStateModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VcnStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VcnStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VcnStateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == HostnameRole)
        return row.hostname;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case HostnameColumn:
            return row.hostname;
        case RoleColumn:
            return row.role;
        case StateColumn:
            return row.state;
        case AddressColumn:
            return row.address;
        default: {
            const std::optional<qint64> ms = row.ms.at(size_t(column - FirstPhaseColumn));
            return ms ? QLocale().toString(double(*ms) / 1000.0, 'f', 2) : QStringLiteral("–");
        }
        }
    }
    if (role == Qt::TextAlignmentRole && column >= FirstPhaseColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && column == StateColumn) {
        std::optional<BootPhase> last;
        for (BootPhase phase : allBootPhases) {
            if (row.ms.at(size_t(phase)))
                last = phase;
        }
        return last ? QVariant(BootTimelineModel::phaseColor(*last)) : QVariant();
    }
    if (role == Qt::ToolTipRole && column >= FirstPhaseColumn)
        return tr("Seconds from the run's first domain start call");
    return {};
}

QVariant VcnStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostnameColumn:
        return tr("VCN");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case AddressColumn:
        return tr("IP address");
    default:
        if (section >= FirstPhaseColumn && section < ColumnCount)
            return tr("%1 (s)").arg(BootTimelineModel::phaseLabel(allBootPhases[section - FirstPhaseColumn]));
        return {};
    }
}

void VcnStateModel::setPlan(const QList<PlanEntry>& entries)
{
    beginResetModel();
    m_rows.clear();
    for (const PlanEntry& entry : entries)
        m_rows.append(Row{entry.hostname,
                          entry.role == RoleKind::Head ? tr("head") : tr("compute"),
                          tr("planned"),
                          entry.ip,
                          {}});
    endResetModel();
}

void VcnStateModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int VcnStateModel::rowOf(const QString& hostname) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).hostname == hostname)
            return int(row);
    }
    return -1;
}

int VcnStateModel::ensureRow(const QString& hostname)
{
    if (const int row = rowOf(hostname); row >= 0)
        return row;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{hostname, {}, {}, {}, {}});
    endInsertRows();
    return row;
}

QString VcnStateModel::hostname(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hostname : QString();
}

void VcnStateModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void VcnStateModel::setState(const QString& hostname, const QString& state)
{
    const int row = ensureRow(hostname);
    m_rows[row].state = state;
    changed(row);
}

void VcnStateModel::setAddress(const QString& hostname, const QString& address)
{
    const int row = ensureRow(hostname);
    m_rows[row].address = address;
    changed(row);
}

void VcnStateModel::setRole(const QString& hostname, const QString& role)
{
    const int row = ensureRow(hostname);
    m_rows[row].role = role;
    changed(row);
}

void VcnStateModel::addSample(const BootSample& sample)
{
    const int row = ensureRow(sample.vcn);
    Row& r = m_rows[row];
    r.ms.at(size_t(sample.phase)) = sample.ms;
    // Samples of a VCN arrive in phase order; the newest phase is what it does now.
    std::optional<BootPhase> last;
    for (BootPhase phase : allBootPhases) {
        if (r.ms.at(size_t(phase)))
            last = phase;
    }
    r.state = stateForPhase(*last);
    changed(row);
}

void VcnStateModel::setAllStates(const QString& state)
{
    for (Row& row : m_rows)
        row.state = state;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
}

QString VcnStateModel::state(const QString& hostname) const
{
    const int row = rowOf(hostname);
    return row >= 0 ? m_rows.at(row).state : QString();
}

QString VcnStateModel::address(const QString& hostname) const
{
    const int row = rowOf(hostname);
    return row >= 0 ? m_rows.at(row).address : QString();
}

std::optional<qint64> VcnStateModel::phaseMs(const QString& hostname, BootPhase phase) const
{
    const int row = rowOf(hostname);
    return row >= 0 ? m_rows.at(row).ms.at(size_t(phase)) : std::nullopt;
}

QString VcnStateModel::stateForPhase(BootPhase phase)
{
    switch (phase) {
    case BootPhase::Running:
        return tr("booting: firmware");
    case BootPhase::Kernel:
        return tr("booting: kernel");
    case BootPhase::Init:
        return tr("booting: init");
    case BootPhase::Network:
        return tr("booting: network up");
    case BootPhase::Ready:
        return tr("ready");
    }
    return {};
}

} // namespace voc
