// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ldapdirectory.h"

#include "common/logging.h"
#include "directory/ldaperror.h"
#include "model/siteprofile.h"

#include <QCoreApplication>

#include <sys/time.h>

#include <algorithm>
#include <vector>

namespace voc {

namespace {

struct LdapDirectoryText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LdapDirectory)
};

} // namespace

Result<QList<VoGrantEntry>> Directory::listVoGrants()
{
    return makeError(ErrorCode::Internal, LdapDirectoryText::tr("this directory holds no VO grants"), uri());
}

DirectoryConfig DirectoryConfig::fromSite(const SiteDirectory& site, const QString& password)
{
    DirectoryConfig config;
    config.uri = site.uri;
    config.baseDn = site.baseDn;
    config.bindDn = site.bindDn;
    config.vo = site.vo;
    config.password = password;
    config.startTls = site.startTls;
    config.caFile = site.caFile;
    config.allowUnencrypted = site.allowUnencrypted;
    return config;
}

Result<std::unique_ptr<Directory>> connectLdapDirectory(const DirectoryConfig& config)
{
    Result<LdapVocsDns> dns = ldapVocsDns(config);
    if (!dns)
        return dns.error();
    Result<LdapSession> session = openLdapSession(config);
    if (!session)
        return session.error();
    std::unique_ptr<Directory> directory =
        std::make_unique<LdapDirectory>(config, std::move(*dns), std::move(session.value()));
    return directory;
}

LdapDirectory::LdapDirectory(DirectoryConfig config, LdapVocsDns dns, LdapSession session)
    : m_config(std::move(config))
    , m_baseDn(std::move(dns.base))
    , m_vocsDn(std::move(dns.container))
    , m_account(ldapVoAccount(m_config.bindDn, m_baseDn))
    , m_session(std::move(session))
{}

Status LdapDirectory::reconnect()
{
    qCInfo(lcLdap) << "reconnecting to" << m_config.uri;
    m_session.ld.reset();
    Result<LdapSession> session = openLdapSession(m_config);
    if (!session)
        return session.error();
    m_session = std::move(session.value());
    return Ok{};
}

Error LdapDirectory::notConnected()
{
    m_lost = true;
    return makeError(ErrorCode::External, LdapDirectoryText::tr("not connected to %1").arg(m_config.uri),
                     m_config.uri, LdapDirectoryText::tr("the last reconnect failed; try again"));
}

Error LdapDirectory::fail(int code, const QString& what, const QString& where)
{
    if (isLdapConnectionLost(code))
        m_lost = true;
    Error error = ldapError(code, what, where, ld(), {}, m_account ? &*m_account : nullptr);
    // Lost connections are about the server, whatever entry we were at.
    if (isLdapConnectionLost(code))
        error.where = m_config.uri;
    return error;
}

