// SPDX-License-Identifier: GPL-3.0-or-later
#include "boottimelinemodel.h"

#include <QLocale>

namespace voc {

BootTimelineModel::BootTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int BootTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BootTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::size(allBootPhases));
}

QVariant BootTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<qint64> ms = m_rows.at(index.row()).ms.at(size_t(index.column()));
    switch (role) {
    case MsRole:
        return ms ? QVariant::fromValue(*ms) : QVariant();
    case Qt::DisplayRole:
        return ms ? QLocale().toString(double(*ms) / 1000.0, 'f', 2) : QString();
    case Qt::DecorationRole:
        return phaseColor(allBootPhases[index.column()]);
    default:
        return {};
    }
}

QVariant BootTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? m_rows.at(section).vcn : QVariant();
    return section >= 0 && section < columnCount() ? phaseLabel(allBootPhases[section]) : QVariant();
}

void BootTimelineModel::reset(const QStringList& vcns)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& vcn : vcns)
        m_rows.append(Row{vcn, {}});
    endResetModel();
}

void BootTimelineModel::addSample(const BootSample& sample)
{
    qsizetype row = 0;
    while (row < m_rows.size() && m_rows.at(row).vcn != sample.vcn)
        ++row;
    if (row == m_rows.size()) {
        beginInsertRows({}, int(row), int(row));
        m_rows.append(Row{sample.vcn, {}});
        endInsertRows();
    }
    const int column = int(sample.phase);
    m_rows[row].ms.at(size_t(column)) = sample.ms;
    emit dataChanged(index(int(row), column), index(int(row), column));
}

QStringList BootTimelineModel::vcns() const
{
    QStringList names;
    for (const Row& row : m_rows)
        names.append(row.vcn);
    return names;
}

std::optional<qint64> BootTimelineModel::phaseMs(int row, BootPhase phase) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).ms.at(size_t(phase));
}

std::optional<BootPhase> BootTimelineModel::lastPhase(int row) const
{
    std::optional<BootPhase> last;
    for (BootPhase phase : allBootPhases) {
        if (phaseMs(row, phase))
            last = phase;
    }
    return last;
}

qint64 BootTimelineModel::maxMs() const
{
    qint64 latest = 0;
    for (const Row& row : m_rows) {
        for (const std::optional<qint64>& ms : row.ms)
            latest = std::max(latest, ms.value_or(0));
    }
    return latest;
}

void BootTimelineModel::setReference(double minS, double maxS, const QString& label)
{
    m_referenceMinS = minS;
    m_referenceMaxS = maxS;
    m_referenceLabel = label;
    emit referenceChanged();
}

QColor BootTimelineModel::phaseColor(BootPhase phase)
{
    // Distinguishable for the common colour vision deficiencies (Okabe-Ito palette).
    switch (phase) {
    case BootPhase::Running:
        return QColor(0xF0, 0xE4, 0x42);
    case BootPhase::Kernel:
        return QColor(0xE6, 0x9F, 0x00);
    case BootPhase::Init:
        return QColor(0x56, 0xB4, 0xE9);
    case BootPhase::Network:
        return QColor(0x00, 0x9E, 0x73);
    case BootPhase::Ready:
        return QColor(0x00, 0x72, 0xB2);
    }
    return Qt::gray;
}

QString BootTimelineModel::phaseLabel(BootPhase phase)
{
    switch (phase) {
    case BootPhase::Running:
        return tr("Running");
    case BootPhase::Kernel:
        return tr("Kernel");
    case BootPhase::Init:
        return tr("Init");
    case BootPhase::Network:
        return tr("Network");
    case BootPhase::Ready:
        return tr("Ready");
    }
    return {};
}

} // namespace voc
