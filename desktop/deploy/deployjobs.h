// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page's file work as a job on a worker thread: reading the deployment journals.
#pragma once

#include "common/job.h"
#include "deploy/deployjournal.h"

#include <QList>

namespace voc {

class ListDeploymentsJob : public TypedJob<QList<DeploymentSummary>>
{
    Q_OBJECT

public:
    explicit ListDeploymentsJob(QString stateDir, QObject* parent = nullptr);

protected:
    Result<QList<DeploymentSummary>> run() override;

private:
    QString m_stateDir;
};

} // namespace voc
