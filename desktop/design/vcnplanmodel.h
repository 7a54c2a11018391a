// SPDX-License-Identifier: GPL-3.0-or-later
// The local plan's VCNs as a table. A plain model over the plan's entries, so 4096 rows cost
// nothing until they are scrolled into view.
#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>

namespace voc {

class DesignDocument;

class VcnPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Hostname,
        Role,
        Vcpus,
        Memory,
        Mac,
        Ip,
        ColumnCount
    };

    explicit VcnPlanModel(DesignDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const PlanEntry& entry(int row) const { return m_entries.at(row); }

private:
    void sync();

    DesignDocument* m_document;
    QList<PlanEntry> m_entries;
    QString m_domain;
};

} // namespace voc
