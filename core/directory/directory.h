// SPDX-License-Identifier: GPL-3.0-or-later
// The edge between VOC Studio and a site's directory: a small interface, implemented with libldap.
#pragma once

#include "common/result.h"
#include "directory/vcnrecord.h"
#include "directory/vogrant.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace voc {

struct SiteDirectory;

struct DirectoryConfig
{
    QString uri; // ldap://host:port or ldaps://host:port
    QString baseDn;
    QString bindDn; // empty: anonymous
    QString password;
    // A VO's profile at a site shared by VOs: its VOCs are ou=<voc>,ou=<vo>,ou=vocs,<baseDn>, and its
    // grant is on ou=<vo>,ou=vocs,<baseDn>. Empty: a single-tenant site (ou=<voc>,ou=vocs,<baseDn>).
    QString vo;
    bool startTls = true; // for ldap://: required, a server without StartTLS is an error
    QString caFile;
    bool allowUnencrypted = false; // a bind password over ldap:// without StartTLS to another machine
    int timeoutMs = 5000;          // connect and per-operation
    int pageSize = 500;            // RFC 2696 paged results

    static DirectoryConfig fromSite(const SiteDirectory& site, const QString& password);
};

struct DirectoryInfo
{
    QString uri;
    QString boundAs;  // the server's "who am I" answer, e.g. "dn:cn=vocstudio,dc=vsp,dc=test"
    QString baseDn;   // exists and is readable
    bool tls = false; // StartTLS or ldaps in use
    int vocCount = 0; // ou=<voc> entries under ou=vocs (a VO's: under ou=<vo>,ou=vocs)
    int vcnCount = 0;
    QString vo = {}; // the VO the profile works for; empty at a single-tenant site (initialised: last)
};

// One bound connection. Blocking calls with timeouts; use from one thread at a time (worker threads,
// never the GUI thread). Every write is validated first (normalizeVcnRecord) and escaped with
// libldap's own functions; errors carry the server's diagnostic message.
class Directory
{
public:
    virtual ~Directory() = default;

    virtual QString uri() const = 0;
    virtual Result<DirectoryInfo> info() = 0;
    virtual Result<QStringList> listVocs() = 0;
    // All VCN records of one VOC, or of every VOC for an empty name; sorted by voc, hostname.
    // Values as stored (not normalised): callers that use them check them with normalizeVcnRecord.
    virtual Result<QList<VcnRecord>> listVcns(const QString& voc = {}) = 0;
    // All or nothing: every record is checked (values, names, IPs and MACs free in the directory and
    // in the batch) before the first write; a failure midway removes what this call added.
    virtual Status addVcns(const QList<VcnRecord>& records) = 0;
    virtual Status removeVcn(const QString& voc, const QString& hostname) = 0;
    // Removes a whole VOC (its VCN entries and its ou); returns how many VCNs went.
    virtual Result<int> removeVoc(const QString& voc) = 0;
    // What the provider granted the profile's VO, from its entry ou=<vo>,ou=vocs,<base>. An error for
    // a single-tenant profile (no VO), a missing entry, or values that are not a grant.
    virtual Result<VoGrant> grant() = 0;
    // Every VO entry under ou=vocs,<base> with a grant (class vocsVirtualOrganization), sorted by VO,
    // attributes as stored: what netsync enforces. Needs an account that reads them all (netsync's);
    // a VO's account sees its own at most. Not pure: a directory without VOs (a test's fake) answers
    // with an error, never with "no grants", which would take every VO's VCN off the network.
    virtual Result<QList<VoGrantEntry>> listVoGrants();
};

// Where an RFC 4533 consumer stands: the server's cookie and the entries it has seen, by entryUUID.
// Persisted by the caller (netsync) so a restart continues from the cookie.
struct DirectorySyncState
{
    QByteArray cookie;
    QHash<QByteArray, VcnRecord> entries; // entryUUID (16 bytes) -> record as stored
    QHash<QByteArray, VoGrantEntry> vos;  // entryUUID -> a VO's entry with its grant, as stored
};

// Follows the VCN subtree (ou=vocs,<base>; a VO's profile: ou=<vo>,ou=vocs,<base>) with RFC 4533
// refreshAndPersist (libldap's ldap_sync). Records of both layouts come with their VO (VcnRecord::vo);
// the VO entries with a grant (vocsVirtualOrganization) in the subtree come too, so a change of a
// grant reaches netsync like a change of a record.
class DirectoryWatch
{
public:
    virtual ~DirectoryWatch() = default;
    // Connects, binds, and runs until stop() or a failure (then returns the error; the caller
    // reconnects with backoff). Calls onChange with the whole current state after the refresh phase
    // and after every change in the persist phase, on the calling thread.
    virtual Status run(DirectorySyncState& state,
                       const std::function<void(const DirectorySyncState&)>& onChange) = 0;
    // Thread-safe; run() returns Ok soon after (within about 100 ms).
    virtual void stop() = 0;
};

// Connects (StartTLS as configured) and binds.
Result<std::unique_ptr<Directory>> connectLdapDirectory(const DirectoryConfig& config);
std::unique_ptr<DirectoryWatch> createLdapWatch(const DirectoryConfig& config);

} // namespace voc
