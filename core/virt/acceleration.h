// SPDX-License-Identifier: GPL-3.0-or-later
// KVM or TCG: which one a local run uses, decided from the setting, /dev/kvm and libvirt's capabilities.
#pragma once

#include "common/result.h"

#include <QString>

namespace voc {

class HypervisorConnection;

enum class Acceleration
{
    Auto,
    Kvm,
    Tcg
};

QString toString(Acceleration accel); // "auto", "kvm", "tcg"
bool fromString(const QString& text, Acceleration* accel);

// Whether the capabilities XML offers domain type 'kvm' for an hvm guest of any architecture.
bool capabilitiesOfferKvm(const QString& capabilitiesXml);

// Auto becomes Kvm when the device is usable and libvirt offers kvm, else Tcg; Kvm without both is
// an error that suggests tcg; Tcg stays Tcg. `where` names the host for the error.
Result<Acceleration> resolveAcceleration(Acceleration requested, const QString& capabilitiesXml,
                                         bool kvmDevice, const QString& where = {});

// The same for a connection: reads its capabilities; /dev/kvm is checked only for local URIs
// (for a remote host libvirt's capabilities already reflect its /dev/kvm).
Result<Acceleration> resolveAcceleration(Acceleration requested, HypervisorConnection& connection);

// /dev/kvm exists (the KVM module is loaded and the CPU supports it).
bool kvmDevicePresent();

} // namespace voc
