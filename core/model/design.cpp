// SPDX-License-Identifier: GPL-3.0-or-later
#include "design.h"
#include "common/enumnames.h"

#include <array>
#include <limits>
#include <utility>

namespace voc {

namespace {

// One table per enum keeps toString and fromString from drifting apart.
constexpr std::array roleKindNames{
    std::pair{RoleKind::Head, "head"},
    std::pair{RoleKind::Compute, "compute"},
};
constexpr std::array nicModelNames{
    std::pair{NicModel::Virtio, "virtio"},
    std::pair{NicModel::E1000, "e1000"},
};
constexpr std::array bootModeNames{
    std::pair{BootMode::Disk, "disk"},
    std::pair{BootMode::Kernel, "kernel"},
};

} // namespace

const Role* Design::head() const
{
    for (const Role& role : roles) {
        if (role.kind == RoleKind::Head)
            return &role;
    }
    return nullptr;
}

QList<const Role*> Design::computeRoles() const
{
    QList<const Role*> result;
    for (const Role& role : roles) {
        if (role.kind == RoleKind::Compute)
            result.append(&role);
    }
    return result;
}

int Design::vcnCount() const
{
    // Summed in 64 bits and clamped: an unvalidated design may hold absurd counts.
    qint64 total = 0;
    for (const Role& role : roles)
        total += qMax(0, role.count);
    return int(qMin<qint64>(total, std::numeric_limits<int>::max()));
}

QString toString(RoleKind kind)
{
    return nameOf(roleKindNames, kind);
}

QString toString(NicModel nic)
{
    return nameOf(nicModelNames, nic);
}

QString toString(BootMode mode)
{
    return nameOf(bootModeNames, mode);
}

bool fromString(const QString& text, RoleKind* kind)
{
    return valueOf(roleKindNames, text, kind);
}

bool fromString(const QString& text, NicModel* nic)
{
    return valueOf(nicModelNames, text, nic);
}

bool fromString(const QString& text, BootMode* mode)
{
    return valueOf(bootModeNames, text, mode);
}

QString defaultHostnamePattern(RoleKind kind)
{
    return kind == RoleKind::Head ? QStringLiteral("{voc}-head") : QStringLiteral("{voc}-{role}{index:02}");
}

QStringList imageBuildNames()
{
    return {QStringLiteral("tiny"), QStringLiteral("head"), QStringLiteral("compute")};
}

Design makeDefaultDesign(const QString& name)
{
    Design design;
    design.name = name;
    design.vo = QStringLiteral("my-vo");

    Role head;
    head.kind = RoleKind::Head;
    head.count = 1;
    head.vcpus = 2;
    head.memoryMiB = 2048;
    head.image.path = QStringLiteral("images/head.qcow2");
    head.hostnamePattern = defaultHostnamePattern(RoleKind::Head);

    Role compute;
    compute.kind = RoleKind::Compute;
    compute.count = 4;
    compute.vcpus = 2;
    compute.memoryMiB = 1024;
    compute.image.path = QStringLiteral("images/compute.qcow2");
    compute.hostnamePattern = defaultHostnamePattern(RoleKind::Compute);

    design.roles = {head, compute};
    return design;
}

} // namespace voc
