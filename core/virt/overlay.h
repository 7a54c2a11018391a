// SPDX-License-Identifier: GPL-3.0-or-later
// Copy-on-write disks: one qcow2 overlay per VCN on its role's read-only base image.
#pragma once

#include "common/result.h"
#include "model/plan.h"
#include "virt/qemuimg.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace voc {

class HypervisorConnection;

// Runs qemu-img (arguments as a list, never through a shell). Base images are only ever read.
class OverlayStore
{
public:
    explicit OverlayStore(QString qemuImg = QStringLiteral("qemu-img"), int timeoutMs = 60000);

    // The base image's format as qemu-img reads it: "qcow2" or "raw"; any other format, a missing
    // file or an unreadable one is an error naming the file.
    Result<QString> baseFormat(const QString& baseImage) const;

    // <dir>/<prefix><hostname>.qcow2; with prefix "voc-<design>-" the file is named like the domain.
    static QString overlayPath(const QString& dir, const QString& prefix, const PlanEntry& entry);

    // Creates the entry's overlay with the base's absolute path and its format recorded explicitly
    // (no format probing at boot). An existing overlay is a Conflict: it belongs to a running or a
    // crashed run, never silently reset. Returns the overlay's path.
    Result<QString> createFor(const PlanEntry& entry, const QString& baseImage, const QString& dir,
                              const QString& prefix = {}) const;

    // Removes an overlay; one that is already gone is fine.
    Status remove(const QString& overlayPath) const;

    // Removes <dir>/<prefix>*.qcow2 left by a crashed run, except those in `inUse` (absolute paths
    // of overlays that back a running domain, see overlaysInUse()). Returns what it removed.
    Result<QStringList> sweep(const QString& dir, const QString& prefix, const QSet<QString>& inUse) const;

    // The disk files of the domains whose name starts with `domainPrefix`.
    static Result<QSet<QString>> overlaysInUse(HypervisorConnection& connection, const QString& domainPrefix);

private:
    QemuImg m_qemuImg;
};

} // namespace voc
