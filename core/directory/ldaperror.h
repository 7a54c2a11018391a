// SPDX-License-Identifier: GPL-3.0-or-later
// The one converter from libldap result codes and the server's diagnostic message to voc::Error.
#pragma once

#include "common/result.h"

#include <ldap.h>

namespace voc {

// `what` says what we tried ("could not bind as cn=vocstudio,..."); libldap's text for `code` and
// the server's diagnostic message (from `diagnostic`, else LDAP_OPT_DIAGNOSTIC_MESSAGE of `ld`)
// are appended. `where` names the URI or DN. The code and hint follow the result code: invalid
// credentials ask to check the bind DN and password, an unreachable server names the URI, TLS
// failures point at the CA file, existing entries are a Conflict, missing ones NotFound.
Error ldapError(int code, const QString& what, const QString& where, LDAP* ld = nullptr,
                const QString& diagnostic = {});

// The connection is gone (server stopped, network cut): worth one reconnect before failing.
bool isLdapConnectionLost(int code);

} // namespace voc
