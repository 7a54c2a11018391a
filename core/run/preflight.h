// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a local run makes before it creates anything: the plan, the base images, the disk space,
// and names that are taken already.
#pragma once

#include "common/result.h"
#include "model/design.h"
#include "model/plan.h"
#include "virt/domainxml.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace voc {

class HypervisorConnection;
class OverlayStore;

// Validates the design and plans it locally; relative image, kernel and initrd paths are made
// absolute against the design file's folder (QEMU needs absolute paths).
Result<Plan> resolveLocalPlan(const Design& design, const QString& designDir);

// Lower-case hex sha256 of a file, read in 1 MiB blocks; `cancelled` is polled between blocks.
Result<QString> fileSha256(const QString& path, const std::function<bool()>& cancelled = {});

// Every distinct base image of the plan: it exists, is qcow2 or raw, matches its sha256 when the
// design gives one; kernel and initrd exist for kernel boot.
Status checkBaseImages(const Plan& plan, const OverlayStore& store,
                       const std::function<bool()>& cancelled = {});

// Enough free space in the overlay folder (or its nearest existing parent) for the plan's overlays
// to start: `perVcnMiB` each.
Status checkDiskSpace(const QString& overlayDir, int vcnCount, qint64 perVcnMiB);

// Domains and the network of this design that exist now: exact plan names, and domains with our
// prefix whose metadata names this design (so design "a" never claims the VMs of design "a-b").
struct LiveObjects
{
    QStringList domains;
    QStringList networks;
    bool isEmpty() const { return domains.isEmpty() && networks.isEmpty(); }
};
Result<LiveObjects> liveObjects(HypervisorConnection& connection, const QString& designName,
                                const QStringList& hostnames);

// The design name in a domain's <voc:vcn design="..."> metadata; empty when it is not ours.
QString designOfDomainXml(const QString& xml);

} // namespace voc
