// SPDX-License-Identifier: GPL-3.0-or-later
// A design resolved into concrete VCNs for a target.
#pragma once

#include "common/result.h"
#include "model/design.h"

#include <QList>
#include <QString>

namespace voc {

struct PlanEntry
{
    QString hostname; // e.g. "myvoc-compute03"
    RoleKind role = RoleKind::Compute;
    int roleIndex = 0; // index of the role in Design::roles
    int index = 0;     // 1-based index of the VCN within its role
    QString mac;       // "0a:12:34:00:00:03", locally administered unicast
    QString ip;        // dotted IPv4
    int vcpus = 1;
    int memoryMiB = 1024;
    NicModel nic = NicModel::Virtio;
    ImageRef image;

    bool operator==(const PlanEntry&) const = default;
};

struct Plan
{
    QString target; // "local" or a site's name
    QString subnet;
    QString gateway;
    QString domain;
    QList<PlanEntry> entries; // head first, then compute roles in file order

    int totalVcpus() const;
    qint64 totalMemoryMiB() const;
};

// The plan of a local test run: the design's own address plan. Fails with a clear error when the
// subnet is too small or a hostname pattern yields an invalid or duplicate name.
Result<Plan> planLocal(const Design& design);

// The VCNs of a design without addresses (mac and ip empty): hostnames from the roles' patterns,
// head roles first, then compute roles, each in file order; the same checks as planLocal. For
// targets that allocate addresses their own way (a site, against its directory).
Result<QList<PlanEntry>> planEntries(const Design& design);

} // namespace voc
