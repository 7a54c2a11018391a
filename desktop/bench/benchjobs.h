// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page's store and file work, each a job on a worker thread: reading the history
// (with the paper's reference runs imported the first time), removing runs, writing the CSV of
// selected runs, and finding where a benchmark runs (a local run's head answers over ssh first).
#pragma once

#include "bench/benchrun.h"
#include "common/job.h"
#include "deploy/deployjournal.h"
#include "model/results.h"
#include "sites/sitelistmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace voc {

struct RunHistory
{
    QList<Run> runs;  // oldest first, with their rows and samples
    int imported = 0; // paper runs added by this load
};

// Opens the store (created when missing), imports the paper's runs when asked, reads every run.
class LoadRunsJob : public TypedJob<RunHistory>
{
    Q_OBJECT

public:
    LoadRunsJob(QString storePath, bool importPaper, QObject* parent = nullptr);

protected:
    Result<RunHistory> run() override;

private:
    QString m_storePath;
    bool m_importPaper;
};

// Removes runs by id; returns how many were removed.
class RemoveRunsJob : public TypedJob<int>
{
    Q_OBJECT

public:
    RemoveRunsJob(QString storePath, QList<qint64> ids, QObject* parent = nullptr);

protected:
    Result<int> run() override;

private:
    QString m_storePath;
    QList<qint64> m_ids;
};

// exportRunsCsv() on a worker thread; returns the files written.
class ExportRunsCsvJob : public TypedJob<QStringList>
{
    Q_OBJECT

public:
    ExportRunsCsvJob(QList<Run> runs, QString path, QObject* parent = nullptr);

protected:
    Result<QStringList> run() override;

private:
    QList<Run> m_runs;
    QString m_path;
};

// What the Run tab can run on besides the local run: running deployments and the sites whose KVM
// hosts serve as bare metal.
struct BenchTargets
{
    QList<DeploymentSummary> deployments; // running ones
    QList<SiteEntry> sites;               // readable profiles with hosts
    bool read = false;                    // false: a placeholder until the job has read them
};

// Reads the deployment journals under `deployStateDir` and the site profiles (the added `sitePaths`
// and those in `sitesDir`).
class ListBenchTargetsJob : public TypedJob<BenchTargets>
{
    Q_OBJECT

public:
    ListBenchTargetsJob(QString deployStateDir, QStringList sitePaths, QString sitesDir,
                        QObject* parent = nullptr);

protected:
    Result<BenchTargets> run() override;

private:
    QString m_deployStateDir;
    QStringList m_sitePaths;
    QString m_sitesDir;
};

// Where a benchmark of the Run tab goes.
struct BenchTargetChoice
{
    RunTarget target = RunTarget::BareMetal; // Local, Site or BareMetal
    QString designFile;                      // Local: the open design's file
    QString deploymentId;                    // Site
    QString siteProfile;                     // BareMetal: a site's hosts instead of this workstation
    int processes = 1;                       // BareMetal: the MPI ranks the run needs
    bool network = false;                    // BareMetal: a ping-pong (two nodes, one rank each)
    QString runStateDir;                     // empty: the defaults
    QString deployStateDir;
};

// The bare-metal endpoint of a choice: this workstation with `processes` ranks, or as few of a
// site's hosts as hold them with the same ranks on each (two hosts, one rank each, for a ping-pong).
Result<BenchEndpoint> bareMetalEndpoint(const BenchTargetChoice& choice);

class ResolveEndpointJob : public TypedJob<BenchEndpoint>
{
    Q_OBJECT

public:
    explicit ResolveEndpointJob(BenchTargetChoice choice, QObject* parent = nullptr);

protected:
    Result<BenchEndpoint> run() override;

private:
    BenchTargetChoice m_choice;
};

} // namespace voc
