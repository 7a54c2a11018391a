// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ldapsession.h"

#include "common/logging.h"
#include "directory/ldaperror.h"
#include "directory/vcnexchange.h"
#include "model/siteprofile.h"
#include "net/hostname.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/time.h>

#include <algorithm>

namespace voc {

namespace {

struct LdapSessionText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LdapSession)
};

timeval toTimeval(int ms)
{
    timeval tv{};
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

Status setOption(LDAP* ld, int option, const void* value, const QString& uri, const char* name)
{
    const int rc = ldap_set_option(ld, option, value);
    if (rc == LDAP_OPT_SUCCESS)
        return Ok{};
    return ldapError(rc, LdapSessionText::tr("could not set the LDAP option %1").arg(QLatin1String(name)),
                     uri, ld);
}

} // namespace

Result<LdapSession> openLdapSession(const DirectoryConfig& config, int* lostCode)
{
    const SigpipeGuard sigpipeGuard;
    const QString& uri = config.uri;
    if (lostCode)
        *lostCode = 0;
    const bool ldaps = uri.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
    if (!ldaps && !uri.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive))
        return makeError(ErrorCode::InvalidInput,
                         LdapSessionText::tr("'%1' is not an ldap:// or ldaps:// URI").arg(uri), uri,
                         LdapSessionText::tr("write the directory's URI as ldap://host[:port] (StartTLS) or "
                                             "ldaps://host[:port]"));
    // The one place a password leaves VOC Studio: never in clear to another machine unless the site's
    // profile allows it (whatever URI a command line put in).
    if (!config.password.isEmpty() && !config.allowUnencrypted &&
        ldapSendsPasswordInClear(uri, config.startTls))
        return makeError(
            ErrorCode::InvalidInput,
            LdapSessionText::tr("refusing to send the bind password to %1 unencrypted (no StartTLS)")
                .arg(uri),
            uri,
            LdapSessionText::tr("turn StartTLS on or use ldaps://; a directory that really has no "
                                "TLS needs \"allowUnencrypted\": true in the site profile"));
    if (!config.caFile.isEmpty() && !QFileInfo(config.caFile).isReadable())
        return makeError(
            ErrorCode::NotFound,
            LdapSessionText::tr("the CA file %1 does not exist or is not readable").arg(config.caFile),
            config.caFile, LdapSessionText::tr("check the CA file in the site profile"));

    LDAP* raw = nullptr;
    const QByteArray uriBytes = uri.toUtf8();
    int rc = ldap_initialize(&raw, uriBytes.constData());
    LdapSession session{LdapHandle(raw), ldaps};
    if (rc != LDAP_SUCCESS || !raw)
        return makeError(ErrorCode::InvalidInput,
                         LdapSessionText::tr("'%1' is not a usable LDAP URI: %2")
                             .arg(uri, QString::fromUtf8(ldap_err2string(rc))),
                         uri,
                         LdapSessionText::tr("write the URI as ldap://host[:port] or ldaps://host[:port]"));
    LDAP* ld = session.ld.get();

    const int version = LDAP_VERSION3;
    const timeval timeout = toTimeval(config.timeoutMs);
    const int hard = LDAP_OPT_X_TLS_HARD;
    const int client = 0;
    const QByteArray caFile = config.caFile.toUtf8();
    for (const Status& set : {
             setOption(ld, LDAP_OPT_PROTOCOL_VERSION, &version, uri, "LDAP_OPT_PROTOCOL_VERSION"),
             setOption(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF, uri, "LDAP_OPT_REFERRALS"),
             setOption(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout, uri, "LDAP_OPT_NETWORK_TIMEOUT"),
             setOption(ld, LDAP_OPT_TIMEOUT, &timeout, uri, "LDAP_OPT_TIMEOUT"),
             caFile.isEmpty() ? Status(Ok{})
                              : setOption(ld, LDAP_OPT_X_TLS_CACERTFILE, caFile.constData(), uri,
                                          "LDAP_OPT_X_TLS_CACERTFILE"),
             setOption(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &hard, uri, "LDAP_OPT_X_TLS_REQUIRE_CERT"),
             // Last: a context of this handle's own, built from the options above, so that one
             // connection's CA never leaks into another's (libldap's default context is global).
             setOption(ld, LDAP_OPT_X_TLS_NEWCTX, &client, uri, "LDAP_OPT_X_TLS_NEWCTX"),
         }) {
        if (!set)
            return set.error();
    }

    if (!ldaps && config.startTls) {
        rc = ldap_start_tls_s(ld, nullptr, nullptr);
        if (rc == LDAP_PROTOCOL_ERROR || rc == LDAP_UNAVAILABLE || rc == LDAP_UNWILLING_TO_PERFORM) {
            // The server answered, but has no TLS to offer: going on would send the password in clear.
            Error error = ldapError(rc, LdapSessionText::tr("%1 does not offer StartTLS").arg(uri), uri, ld);
            error.hint = LdapSessionText::tr("enable TLS on the server (a certificate and key), or use an "
                                             "ldaps:// URI; VOC Studio does not bind without TLS unless "
                                             "StartTLS is switched off in the site profile");
            if (lostCode)
                *lostCode = rc;
            return error;
        }
        if (rc != LDAP_SUCCESS) {
            if (lostCode)
                *lostCode = rc;
            return ldapError(rc, LdapSessionText::tr("could not start TLS with %1").arg(uri), uri, ld);
        }
        session.tls = true;
    } else if (!ldaps) {
        qCWarning(lcLdap) << "StartTLS is switched off for" << uri << ": the password goes in clear text";
    }

    const QByteArray dn = config.bindDn.toUtf8();
    QByteArray password = config.password.toUtf8();
    berval credentials{ber_len_t(password.size()), password.data()};
    rc = ldap_sasl_bind_s(ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &credentials,
                          nullptr, nullptr, nullptr);
    password.fill('\0');
    if (rc != LDAP_SUCCESS) {
        if (lostCode)
            *lostCode = rc;
        const QString who = config.bindDn.isEmpty() ? LdapSessionText::tr("anonymous") : config.bindDn;
        return ldapError(rc, LdapSessionText::tr("could not bind as %1 to %2").arg(who, uri), uri, ld);
    }
    qCDebug(lcLdap) << "bound to" << uri << "as" << config.bindDn
                    << (session.tls ? "with TLS" : "without TLS");
    return session;
}

