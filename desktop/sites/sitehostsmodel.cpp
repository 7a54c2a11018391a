// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitehostsmodel.h"

#include <QSet>

namespace voc {

SiteHostsModel::SiteHostsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SiteHostsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int SiteHostsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteHostsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteHost& host = m_hosts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return host.name;
        case UriColumn:
            return host.uri;
        case CpusColumn:
            return role == Qt::DisplayRole && host.cpus == 0 ? QVariant(tr("ask host")) : QVariant(host.cpus);
        case MemoryColumn:
            return role == Qt::DisplayRole && host.memoryMiB == 0 ? QVariant(tr("ask host"))
                                                                  : QVariant(host.memoryMiB);
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == LocalColumn)
        return host.local ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == LocalColumn)
        return tr("This machine is the host: only then may its URI be a local one such as qemu:///system");
    if (role == Qt::ToolTipRole && index.column() == UriColumn)
        return tr("libvirt URI, e.g. qemu+ssh://root@kvm1.example/system?keyfile=/path/to/key");
    if (role == Qt::TextAlignmentRole && index.column() >= CpusColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool SiteHostsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SiteHost& host = m_hosts[index.row()];
    if (index.column() == LocalColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        host.local = value.value<Qt::CheckState>() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit hostsEdited();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        host.name = value.toString().trimmed();
        break;
    case UriColumn:
        host.uri = value.toString().trimmed();
        break;
    case CpusColumn: {
        const int cpus = value.toInt(&ok);
        ok = ok && cpus >= 0;
        if (ok)
            host.cpus = cpus;
        break;
    }
    case MemoryColumn: {
        const qint64 memory = value.toLongLong(&ok);
        ok = ok && memory >= 0;
        if (ok)
            host.memoryMiB = memory;
        break;
    }
    default:
        return false;
    }
    if (!ok)
        return false;
    emit dataChanged(index, index);
    emit hostsEdited();
    return true;
}

Qt::ItemFlags SiteHostsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == LocalColumn)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SiteHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UriColumn:
        return tr("libvirt URI");
    case CpusColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory (MiB)");
    case LocalColumn:
        return tr("This machine");
    default:
        return {};
    }
}

void SiteHostsModel::setHosts(const QList<SiteHost>& hosts)
{
    beginResetModel();
    m_hosts = hosts;
    endResetModel();
}

int SiteHostsModel::addHost()
{
    QSet<QString> taken;
    for (const SiteHost& h : m_hosts)
        taken.insert(h.name);
    int n = int(m_hosts.size()) + 1;
    while (taken.contains(QStringLiteral("kvm%1").arg(n)))
        ++n;
    const int row = int(m_hosts.size());
    beginInsertRows({}, row, row);
    m_hosts.append(SiteHost{QStringLiteral("kvm%1").arg(n), QString(), 0, 0});
    endInsertRows();
    emit hostsEdited();
    return row;
}

void SiteHostsModel::removeHost(int row)
{
    if (row < 0 || row >= m_hosts.size())
        return;
    beginRemoveRows({}, row, row);
    m_hosts.removeAt(row);
    endRemoveRows();
    emit hostsEdited();
}

} // namespace voc
