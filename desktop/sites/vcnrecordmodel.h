// SPDX-License-Identifier: GPL-3.0-or-later
// The VCN records of one VOC as the directory holds them: hostname, IP, MAC, description.
#pragma once

#include "directory/vcnrecord.h"

#include <QAbstractTableModel>

namespace voc {

class VcnRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HostnameColumn,
        IpColumn,
        MacColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit VcnRecordModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<VcnRecord>& records);
    const QList<VcnRecord>& records() const { return m_records; }

private:
    QList<VcnRecord> m_records;
};

} // namespace voc
