// SPDX-License-Identifier: GPL-3.0-or-later
// What the directory and its watch share: opening a bound connection (StartTLS, CA, timeouts) and
// escaping DN and filter values with libldap's own functions.
#pragma once

#include "common/result.h"
#include "directory/directory.h"
#include "directory/ldaphandles.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace voc {

struct LdapSession
{
    LdapHandle ld;
    bool tls = false; // StartTLS done or ldaps://
};

// Initialises a handle for config.uri (ldap:// or ldaps:// only), sets protocol version 3, the
// network and operation timeouts and this handle's own TLS context (CA file, certificate required),
// runs StartTLS on ldap:// unless config.startTls is false (a server without StartTLS is an error,
// never a silent fall-back to plain text) and binds (simple; anonymous for an empty bind DN).
// `lostCode`, when given, receives the LDAP result code of a failure (0 when none).
Result<LdapSession> openLdapSession(const DirectoryConfig& config, int* lostCode = nullptr);

// One entry as a search returned it; attribute names in lower case.
struct LdapEntry
{
    QString dn;
    QHash<QByteArray, QList<QByteArray>> values;

    QString first(const char* attribute) const;
};

LdapEntry parseLdapEntry(LDAP* ld, LDAPMessage* message);
// cn=<hostname>,ou=<voc>[,ou=<vo>],ou=vocs,<base> with its values as stored (not normalised); the
// names come from the DN (parseVcnDn). A DN of another shape leaves voc and vo empty, which
// normalizeVcnRecord reports for the record (and its DN).
VcnRecord vcnRecordFromEntry(const LdapEntry& entry);
// ou=<vo>,ou=vocs,<base> of class vocsVirtualOrganization with its grant attributes as stored (the
// VO's name from the DN); nullopt for any other entry: the class elsewhere means nothing to us.
std::optional<VoGrantEntry> voGrantEntryFromEntry(const LdapEntry& entry);

// "attr=value" with the value escaped as a DN needs (ldap_rdn2str).
Result<QString> ldapRdn(const QString& attribute, const QString& value);
// A value for use inside a search filter, escaped per RFC 4515 (ldap_bv2escaped_filter_value).
QString ldapFilterValue(const QString& value);
// One RDN of a DN, its value unescaped. A multi-valued RDN ("cn=a+ou=b") has the types of its parts
// joined by '+' and the first value.
struct LdapRdn
{
    QString type;
    QString value;
};
// The RDNs of a DN, innermost first ("cn=a,ou=b,dc=c" -> cn=a, ou=b, dc=c), parsed with ldap_str2dn;
// an error for a DN that does not parse.
Result<QList<LdapRdn>> ldapRdns(const QString& dn);
// Their values only ("cn=a,ou=b,dc=c" -> a, b, c).
Result<QStringList> ldapRdnValues(const QString& dn);
// A DN as libldap writes it after parsing (checks the syntax of a configured base DN).
Result<QString> ldapNormalizedDn(const QString& dn);

// Where a configuration's VOCs live, from its normalised base DN: ou=<vo>,ou=vocs,<base> for a VO's
// profile, ou=vocs,<base> for a single-tenant site. The errors name directory.baseDn or directory.vo.
struct LdapVocsDns
{
    QString base;      // the normalised base DN
    QString container; // the parent of the ou=<voc> entries
};
Result<LdapVocsDns> ldapVocsDns(const DirectoryConfig& config);

} // namespace voc
