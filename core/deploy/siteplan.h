// SPDX-License-Identifier: GPL-3.0-or-later
// A design resolved for a VSP site: every VCN's name, MAC, address, host, domain and overlay volume,
// and the images to push. Pure: the caller collects capacities and directory records.
#pragma once

#include "common/result.h"
#include "deploy/placement.h"
#include "directory/vcnrecord.h"
#include "model/design.h"
#include "model/plan.h"
#include "model/siteprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

struct SiteVcn
{
    PlanEntry entry;       // hostname, role, vCPUs, memory, MAC, IP, image (absolute local paths)
    QString host;          // SiteHost::name
    QString hostUri;       // SiteHost::uri
    QString domain;        // libvirt domain name (domainName(design, hostname))
    QString overlayVolume; // the VCN's qcow2 disk in the site's pool
    QString baseVolume;    // the pushed image it is backed by (imageVolumeName)
    // Kernel boot: the pushed kernel and initrd (raw volumes in the same pool); empty for disk boot.
    QString kernelVolume;
    QString initrdVolume;

    bool operator==(const SiteVcn&) const = default;
};

// One base image and where it goes: one target for a shared pool, each host that runs a VCN of it
// for per-host pools.
struct ImageUpload
{
    QString localPath;
    QString sha256; // lower-case hex; known before planning (the design's or computed)
    QString format; // "qcow2" or "raw" (kernels and initrds of kernel boot are raw)
    qint64 bytes = 0;
    QString volume;    // content-addressed name, imageVolumeName(sha256, format)
    QStringList hosts; // SiteHost names whose pool receives it
    QStringList vcns;  // hostnames booting from it

    bool operator==(const ImageUpload&) const = default;
};

struct SitePlan
{
    QString site;   // SiteProfile::name
    QString design; // Design::name, also the VOC's ou in the directory
    QString vo;
    QString pool;
    StorageSharing sharing = StorageSharing::Shared;
    QString bridge;
    QString subnet;
    QString gateway;
    QString dnsDomain;
    QString dnsServer;
    Placement placement = Placement::Spread;
    double vcpuOvercommit = defaultVcpuOvercommit;
    QList<SiteVcn> vcns; // head first, then compute in design order
    QList<ImageUpload> uploads;
    QList<HostCapacity> hosts; // capacity before this VOC, in profile order
    QString summary;           // human text: "5 VCNs on 2 hosts: kvm1 3 (6 vCPUs, 1.5 GiB), kvm2 2 ..."

    // VCNs per host name, in plan order.
    QList<SiteVcn> vcnsOn(const QString& host) const;
    QStringList usedHosts() const; // in profile order
    // The directory records of this plan (ou = design, cn = hostname, description = role and VO).
    QList<VcnRecord> directoryRecords() const;

    bool operator==(const SitePlan&) const = default;
};

struct SitePlanInput
{
    Design design;
    QString designDir; // relative image paths resolve against it
    SiteProfile profile;
    QList<HostCapacity> hosts;  // one per profile host, same names; the caller fills usage
    QList<VcnRecord> directory; // every VCN record of the site (all VOCs)
    Placement placement = Placement::Spread;
    double vcpuOvercommit = defaultVcpuOvercommit;
    // sha256 and format per absolute local image path (the design's sha256 when it gives one is
    // used when this has no entry); an image without either is an error naming it.
    QHash<QString, QString> imageSha256;
    QHash<QString, QString> imageFormat; // "qcow2" / "raw"; default "qcow2"
    QHash<QString, qint64> imageBytes;
};

// The plan: hostnames from the design's patterns (refused when another VOC in the directory has
// one of them), IPs from the site's range skipping the directory's addresses, the gateway and the
// DNS server, MACs from a seed of site and design skipping the directory's, placement by capacity.
// Errors explain what does not fit and where ("kvm2", "roles[1].hostnamePattern", a hostname).
Result<SitePlan> planForSite(const SitePlanInput& input);

// The plan as JSON (for the journal, so destroy and resume need nothing else) and back.
QJsonObject sitePlanToJson(const SitePlan& plan);
Result<SitePlan> sitePlanFromJson(const QJsonObject& object);

// The overlay volume name of a VCN: "<domain>.qcow2".
QString overlayVolumeName(const QString& designName, const QString& hostname);

} // namespace voc
