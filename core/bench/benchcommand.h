// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of a benchmark run that need no machine: checks of node names, the MPI host file, the
// command lines that run on the launcher (argument lists; node names are checked, never trusted), the
// stored settings, and the launcher's shell. HplBenchJob and NetBenchJob (benchrun.h) put them together.
#pragma once

#include "bench/benchrun.h"
#include "bench/hpldat.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace voc {

class RemoteShell;

// A node as mpirun and ssh see it: an RFC 1123 host name or a dotted IPv4 address. Anything else
// (spaces, shell characters, a leading '-' that ssh would read as an option) is InvalidInput.
Status checkBenchNode(const QString& node);
// Nodes (1.. and no duplicates), slotsPerNode >= 1, the launcher "user@host" (or empty) and key paths.
Status checkBenchEndpoint(const BenchEndpoint& endpoint);

// OpenMPI's host file: one "NODE slots=K" line per node, in order (rank 0 runs on the first).
Result<QByteArray> mpiHostFile(const QStringList& nodes, int slotCount);

// True when `node` is the machine mpirun runs on, so a command for it needs no ssh hop: "localhost"
// on bare metal, the head's own name or address on a VOC's head.
bool isLauncherNode(const BenchEndpoint& endpoint, const QString& node);

// `command` as the launcher runs it on `node`: unchanged for the launcher itself, else through
// `ssh -o BatchMode=yes NODE 'quoted command'` (the VOC's head reaches its compute nodes by name).
QStringList nodeCommand(const BenchEndpoint& endpoint, const QString& node, const QStringList& command);

// A work directory that mktemp printed: /tmp/vocbench.XXXXXXXX and nothing else, so the rm -rf of the
// cleanup can never hit anything else.
Result<QString> checkWorkDir(const QByteArray& mktempOutput, const QString& where);
QStringList makeWorkDirCommand();

struct MpirunOptions
{
    QString workDir;
    int processes = 1;
    int timeoutSeconds = 3600; // `timeout` ends mpirun remotely even if our connection is gone
    QString program = QStringLiteral("hpcc");
};
// timeout -k 15 S mpirun --allow-run-as-root --hostfile DIR/hosts -np P --wdir DIR --report-pid
// DIR/mpirun.pid, TCP between nodes (the paper's Ethernet) and ssh in batch mode, then the program.
QStringList mpirunCommand(const MpirunOptions& options);
// Stops the mpirun of a work dir (its pid file): mpirun then ends its ranks on every node.
QStringList stopMpirunCommand(const QString& workDir, const QString& signal = QStringLiteral("TERM"));

// "1.5.0" from hpcc's banner ("HPC Challenge Benchmark version 1.5.0"); empty when absent.
QString hpccVersion(const QByteArray& output);

// What a stored run keeps about how it ran: N/NB/grids, nodes, slots, processes, NIC, launcher,
// target label, hpcc version.
QJsonObject benchSettings(const BenchEndpoint& endpoint, const HplDatSettings& settings, int processes,
                          const QString& hpccVersionText);

// The shell mpirun is started from: OpenSSH to the launcher with the VO key and the endpoint's
// known_hosts, or this machine.
std::unique_ptr<RemoteShell> launcherShell(const BenchEndpoint& endpoint);

// ssh-keyscan's answer for the launcher, added to the endpoint's known_hosts when the launcher is not
// in it yet (first contact); a known host is left alone, so a changed key is still refused by ssh.
// Nothing is accepted for an endpoint whose keys are published (acceptNewHostKey false: a site's hosts).
Status ensureLauncherKnown(const BenchEndpoint& endpoint, int timeoutMs = 30000);

// The NIC models of nodes: one model, or "virtio/e1000" when they differ; "host" when none is known.
QString nicOfNodes(const BenchEndpoint& endpoint, const QStringList& nodes);

} // namespace voc
