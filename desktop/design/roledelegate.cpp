// SPDX-License-Identifier: GPL-3.0-or-later
#include "roledelegate.h"

#include "rolesmodel.h"

#include "model/design.h"

#include <QComboBox>
#include <QSpinBox>

namespace voc {

QWidget* RoleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const auto spinBox = [parent](int minimum, int maximum) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(minimum, maximum);
        spin->setAccelerated(true);
        spin->setFrame(false);
        return spin;
    };
    switch (index.column()) {
    case RolesModel::Kind: {
        auto* combo = new QComboBox(parent);
        combo->addItem(RolesModel::kindText(RoleKind::Head), static_cast<int>(RoleKind::Head));
        combo->addItem(RolesModel::kindText(RoleKind::Compute), static_cast<int>(RoleKind::Compute));
        return combo;
    }
    case RolesModel::Nic: {
        auto* combo = new QComboBox(parent);
        combo->addItem(RolesModel::nicText(NicModel::Virtio), static_cast<int>(NicModel::Virtio));
        combo->addItem(RolesModel::nicText(NicModel::E1000), static_cast<int>(NicModel::E1000));
        return combo;
    }
    case RolesModel::Boot: {
        auto* combo = new QComboBox(parent);
        combo->addItem(RolesModel::bootText(BootMode::Disk), static_cast<int>(BootMode::Disk));
        combo->addItem(RolesModel::bootText(BootMode::Kernel), static_cast<int>(BootMode::Kernel));
        return combo;
    }
    case RolesModel::Count:
        return spinBox(limits::minComputeCount, limits::maxComputeCount);
    case RolesModel::Vcpus:
        return spinBox(limits::minVcpus, limits::maxVcpus);
    case RolesModel::Memory:
        return spinBox(limits::minMemoryMiB, limits::maxMemoryMiB);
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RoleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RoleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace voc