QString LdapEntry::first(const char* attribute) const
{
    const auto it = values.constFind(QByteArray(attribute).toLower());
    return it == values.constEnd() || it->isEmpty() ? QString() : QString::fromUtf8(it->first());
}

LdapEntry parseLdapEntry(LDAP* ld, LDAPMessage* message)
{
    LdapEntry entry;
    if (const LdapString dn(ldap_get_dn(ld, message)); dn)
        entry.dn = QString::fromUtf8(dn.get());
    BerElement* rawBer = nullptr;
    char* rawName = ldap_first_attribute(ld, message, &rawBer);
    const BerElementHandle ber(rawBer);
    while (rawName) {
        const LdapString name(rawName);
        const BervalArrayHandle values(ldap_get_values_len(ld, message, name.get()));
        QList<QByteArray>& list = entry.values[QByteArray(name.get()).toLower()];
        for (int i = 0; values && values.get()[i]; ++i)
            list << QByteArray(values.get()[i]->bv_val, qsizetype(values.get()[i]->bv_len));
        rawName = ldap_next_attribute(ld, message, rawBer);
    }
    return entry;
}

VcnRecord vcnRecordFromEntry(const LdapEntry& entry)
{
    VcnRecord record;
    record.dn = entry.dn;
    // The names come from the DN, which is what the directory keeps unique.
    if (const Result<VcnDnNames> names = parseVcnDn(entry.dn)) {
        record.vo = names->vo;
        record.voc = names->voc;
        record.hostname = names->hostname;
    } else {
        record.hostname = entry.first("cn");
    }
    record.ip = entry.first("ipHostNumber");
    record.mac = entry.first("macAddress");
    record.description = entry.first("description");
    return record;
}

