// SPDX-License-Identifier: GPL-3.0-or-later
// Running HPL (hpcc) and the network diagnosis in a VOC (local run or site deployment) or on bare
// metal: the input file goes to the node where mpirun starts (the VOC's head node over OpenSSH with
// the VO key, or this workstation), mpirun runs over a host file of the compute nodes, the output is
// parsed (hploutput.h) and the run stored (resultsstore.h). Cancel stops the remote run.
#pragma once

#include "bench/hpldat.h"
#include "common/job.h"
#include "model/results.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace voc {

// Where a benchmark runs.
struct BenchEndpoint
{
    RunTarget target = RunTarget::Local; // Local (a local run), Site (a deployment) or BareMetal
    QString design;                      // design name, for the store
    QString label;                       // for lists and logs: "demo (local run)", "demo at sandbox"
    // Where mpirun starts: "root@ADDRESS" of the head node; empty: this workstation.
    QString launcher;
    QString sshKey;              // the VO key the VCNs accept; empty: ssh's defaults
    QString sshWrapper;          // an ssh program to use instead of ssh (a site's wrapper); empty: ssh
    int sshPort = -1;            // the launcher's ssh port; -1: ssh's default
    QStringList nodes;           // MPI hosts as the launcher reaches them: compute VCN names, "localhost"
    int slotsPerNode = 1;        // MPI ranks per node (the role's vCPUs for VCNs)
    QString nic;                 // the compute nodes' NIC model; "host" on bare metal
    QStringList hypervisorHosts; // stored as Run::hosts: the site's hosts, "localhost" for local runs
    // The launcher's known_hosts (in the run's or deployment's state dir; never ~/.ssh): its key is
    // accepted on first contact (VCN host keys are made at first boot) and checked from then on.
    QString knownHostsFile;
    // VCN host keys are made at first boot, so the launcher's key is accepted on first contact; a
    // site's hosts are checked against what the site published (its ssh wrapper's known_hosts).
    bool acceptNewHostKey = true;
    QString accel;                    // "kvm" or "tcg" for VCNs; empty on bare metal
    QMap<QString, QString> nicByNode; // every node the launcher reaches (head included) -> NIC model
    QString head;                     // the head VCN's name; empty on bare metal
    // Names to show for nodes given by address (a site's hosts: "10.213.0.11" -> "kvm1").
    QMap<QString, QString> nameByNode;

    QString displayName(const QString& node) const { return nameByNode.value(node, node); }
    // The node a shown name stands for ("kvm1" -> "10.213.0.11"); other text unchanged.
    QString nodeNamed(const QString& name) const { return nameByNode.key(name, name); }
};

// The endpoint of the running local run of a design (its state under the local-run state dir).
// NotFound naming the design when it does not run; the head must have answered over ssh.
Result<BenchEndpoint> benchEndpointForLocalRun(const QString& designFile, const QString& stateDir = {});
// The endpoint of a running site deployment (its journal under the deploy state dir).
Result<BenchEndpoint> benchEndpointForDeployment(const QString& deploymentId, const QString& stateDir = {});
// This workstation (nodes ["localhost"]) or the given bare-metal nodes, `slots` ranks each.
BenchEndpoint benchEndpointForBareMetal(const QStringList& nodes, int slots);

struct SiteProfile;
// A site's KVM hosts as the bare-metal baseline: mpirun starts on the first of `hostNames` (every
// host of the profile when empty), reached over ssh as libvirt reaches it (the host URI's user, port,
// keyfile= and command=), and its ranks go to the hosts by address, which reach each other over ssh
// as the nodes of a bare-metal MPI cluster do. InvalidInput naming the host for an unknown name or a
// URI that is not qemu+ssh.
Result<BenchEndpoint> benchEndpointForSiteHosts(const SiteProfile& site, const QStringList& hostNames,
                                                int slotCount);

struct HplBenchRequest
{
    BenchEndpoint endpoint;
    HplDatSettings settings;     // the grids' P x Q must equal nodes x slots
    int timeoutMs = 3600 * 1000; // the whole run
    QString storePath;           // empty: ResultsStore::defaultPath(); the stored run's id is set
    bool store = true;
};

// HPL through hpcc. The result is the stored run (id set) with its rows; a run with a failed
// residual check is still a result (rows with passed = false); no complete row is an error.
class HplBenchJob : public TypedJob<Run>
{
    Q_OBJECT

public:
    explicit HplBenchJob(HplBenchRequest request, QObject* parent = nullptr);

signals:
    // One line of the remote output or of what the job does, as it happens.
    void logLine(const QString& line);

protected:
    Result<Run> run() override;

private:
    HplBenchRequest m_request;
};

struct NetBenchRequest
{
    BenchEndpoint endpoint;
    QString nodeA; // two of endpoint.nodes
    QString nodeB;
    int timeoutMs = 600 * 1000;
    QString storePath;
    bool store = true;
};

// Ping-pong latency and bandwidth between two nodes (hpcc's LatencyBandwidth with one rank on each);
// the result is a stored run of kind Net with one NetSample.
class NetBenchJob : public TypedJob<Run>
{
    Q_OBJECT

public:
    explicit NetBenchJob(NetBenchRequest request, QObject* parent = nullptr);

signals:
    void logLine(const QString& line);

protected:
    Result<Run> run() override;

private:
    NetBenchRequest m_request;
};

} // namespace voc
