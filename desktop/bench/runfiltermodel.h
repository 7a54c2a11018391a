// SPDX-License-Identifier: GPL-3.0-or-later
// The run history filtered by kind and target and sorted by what a column means (times as times,
// GFLOPS as numbers), over RunHistoryModel.
#pragma once

#include "model/results.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace voc {

class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunFilterModel(QObject* parent = nullptr);

    void setKindFilter(std::optional<RunKind> kind);
    void setTargetFilter(std::optional<RunTarget> target);
    std::optional<RunKind> kindFilter() const { return m_kind; }
    std::optional<RunTarget> targetFilter() const { return m_target; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<RunKind> m_kind;
    std::optional<RunTarget> m_target;
};

} // namespace voc
