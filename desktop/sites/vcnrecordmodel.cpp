// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcnrecordmodel.h"

#include <QFontDatabase>

namespace voc {

VcnRecordModel::VcnRecordModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VcnRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int VcnRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VcnRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VcnRecord& r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HostnameColumn:
            return r.hostname;
        case IpColumn:
            return r.ip;
        case MacColumn:
            return r.mac;
        case DescriptionColumn:
            return r.description;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return r.dn;
    if (role == Qt::FontRole && (index.column() == IpColumn || index.column() == MacColumn))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant VcnRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostnameColumn:
        return tr("Hostname");
    case IpColumn:
        return tr("IP address");
    case MacColumn:
        return tr("MAC address");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

void VcnRecordModel::setRecords(const QList<VcnRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

} // namespace voc
