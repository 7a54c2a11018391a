// SPDX-License-Identifier: GPL-3.0-or-later
// Where vocctl finds the directory password when no keychain is at hand.
#pragma once

#include "common/result.h"

#include <QString>

namespace voc {

struct SiteDirectory;

inline constexpr auto ldapPasswordVariable = "VOCSTUDIO_LDAP_PASSWORD";

// VOCSTUDIO_LDAP_PASSWORD when set; else the profile's passwordFile (relative to `profileDir`),
// refused when its group or others may read it; else an error saying both ways.
Result<QString> directoryPassword(const SiteDirectory& directory, const QString& profileDir);

} // namespace voc
