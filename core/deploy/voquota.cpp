// SPDX-License-Identifier: GPL-3.0-or-later
#include "voquota.h"

#include "common/terminaltext.h"
#include "net/ipv4.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace voc {

namespace {

struct VoQuotaText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VoQuota)
};

constexpr qint64 bytesPerMiB = 1024 * 1024;

qint64 mibRoundedUp(qint64 bytes)
{
    return bytes <= 0 ? 0 : (bytes + bytesPerMiB - 1) / bytesPerMiB;
}

qint64 grantedFor(const VoGrant& grant, QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::Vcns:
        return grant.maxVcns;
    case QuotaKind::Vcpus:
        return grant.maxVcpus;
    case QuotaKind::MemoryMiB:
        return grant.maxMemoryMiB;
    case QuotaKind::StorageMiB:
        return grant.maxStorageMiB;
    }
    return 0;
}

// "8" or "8 MiB", as the quota counts.
QString quotaAmountText(QuotaKind kind, qint64 amount)
{
    return kind == QuotaKind::MemoryMiB || kind == QuotaKind::StorageMiB
               ? VoQuotaText::tr("%1 MiB").arg(amount)
               : QString::number(amount);
}

// "40 vCPUs", "512 MiB of memory": what a deployment needs of one quota.
QString quotaNeedText(QuotaKind kind, qint64 amount)
{
    switch (kind) {
    case QuotaKind::Vcns:
        return VoQuotaText::tr("%1 VCNs").arg(amount);
    case QuotaKind::Vcpus:
        return VoQuotaText::tr("%1 vCPUs").arg(amount);
    case QuotaKind::MemoryMiB:
        return VoQuotaText::tr("%1 MiB of memory").arg(amount);
    case QuotaKind::StorageMiB:
        return VoQuotaText::tr("%1 MiB of image storage").arg(amount);
    }
    return {};
}

} // namespace

QString grantAttribute(QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::Vcns:
        return QStringLiteral("vocsGrantMaxVcns");
    case QuotaKind::Vcpus:
        return QStringLiteral("vocsGrantMaxVcpus");
    case QuotaKind::MemoryMiB:
        return QStringLiteral("vocsGrantMaxMemoryMiB");
    case QuotaKind::StorageMiB:
        return QStringLiteral("vocsGrantMaxStorageMiB");
    }
    return {};
}

qint64 QuotaAmounts::value(QuotaKind kind) const
{
    return const_cast<QuotaAmounts*>(this)->value(kind);
}

qint64& QuotaAmounts::value(QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::Vcns:
        return vcns;
    case QuotaKind::Vcpus:
        return vcpus;
    case QuotaKind::MemoryMiB:
        return memoryMiB;
    case QuotaKind::StorageMiB:
        break;
    }
    return storageMiB;
}

QString sharedImagesHolder()
{
    return VoQuotaText::tr("shared images");
}

QList<QuotaHolder> voUsage(const QList<VcnRecord>& records, const QList<VoDomain>& domains,
                           const QList<VolumeInfo>& volumes, const QString& excludedVoc)
{
    QMap<QString, QuotaAmounts> held; // by holder name
    QHash<QString, qint64> recordCount;
    QHash<QString, qint64> domainCount;
    QHash<QString, QString> overlayOwner; // overlay volume name -> VOC
    for (const VcnRecord& record : records) {
        overlayOwner.insert(overlayVolumeName(record.voc, record.hostname), record.voc);
        if (record.voc == excludedVoc)
            continue;
        ++recordCount[record.voc];
        (void)held[record.voc];
    }
    for (const VoDomain& domain : domains) {
        const QString holder = domain.design.isEmpty() ? domain.name : domain.design;
        if (!domain.design.isEmpty())
            overlayOwner.insert(domain.name + QLatin1String(".qcow2"), domain.design);
        if (!domain.design.isEmpty() && domain.design == excludedVoc)
            continue;
        ++domainCount[holder];
        QuotaAmounts& amounts = held[holder];
        amounts.vcpus += domain.vcpus;
        amounts.memoryMiB += domain.memoryMiB;
    }
    for (auto it = held.begin(); it != held.end(); ++it)
        it->vcns = std::max(recordCount.value(it.key()), domainCount.value(it.key()));

    // Bytes first, MiB once per holder: many small volumes must not round up each.
    QMap<QString, qint64> bytes;
    qint64 sharedBytes = 0;
    for (const VolumeInfo& volume : volumes) {
        const auto owner = overlayOwner.constFind(volume.name);
        if (owner != overlayOwner.constEnd()) {
            if (*owner != excludedVoc)
                bytes[*owner] += volume.allocationBytes;
        } else if (volume.name.startsWith(QLatin1String("vocimg-"))) {
            sharedBytes += volume.allocationBytes;
        } else {
            bytes[volume.name] += volume.allocationBytes; // a file of no deployment: by its name
        }
    }
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        held[it.key()].storageMiB += mibRoundedUp(it.value());

    QList<QuotaHolder> usage;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (*it != QuotaAmounts{})
            usage.append(QuotaHolder{it.key(), *it});
    }
    if (sharedBytes > 0)
        usage.append(
            QuotaHolder{sharedImagesHolder(), QuotaAmounts{.storageMiB = mibRoundedUp(sharedBytes)}});
    return usage;
}

