// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's side of a directory shared by VOs: the VOs' entries with their grants
// (ou=<vo>,ou=vocs), their accounts (uid=<vo>,ou=people, posixAccount) and what they hold below their
// entries. Only the provider's admin profile opens it (`vocctl site vo ...`); a VO's profile never does.
#pragma once

#include "common/result.h"
#include "directory/vogrant.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace voc {

struct DirectoryConfig;

// A VO's account: what it binds as, and what the hosts resolve (as nslcd would) for its unix account.
struct VoAccount
{
    QString dn; // uid=<vo>,ou=people,<base>
    qint64 uidNumber = 0;
    qint64 gidNumber = 0;
    QString homeDirectory; // /home/<vo>

    bool operator==(const VoAccount&) const = default;
};

// What a VO holds in the directory below its entry.
struct VoUsage
{
    QStringList vocs; // its ou=<voc> entries, sorted
    int vcns = 0;     // VCN records (ipHost) below them

    bool operator==(const VoUsage&) const = default;
};

struct VoSummary
{
    QString vo;
    VoGrant grant;
    std::optional<VoAccount> account; // none when uid=<vo>,ou=people is missing
    VoUsage usage;
};

// One bound connection as the directory's admin. Blocking; use from one thread at a time.
class VoAdminDirectory
{
public:
    virtual ~VoAdminDirectory() = default;

    virtual QString uri() const = 0;
    virtual QString baseDn() const = 0;
    // ou=<vo>,ou=vocs,<base> and uid=<vo>,ou=people,<base>.
    virtual QString voDn(const QString& vo) const = 0;
    virtual QString accountDn(const QString& vo) const = 0;

    // Every VO entry (class vocsVirtualOrganization) under ou=vocs, sorted by name; an entry whose grant
    // does not parse is an error naming it.
    virtual Result<QList<VoSummary>> listVos() = 0;
    // One VO; nullopt when it has no entry.
    virtual Result<std::optional<VoSummary>> findVo(const QString& vo) = 0;
    // What else already carries the name: its entry under ou=vocs, or any entry with uid=<vo>. Empty
    // when it is free.
    virtual Result<QString> nameHolder(const QString& vo) = 0;
    // uidNumber and gidNumber values of every entry under the base (accounts and groups).
    virtual Result<QSet<qint64>> usedIds() = 0;
    // The account (with its {SSHA} userPassword) and the VO's entry with its grant, both or neither.
    virtual Status addVo(const VoGrant& grant, const VoAccount& account, const QByteArray& userPassword) = 0;
    // Replaces the grant's attributes on the VO's entry (one modify: all of them or none).
    virtual Status setGrant(const VoGrant& grant) = 0;
    // The VO's entry with everything below it (VOCs, VCN records), then its account. Returns how many
    // entries went; a VO with neither entry nor account is NotFound.
    virtual Result<int> removeVo(const QString& vo) = 0;
};

// Connects (StartTLS as configured) and binds; config.vo must be empty (the admin names no VO).
Result<std::unique_ptr<VoAdminDirectory>> connectLdapVoAdmin(const DirectoryConfig& config);

} // namespace voc
