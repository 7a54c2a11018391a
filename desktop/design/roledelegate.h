// SPDX-License-Identifier: GPL-3.0-or-later
// Editors of the roles table: combo boxes for the enums, spin boxes bounded by design.h's limits.
#pragma once

#include <QStyledItemDelegate>

namespace voc {

class RoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace voc
