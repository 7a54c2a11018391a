// SPDX-License-Identifier: GPL-3.0-or-later
// Resolves a design into concrete VCNs: names, MACs and addresses, in a stable order.
#include "plan.h"

#include "net/hostname.h"
#include "net/ipv4.h"
#include "net/mac.h"

#include <QCoreApplication>
#include <QHash>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Plan)
};

QString rolePath(int roleIndex)
{
    return QStringLiteral("roles[%1]").arg(roleIndex);
}

QString roleLabel(const Design& design, int roleIndex)
{
    return QStringLiteral("%1 (%2)").arg(rolePath(roleIndex), toString(design.roles.at(roleIndex).kind));
}

Error withWhere(Error error, const QString& where)
{
    error.where = where;
    return error;
}

// The gateway must be a host address of the subnet, or the VCNs could not reach it.
Result<Ipv4Address> gatewayFor(const Design& design, const Ipv4Subnet& subnet)
{
    if (design.network.gateway.isEmpty())
        return subnet.firstHost();
    Result<Ipv4Address> gateway = Ipv4Address::parse(design.network.gateway);
    if (!gateway)
        return withWhere(gateway.error(), QStringLiteral("network.gateway"));
    if (subnet.hostCount() > 0 &&
        (gateway->value < subnet.firstHost().value || gateway->value > subnet.lastHost().value))
        return makeError(
            ErrorCode::InvalidInput,
            PlanText::tr("the gateway %1 is not a host address of the subnet %2")
                .arg(gateway->toString(), subnet.toString()),
            QStringLiteral("network.gateway"),
            PlanText::tr("leave the gateway empty to use %1").arg(subnet.firstHost().toString()));
    return gateway;
}

} // namespace

int Plan::totalVcpus() const
{
    int total = 0;
    for (const PlanEntry& entry : entries)
        total += entry.vcpus;
    return total;
}

qint64 Plan::totalMemoryMiB() const
{
    qint64 total = 0;
    for (const PlanEntry& entry : entries)
        total += entry.memoryMiB;
    return total;
}

Result<QList<PlanEntry>> planEntries(const Design& design)
{
    // Head roles first, then compute roles, each group in file order.
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass) {
        const RoleKind kind = pass == 0 ? RoleKind::Head : RoleKind::Compute;
        for (int i = 0; i < design.roles.size(); ++i) {
            if (design.roles.at(i).kind == kind)
                order.append(i);
        }
    }
    qint64 total = 0;
    for (int i : order)
        total += qMax(0, design.roles.at(i).count);
    // Far beyond any valid design (4096 compute VCNs), but keeps the int arithmetic below honest.
    if (total > (1 << 24))
        return makeError(ErrorCode::InvalidInput,
                         PlanText::tr("the design has %1 VCNs, too many to plan").arg(total),
                         QStringLiteral("roles"));

    QList<PlanEntry> entries;
    entries.reserve(total);

    // Which role first gave each hostname, to name both sides of a clash.
    QHash<QString, int> owners;
    owners.reserve(total);
    for (int roleIndex : order) {
        const Role& role = design.roles.at(roleIndex);
        const QString pattern =
            role.hostnamePattern.isEmpty() ? defaultHostnamePattern(role.kind) : role.hostnamePattern;
        const QString where = rolePath(roleIndex) + QStringLiteral(".hostnamePattern");
        const Result<HostnamePattern> compiled = HostnamePattern::compile(pattern);
        if (!compiled)
            return withWhere(compiled.error(), where);
        HostnameContext context{design.name, design.vo, toString(role.kind), 1};
        for (int index = 1; index <= role.count; ++index) {
            context.index = index;
            Result<QString> hostname = compiled->expand(context);
            if (!hostname)
                return withWhere(hostname.error(), where);
            const auto owner = owners.constFind(*hostname);
            if (owner != owners.constEnd()) {
                if (*owner == roleIndex)
                    return makeError(ErrorCode::Conflict,
                                     PlanText::tr("%1 gives the hostname '%2' to more than one VCN")
                                         .arg(roleLabel(design, roleIndex), *hostname),
                                     where, PlanText::tr("put {index} in the pattern"));
                return makeError(ErrorCode::Conflict,
                                 PlanText::tr("the hostname '%1' is given by both %2 and %3")
                                     .arg(*hostname, roleLabel(design, *owner), roleLabel(design, roleIndex)),
                                 where, PlanText::tr("make the hostname patterns of the two roles differ"));
            }
            owners.insert(*hostname, roleIndex);

            PlanEntry entry;
            entry.hostname = *hostname;
            entry.role = role.kind;
            entry.roleIndex = roleIndex;
            entry.index = index;
            entry.vcpus = role.vcpus;
            entry.memoryMiB = role.memoryMiB;
            entry.nic = role.nic;
            entry.image = role.image;
            entries.append(entry);
        }
    }
    return entries;
}

Result<Plan> planLocal(const Design& design)
{
    Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(design.network.subnet);
    if (!subnet)
        return withWhere(subnet.error(), QStringLiteral("network.subnet"));
    Result<Ipv4Address> gateway = gatewayFor(design, *subnet);
    if (!gateway)
        return gateway.error();

    Result<QList<PlanEntry>> entries = planEntries(design);
    if (!entries)
        return entries.error();
    Plan plan;
    plan.target = QStringLiteral("local");
    plan.subnet = subnet->toString();
    plan.gateway = gateway->toString();
    plan.domain = design.network.domain;
    plan.entries = std::move(entries).value();

    const QString seed = design.network.macSeed.isEmpty() ? design.vo + QLatin1Char('/') + design.name
                                                          : design.network.macSeed;
    Result<QList<MacAddress>> macs = allocateMacs(seed, int(plan.entries.size()));
    if (!macs)
        return withWhere(macs.error(), QStringLiteral("network.macSeed"));
    Result<QList<Ipv4Address>> addresses = allocateAddresses(*subnet, *gateway, int(plan.entries.size()));
    if (!addresses)
        return withWhere(addresses.error(), QStringLiteral("network.subnet"));
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        plan.entries[i].mac = macs->at(i).toString();
        plan.entries[i].ip = addresses->at(i).toString();
    }
    return plan;
}

} // namespace voc
