// SPDX-License-Identifier: GPL-3.0-or-later
// A VCN as the site's directory holds it: cn=<hostname>,ou=<voc>,ou=vocs,<base> (single-tenant) or
// cn=<hostname>,ou=<voc>,ou=<vo>,ou=vocs,<base> (a site shared by VOs), objectClasses
// device + ipHost + ieee802Device (nis schema).
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace voc {

struct VcnRecord
{
    QString voc;         // the VOC's ou under ou=vocs (or under its VO's ou=<vo>,ou=vocs)
    QString hostname;    // cn
    QString ip;          // ipHostNumber
    QString mac;         // macAddress
    QString description; // role and owner VO, free text
    QString dn;          // as read from the directory; empty for a record not written yet
    // The VO whose entry holds the VOC; empty at a single-tenant site. Last, with an initialiser: the
    // records built field by field without a VO need not name it.
    QString vo = {};

    bool operator==(const VcnRecord&) const = default;
};

// Checks and normalises a record before it is written or used: hostname RFC 1123 (lower case),
// voc a valid name, vo empty or a VO name (checkVoName), IPv4 dotted quad, MAC lower-case colon form
// and locally administered unicast.
// The error names the field ("macAddress", "ipHostNumber", ...) and the record.
Result<VcnRecord> normalizeVcnRecord(const VcnRecord& record);

// "<voc>/<hostname>" ("<vo>/<voc>/<hostname>" for a VO's record) for messages, each part escaped for
// a terminal and cut at 40 characters, so a hostile value from the directory or a file cannot garble
// the output.
QString recordName(const VcnRecord& record);

// Checks one name as normalizeVcnRecord does: a VOC's ou or a VCN's hostname (cn) must be a single
// RFC 1123 label of printable ASCII. `field` ("ou", "cn") is named in the error.
Status checkVcnLabel(const QString& field, const QString& value);

} // namespace voc