Result<QList<LdapEntry>> LdapDirectory::search(const QString& base, int scope, const QString& filter,
                                               const QList<QByteArray>& attributes, Missing missing)
{
    const QByteArray baseBytes = base.toUtf8();
    const QByteArray filterBytes = filter.toUtf8();
    QList<QByteArray> names = attributes;
    std::vector<char*> attributeArray;
    for (QByteArray& name : names)
        attributeArray.push_back(name.data());
    attributeArray.push_back(nullptr);
    timeval timeout{m_config.timeoutMs / 1000, (m_config.timeoutMs % 1000) * 1000};

    if (!ld())
        return notConnected();
    QList<LdapEntry> entries;
    berval cookie{0, nullptr};
    const auto freeCookie = [&cookie] {
        ber_memfree(cookie.bv_val);
        cookie = berval{0, nullptr};
    };
    do {
        LDAPControl* rawPage = nullptr;
        int rc = ldap_create_page_control(ld(), ber_int_t(m_config.pageSize), &cookie, 0, &rawPage);
        const LdapControlHandle page(rawPage);
        freeCookie();
        if (rc != LDAP_SUCCESS)
            return fail(rc, LdapDirectoryText::tr("could not request paged results"), base);
        LDAPControl* controls[] = {rawPage, nullptr};
        LDAPMessage* rawResult = nullptr;
        rc = ldap_search_ext_s(ld(), baseBytes.constData(), scope, filterBytes.constData(),
                               attributeArray.data(), 0, controls, nullptr, &timeout, LDAP_NO_LIMIT,
                               &rawResult);
        const LdapMessageHandle result(rawResult);
        if (rc == LDAP_NO_SUCH_OBJECT && missing == Missing::IsEmpty)
            return QList<LdapEntry>{};
        if (rc != LDAP_SUCCESS)
            return fail(rc, LdapDirectoryText::tr("could not search %1").arg(base), base);
        for (LDAPMessage* m = ldap_first_entry(ld(), result.get()); m; m = ldap_next_entry(ld(), m))
            entries << parseLdapEntry(ld(), m);

        LDAPControl** rawServerControls = nullptr;
        int code = LDAP_SUCCESS;
        rc = ldap_parse_result(ld(), result.get(), &code, nullptr, nullptr, nullptr, &rawServerControls, 0);
        const LdapControlsHandle serverControls(rawServerControls);
        if (rc != LDAP_SUCCESS)
            return fail(rc, LdapDirectoryText::tr("could not read the result of searching %1").arg(base),
                        base);
        LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, rawServerControls, nullptr);
        if (!response)
            break; // the server ignored the (non-critical) control and sent everything at once
        ber_int_t estimate = 0;
        rc = ldap_parse_pageresponse_control(ld(), response, &estimate, &cookie);
        if (rc != LDAP_SUCCESS)
            return fail(rc, LdapDirectoryText::tr("could not read the paged results of %1").arg(base), base);
    } while (cookie.bv_val && cookie.bv_len > 0);
    freeCookie();
    return entries;
}

