// SPDX-License-Identifier: GPL-3.0-or-later
// What the provider granted a VO at a site shared by VOs, as its entry ou=<vo>,ou=vocs,<base> holds it
// (VOC Studio's schema, resources/provider/vocstudio-schema.ldif: class vocsVirtualOrganization).
#pragma once

#include "common/result.h"
#include "net/ipv4.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace voc {

struct VoGrant
{
    QString vo; // the VO's name (the entry's ou)
    QString dn; // ou=<vo>,ou=vocs,<base>
    // Addresses the VO may give its VCNs: each pair first..last, inclusive (vocsGrantAddressRange).
    QList<QPair<Ipv4Address, Ipv4Address>> ranges;
    qint64 maxVcns = 0;       // vocsGrantMaxVcns
    qint64 maxVcpus = 0;      // vocsGrantMaxVcpus: all VCNs together
    qint64 maxMemoryMiB = 0;  // vocsGrantMaxMemoryMiB: all VCNs together
    qint64 maxStorageMiB = 0; // vocsGrantMaxStorageMiB: images, overlays and seeds in the VO's pool

    bool operator==(const VoGrant&) const = default;
};

// Reads a grant from the values of the VO's entry `dn` (attribute names in lower case, as LdapEntry
// holds them). The values are the directory's and checked as such: every attribute present, ranges
// "FIRST-LAST" with FIRST <= LAST, whole numbers >= 0. Errors name the attribute and the DN.
Result<VoGrant> parseVoGrant(const QString& vo, const QString& dn,
                             const QHash<QByteArray, QList<QByteArray>>& values);

// A VO's entry as the provider's trusted side (netsync) reads every VO's: the grant's attributes as
// stored, parsed where they are used. Kept raw so a grant the provider mistyped is still known by its
// VO (whose VCNs then get nothing, with the reason) and so netsync's saved state can hold it as read.
struct VoGrantEntry
{
    QString vo; // the entry's ou
    QString dn;
    QHash<QByteArray, QList<QByteArray>> values; // vocsgrant* attributes, names in lower case

    Result<VoGrant> grant() const { return parseVoGrant(vo, dn, values); }
    bool operator==(const VoGrantEntry&) const = default;
};

// The grant attributes, as LdapEntry names them (lower case).
const QList<QByteArray>& voGrantAttributes();

} // namespace voc
