// SPDX-License-Identifier: GPL-3.0-or-later
// Which site host runs which VCN: capacity-aware, head node first, spread or pack. Pure logic.
#pragma once

#include "common/result.h"
#include "model/plan.h"

#include <QList>
#include <QString>

namespace voc {

enum class Placement
{
    Spread, // each VCN to the least loaded host (round robin when they are equal)
    Pack,   // fill a host before the next, in the profile's order
};
QString toString(Placement placement); // "spread", "pack"
bool fromString(const QString& text, Placement* placement);

// vCPUs per host CPU a site is filled to. 4, because demo VCNs mostly wait (boot, DHCP, sshd) and
// the sandbox's hosts report 2 CPUs each: 1 head + 4 compute with 2 vCPUs each (10 vCPUs) must fit
// on 2 x 2 CPUs. Memory is never overcommitted: a guest that cannot get its memory is killed.
inline constexpr double defaultVcpuOvercommit = 4.0;

// What a host offers and what runs there already.
struct HostCapacity
{
    QString name; // SiteHost::name
    int cpus = 0; // the site's figure (SiteHost::cpus) or what libvirt reports (HostInfo::cpus)
    qint64 memoryMiB = 0;
    int usedVcpus = 0; // of domains already running there (ours from other VOCs, anyone's)
    qint64 usedMemoryMiB = 0;

    bool operator==(const HostCapacity&) const = default;
};

// The demand of one VCN.
struct PlacementItem
{
    QString hostname;
    RoleKind role = RoleKind::Compute;
    int vcpus = 1;
    qint64 memoryMiB = 1024;
};

// For each item, the index of its host in `hosts`. Heads are placed first (the head gets the host
// with the most free memory under spread, the first that fits under pack), then the compute VCNs in
// order. Fails with ErrorCode::Exhausted and an explanation naming the VCN, what it needs and the
// largest free amount ("compute VCN demo-compute14 needs 1024 MiB; the largest free is 512 MiB on
// kvm2"), or InvalidInput when there is no host or an overcommit ratio below 1.
Result<QList<int>> placeVcns(const QList<PlacementItem>& items, const QList<HostCapacity>& hosts,
                             Placement placement, double vcpuOvercommit = defaultVcpuOvercommit);

} // namespace voc
