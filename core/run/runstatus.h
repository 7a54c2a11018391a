// SPDX-License-Identifier: GPL-3.0-or-later
// What of the local runs libvirt runs now (`vocctl status`, the Test locally page): each VCN's
// domain state, its DHCP lease and the phase times its run's journal recorded.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QList>
#include <QString>

namespace voc {

class HypervisorConnection;

struct RunningVcn
{
    QString design;
    QString hostname;
    QString domain;
    QString state;   // libvirt's, e.g. "running"
    QString address; // from the run network's leases; empty without one
    QString serialLog;
    QList<BootSample> samples; // from the run's journal
};

// The VCNs of `onlyDesign`'s run (every design's when empty), sorted by domain name. stateDir: where
// the run journals are (empty: the default).
Result<QList<RunningVcn>> localRunStatus(HypervisorConnection& connection, const QString& onlyDesign,
                                         const QString& stateDir);

} // namespace voc