Status LdapDirectory::addEntry(const QString& dn,
                               const QList<QPair<QByteArray, QList<QByteArray>>>& attributes)
{
    LdapMods mods(LDAP_MOD_ADD, attributes);
    if (!ld())
        return notConnected();
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_add_ext_s(ld(), dnBytes.constData(), mods.get(), nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return fail(rc, LdapDirectoryText::tr("could not add %1").arg(dn), dn);
    return Ok{};
}

Status LdapDirectory::deleteEntry(const QString& dn)
{
    if (!ld())
        return notConnected();
    const QByteArray dnBytes = dn.toUtf8();
    const int rc = ldap_delete_ext_s(ld(), dnBytes.constData(), nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return fail(rc, LdapDirectoryText::tr("could not remove %1").arg(dn), dn);
    return Ok{};
}

Status LdapDirectory::checkBaseExists()
{
    const bool forVo = !m_config.vo.isEmpty();
    const QString& base = forVo ? m_vocsDn : m_baseDn;
    const auto entry = search(base, LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"),
                              {QByteArrayLiteral("1.1")}, Missing::IsEmpty);
    if (!entry)
        return entry.error();
    if (entry->isEmpty() && forVo)
        return makeError(
            ErrorCode::NotFound,
            LdapDirectoryText::tr("the entry of VO %1, %2, does not exist in %3 (or this account "
                                  "may not read it)")
                .arg(m_config.vo, base, m_config.uri),
            base,
            LdapDirectoryText::tr("check directory.vo and directory.baseDn in the site profile; "
                                  "the provider makes a VO's entry when it adds the VO"));
    if (entry->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            LdapDirectoryText::tr("the base DN %1 does not exist in %2 (or this account may not "
                                  "read it)")
                .arg(base, m_config.uri),
            base,
            LdapDirectoryText::tr("check directory.baseDn in the site profile (or --base) against "
                                  "the directory's suffix"));
    return Ok{};
}

Result<QString> LdapDirectory::vocDn(const QString& voc) const
{
    if (Status valid = checkVcnLabel(QStringLiteral("ou"), voc); !valid)
        return valid.error();
    const Result<QString> rdn = ldapRdn(QStringLiteral("ou"), voc);
    if (!rdn)
        return rdn.error();
    return QString(*rdn + QLatin1Char(',') + m_vocsDn);
}

Result<QString> LdapDirectory::vcnDn(const QString& voc, const QString& hostname) const
{
    if (Status valid = checkVcnLabel(QStringLiteral("cn"), hostname); !valid)
        return valid.error();
    const Result<QString> parent = vocDn(voc);
    if (!parent)
        return parent.error();
    const Result<QString> rdn = ldapRdn(QStringLiteral("cn"), hostname);
    if (!rdn)
        return rdn.error();
    return QString(*rdn + QLatin1Char(',') + *parent);
}

Result<DirectoryInfo> LdapDirectory::info()
{
    return withReconnect([this]() -> Result<DirectoryInfo> {
        DirectoryInfo info;
        info.uri = m_config.uri;
        info.tls = m_session.tls;
        berval* rawId = nullptr;
        if (!ld())
            return notConnected();
        const int rc = ldap_whoami_s(ld(), &rawId, nullptr, nullptr);
        const BervalHandle id(rawId);
        if (rc != LDAP_SUCCESS)
            return fail(rc, LdapDirectoryText::tr("could not ask %1 who we are bound as").arg(m_config.uri),
                        m_config.uri);
        info.boundAs = id && id->bv_len ? QString::fromUtf8(id->bv_val, qsizetype(id->bv_len))
                                        : LdapDirectoryText::tr("anonymous");
        const QList<QByteArray> none{QByteArrayLiteral("1.1")};
        const auto baseEntry = search(m_baseDn, LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"), none);
        if (!baseEntry)
            return baseEntry.error();
        info.baseDn = m_baseDn;
        info.vo = m_config.vo;
        if (!m_config.vo.isEmpty()) {
            if (const Status own = checkBaseExists(); !own)
                return own.error();
        }
        const auto vocs = search(m_vocsDn, LDAP_SCOPE_ONELEVEL,
                                 QStringLiteral("(objectClass=organizationalUnit)"), none, Missing::IsEmpty);
        if (!vocs)
            return vocs.error();
        info.vocCount = int(vocs->size());
        const auto vcns = search(m_vocsDn, LDAP_SCOPE_SUBTREE, QStringLiteral("(objectClass=ipHost)"), none,
                                 Missing::IsEmpty);
        if (!vcns)
            return vcns.error();
        info.vcnCount = int(vcns->size());
        return info;
    });
}

Result<QStringList> LdapDirectory::listVocs()
{
    return withReconnect([this]() -> Result<QStringList> {
        const auto entries =
            search(m_vocsDn, LDAP_SCOPE_ONELEVEL, QStringLiteral("(objectClass=organizationalUnit)"),
                   {QByteArrayLiteral("ou")}, Missing::IsEmpty);
        if (!entries)
            return entries.error();
        if (entries->isEmpty()) {
            if (const Status base = checkBaseExists(); !base)
                return base.error();
        }
        QStringList vocs;
        for (const LdapEntry& entry : *entries) {
            if (const Result<QStringList> rdns = ldapRdnValues(entry.dn); rdns && !rdns->isEmpty())
                vocs << rdns->first();
        }
        vocs.sort();
        return vocs;
    });
}

Result<QList<VcnRecord>> LdapDirectory::listVcns(const QString& voc)
{
    QString base = m_vocsDn;
    int scope = LDAP_SCOPE_SUBTREE;
    if (!voc.isEmpty()) {
        const Result<QString> dn = vocDn(voc);
        if (!dn)
            return dn.error();
        base = *dn;
        scope = LDAP_SCOPE_ONELEVEL;
    }
    return withReconnect([&, this]() -> Result<QList<VcnRecord>> {
        const auto entries = search(base, scope, QStringLiteral("(objectClass=ipHost)"),
                                    {QByteArrayLiteral("cn"), QByteArrayLiteral("ipHostNumber"),
                                     QByteArrayLiteral("macAddress"), QByteArrayLiteral("description")},
                                    Missing::IsEmpty);
        if (!entries)
            return entries.error();
        if (entries->isEmpty()) {
            if (const Status base = checkBaseExists(); !base)
                return base.error();
        }
        QList<VcnRecord> records;
        records.reserve(entries->size());
        for (const LdapEntry& entry : *entries)
            records << vcnRecordFromEntry(entry);
        std::sort(records.begin(), records.end(), [](const VcnRecord& a, const VcnRecord& b) {
            return std::tie(a.voc, a.hostname) < std::tie(b.voc, b.hostname);
        });
        return records;
    });
}

Status LdapDirectory::removeVcn(const QString& voc, const QString& hostname)
{
    const Result<QString> dn = vcnDn(voc, hostname);
    if (!dn)
        return dn.error();
    return withReconnect([&, this] { return deleteEntry(*dn); });
}

Result<int> LdapDirectory::removeVoc(const QString& voc)
{
    const Result<QString> dn = vocDn(voc);
    if (!dn)
        return dn.error();
    return withReconnect([&, this]() -> Result<int> {
        const auto children = search(*dn, LDAP_SCOPE_ONELEVEL, QStringLiteral("(objectClass=*)"),
                                     {QByteArrayLiteral("objectClass")});
        if (!children && children.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound,
                             LdapDirectoryText::tr("the VOC %1 has no entry in the directory").arg(voc), *dn,
                             LdapDirectoryText::tr("list the VOCs with `vocctl directory list`"));
        if (!children)
            return children.error();
        int vcns = 0;
        for (const LdapEntry& child : *children) {
            if (Status removed = deleteEntry(child.dn); !removed)
                return removed.error();
            const QList<QByteArray> classes = child.values.value(QByteArrayLiteral("objectclass"));
            if (std::any_of(classes.begin(), classes.end(), [](const QByteArray& c) {
                    return c.compare("ipHost", Qt::CaseInsensitive) == 0;
                }))
                ++vcns;
        }
        if (Status removed = deleteEntry(*dn); !removed)
            return removed.error();
        qCInfo(lcLdap) << "removed VOC" << voc << "with" << vcns << "VCN records from" << m_config.uri;
        return vcns;
    });
}

Result<VoGrant> LdapDirectory::grant()
{
    if (m_config.vo.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            LdapDirectoryText::tr("the site profile names no VO, and a single-tenant site has no "
                                  "grants"),
            m_config.uri,
            LdapDirectoryText::tr("a VO's profile names it in its directory section (\"vo\"); the "
                                  "provider hands it over with the VO's account"));
    return withReconnect([this]() -> Result<VoGrant> {
        const auto entries =
            search(m_vocsDn, LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"),
                   {QByteArrayLiteral("vocsGrantAddressRange"), QByteArrayLiteral("vocsGrantMaxVcns"),
                    QByteArrayLiteral("vocsGrantMaxVcpus"), QByteArrayLiteral("vocsGrantMaxMemoryMiB"),
                    QByteArrayLiteral("vocsGrantMaxStorageMiB")},
                   Missing::IsEmpty);
        if (!entries)
            return entries.error();
        if (entries->isEmpty()) {
            if (const Status exists = checkBaseExists(); !exists)
                return exists.error();
            return makeError(
                ErrorCode::NotFound,
                LdapDirectoryText::tr("could not read the grant of VO %1 at %2").arg(m_config.vo, m_vocsDn),
                m_vocsDn, LdapDirectoryText::tr("ask the provider to let the VO read its entry"));
        }
        return parseVoGrant(m_config.vo, entries->first().dn, entries->first().values);
    });
}

Result<QList<VoGrantEntry>> LdapDirectory::listVoGrants()
{
    // The VOs' entries sit right under ou=vocs, whichever VO (if any) this profile works for.
    const QString vocs = QStringLiteral("ou=vocs,") + m_baseDn;
    return withReconnect([&, this]() -> Result<QList<VoGrantEntry>> {
        QList<QByteArray> attributes = voGrantAttributes();
        attributes << QByteArrayLiteral("objectClass");
        const auto entries =
            search(vocs, LDAP_SCOPE_ONELEVEL, QStringLiteral("(objectClass=vocsVirtualOrganization)"),
                   attributes, Missing::IsEmpty);
        if (!entries)
            return entries.error();
        if (entries->isEmpty()) {
            if (const Status base = checkBaseExists(); !base)
                return base.error();
        }
        QList<VoGrantEntry> vos;
        for (const LdapEntry& entry : *entries) {
            if (std::optional<VoGrantEntry> vo = voGrantEntryFromEntry(entry))
                vos << std::move(*vo);
        }
        std::sort(vos.begin(), vos.end(),
                  [](const VoGrantEntry& a, const VoGrantEntry& b) { return a.vo < b.vo; });
        return vos;
    });
}

} // namespace voc
