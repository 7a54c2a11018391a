// SPDX-License-Identifier: GPL-3.0-or-later
// The deployments the journals know (listDeployments), newest first, with their state.
#pragma once

#include "deploy/deployjournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace voc {

class DeploymentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Design,
        Site,
        State,
        Started,
        Vcns,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        StateRole, // int(DeploymentState)
    };

    explicit DeploymentListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows of deployments still listed are updated in place, so a selection survives a refresh.
    void setDeployments(const QList<DeploymentSummary>& deployments);
    const QList<DeploymentSummary>& deployments() const { return m_deployments; }
    const DeploymentSummary& deployment(int row) const { return m_deployments.at(row); }
    int rowOf(const QString& id) const;

    static QIcon stateIcon(DeploymentState state);
    // Destroy has something to do: not destroyed or rolled back cleanly, and no process works on it.
    static bool canDestroy(const DeploymentSummary& deployment);
    // Resume has something to finish: the deployment's process ended mid-deployment.
    static bool canResume(const DeploymentSummary& deployment);
    // Forget (destroy what can be reached, drop the journal) applies where Destroy does.
    static bool canForget(const DeploymentSummary& deployment) { return canDestroy(deployment); }

private:
    QList<DeploymentSummary> m_deployments;
};

} // namespace voc
