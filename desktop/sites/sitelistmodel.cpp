// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitelistmodel.h"

#include "icons.h"

#include <QFileInfo>

namespace voc {

SiteListModel::SiteListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int SiteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SiteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.profile.name.isEmpty() ? QFileInfo(e.path).completeBaseName() : e.profile.name;
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.path : e.path + QLatin1Char('\n') + e.error;
    case Qt::DecorationRole:
        return e.error.isEmpty() ? themeIcon({"network-server"}, QStyle::SP_DriveNetIcon)
                                 : themeIcon({"dialog-warning"}, QStyle::SP_MessageBoxWarning);
    case PathRole:
        return e.path;
    case ErrorRole:
        return e.error;
    default:
        return {};
    }
}

void SiteListModel::setEntries(const QList<SiteEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int SiteListModel::rowOf(const QString& path) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).path == path)
            return int(i);
    return -1;
}

int SiteListModel::upsert(const SiteEntry& entry)
{
    const int row = rowOf(entry.path);
    if (row >= 0) {
        m_entries[row] = entry;
        emit dataChanged(index(row), index(row));
        return row;
    }
    const int end = int(m_entries.size());
    beginInsertRows({}, end, end);
    m_entries.append(entry);
    endInsertRows();
    return end;
}

bool SiteListModel::remove(const QString& path)
{
    const int row = rowOf(path);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

QStringList SiteListModel::paths() const
{
    QStringList list;
    for (const SiteEntry& e : m_entries)
        list.append(e.path);
    return list;
}

} // namespace voc
