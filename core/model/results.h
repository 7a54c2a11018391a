// SPDX-License-Identifier: GPL-3.0-or-later
// Value structs of measured results: boot samples and HPL rows, grouped into runs.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

enum class RunKind
{
    Hpl,
    Boot,
    Net // network diagnosis: ping-pong latency and bandwidth between two nodes
};
enum class RunTarget
{
    Local,
    Site,
    BareMetal,
    Paper
};

// Boot phases in the order a VCN passes them; each sample is milliseconds from the start call.
enum class BootPhase
{
    Running,
    Kernel,
    Init,
    Network,
    Ready
};
QString toString(BootPhase phase); // "running", "kernel", "init", "network", "ready"
bool fromString(const QString& text, BootPhase* phase);
QString toString(RunKind kind); // "hpl", "boot", "net"
bool fromString(const QString& text, RunKind* kind);
QString toString(RunTarget target); // "local", "site", "baremetal", "paper"
bool fromString(const QString& text, RunTarget* target);

// Every phase in the order a VCN passes them, for tables and charts that list them all.
inline constexpr BootPhase allBootPhases[] = {BootPhase::Running, BootPhase::Kernel, BootPhase::Init,
                                              BootPhase::Network, BootPhase::Ready};

struct BootSample
{
    QString vcn; // hostname
    BootPhase phase = BootPhase::Running;
    qint64 ms = 0;

    bool operator==(const BootSample&) const = default;
};

struct HplRow
{
    qint64 n = 0;
    int nb = 0;
    int p = 1;
    int q = 1;
    double seconds = 0;
    double gflops = 0;
    double residual = 0;
    bool passed = false;
    QString variant; // HPL's T/V column, e.g. "WR11C2R4"; empty when not known (the paper's rows)

    bool operator==(const HplRow&) const = default;
};

// One network measurement between two endpoints (hpcc's LatencyBandwidth ping-pong, or an MPI
// ping-pong), for the latency/bandwidth by NIC model chart that explains the HPL penalty.
struct NetSample
{
    QString nic;              // the NIC model of the endpoints: "virtio", "e1000"; "host" for bare metal
    QString endpoints;        // "demo-compute01 <-> demo-compute02"
    double latencyUs = 0;     // one-way, microseconds
    double bandwidthMBps = 0; // megabytes (10^6) per second

    bool operator==(const NetSample&) const = default;
};

struct Run
{
    qint64 id = 0; // assigned by the store
    RunKind kind = RunKind::Boot;
    RunTarget target = RunTarget::Local;
    QString design;    // design name
    QStringList hosts; // hypervisor hosts or bare-metal nodes
    QDateTime time;    // UTC start
    QString label;     // e.g. the paper's table row
    QString settings;  // JSON text: accel, image checksums, HPL settings...
    QList<BootSample> bootSamples;
    QList<HplRow> hplRows;
    QList<NetSample> netSamples;
};

} // namespace voc
