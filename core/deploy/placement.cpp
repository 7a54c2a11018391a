// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include <QCoreApplication>

#include <cmath>

namespace voc {

namespace {

struct PlacementText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Placement)
};

struct Load
{
    qint64 vcpuCapacity = 0; // cpus x overcommit, rounded down
    qint64 freeVcpus = 0;
    qint64 freeMemoryMiB = 0;
    qint64 placedMemoryMiB = 0;
    int placedCount = 0;
};

bool fits(const Load& load, const PlacementItem& item)
{
    return load.freeVcpus >= item.vcpus && load.freeMemoryMiB >= item.memoryMiB;
}

QString roleWord(RoleKind role)
{
    return role == RoleKind::Head ? PlacementText::tr("head") : PlacementText::tr("compute");
}

// Names what was short: memory first (it is never overcommitted), then vCPUs.
Error doesNotFit(const PlacementItem& item, const QList<HostCapacity>& hosts, const QList<Load>& loads,
                 double overcommit)
{
    int bestMemory = 0;
    int bestVcpus = 0;
    for (int i = 1; i < loads.size(); ++i) {
        if (loads[i].freeMemoryMiB > loads[bestMemory].freeMemoryMiB)
            bestMemory = i;
        if (loads[i].freeVcpus > loads[bestVcpus].freeVcpus)
            bestVcpus = i;
    }
    bool memoryShort = true;
    for (const Load& load : loads) {
        if (load.freeMemoryMiB >= item.memoryMiB)
            memoryShort = false;
    }
    if (memoryShort)
        return makeError(ErrorCode::Exhausted,
                         PlacementText::tr("%1 VCN %2 needs %3 MiB; the largest free is %4 MiB on %5")
                             .arg(roleWord(item.role), item.hostname)
                             .arg(item.memoryMiB)
                             .arg(qMax<qint64>(0, loads[bestMemory].freeMemoryMiB))
                             .arg(hosts[bestMemory].name),
                         item.hostname,
                         PlacementText::tr("give the role less memory, use fewer VCNs, or stop other VOCs "
                                           "at this site"));
    // Some host has the memory but none has it together with the vCPUs.
    return makeError(ErrorCode::Exhausted,
                     PlacementText::tr("%1 VCN %2 needs %3 vCPUs and %4 MiB; no host has both free (the most "
                                       "free vCPUs are %5 on %6 at an overcommit of %7)")
                         .arg(roleWord(item.role), item.hostname)
                         .arg(item.vcpus)
                         .arg(item.memoryMiB)
                         .arg(qMax<qint64>(0, loads[bestVcpus].freeVcpus))
                         .arg(hosts[bestVcpus].name)
                         .arg(overcommit),
                     item.hostname,
                     PlacementText::tr("give the role fewer vCPUs, use fewer VCNs, or allow more vCPUs per "
                                       "CPU (--overcommit)"));
}

} // namespace

QString toString(Placement placement)
{
    return placement == Placement::Pack ? QStringLiteral("pack") : QStringLiteral("spread");
}

bool fromString(const QString& text, Placement* placement)
{
    if (text == QLatin1String("spread"))
        *placement = Placement::Spread;
    else if (text == QLatin1String("pack"))
        *placement = Placement::Pack;
    else
        return false;
    return true;
}

Result<QList<int>> placeVcns(const QList<PlacementItem>& items, const QList<HostCapacity>& hosts,
                             Placement placement, double vcpuOvercommit)
{
    if (hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput, PlacementText::tr("the site has no hosts"), {},
                         PlacementText::tr("add hosts to the site profile"));
    if (!(vcpuOvercommit >= 1.0) || !std::isfinite(vcpuOvercommit))
        return makeError(ErrorCode::InvalidInput,
                         PlacementText::tr("a vCPU overcommit of %1 is below 1").arg(vcpuOvercommit), {},
                         PlacementText::tr("use 1 for no overcommit, or more"));
    QList<Load> loads;
    for (const HostCapacity& host : hosts) {
        Load load;
        load.vcpuCapacity = qint64(std::floor(double(host.cpus) * vcpuOvercommit + 1e-9));
        load.freeVcpus = load.vcpuCapacity - host.usedVcpus;
        load.freeMemoryMiB = host.memoryMiB - host.usedMemoryMiB;
        loads.append(load);
    }

    // Heads first: a VOC without its head is useless, so it gets first pick.
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < items.size(); ++i) {
            if ((items[i].role == RoleKind::Head) == (pass == 0))
                order.append(i);
        }
    }

    QList<int> result(items.size(), -1);
    int lastSpread = -1;
    for (int i : order) {
        const PlacementItem& item = items[i];
        int chosen = -1;
        if (placement == Placement::Pack) {
            for (int h = 0; h < loads.size() && chosen < 0; ++h) {
                if (fits(loads[h], item))
                    chosen = h;
            }
        } else {
            // Least loaded by share of memory given out by this VOC plus what ran there before,
            // ties broken round robin from the host after the last one chosen.
            double bestShare = 0;
            for (int step = 1; step <= loads.size(); ++step) {
                const int h = (lastSpread + step) % int(loads.size());
                if (!fits(loads[h], item))
                    continue;
                const HostCapacity& host = hosts[h];
                const double memoryShare =
                    host.memoryMiB > 0
                        ? double(host.memoryMiB - loads[h].freeMemoryMiB) / double(host.memoryMiB)
                        : 1.0;
                const double vcpuShare =
                    loads[h].vcpuCapacity > 0
                        ? double(loads[h].vcpuCapacity - loads[h].freeVcpus) / double(loads[h].vcpuCapacity)
                        : 1.0;
                const double share = qMax(memoryShare, vcpuShare);
                if (chosen < 0 || share < bestShare - 1e-9) {
                    chosen = h;
                    bestShare = share;
                }
            }
            if (chosen >= 0)
                lastSpread = chosen;
        }
        if (chosen < 0)
            return doesNotFit(item, hosts, loads, vcpuOvercommit);
        loads[chosen].freeVcpus -= item.vcpus;
        loads[chosen].freeMemoryMiB -= item.memoryMiB;
        ++loads[chosen].placedCount;
        result[i] = chosen;
    }
    return result;
}

} // namespace voc
