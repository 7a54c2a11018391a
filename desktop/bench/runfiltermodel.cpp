// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfiltermodel.h"

#include "runhistorymodel.h"

namespace voc {

RunFilterModel::RunFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunHistoryModel::SortRole);
}

void RunFilterModel::setKindFilter(std::optional<RunKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void RunFilterModel::setTargetFilter(std::optional<RunTarget> target)
{
    if (target == m_target)
        return;
    m_target = target;
    invalidateRowsFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(RunHistoryModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_target && index.data(RunHistoryModel::TargetRole).toInt() != int(*m_target))
        return false;
    return true;
}

} // namespace voc
