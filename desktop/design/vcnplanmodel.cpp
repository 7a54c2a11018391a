// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcnplanmodel.h"

#include "designdocument.h"
#include "listdiff.h"
#include "rolesmodel.h"

namespace voc {

VcnPlanModel::VcnPlanModel(DesignDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_entries(document->plan().entries)
    , m_domain(document->plan().domain)
{
    connect(document, &DesignDocument::planChanged, this, &VcnPlanModel::sync);
}

int VcnPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VcnPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VcnPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Hostname:
            return e.hostname;
        case Role:
            return RolesModel::kindText(e.role);
        case Vcpus:
            return e.vcpus;
        case Memory:
            return e.memoryMiB;
        case Mac:
            return e.mac;
        case Ip:
            return e.ip;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Hostname && !m_domain.isEmpty())
            return QString(e.hostname + u'.' + m_domain);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Vcpus || index.column() == Memory)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant VcnPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Hostname:
        return tr("Hostname");
    case Role:
        return tr("Role");
    case Vcpus:
        return tr("vCPUs");
    case Memory:
        return tr("Memory (MiB)");
    case Mac:
        return tr("MAC");
    case Ip:
        return tr("IP address");
    }
    return {};
}

Qt::ItemFlags VcnPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void VcnPlanModel::sync()
{
    const QList<PlanEntry>& next = m_document->plan().entries;
    const QString domain = m_document->plan().domain;
    const ListChange change = diffLists(m_entries, next);
    const int first = int(change.first);
    // Growing or shrinking a role's count adds or drops rows at its end; hostnames of the rows
    // after it may shift too, which the dataChanged below covers.
    const qsizetype common = std::min(change.oldLength, change.newLength);
    if (change.oldLength < change.newLength) {
        beginInsertRows({}, int(first + common), int(first + change.newLength - 1));
        m_entries = next;
        endInsertRows();
    } else if (change.oldLength > change.newLength) {
        beginRemoveRows({}, int(first + common), int(first + change.oldLength - 1));
        m_entries = next;
        endRemoveRows();
    } else {
        m_entries = next;
    }
    if (common > 0)
        emit dataChanged(index(first, 0), index(int(first + common - 1), ColumnCount - 1));
    if (domain != m_domain) {
        m_domain = domain;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, Hostname), index(int(m_entries.size() - 1), Hostname),
                             {Qt::ToolTipRole});
    }
}

} // namespace voc
