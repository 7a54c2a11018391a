// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployjobs.h"

namespace voc {

ListDeploymentsJob::ListDeploymentsJob(QString stateDir, QObject* parent)
    : TypedJob(parent)
    , m_stateDir(std::move(stateDir))
{}

Result<QList<DeploymentSummary>> ListDeploymentsJob::run()
{
    return listDeployments(m_stateDir);
}

} // namespace voc
