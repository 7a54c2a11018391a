// SPDX-License-Identifier: GPL-3.0-or-later
// VCN records in and out of files: CSV (voc,hostname,ip,mac,description) and LDIF, for the batch
// directory tool (vocctl directory import/export). Reading never trusts the file: every problem
// names the line, and records are returned as written (checked later by normalizeVcnRecord).
#pragma once

#include "common/result.h"
#include "directory/vcnrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace voc {

enum class VcnFileFormat
{
    Csv,
    Ldif,
};

// The names a VCN entry's DN carries, in either layout of a site's directory:
//   cn=<hostname>,ou=<voc>,ou=vocs,<base>          a single-tenant site (vo empty)
//   cn=<hostname>,ou=<voc>,ou=<vo>,ou=vocs,<base>  a site shared by VOs
// ou=vocs is the first one above the VOC's ou. Anything else (deeper or shallower, other RDN types,
// multi-valued RDNs, no ou=vocs) is an error naming the DN. The names are not checked here
// (normalizeVcnRecord does that).
struct VcnDnNames
{
    QString vo;
    QString voc;
    QString hostname;

    bool operator==(const VcnDnNames&) const = default;
};
Result<VcnDnNames> parseVcnDn(const QString& dn);

// By extension: .csv or .ldif/.ldi; an error naming the file otherwise.
Result<VcnFileFormat> vcnFileFormatFor(const QString& path);

// RFC 4180 CSV with a header row naming the columns (any order; voc, hostname, ip, mac required,
// description and vo optional); a UTF-8 BOM and CRLF are accepted. `where` names the file in errors.
Result<QList<VcnRecord>> parseVcnCsv(const QByteArray& bytes, const QString& where);
// voc,hostname,ip,mac,description; a first column vo only when a record belongs to a VO, so a
// single-tenant site's file is what it always was.
QByteArray vcnRecordsToCsv(const QList<VcnRecord>& records);

// RFC 2849 LDIF content records (folded lines, base64 "::" values, comments). Entries whose
// objectClass lacks ipHost are skipped; the VOC and VO come from the DN (parseVcnDn).
Result<QList<VcnRecord>> parseVcnLdif(const QByteArray& bytes, const QString& where);
// Entries under ou=vocs,<baseDn> (ou=<vo>,ou=vocs,<baseDn> for a VO's record) with objectClasses
// device, ipHost, ieee802Device. Values that are not safe strings (RFC 2849 SAFE-STRING) are written
// base64.
QByteArray vcnRecordsToLdif(const QList<VcnRecord>& records, const QString& baseDn);

} // namespace voc
