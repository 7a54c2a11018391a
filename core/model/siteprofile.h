// SPDX-License-Identifier: GPL-3.0-or-later
// What a Virtualization Service Provider publishes about its site: hosts, storage, network and
// directory. Stored as JSON, "format": "vocstudio-site/1". Secrets are never in the file.
#pragma once

#include "common/result.h"
#include "model/problem.h"

#include <QList>
#include <QString>

namespace voc {

inline constexpr auto siteProfileFormat = "vocstudio-site/1";

struct SiteHost
{
    QString name; // short name shown to users, e.g. "kvm1"
    QString uri;  // libvirt URI, e.g. "qemu+ssh://root@10.213.0.11/system?keyfile=/path/id"
    int cpus = 0; // what the site offers on this host (0: unknown, ask libvirt)
    qint64 memoryMiB = 0;
    // The host is the machine VOC Studio runs on: only then may its URI be a local one (qemu:///system,
    // test:///), which talks to this machine's own libvirt.
    bool local = false;

    bool operator==(const SiteHost&) const = default;
};

enum class StorageSharing
{
    Shared,  // one pool all hosts see (NFS): an image is pushed once in all
    PerHost, // each host has its own pool of that name: pushed once per host
};

struct SiteStorage
{
    QString pool = QStringLiteral("vocstudio"); // libvirt storage pool name on every host
    StorageSharing sharing = StorageSharing::Shared;
    QString path; // the pool's directory on the hosts (informative; libvirt knows it)

    bool operator==(const SiteStorage&) const = default;
};

struct SiteDirectory
{
    QString uri;          // ldap://host[:port] (StartTLS) or ldaps://host[:port]
    QString baseDn;       // e.g. "dc=vsp,dc=example"; VCNs live under ou=vocs,<baseDn>
    QString bindDn;       // the VOC Studio service account, or the VO's account uid=<vo>,ou=people,<baseDn>
    bool startTls = true; // required by default for ldap://
    QString caFile;       // PEM CA that signed the server's certificate; empty: the system's
    // Where vocctl finds the password when no keychain is at hand: a file readable only by its
    // owner (0600). The environment variable VOCSTUDIO_LDAP_PASSWORD wins over it.
    QString passwordFile;
    // ldap:// without StartTLS to another machine sends the bind password in clear: refused unless the
    // provider says so here, for a directory that really has no TLS.
    bool allowUnencrypted = false;
    // The VO this profile works for at a site shared by VOs: its VOCs live under ou=<vo>,ou=vocs,
    // <baseDn>, where the provider keeps its grant. Empty: a single-tenant site (ou=<voc>,ou=vocs).
    QString vo = {};

    bool operator==(const SiteDirectory&) const = default;
};

struct SiteNetwork
{
    QString bridge;     // bridge name on every host that VCNs attach to
    QString subnet;     // CIDR of the VCN segment, e.g. "10.213.0.0/24"
    QString rangeStart; // first and last address handed to VCNs
    QString rangeEnd;
    QString gateway;   // may be empty (isolated site)
    QString dnsDomain; // e.g. "vsp.test"; VCN names are <hostname>.<dnsDomain>
    QString dnsServer; // the site's DNS (dnsmasq) address

    bool operator==(const SiteNetwork&) const = default;
};

// Who a profile works for, from its "kind" (explicit for an admin profile; a profile with no "kind" is
// a VO's when it names directory.vo, else a single-tenant site's).
enum class SiteProfileKind
{
    SingleTenant,  // "single-tenant": hosts as root (system libvirt), the site's service account
    Vo,            // "vo": a VO's own accounts (libvirt session, uid=<vo>,ou=people), directory.vo set
    ProviderAdmin, // "provider-admin": the provider's own (directory admin, hosts as root), for
                   // `vocctl site vo`; never handed to a VO
};

// The "kind" values, as written in the file.
QString siteProfileKindName(SiteProfileKind kind);

struct SiteProfile
{
    QString name; // e.g. "sandbox"
    QString description;
    QList<SiteHost> hosts;
    SiteStorage storage;
    SiteNetwork network;
    SiteDirectory directory;
    // "kind": "provider-admin". The other kinds follow from directory.vo (siteProfileKind).
    bool providerAdmin = false;

    SiteProfileKind kind() const
    {
        if (providerAdmin)
            return SiteProfileKind::ProviderAdmin;
        return directory.vo.isEmpty() ? SiteProfileKind::SingleTenant : SiteProfileKind::Vo;
    }

    bool operator==(const SiteProfile&) const = default;
};

// Where profiles live for this user (~/.local/share/vocstudio/sites); scripts/vsp-sandbox writes its
// profile there and the Sites page lists it.
QString siteProfilesFolder();
// A path as given, or the name of a profile in siteProfilesFolder() ("sandbox" -> .../sandbox.json).
QString resolveSiteProfile(const QString& nameOrPath);

// The one loader every command and page uses: reads the file (a regular file, at most 4 MiB), parses
// it (duplicate keys refused), takes every relative path in it (caFile, passwordFile, the keyfile=,
// command=, known_hosts= and pkipath= of host URIs) against the profile's folder, and refuses a
// profile that breaks a rule of siteProfileTrustProblems(). Errors name the file and the JSON path
// (hosts[1].uri).
Result<SiteProfile> loadSiteProfile(const QString& path);
// Only the JSON: no paths resolved, no trust rules (for text that is not a file, such as a journal's
// copy of a profile loadSiteProfile accepted).
Result<SiteProfile> parseSiteProfile(const QByteArray& json, const QString& where);
QByteArray siteProfileToJson(const SiteProfile& profile);
// Atomic (temp file + rename).
Status saveSiteProfile(const QString& path, const SiteProfile& profile);
// Every problem, with its JSON path and a hint (no hosts, bad URI, subnet, range outside it, ...).
Problems validateSiteProfile(const SiteProfile& profile);
// The same, with relative caFile and passwordFile paths taken relative to profileDir (the folder of
// the profile file), as vocctl and the Sites page resolve them.
Problems validateSiteProfile(const SiteProfile& profile, const QString& profileDir);

// The rules a profile must keep before anything uses it, whoever wrote it: host URIs over qemu+ssh,
// qemu+tls or qemu+libssh (qemu:/// and test:/// only on a host marked local; no xen, ext, unix or
// empty URI); no URI parameter that runs a program here, except command= naming an executable file
// inside profileDir (the site's ssh wrapper, links resolved); no bind password to another machine
// over ldap:// without StartTLS unless directory.allowUnencrypted. Part of validateSiteProfile too.
Problems siteProfileTrustProblems(const SiteProfile& profile, const QString& profileDir);
// caFile, passwordFile and the file parameters of host URIs, when relative, made absolute against
// profileDir (nothing happens for an empty profileDir).
void resolveSiteProfilePaths(SiteProfile& profile, const QString& profileDir);
// True for ldap:// without StartTLS to a host other than this machine (loopback, localhost or none).
bool ldapSendsPasswordInClear(const QString& uri, bool startTls);

} // namespace voc
