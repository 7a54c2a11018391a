// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment's preflight against its VO's grant: what the VO holds, read as the VO from its
// sessions, its pool and its directory subtree; the arithmetic is voquota's.
#include "deploystate.h"
#include "run/inventory.h"

namespace voc {

namespace {

Error grantHostError(Error error, const QString& host)
{
    if (!error.where.startsWith(host))
        error.where = error.where.isEmpty() ? host : host + QLatin1String(": ") + error.where;
    return error;
}

} // namespace

Result<std::optional<GrantVerdict>> checkDeploymentGrant(const SitePlan& plan, const SiteProfile& profile,
                                                         HostLinks& hosts, Directory& directory,
                                                         const QList<VcnRecord>& records)
{
    if (profile.directory.vo.isEmpty())
        return std::optional<GrantVerdict>();
    const Result<VoGrant> grant = directory.grant();
    if (!grant)
        return grant.error();

    QList<VoDomain> domains;
    QList<VolumeInfo> volumes;
    QHash<QString, QStringList> volumesThere;
    QStringList sharedPool; // a shared pool is read once: every host sees the same files
    bool sharedPoolRead = false;
    for (auto& [name, link] : hosts) {
        // A session lists the VO's own domains only: all of them are the VO's.
        Result<QList<DomainInfo>> listed = link.connection->listDomains();
        if (!listed)
            return grantHostError(listed.error(), name);
        for (const DomainInfo& domain : *listed) {
            const Result<QString> xml = link.connection->domainXml(domain.name);
            if (!xml)
                continue; // gone meanwhile
            const auto [vcpus, memoryMiB] = domainDemand(*xml);
            domains.append(VoDomain{.host = name,
                                    .name = domain.name,
                                    .design = runVcnFromDomainXml(domain.name, *xml).design,
                                    .vcpus = vcpus,
                                    .memoryMiB = memoryMiB});
        }
        if (plan.sharing == StorageSharing::Shared && sharedPoolRead) {
            volumesThere.insert(name, sharedPool);
            continue;
        }
        Result<QList<VolumeInfo>> pool = link.connection->listVolumes(plan.pool);
        if (!pool)
            return grantHostError(pool.error(), name);
        QStringList names;
        for (const VolumeInfo& volume : std::as_const(*pool))
            names.append(volume.name);
        volumes += *pool;
        volumesThere.insert(name, names);
        sharedPool = names;
        sharedPoolRead = true;
    }
    return std::optional<GrantVerdict>(checkVoGrant(*grant, quotaNeeds(plan, volumesThere),
                                                    voUsage(records, domains, volumes, plan.design)));
}

} // namespace voc