std::optional<VoGrantEntry> voGrantEntryFromEntry(const LdapEntry& entry)
{
    const QList<QByteArray> classes = entry.values.value(QByteArrayLiteral("objectclass"));
    if (std::none_of(classes.begin(), classes.end(), [](const QByteArray& c) {
            return c.compare("vocsVirtualOrganization", Qt::CaseInsensitive) == 0;
        }))
        return std::nullopt;
    const Result<QList<LdapRdn>> rdns = ldapRdns(entry.dn);
    const auto isOu = [](const LdapRdn& rdn) { return rdn.type.compare(u"ou", Qt::CaseInsensitive) == 0; };
    if (!rdns || rdns->size() < 3 || !isOu(rdns->at(0)) || !isOu(rdns->at(1)) ||
        rdns->at(1).value.compare(u"vocs", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    VoGrantEntry vo{rdns->at(0).value, entry.dn, {}};
    for (const QByteArray& attribute : voGrantAttributes()) {
        if (const auto it = entry.values.constFind(attribute); it != entry.values.cend())
            vo.values.insert(attribute, *it);
    }
    return vo;
}

Result<QString> ldapRdn(const QString& attribute, const QString& value)
{
    QByteArray type = attribute.toUtf8();
    QByteArray bytes = value.toUtf8();
    LDAPAVA ava{};
    ava.la_attr = berval{ber_len_t(type.size()), type.data()};
    ava.la_value = berval{ber_len_t(bytes.size()), bytes.data()};
    ava.la_flags = LDAP_AVA_STRING;
    LDAPAVA* avas[] = {&ava, nullptr};
    char* out = nullptr;
    const int rc = ldap_rdn2str(avas, &out, LDAP_DN_FORMAT_LDAPV3 | LDAP_DN_PRETTY);
    const LdapString owned(out);
    if (rc != LDAP_SUCCESS || !out)
        return makeError(ErrorCode::InvalidInput,
                         LdapSessionText::tr("cannot write %1=%2 as a DN component").arg(attribute, value),
                         {}, {});
    return QString::fromUtf8(out);
}

QString ldapFilterValue(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    berval in{ber_len_t(bytes.size()), bytes.data()};
    berval out{0, nullptr};
    if (ldap_bv2escaped_filter_value(&in, &out) != 0 || !out.bv_val)
        return {};
    const QString escaped = QString::fromUtf8(out.bv_val, qsizetype(out.bv_len));
    ber_memfree(out.bv_val);
    return escaped;
}

Result<QList<LdapRdn>> ldapRdns(const QString& dn)
{
    const QByteArray bytes = dn.toUtf8();
    LDAPDN parsed = nullptr;
    const int rc = ldap_str2dn(bytes.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    const LdapDnHandle owned(parsed);
    if (rc != LDAP_SUCCESS)
        return makeError(ErrorCode::InvalidInput, LdapSessionText::tr("'%1' is not a DN").arg(dn), dn,
                         LdapSessionText::tr("write a DN such as dc=vsp,dc=example"));
    QList<LdapRdn> rdns;
    for (int i = 0; parsed && parsed[i]; ++i) {
        LdapRdn rdn;
        for (int j = 0; parsed[i][j]; ++j) {
            const LDAPAVA* ava = parsed[i][j];
            if (j > 0)
                rdn.type += QLatin1Char('+');
            rdn.type += QString::fromUtf8(ava->la_attr.bv_val, qsizetype(ava->la_attr.bv_len));
            if (j == 0)
                rdn.value = QString::fromUtf8(ava->la_value.bv_val, qsizetype(ava->la_value.bv_len));
        }
        rdns << rdn;
    }
    return rdns;
}

Result<QStringList> ldapRdnValues(const QString& dn)
{
    const Result<QList<LdapRdn>> rdns = ldapRdns(dn);
    if (!rdns)
        return rdns.error();
    QStringList values;
    for (const LdapRdn& rdn : *rdns)
        values << rdn.value;
    return values;
}

Result<QString> ldapNormalizedDn(const QString& dn)
{
    const QByteArray bytes = dn.toUtf8();
    LDAPDN parsed = nullptr;
    int rc = ldap_str2dn(bytes.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    const LdapDnHandle owned(parsed);
    char* out = nullptr;
    if (rc == LDAP_SUCCESS && parsed)
        rc = ldap_dn2str(parsed, &out, LDAP_DN_FORMAT_LDAPV3 | LDAP_DN_PRETTY);
    const LdapString text(out);
    if (rc != LDAP_SUCCESS || !out || !*out)
        return makeError(ErrorCode::InvalidInput, LdapSessionText::tr("'%1' is not a DN").arg(dn), dn,
                         LdapSessionText::tr("write a DN such as dc=vsp,dc=example"));
    return QString::fromUtf8(out);
}

Result<LdapVocsDns> ldapVocsDns(const DirectoryConfig& config)
{
    const Result<QString> base = ldapNormalizedDn(config.baseDn);
    if (!base)
        return Error{base.error().code, LdapSessionText::tr("base DN: %1").arg(base.error().what), config.uri,
                     base.error().hint};
    const QString vocs = QStringLiteral("ou=vocs,") + *base;
    if (config.vo.isEmpty())
        return LdapVocsDns{*base, vocs};
    if (const Status vo = checkVoName(config.vo); !vo)
        return Error{vo.error().code, LdapSessionText::tr("directory.vo: %1").arg(vo.error().what),
                     config.uri, vo.error().hint};
    const Result<QString> rdn = ldapRdn(QStringLiteral("ou"), config.vo);
    if (!rdn)
        return rdn.error();
    return LdapVocsDns{*base, *rdn + QLatin1Char(',') + vocs};
}

} // namespace voc
