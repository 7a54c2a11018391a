// SPDX-License-Identifier: GPL-3.0-or-later
// VoAdminDirectory over libldap, bound as the directory's admin (the rootdn of the provider's slapd):
// plain searches (the admin has no size limit), adds and deletes with rollback, one modify per grant.
#include "directory/voadmindirectory.h"

#include "common/logging.h"
#include "directory/directory.h"
#include "directory/ldaperror.h"
#include "directory/ldaphandles.h"
#include "directory/ldapsession.h"

#include <QCoreApplication>

#include <sys/time.h>

#include <algorithm>
#include <vector>

namespace voc {

namespace {

struct LdapVoAdminText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VoAdminDirectory)
};

const QList<QByteArray> grantAttributes{"vocsGrantAddressRange", "vocsGrantMaxVcns", "vocsGrantMaxVcpus",
                                        "vocsGrantMaxMemoryMiB", "vocsGrantMaxStorageMiB"};

LdapAttributes grantValues(const VoGrant& grant)
{
    QList<QByteArray> ranges;
    for (const auto& [first, last] : grant.ranges)
        ranges << (first.toString() + QLatin1Char('-') + last.toString()).toUtf8();
    return {{"vocsGrantAddressRange", ranges},
            {"vocsGrantMaxVcns", {QByteArray::number(grant.maxVcns)}},
            {"vocsGrantMaxVcpus", {QByteArray::number(grant.maxVcpus)}},
            {"vocsGrantMaxMemoryMiB", {QByteArray::number(grant.maxMemoryMiB)}},
            {"vocsGrantMaxStorageMiB", {QByteArray::number(grant.maxStorageMiB)}}};
}

// Deepest first, so a parent goes after its children.
int dnDepth(const QString& dn)
{
    const Result<QList<LdapRdn>> rdns = ldapRdns(dn);
    return rdns ? int(rdns->size()) : int(dn.count(QLatin1Char(',')));
}

class LdapVoAdmin final : public VoAdminDirectory
{
public:
    LdapVoAdmin(DirectoryConfig config, QString base, LdapSession session)
        : m_config(std::move(config))
        , m_base(std::move(base))
        , m_session(std::move(session))
    {}

    QString uri() const override { return m_config.uri; }
    QString baseDn() const override { return m_base; }
    QString voDn(const QString& vo) const override
    {
        return ldapRdn(QStringLiteral("ou"), vo).valueOr(QStringLiteral("ou=") + vo) +
               QStringLiteral(",ou=vocs,") + m_base;
    }
    QString accountDn(const QString& vo) const override
    {
        return ldapRdn(QStringLiteral("uid"), vo).valueOr(QStringLiteral("uid=") + vo) +
               QStringLiteral(",ou=people,") + m_base;
    }

    Result<QList<VoSummary>> listVos() override
    {
        const SigpipeGuard guard;
        const auto entries = search(QStringLiteral("ou=vocs,") + m_base, LDAP_SCOPE_ONELEVEL,
                                    QStringLiteral("(objectClass=vocsVirtualOrganization)"), grantQuery());
        if (!entries)
            return entries.error();
        QList<VoSummary> vos;
        for (const LdapEntry& entry : *entries) {
            Result<VoSummary> summary = summarize(entry);
            if (!summary)
                return summary.error();
            vos << std::move(*summary);
        }
        std::sort(vos.begin(), vos.end(), [](const VoSummary& a, const VoSummary& b) { return a.vo < b.vo; });
        return vos;
    }

