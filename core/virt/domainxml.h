// SPDX-License-Identifier: GPL-3.0-or-later
// libvirt domain and network XML for a plan, written with QXmlStreamWriter (so every value is escaped).
#pragma once

#include "common/result.h"
#include "model/plan.h"
#include "virt/acceleration.h"

#include <QString>
#include <QStringList>

namespace voc {

// The namespace of the <metadata> element that marks our domains, so leftovers are recognisable.
inline constexpr char16_t vcnMetadataNamespace[] = u"https://vocstudio.example/xmlns/vcn/1";

struct DomainOptions
{
    QString name = {};                      // libvirt domain name, see domainName()
    QString designName = {};                // recorded in the metadata
    Acceleration accel = Acceleration::Tcg; // Kvm or Tcg: resolve Auto first (resolveAcceleration)
    QString overlayPath = {};               // qcow2 overlay, the VCN's disk; required for disk boot
    QString networkName = {};               // libvirt network the NIC joins
    QString serialLogPath = {};             // optional: virtlogd copies the serial console here
    bool vnc = false;                       // optional VNC display, listening on 127.0.0.1 only
    // A host bridge the NIC joins instead of a libvirt network (a site's hosts: the VCN segment);
    // when set, networkName is not used.
    QString bridge = {};
    // Kernel boot reads kernel, initrd and cmdline from the entry's ImageRef; give absolute paths.
};

// "voc-<design>-<hostname>": the prefix keeps our domains apart from the user's own.
QString domainName(const QString& designName, const QString& hostname);
// "voc-<design>": the isolated network of a local run.
QString networkName(const QString& designName);
// A Linux bridge name (at most 15 characters) derived from the network's name by a hash, so two
// networks never share one and the name stays short whatever the design is called.
QString bridgeName(const QString& networkName);

// A transient domain for one VCN: memory, vCPUs, CPU model by acceleration (TCG: 'qemu' with
// qemu64; KVM: 'kvm' with host-passthrough), disk or kernel boot, the plan's MAC on the network,
// serial console on a pty, no graphics unless asked, powered off means gone.
Result<QString> domainXml(const PlanEntry& entry, const DomainOptions& options);

struct NetworkOptions
{
    QString name = {};   // see networkName()
    QString bridge = {}; // empty: bridgeName(name)
};

// An isolated network (no <forward>): the gateway address with the plan's netmask, a DHCP host
// entry (MAC, name, IP) and a DNS host per VCN, and the plan's domain answered locally only.
Result<QString> networkXml(const Plan& plan, const NetworkOptions& options);

// The files of a domain's disks (<devices><disk><source file=.../>), not their backing chains:
// for a VCN, its overlay.
QStringList diskFilesOfDomainXml(const QString& xml);

} // namespace voc
