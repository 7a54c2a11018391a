// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of the provider's tools (`vocctl site vo ...`) that need no directory and no host: who
// may run them (the provider admin profile), a new VO's name, its uid, its address range, its
// password and the site profile handed to it.
#pragma once

#include "common/result.h"
#include "directory/vogrant.h"
#include "model/siteprofile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace voc {

using AddressRange = QPair<Ipv4Address, Ipv4Address>;

// Where the provider's script is installed on every host (resources/provider/vocstudio-vo-host).
inline constexpr auto defaultVoHostTool = "/usr/local/sbin/vocstudio-vo-host";
// The first uidNumber (= gidNumber) given to a VO's account.
inline constexpr qint64 firstVoId = 20001;
// Addresses a VO gets when the provider names no range.
inline constexpr int defaultVoRangeSize = 32;

// Ok for a provider admin profile; otherwise an error that says which kind `profile` is and what to
// use instead. `where` is the profile's path.
Status requireProviderAdmin(const SiteProfile& profile, const QString& where);

// A new VO's name: the same rules as the sandbox's (^[a-z][a-z0-9]{0,15}$: a unix user name on every
// host, a folder, a DN value), and not root. InvalidInput naming NAME.
Status checkNewVoName(const QString& name);

// The lowest id from `first` on that is neither a uidNumber nor a gidNumber in `used` (the account's
// uidNumber and gidNumber are the same number). Exhausted past 2^31 - 1.
Result<qint64> allocateVoId(const QSet<qint64>& used, qint64 first = firstVoId);

// "FIRST-LAST" (IPv4, inclusive, FIRST <= LAST); InvalidInput naming `where` (e.g. --range).
Result<AddressRange> parseAddressRange(const QString& text, const QString& where);
QString addressRangeText(const AddressRange& range);
// Every range inside the site's subnet, not on its network or broadcast address.
Status checkRangesInSite(const QList<AddressRange>& ranges, const SiteNetwork& network);
// The first `size` addresses of the site's range (rangeStart..rangeEnd) that no other VO's grant
// holds, as one run (fewer when the free run is shorter); Exhausted when none is free.
Result<AddressRange> defaultVoRange(const SiteNetwork& network, const QList<VoGrant>& others,
                                    int size = defaultVoRangeSize);

// A random password for the VO's directory account (32 characters of base64url).
QByteArray generateVoPassword();
// userPassword in slapd's {SSHA} scheme: "{SSHA}" base64(SHA-1(password + salt) + salt).
QByteArray sshaPassword(const QByteArray& password, const QByteArray& salt);

// What a VO's profile needs beyond the admin profile.
struct VoProfileSpec
{
    QString vo;
    QString outDir;   // absolute: the profile's folder (site.json, directory.password, ssh/)
    QString poolsDir; // absolute: where the hosts see the VOs' pool directories (<poolsDir>/<vo>)
    AddressRange range;
};

// The directory of the VOs' pools on the hosts when the provider names none: "vos" beside the admin
// profile's pool directory (/var/lib/libvirt/images/vocstudio -> /var/lib/libvirt/images/vos).
QString defaultVoPoolsDir(const SiteProfile& admin);

// qemu+ssh://<vo>@host[:port]/session?keyfile=<outDir>/ssh/id_ed25519&command=<outDir>/ssh/ssh&no_tty=1
// from an admin URI qemu+ssh://root@host[:port]/system; InvalidInput for other transports.
Result<QString> voHostUri(const QString& adminUri, const QString& vo, const QString& outDir);

// The VO's profile: the admin profile's hosts as the VO (voHostUri), its pool directory, its range,
// its directory account uid=<vo>,ou=people,<base> with <outDir>/directory.password, "vo": <vo>.
Result<SiteProfile> voSiteProfile(const SiteProfile& admin, const VoProfileSpec& spec);

} // namespace voc
