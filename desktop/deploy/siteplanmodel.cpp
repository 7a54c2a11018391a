// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteplanmodel.h"

#include "images/imagepush.h"

#include <QFileInfo>

namespace voc {

namespace {

QString memoryText(qint64 mib)
{
    return formatBytes(mib * 1024 * 1024);
}

} // namespace

SitePlanModel::SitePlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SitePlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_vcns.size());
}

int SitePlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitePlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteVcn& v = m_vcns.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Hostname:
            return v.entry.hostname;
        case Role:
            // Heads sort before compute nodes whatever the language.
            return sort ? QVariant(v.entry.role == RoleKind::Head ? 0 : 1)
                        : QVariant(v.entry.role == RoleKind::Head ? tr("head") : tr("compute"));
        case Host:
            return v.host;
        case Vcpus:
            return v.entry.vcpus;
        case Memory:
            return sort ? QVariant(v.entry.memoryMiB) : QVariant(memoryText(v.entry.memoryMiB));
        case Mac:
            return v.entry.mac;
        case Ip:
            // Dotted addresses sort by their number, not their text.
            if (sort) {
                quint32 value = 0;
                for (const QString& part : v.entry.ip.split(QLatin1Char('.')))
                    value = value * 256 + part.toUInt();
                return value;
            }
            return v.entry.ip;
        case State:
            return m_states.value(v.entry.hostname);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 on %2 (%3): domain %4, disk %5 on %6")
            .arg(v.entry.hostname, v.host, v.hostUri, v.domain, v.overlayVolume, v.baseVolume);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Vcpus || index.column() == Memory))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SitePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hostname:
        return tr("VCN");
    case Role:
        return tr("Role");
    case Host:
        return tr("Host");
    case Vcpus:
        return tr("vCPUs");
    case Memory:
        return tr("Memory");
    case Mac:
        return tr("MAC");
    case Ip:
        return tr("IP");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void SitePlanModel::setVcns(const QList<SiteVcn>& vcns)
{
    beginResetModel();
    m_vcns = vcns;
    m_states.clear();
    endResetModel();
}

int SitePlanModel::rowOf(const QString& hostname) const
{
    for (qsizetype i = 0; i < m_vcns.size(); ++i) {
        if (m_vcns.at(i).entry.hostname == hostname)
            return int(i);
    }
    return -1;
}

void SitePlanModel::setState(const QString& hostname, const QString& state)
{
    const int row = rowOf(hostname);
    if (row < 0 || m_states.value(hostname) == state)
        return;
    m_states.insert(hostname, state);
    emit dataChanged(index(row, State), index(row, State));
}

void SitePlanModel::setStates(const QHash<QString, QString>& states)
{
    m_states = states;
    if (!m_vcns.isEmpty())
        emit dataChanged(index(0, State), index(rowCount() - 1, State));
}

HostLoadModel::HostLoadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HostLoadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_loads.size());
}

int HostLoadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostLoadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Load& l = m_loads.at(index.row());
    const HostCapacity& c = l.capacity;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Host:
            return c.name;
        case Vcns:
            return l.vcns;
        case Vcpus:
            return tr("%1 + %2 of %3").arg(c.usedVcpus).arg(l.vcpus).arg(int(c.cpus * m_overcommit));
        case Memory:
            return tr("%1 + %2 of %3")
                .arg(memoryText(c.usedMemoryMiB), memoryText(l.memoryMiB), memoryText(c.memoryMiB));
        case FreeMemory:
            return memoryText(std::max<qint64>(0, c.memoryMiB - c.usedMemoryMiB - l.memoryMiB));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Vcpus) {
        return tr("%1 vCPUs of other domains + %2 of this VOC; %3 CPUs, filled up to %4 vCPUs per CPU")
            .arg(c.usedVcpus)
            .arg(l.vcpus)
            .arg(c.cpus)
            .arg(m_overcommit);
    }
    if (role == Qt::TextAlignmentRole && index.column() != Host)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HostLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host:
        return tr("Host");
    case Vcns:
        return tr("VCNs");
    case Vcpus:
        return tr("vCPUs (running + this VOC of limit)");
    case Memory:
        return tr("Memory (running + this VOC of total)");
    case FreeMemory:
        return tr("Free memory after");
    default:
        return {};
    }
}

void HostLoadModel::setPlan(const SitePlan& plan)
{
    beginResetModel();
    m_overcommit = plan.vcpuOvercommit;
    m_loads.clear();
    for (const HostCapacity& capacity : plan.hosts) {
        Load load{.capacity = capacity};
        for (const SiteVcn& vcn : plan.vcns) {
            if (vcn.host != capacity.name)
                continue;
            ++load.vcns;
            load.vcpus += vcn.entry.vcpus;
            load.memoryMiB += vcn.entry.memoryMiB;
        }
        m_loads.append(load);
    }
    endResetModel();
}

void HostLoadModel::clear()
{
    beginResetModel();
    m_loads.clear();
    endResetModel();
}

UploadModel::UploadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int UploadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_uploads.size());
}

int UploadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UploadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageUpload& u = m_uploads.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Image:
            return QFileInfo(u.localPath).fileName();
        case Volume:
            return u.volume;
        case Size:
            return formatBytes(u.bytes);
        case Hosts:
            return m_sharing == StorageSharing::Shared
                       ? tr("shared pool (through %1)").arg(u.hosts.join(QStringLiteral(", ")))
                       : u.hosts.join(QStringLiteral(", "));
        case Vcns:
            return u.vcns.size();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 (%2, sha256 %3) for %4; skipped when the pool has this volume already")
            .arg(u.localPath, u.format, u.sha256, u.vcns.join(QStringLiteral(", ")));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Vcns))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UploadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Image:
        return tr("Image");
    case Volume:
        return tr("Volume");
    case Size:
        return tr("Size");
    case Hosts:
        return tr("To");
    case Vcns:
        return tr("VCNs");
    default:
        return {};
    }
}

void UploadModel::setUploads(const QList<ImageUpload>& uploads, StorageSharing sharing)
{
    beginResetModel();
    m_uploads = uploads;
    m_sharing = sharing;
    endResetModel();
}

} // namespace voc
