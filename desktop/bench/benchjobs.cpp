// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchjobs.h"

#include "bench/resultsstore.h"
#include "bench/runcsv.h"
#include "common/atomicfile.h"
#include "model/siteprofile.h"
#include "sites/sitejobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace voc {

namespace {

struct BenchJobsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchJobs)
};

} // namespace

LoadRunsJob::LoadRunsJob(QString storePath, bool importPaper, QObject* parent)
    : TypedJob(parent)
    , m_storePath(std::move(storePath))
    , m_importPaper(importPaper)
{}

Result<RunHistory> LoadRunsJob::run()
{
    // The store belongs to the thread that opened it: this worker, for the length of the job.
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(m_storePath);
    if (!store)
        return store.error();
    RunHistory history;
    if (m_importPaper) {
        const Result<int> imported = (*store)->importPaperReference();
        if (!imported)
            return imported.error();
        history.imported = *imported;
    }
    const Result<QList<Run>> runs = (*store)->runs();
    if (!runs)
        return runs.error();
    for (const Run& listed : *runs) {
        if (const Status cancelled = checkCancelled(m_storePath); !cancelled)
            return cancelled.error();
        Result<Run> full = (*store)->run(listed.id);
        if (!full)
            return full.error();
        history.runs.append(std::move(*full));
    }
    return history;
}

RemoveRunsJob::RemoveRunsJob(QString storePath, QList<qint64> ids, QObject* parent)
    : TypedJob(parent)
    , m_storePath(std::move(storePath))
    , m_ids(std::move(ids))
{}

Result<int> RemoveRunsJob::run()
{
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(m_storePath);
    if (!store)
        return store.error();
    int removed = 0;
    for (const qint64 id : std::as_const(m_ids)) {
        if (const Status status = (*store)->removeRun(id); !status)
            return status.error();
        ++removed;
    }
    return removed;
}

ExportRunsCsvJob::ExportRunsCsvJob(QList<Run> runs, QString path, QObject* parent)
    : TypedJob(parent)
    , m_runs(std::move(runs))
    , m_path(std::move(path))
{}

Result<QStringList> ExportRunsCsvJob::run()
{
    if (m_runs.isEmpty())
        return makeError(ErrorCode::InvalidInput, BenchJobsText::tr("No runs to export"), m_path,
                         BenchJobsText::tr("Select one or more runs in the history first."));
    return exportRunsCsv(m_runs, m_path);
}

ResolveEndpointJob::ResolveEndpointJob(BenchTargetChoice choice, QObject* parent)
    : TypedJob(parent)
    , m_choice(std::move(choice))
{}

Result<BenchEndpoint> ResolveEndpointJob::run()
{
    switch (m_choice.target) {
    case RunTarget::Local:
        if (m_choice.designFile.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             BenchJobsText::tr("The design has no file, so its local run cannot be found"),
                             {},
                             BenchJobsText::tr("Save the design, start it on the Test locally page, then "
                                               "run the benchmark."));
        return benchEndpointForLocalRun(m_choice.designFile, m_choice.runStateDir);
    case RunTarget::Site:
        if (m_choice.deploymentId.isEmpty())
            return makeError(ErrorCode::InvalidInput, BenchJobsText::tr("No deployment is selected"), {},
                             BenchJobsText::tr("Deploy the design on the Deploy page, then choose it here."));
        return benchEndpointForDeployment(m_choice.deploymentId, m_choice.deployStateDir);
    case RunTarget::BareMetal:
    case RunTarget::Paper:
        break;
    }
    return bareMetalEndpoint(m_choice);
}

Result<BenchEndpoint> bareMetalEndpoint(const BenchTargetChoice& choice)
{
    const int processes = std::max(1, choice.processes);
    if (choice.siteProfile.isEmpty())
        return benchEndpointForBareMetal({QStringLiteral("localhost")}, choice.network ? 2 : processes);
    Result<SiteProfile> site = loadSiteProfile(choice.siteProfile);
    if (!site)
        return site.error();
    const int hostCount = int(site->hosts.size());
    const int needed = choice.network ? 2 : std::min(hostCount, processes);
    if (hostCount < needed || hostCount == 0)
        return makeError(ErrorCode::InvalidInput,
                         BenchJobsText::tr("Site %1 has %n host(s)", nullptr, hostCount).arg(site->name),
                         choice.siteProfile,
                         BenchJobsText::tr("A network test between bare-metal hosts needs two of them."));
    if (!choice.network && processes % needed != 0)
        return makeError(ErrorCode::InvalidInput,
                         BenchJobsText::tr("%n MPI process(es) do not spread evenly over the %1 hosts of %2",
                                           nullptr, processes)
                             .arg(needed)
                             .arg(site->name),
                         choice.siteProfile,
                         BenchJobsText::tr("Choose a grid whose P × Q is a multiple of %1.").arg(needed));
    QStringList hosts;
    for (int i = 0; i < needed; ++i)
        hosts.append(site->hosts.at(i).name);
    return benchEndpointForSiteHosts(*site, hosts, choice.network ? 1 : processes / needed);
}

ListBenchTargetsJob::ListBenchTargetsJob(QString deployStateDir, QStringList sitePaths, QString sitesDir,
                                         QObject* parent)
    : TypedJob(parent)
    , m_deployStateDir(std::move(deployStateDir))
    , m_sitePaths(std::move(sitePaths))
    , m_sitesDir(std::move(sitesDir))
{}

Result<BenchTargets> ListBenchTargetsJob::run()
{
    BenchTargets targets;
    targets.read = true;
    // No journal folder yet simply means no deployments.
    if (Result<QList<DeploymentSummary>> deployments = listDeployments(m_deployStateDir))
        for (const DeploymentSummary& deployment : std::as_const(*deployments))
            if (deployment.state == DeploymentState::Running)
                targets.deployments.append(deployment);
    for (const SiteEntry& entry : loadSiteEntries(m_sitePaths, m_sitesDir))
        if (entry.error.isEmpty() && !entry.profile.hosts.isEmpty())
            targets.sites.append(entry);
    return targets;
}

} // namespace voc
