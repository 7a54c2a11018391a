// SPDX-License-Identifier: GPL-3.0-or-later
// A deployment against the grant of its VO at a site shared by VOs: what the plan needs, what the
// VO's other deployments hold, and the verdict with the numbers ("needs 40 vCPUs, grant 32, 8 in
// use by demo-old"). Pure: the caller reads the grant, the VO's records, session domains and volumes.
//
// What "in use" means, as the VO itself can read it (its own account, nothing of other VOs):
//  - VCNs: per VOC, the larger of its directory records (below ou=<vo>,ou=vocs: what holds names and
//    addresses, and what netsync counts) and its domains in the VO's libvirt sessions (what runs);
//    a domain without VOC metadata counts as a VOC of its own name;
//  - vCPUs and memory: the VO's session domains on every host (what the hosts spend on it);
//  - image storage: the allocation of every volume in the VO's pool (once for a shared pool): the
//    overlays of a VOC count for it, everything else (base images, kernels, shared by the VO's
//    deployments) for "shared images".
#pragma once

#include "common/result.h"
#include "deploy/siteplan.h"
#include "directory/vcnrecord.h"
#include "directory/vogrant.h"
#include "virt/hypervisor.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>

namespace voc {

// Room kept for every overlay a deployment starts (they begin at a few KiB and grow as the VCN
// writes), in the pool's free space check and against the VO's storage quota alike.
inline constexpr qint64 overlayReserveBytes = 64 * 1024 * 1024;

enum class QuotaKind
{
    Vcns,
    Vcpus,
    MemoryMiB,
    StorageMiB,
};
inline constexpr std::array allQuotaKinds{QuotaKind::Vcns, QuotaKind::Vcpus, QuotaKind::MemoryMiB,
                                          QuotaKind::StorageMiB};
// The grant's attribute for a quota: "vocsGrantMaxVcpus", ...
QString grantAttribute(QuotaKind kind);

struct QuotaAmounts
{
    qint64 vcns = 0;
    qint64 vcpus = 0;
    qint64 memoryMiB = 0;
    qint64 storageMiB = 0;

    qint64 value(QuotaKind kind) const;
    qint64& value(QuotaKind kind);
    bool operator==(const QuotaAmounts&) const = default;
};

// What one VOC of the VO holds (or a domain of no VOC, or the VO's shared images).
struct QuotaHolder
{
    QString name;
    QuotaAmounts held;

    bool operator==(const QuotaHolder&) const = default;
};

// A domain in one of the VO's sessions, as the hosts report it.
struct VoDomain
{
    QString host;
    QString name;
    QString design; // from the domain's VOC Studio metadata; empty for a domain of no VOC
    int vcpus = 0;
    qint64 memoryMiB = 0;
};

// The name under which the VO's shared images (base images, kernels, initrds) are reported.
QString sharedImagesHolder();

// What the VO holds, by VOC, from its directory records, session domains and pool volumes, leaving
// out the VOC `excludedVoc` (the one being deployed). Holders with nothing are left out; the order is
// by name, shared images last.
QList<QuotaHolder> voUsage(const QList<VcnRecord>& records, const QList<VoDomain>& domains,
                           const QList<VolumeInfo>& volumes, const QString& excludedVoc);

struct QuotaNeeds
{
    QuotaAmounts amounts;
    QList<std::pair<QString, QString>> addresses; // VCN hostname, its IP
};

// What the plan asks of the grant: its VCNs, their vCPUs and memory, and as storage the images not
// in the pool yet plus an overlay reserve per VCN. `volumesThere`: by host name, the names of the
// volumes its pool holds (for a shared pool, the host the plan uploads to).
QuotaNeeds quotaNeeds(const SitePlan& plan, const QHash<QString, QStringList>& volumesThere);

// One quota: needed by the deployment, granted, and in use by the VO's other VOCs.
struct QuotaLine
{
    QuotaKind kind = QuotaKind::Vcns;
    qint64 needed = 0;
    qint64 granted = 0;
    qint64 inUse = 0;
    QList<std::pair<QString, qint64>> holders; // who holds inUse, the most first

    bool fits() const { return needed + inUse <= granted; }
    // "needs 40 vCPUs, grant 32, 8 in use by demo-old"; "… by demo-old (6), test (2)" for several.
    QString text() const;
    // "2 + 1 in use of 4 VCNs"
    QString shortText() const;
};

struct GrantVerdict
{
    QString vo;
    QString grantDn;
    QList<QuotaLine> lines; // one per quota, in allQuotaKinds order
    // VCNs whose address lies outside every granted range: hostname, IP.
    QList<std::pair<QString, QString>> outside;
    QString ranges; // the granted ranges as text: "10.213.0.100-10.213.0.174, ..."

    bool fits() const;
    // One line for a plan that fits: "within the grant of VO alpha: 2 + 1 in use of 4 VCNs, ...".
    QString summary() const;
    // Ok, or one Exhausted error naming every quota exceeded with its numbers and every VCN whose
    // address is outside the grant (where: the first such VCN, else the grant's entry).
    Status toStatus(const QString& site) const;
};

// The plan's needs against the grant minus what the VO's other VOCs hold.
GrantVerdict checkVoGrant(const VoGrant& grant, const QuotaNeeds& needs, const QList<QuotaHolder>& usage);

} // namespace voc
