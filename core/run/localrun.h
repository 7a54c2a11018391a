// SPDX-License-Identifier: GPL-3.0-or-later
// A VOC run on this workstation: isolated network, copy-on-write disks, domains started paused with
// their consoles attached, resumed together, and every VCN's boot phases timed.
#pragma once

#include "common/job.h"
#include "model/design.h"
#include "model/plan.h"
#include "model/results.h"
#include "virt/acceleration.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace voc {

class Hypervisor;
class SerialLog;

struct LocalRunOptions
{
    Design design;
    QString designDir = {}; // relative image paths resolve against it (the .voc file's folder)
    Acceleration accel = Acceleration::Auto;
    QString uri = QStringLiteral("qemu:///system");
    QString stateDir = {};          // journals and serial logs; empty: RunJournal::defaultStateDir()
    QString overlayDir = {};        // empty: RunJournal::defaultOverlayDir(); QEMU must read it
    int bootTimeoutSeconds = 300;   // until every VCN is ready
    int watchdogSeconds = 60;       // until every VCN shows its kernel banner
    bool waitForReady = true;       // false: return once every domain runs
    bool keepOnBootFailure = false; // leave the VCNs of a failed boot running for a look
    qint64 minFreeMiBPerVcn = 64;   // overlay growth a run must have room for at start
    int parallelism = 5;            // concurrent libvirt calls (libvirtd serves 5 per client)
    // libvirt connections the domain starts and resumes are spread over, each carrying up to
    // `parallelism` calls at once; 0: as many as the VCNs need, at most 4.
    int connections = 0;
    QString dnsmasqDir = QStringLiteral("/var/lib/libvirt/dnsmasq");
    Hypervisor* hypervisor = nullptr; // not owned; null: libvirt
};

struct VcnRun
{
    PlanEntry entry;
    QString domain;
    QString overlay;
    QString serialLog;     // the file virtlogd writes
    QString address;       // from the VCN's DHCP lease (or its VOC-NET line)
    QString leaseHostname; // the hostname its DHCP lease carries
    bool ready = false;
    QList<BootSample> samples; // ms from the first domain start call
};

struct LocalRunResult
{
    QString design;
    QString uri;
    QString network;
    Acceleration accel = Acceleration::Tcg;
    QString journalPath;
    qint64 launchMs = 0;         // from the job's start until every domain runs
    qint64 startToRunningMs = 0; // from the first domain start call until every domain runs
    QList<VcnRun> vcns;

    QList<BootSample> samples() const;
    // The run as the results store keeps it: a local boot run with every VCN's samples.
    Run toBootRun(const QDateTime& started) const;
};

class LocalRunJob : public TypedJob<LocalRunResult>
{
    Q_OBJECT

public:
    explicit LocalRunJob(LocalRunOptions options, QObject* parent = nullptr);
    // Detaches the consoles; the VCNs keep running (`vocctl down` or tearDownRun() removes them).
    ~LocalRunJob() override;

    // A VCN's serial output, live while the job object exists; null for an unknown hostname.
    std::shared_ptr<SerialLog> serialLog(const QString& hostname) const;

signals:
    // Each boot sample as it is measured (from the job's thread).
    void bootSample(const voc::BootSample& sample);

protected:
    Result<LocalRunResult> run() override;

private:
    struct State;
    Result<LocalRunResult> launch();
    Status prepare();
    Status sweepLeftovers();
    Status createNetworkAndOverlays();
    Status createDomains();
    Status resumeAll();
    Status probeUntilReady();
    void rollBack(const Error& cause);
    void noteSample(const BootSample& sample);
    void noteSamples(const QList<BootSample>& samples); // one journal write for all of them

    LocalRunOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace voc
