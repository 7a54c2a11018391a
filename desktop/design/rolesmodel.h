// SPDX-License-Identifier: GPL-3.0-or-later
// The design's roles as a table, one row per role; edits become undo commands of the document.
#pragma once

#include "design/designfields.h"

#include "model/design.h"
#include "model/problem.h"

#include <QAbstractTableModel>
#include <QHash>

namespace voc {

class DesignDocument;

class RolesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Count,
        Vcpus,
        Memory,
        Nic,
        Image,
        Boot,
        Hostname,
        ColumnCount
    };

    explicit RolesModel(DesignDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static Field fieldOfColumn(int column);
    // The column showing a field, or -1 when the table does not show it (e.g. the checksum).
    static int columnOfField(Field field);

    static QString kindText(RoleKind kind);
    static QString nicText(NicModel nic);
    static QString bootText(BootMode mode);

private:
    void syncRoles();
    void syncProblems();

    DesignDocument* m_document;
    QList<Role> m_roles; // what the views were last told about
    // Worst problem per cell, keyed by (row, column), so cells with errors carry an icon.
    QHash<QPair<int, int>, Problem> m_cellProblems;
};

} // namespace voc