    Result<std::optional<VoSummary>> findVo(const QString& vo) override
    {
        const SigpipeGuard guard;
        const auto entries =
            search(voDn(vo), LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"), grantQuery(), true);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return std::optional<VoSummary>();
        Result<VoSummary> summary = summarize(entries->first());
        if (!summary)
            return summary.error();
        return std::optional<VoSummary>(std::move(*summary));
    }

    Result<QString> nameHolder(const QString& vo) override
    {
        const SigpipeGuard guard;
        const auto entry =
            search(voDn(vo), LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"), {"1.1"}, true);
        if (!entry)
            return entry.error();
        if (!entry->isEmpty())
            return entry->first().dn;
        const auto accounts =
            search(m_base, LDAP_SCOPE_SUBTREE,
                   QStringLiteral("(|(uid=%1)(&(objectClass=posixGroup)(cn=%1)))").arg(ldapFilterValue(vo)),
                   {"1.1"});
        if (!accounts)
            return accounts.error();
        return accounts->isEmpty() ? QString() : accounts->first().dn;
    }

    Result<QSet<qint64>> usedIds() override
    {
        const SigpipeGuard guard;
        const auto entries =
            search(m_base, LDAP_SCOPE_SUBTREE, QStringLiteral("(|(uidNumber=*)(gidNumber=*))"),
                   {"uidNumber", "gidNumber"});
        if (!entries)
            return entries.error();
        QSet<qint64> ids;
        for (const LdapEntry& entry : *entries) {
            for (const char* attribute : {"uidnumber", "gidnumber"}) {
                for (const QByteArray& value : entry.values.value(attribute)) {
                    bool ok = false;
                    const qint64 id = value.toLongLong(&ok);
                    if (ok)
                        ids.insert(id);
                }
            }
        }
        return ids;
    }

    Status addVo(const VoGrant& grant, const VoAccount& account, const QByteArray& userPassword) override
    {
        const SigpipeGuard guard;
        const QByteArray vo = grant.vo.toUtf8();
        const Status added = add(account.dn, {{"objectClass", {"account", "posixAccount"}},
                                              {"uid", {vo}},
                                              {"cn", {vo}},
                                              {"uidNumber", {QByteArray::number(account.uidNumber)}},
                                              {"gidNumber", {QByteArray::number(account.gidNumber)}},
                                              {"homeDirectory", {account.homeDirectory.toUtf8()}},
                                              {"loginShell", {"/bin/sh"}},
                                              {"userPassword", {userPassword}}});
        if (!added)
            return added;
        LdapAttributes entry{{"objectClass", {"organizationalUnit", "vocsVirtualOrganization"}},
                             {"ou", {vo}},
                             {"owner", {account.dn.toUtf8()}}};
        entry += grantValues(grant);
        if (const Status made = add(voDn(grant.vo), entry); !made) {
            if (const Status undone = remove(account.dn); !undone)
                return Error{made.error().code,
                             made.error().what +
                                 LdapVoAdminText::tr("; the account %1 could not be removed again: %2")
                                     .arg(account.dn, undone.error().what),
                             made.error().where, LdapVoAdminText::tr("remove it with ldapdelete")};
            return made;
        }
        qCInfo(lcLdap) << "added VO" << grant.vo << "with account" << account.dn << "to" << m_config.uri;
        return Ok{};
    }

    Status setGrant(const VoGrant& grant) override
    {
        const SigpipeGuard guard;
        const QString dn = voDn(grant.vo);
        LdapMods mods(LDAP_MOD_REPLACE, grantValues(grant));
        const QByteArray dnBytes = dn.toUtf8();
        const int rc = ldap_modify_ext_s(ld(), dnBytes.constData(), mods.get(), nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return ldapError(rc, LdapVoAdminText::tr("could not change the grant of VO %1").arg(grant.vo), dn,
                             ld());
        return Ok{};
    }

    Result<int> removeVo(const QString& vo) override
    {
        const SigpipeGuard guard;
        const auto below =
            search(voDn(vo), LDAP_SCOPE_SUBTREE, QStringLiteral("(objectClass=*)"), {"1.1"}, true);
        if (!below)
            return below.error();
        const auto account =
            search(accountDn(vo), LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"), {"1.1"}, true);
        if (!account)
            return account.error();
        if (below->isEmpty() && account->isEmpty())
            return makeError(
                ErrorCode::NotFound,
                LdapVoAdminText::tr("VO %1 has no entry and no account in %2").arg(vo, m_config.uri),
                voDn(vo), LdapVoAdminText::tr("list the VOs with `vocctl site vo list`"));
        QStringList dns;
        for (const LdapEntry& entry : *below)
            dns << entry.dn;
        std::stable_sort(dns.begin(), dns.end(),
                         [](const QString& a, const QString& b) { return dnDepth(a) > dnDepth(b); });
        if (!account->isEmpty())
            dns << account->first().dn;
        for (const QString& dn : std::as_const(dns)) {
            if (const Status removed = remove(dn); !removed)
                return removed.error();
        }
        qCInfo(lcLdap) << "removed VO" << vo << "(" << dns.size() << "entries) from" << m_config.uri;
        return int(dns.size());
    }

private:
    LDAP* ld() const { return m_session.ld.get(); }

    static QList<QByteArray> grantQuery() { return grantAttributes + QList<QByteArray>{"ou"}; }

    Result<VoSummary> summarize(const LdapEntry& entry)
    {
        VoSummary summary;
        const Result<QStringList> rdns = ldapRdnValues(entry.dn);
        summary.vo = rdns && !rdns->isEmpty() ? rdns->first() : entry.first("ou");
        Result<VoGrant> grant = parseVoGrant(summary.vo, entry.dn, entry.values);
        if (!grant)
            return grant.error();
        summary.grant = std::move(*grant);
        const auto account = search(accountDn(summary.vo), LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"),
                                    {"uidNumber", "gidNumber", "homeDirectory"}, true);
        if (!account)
            return account.error();
        if (!account->isEmpty()) {
            const LdapEntry& a = account->first();
            summary.account = VoAccount{a.dn, a.first("uidNumber").toLongLong(),
                                        a.first("gidNumber").toLongLong(), a.first("homeDirectory")};
        }
        const auto vocs =
            search(entry.dn, LDAP_SCOPE_ONELEVEL, QStringLiteral("(objectClass=organizationalUnit)"), {"ou"});
        if (!vocs)
            return vocs.error();
        for (const LdapEntry& voc : *vocs)
            summary.usage.vocs << voc.first("ou");
        summary.usage.vocs.sort();
        const auto vcns =
            search(entry.dn, LDAP_SCOPE_SUBTREE, QStringLiteral("(objectClass=ipHost)"), {"1.1"});
        if (!vcns)
            return vcns.error();
        summary.usage.vcns = int(vcns->size());
        return summary;
    }

    // missingIsEmpty: a base that does not exist finds nothing (instead of an error).
    Result<QList<LdapEntry>> search(const QString& base, int scope, const QString& filter,
                                    QList<QByteArray> attributes, bool missingIsEmpty = false)
    {
        std::vector<char*> names;
        for (QByteArray& name : attributes)
            names.push_back(name.data());
        names.push_back(nullptr);
        timeval timeout{m_config.timeoutMs / 1000, (m_config.timeoutMs % 1000) * 1000};
        const QByteArray baseBytes = base.toUtf8();
        const QByteArray filterBytes = filter.toUtf8();
        LDAPMessage* raw = nullptr;
        const int rc = ldap_search_ext_s(ld(), baseBytes.constData(), scope, filterBytes.constData(),
                                         names.data(), 0, nullptr, nullptr, &timeout, LDAP_NO_LIMIT, &raw);
        const LdapMessageHandle result(raw);
        if (rc == LDAP_NO_SUCH_OBJECT && missingIsEmpty)
            return QList<LdapEntry>{};
        if (rc != LDAP_SUCCESS)
            return ldapError(rc, LdapVoAdminText::tr("could not search %1").arg(base), base, ld());
        QList<LdapEntry> entries;
        for (LDAPMessage* m = ldap_first_entry(ld(), result.get()); m; m = ldap_next_entry(ld(), m))
            entries << parseLdapEntry(ld(), m);
        return entries;
    }

    Status add(const QString& dn, const LdapAttributes& attributes)
    {
        LdapMods mods(LDAP_MOD_ADD, attributes);
        const QByteArray dnBytes = dn.toUtf8();
        const int rc = ldap_add_ext_s(ld(), dnBytes.constData(), mods.get(), nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return ldapError(rc, LdapVoAdminText::tr("could not add %1").arg(dn), dn, ld());
        return Ok{};
    }

    Status remove(const QString& dn)
    {
        const QByteArray dnBytes = dn.toUtf8();
        const int rc = ldap_delete_ext_s(ld(), dnBytes.constData(), nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return ldapError(rc, LdapVoAdminText::tr("could not remove %1").arg(dn), dn, ld());
        return Ok{};
    }

    DirectoryConfig m_config;
    QString m_base;
    LdapSession m_session;
};

} // namespace

Result<std::unique_ptr<VoAdminDirectory>> connectLdapVoAdmin(const DirectoryConfig& config)
{
    if (!config.vo.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         LdapVoAdminText::tr("the provider's tools bind as the directory's admin, and this "
                                             "profile is VO %1's")
                             .arg(config.vo),
                         config.uri, LdapVoAdminText::tr("use the provider admin profile"));
    Result<LdapVocsDns> dns = ldapVocsDns(config);
    if (!dns)
        return dns.error();
    Result<LdapSession> session = openLdapSession(config);
    if (!session)
        return session.error();
    return std::unique_ptr<VoAdminDirectory>(
        std::make_unique<LdapVoAdmin>(config, std::move(dns->base), std::move(session.value())));
}

} // namespace voc
