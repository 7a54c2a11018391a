// SPDX-License-Identifier: GPL-3.0-or-later
// The one converter from libldap result codes and the server's diagnostic message to voc::Error.
#pragma once

#include "common/result.h"

#include <QString>

#include <ldap.h>

#include <optional>

namespace voc {

// A VO's directory account at a site shared by VOs and what the provider's access rules
// (resources/provider/vocstudio-access.ldif.in) tie to it by name.
struct LdapVoAccount
{
    QString boundDn; // uid=<vo>,ou=people,<base>
    QString ownDn;   // ou=<vo>,ou=vocs,<base>: it writes below this entry and nowhere else
    QString vocsDn;  // ou=vocs,<base>: where the other VOs' entries are
};

// The account for a bind DN of the form uid=<vo>,ou=people,<baseDn>; nothing for any other DN (a
// single-tenant service account, the admin, anonymous).
std::optional<LdapVoAccount> ldapVoAccount(const QString& bindDn, const QString& baseDn);

// `what` says what we tried ("could not bind as cn=vocstudio,..."); libldap's text for `code` and
// the server's diagnostic message (from `diagnostic`, else LDAP_OPT_DIAGNOSTIC_MESSAGE of `ld`)
// are appended. `where` names the URI or DN. The code and hint follow the result code: invalid
// credentials ask to check the bind DN and password, an unreachable server names the URI, TLS
// failures point at the CA file, existing entries are a Conflict, missing ones NotFound.
//
// slapo-unique's refusal (constraintViolation, "non-unique attributes found with <filter>") is a
// Conflict; when the filter names one attribute (the provider's guide configures one olcUniqueURI per
// attribute) the message names it and its value, as a VO cannot look up who holds it.
//
// With `account` (the connection is bound as a VO's account): insufficientAccess anywhere, and
// noSuchObject for a DN under ou=vocs outside its own entry (another VO's, which the server hides),
// say that the account may write only below its own entry, naming the DN and the account.
Error ldapError(int code, const QString& what, const QString& where, LDAP* ld = nullptr,
                const QString& diagnostic = {}, const LdapVoAccount* account = nullptr);

// The connection is gone (server stopped, network cut): worth one reconnect before failing.
bool isLdapConnectionLost(int code);

} // namespace voc
