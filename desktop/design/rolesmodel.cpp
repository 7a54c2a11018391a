// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolesmodel.h"

#include "designdocument.h"
#include "listdiff.h"
#include "problemsmodel.h"

#include <QFileInfo>

namespace voc {

RolesModel::RolesModel(DesignDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_roles(document->design().roles)
{
    connect(document, &DesignDocument::designChanged, this, &RolesModel::syncRoles);
    connect(document, &DesignDocument::problemsChanged, this, &RolesModel::syncProblems);
    syncProblems();
}

int RolesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RolesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RolesModel::kindText(RoleKind kind)
{
    return kind == RoleKind::Head ? tr("Head") : tr("Compute");
}

QString RolesModel::nicText(NicModel nic)
{
    return toString(nic); // "virtio" and "e1000" are the models' own names
}

QString RolesModel::bootText(BootMode mode)
{
    return mode == BootMode::Disk ? tr("Disk") : tr("Kernel");
}

QVariant RolesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role& r = m_roles.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return kindText(r.kind);
        case Count:
            return r.count;
        case Vcpus:
            return r.vcpus;
        case Memory:
            return r.memoryMiB;
        case Nic:
            return nicText(r.nic);
        case Image:
            if (!r.image.build.isEmpty())
                return tr("%1 (built by scripts/build-vcn-image)").arg(r.image.build);
            return r.image.path.isEmpty() ? tr("(none)") : QFileInfo(r.image.path).fileName();
        case Boot:
            return bootText(r.image.bootMode);
        case Hostname:
            return r.hostnamePattern;
        }
        return {};
    case Qt::EditRole: {
        Design design;
        design.roles = {r};
        return fieldValue(design, FieldRef{fieldOfColumn(column), 0});
    }
    case Qt::ToolTipRole: {
        const auto problem = m_cellProblems.constFind({index.row(), column});
        if (problem != m_cellProblems.cend())
            return problem->hint.isEmpty() ? problem->message : problem->message + u'\n' + problem->hint;
        if (column == Image && !r.image.path.isEmpty())
            return r.image.path;
        return {};
    }
    case Qt::DecorationRole: {
        const auto problem = m_cellProblems.constFind({index.row(), column});
        if (problem != m_cellProblems.cend())
            return ProblemsModel::severityIcon(problem->severity);
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == Count || column == Vcpus || column == Memory)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

bool RolesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The document's designChanged brings the new value back here through syncRoles().
    return m_document->setField(FieldRef{fieldOfColumn(index.column()), index.row()}, value);
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_roles.size())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Count:
        return tr("Count");
    case Vcpus:
        return tr("vCPUs");
    case Memory:
        return tr("Memory (MiB)");
    case Nic:
        return tr("NIC");
    case Image:
        return tr("Image");
    case Boot:
        return tr("Boot");
    case Hostname:
        return tr("Hostname pattern");
    }
    return {};
}

Qt::ItemFlags RolesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

Field RolesModel::fieldOfColumn(int column)
{
    switch (column) {
    case Kind:
        return Field::RoleKind;
    case Count:
        return Field::RoleCount;
    case Vcpus:
        return Field::RoleVcpus;
    case Memory:
        return Field::RoleMemory;
    case Nic:
        return Field::RoleNic;
    case Image:
        return Field::RoleImagePath;
    case Boot:
        return Field::RoleBootMode;
    case Hostname:
        return Field::RoleHostnamePattern;
    }
    return Field::Role;
}

int RolesModel::columnOfField(Field field)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (fieldOfColumn(column) == field)
            return column;
    return -1;
}

void RolesModel::syncRoles()
{
    const QList<Role>& next = m_document->design().roles;
    const ListChange change = diffLists(m_roles, next);
    const int first = int(change.first);
    if (change.oldLength == change.newLength) {
        m_roles = next;
        if (change.oldLength > 0)
            emit dataChanged(index(first, 0), index(int(first + change.oldLength - 1), ColumnCount - 1));
    } else if (change.oldLength == 0) {
        beginInsertRows({}, first, int(first + change.newLength - 1));
        m_roles = next;
        endInsertRows();
    } else if (change.newLength == 0) {
        beginRemoveRows({}, first, int(first + change.oldLength - 1));
        m_roles = next;
        endRemoveRows();
    } else {
        beginResetModel();
        m_roles = next;
        endResetModel();
    }
    syncProblems();
}

void RolesModel::syncProblems()
{
    QHash<QPair<int, int>, Problem> cells;
    for (const Problem& problem : m_document->problems()) {
        const std::optional<FieldRef> ref = fieldForPath(problem.path);
        if (!ref || !ref->isRoleField() || ref->role < 0 || ref->role >= m_roles.size())
            continue;
        const int column = columnOfField(ref->field);
        if (column < 0)
            continue;
        const QPair<int, int> cell{ref->role, column};
        // Errors win over warnings; among equals the first (as validation ordered them).
        if (!cells.contains(cell) || (problem.severity == Problem::Severity::Error &&
                                      cells.value(cell).severity != Problem::Severity::Error))
            cells.insert(cell, problem);
    }
    if (cells == m_cellProblems)
        return;
    // Both the cells that lost and that gained a problem repaint.
    QSet<QPair<int, int>> touched;
    for (auto it = m_cellProblems.cbegin(); it != m_cellProblems.cend(); ++it)
        touched.insert(it.key());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        touched.insert(it.key());
    m_cellProblems = std::move(cells);
    for (const QPair<int, int>& cell : std::as_const(touched))
        if (cell.first < m_roles.size()) {
            const QModelIndex changed = index(cell.first, cell.second);
            emit dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole});
        }
}

} // namespace voc