QuotaNeeds quotaNeeds(const SitePlan& plan, const QHash<QString, QStringList>& volumesThere)
{
    QuotaNeeds needs;
    qint64 storageBytes = 0;
    for (const SiteVcn& vcn : plan.vcns) {
        ++needs.amounts.vcns;
        needs.amounts.vcpus += vcn.entry.vcpus;
        needs.amounts.memoryMiB += vcn.entry.memoryMiB;
        needs.addresses.emplaceBack(vcn.entry.hostname, vcn.entry.ip);
        storageBytes += overlayReserveBytes;
    }
    // A pool per host holds a copy on every host it goes to.
    for (const ImageUpload& upload : plan.uploads) {
        for (const QString& host : upload.hosts) {
            if (!volumesThere.value(host).contains(upload.volume))
                storageBytes += upload.bytes;
        }
    }
    needs.amounts.storageMiB = mibRoundedUp(storageBytes);
    return needs;
}

QString QuotaLine::text() const
{
    QString line = VoQuotaText::tr("needs %1, grant %2")
                       .arg(quotaNeedText(kind, needed), quotaAmountText(kind, granted));
    if (inUse <= 0)
        return line;
    QStringList by;
    for (const auto& [name, amount] : holders) {
        // Names come from the hosts (domains, volumes) and the directory: escaped for the terminal.
        const QString shown = escapeForTerminal(name);
        by.append(holders.size() == 1 ? shown : VoQuotaText::tr("%1 (%2)").arg(shown).arg(amount));
    }
    return line + VoQuotaText::tr(", %1 in use by %2")
                      .arg(quotaAmountText(kind, inUse), by.join(QStringLiteral(", ")));
}

QString QuotaLine::shortText() const
{
    return VoQuotaText::tr("%1 (%2 in use, grant %3)")
        .arg(quotaNeedText(kind, needed), quotaAmountText(kind, inUse), quotaAmountText(kind, granted));
}

bool GrantVerdict::fits() const
{
    return outside.isEmpty() &&
           std::all_of(lines.cbegin(), lines.cend(), [](const QuotaLine& line) { return line.fits(); });
}

QString GrantVerdict::summary() const
{
    QStringList parts;
    for (const QuotaLine& line : lines)
        parts.append(line.shortText());
    return VoQuotaText::tr("within the grant of VO %1: %2").arg(vo, parts.join(QStringLiteral(", ")));
}

Status GrantVerdict::toStatus(const QString& site) const
{
    QStringList parts;
    QStringList hints;
    bool overQuota = false;
    for (const QuotaLine& line : lines) {
        if (!line.fits()) {
            parts.append(line.text());
            overQuota = true;
        }
    }
    for (const auto& [hostname, ip] : outside)
        parts.append(VoQuotaText::tr("the address %1 of %2 is outside the ranges granted to VO %3 (%4)")
                         .arg(ip, hostname, vo, ranges));
    if (parts.isEmpty())
        return Ok{};
    if (overQuota)
        hints.append(VoQuotaText::tr("destroy deployments of VO %1 that are no longer needed (vocctl "
                                     "deployments), make the design smaller, or ask the site's provider for "
                                     "a larger grant (vocctl directory grant --site %2 shows it)")
                         .arg(vo, site));
    if (!outside.isEmpty())
        hints.append(VoQuotaText::tr("the VCN range of the site profile (network.rangeStart, "
                                     "network.rangeEnd) must lie inside the grant: ask the provider for "
                                     "the VO's current profile"));
    return makeError(overQuota ? ErrorCode::Exhausted : ErrorCode::InvalidInput,
                     VoQuotaText::tr("the deployment does not fit the grant of VO %1 at %2: %3")
                         .arg(vo, site, parts.join(QStringLiteral("; "))),
                     outside.isEmpty() ? grantDn : outside.first().first, hints.join(QStringLiteral("; ")));
}

GrantVerdict checkVoGrant(const VoGrant& grant, const QuotaNeeds& needs, const QList<QuotaHolder>& usage)
{
    GrantVerdict verdict;
    verdict.vo = grant.vo;
    verdict.grantDn = grant.dn;
    for (QuotaKind kind : allQuotaKinds) {
        QuotaLine line{.kind = kind,
                       .needed = needs.amounts.value(kind),
                       .granted = grantedFor(grant, kind),
                       .inUse = 0,
                       .holders = {}};
        for (const QuotaHolder& holder : usage) {
            const qint64 amount = holder.held.value(kind);
            if (amount <= 0)
                continue;
            line.inUse += amount;
            line.holders.emplaceBack(holder.name, amount);
        }
        std::stable_sort(line.holders.begin(), line.holders.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        verdict.lines.append(line);
    }
    QStringList ranges;
    for (const auto& [first, last] : grant.ranges)
        ranges.append(first.toString() + QLatin1Char('-') + last.toString());
    verdict.ranges = ranges.join(QStringLiteral(", "));
    for (const auto& [hostname, ip] : needs.addresses) {
        const Result<Ipv4Address> address = Ipv4Address::parse(ip);
        const bool inside =
            address && std::any_of(grant.ranges.cbegin(), grant.ranges.cend(), [&](const auto& range) {
                return range.first <= *address && *address <= range.second;
            });
        if (!inside)
            verdict.outside.emplaceBack(hostname, ip);
    }
    return verdict;
}

} // namespace voc
