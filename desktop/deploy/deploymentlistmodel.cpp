// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentlistmodel.h"

#include "icons.h"

#include <QLocale>

namespace voc {

DeploymentListModel::DeploymentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int DeploymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int DeploymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon DeploymentListModel::stateIcon(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Deploying:
        return themeIcon({"system-run", "media-playback-start"}, QStyle::SP_MediaPlay);
    case DeploymentState::Interrupted:
        return themeIcon({"dialog-warning"}, QStyle::SP_MessageBoxWarning);
    case DeploymentState::Running:
        return themeIcon({"emblem-default", "dialog-ok-apply", "dialog-ok"}, QStyle::SP_DialogApplyButton);
    case DeploymentState::Failed:
        return themeIcon({"dialog-error"}, QStyle::SP_MessageBoxCritical);
    case DeploymentState::RolledBack:
    case DeploymentState::Destroyed:
    case DeploymentState::Gone:
        return themeIcon({"edit-delete", "user-trash"}, QStyle::SP_TrashIcon);
    }
    return {};
}

bool DeploymentListModel::canDestroy(const DeploymentSummary& d)
{
    if (d.state == DeploymentState::Deploying)
        return false; // its process owns it: cancel it there first
    if (d.state == DeploymentState::Destroyed || d.state == DeploymentState::RolledBack ||
        d.state == DeploymentState::Gone)
        return d.hasLiveObjects();
    return true;
}

bool DeploymentListModel::canResume(const DeploymentSummary& d)
{
    return d.state == DeploymentState::Interrupted && d.plan.has_value();
}

QVariant DeploymentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeploymentSummary& d = m_deployments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return d.id;
        case Design:
            return d.design;
        case Site:
            return d.site;
        case State:
            return deploymentStateTitle(d.state);
        case Started:
            return d.started.isValid() ? QLocale().toString(d.started.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
        case Vcns:
            return d.plan ? QVariant(int(d.plan->vcns.size())) : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(stateIcon(d.state)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nJournal: %2").arg(d.id, d.journalPath);
        if (d.state == DeploymentState::Interrupted)
            tip += u'\n' + tr("Its process ended mid-deployment: Resume finishes it, Destroy removes it.");
        if (!d.error.isEmpty())
            tip += u'\n' + tr("Error: %1").arg(d.error);
        if (d.hasLiveObjects())
            tip += u'\n' +
                   tr("Left on the site: %1 domain(s), %2 overlay(s), %3 directory entr(ies), %4 volume(s)")
                       .arg(d.domains.size())
                       .arg(d.overlays.size())
                       .arg(d.entries.size())
                       .arg(d.volumes.size());
        return tip;
    }
    case IdRole:
        return d.id;
    case StateRole:
        return int(d.state);
    default:
        return {};
    }
}

QVariant DeploymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Deployment");
    case Design:
        return tr("Design");
    case Site:
        return tr("Site");
    case State:
        return tr("State");
    case Started:
        return tr("Started");
    case Vcns:
        return tr("VCNs");
    default:
        return {};
    }
}

void DeploymentListModel::setDeployments(const QList<DeploymentSummary>& deployments)
{
    bool sameIds = deployments.size() == m_deployments.size();
    for (qsizetype i = 0; sameIds && i < deployments.size(); ++i)
        sameIds = deployments.at(i).id == m_deployments.at(i).id;
    if (sameIds) {
        m_deployments = deployments;
        if (!m_deployments.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_deployments = deployments;
    endResetModel();
}

int DeploymentListModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        if (m_deployments.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace voc
