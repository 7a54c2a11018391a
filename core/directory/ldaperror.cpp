// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ldaperror.h"

#include "common/logging.h"
#include "directory/ldaphandles.h"
#include "directory/ldapsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace voc {

namespace {

struct LdapText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Ldap)
};

struct Mapping
{
    ErrorCode code;
    QString hint;
};

Mapping mapCode(int code, const QString& where)
{
    switch (code) {
    case LDAP_INVALID_CREDENTIALS:
        return {ErrorCode::External, LdapText::tr("check the bind DN and password")};
    case LDAP_INAPPROPRIATE_AUTH:
        return {ErrorCode::External,
                LdapText::tr("the account has no password to bind with: check the bind DN")};
    case LDAP_SERVER_DOWN:
        return {ErrorCode::External, LdapText::tr("is the LDAP server at %1 running and reachable? check "
                                                  "the host and port of the URI")
                                         .arg(where)};
    case LDAP_CONNECT_ERROR:
        // libldap reports TLS handshake and certificate failures as connect errors.
        return {ErrorCode::External,
                LdapText::tr("TLS with %1 could not be set up: check the CA file (it must be the CA that "
                             "signed the server's certificate) and that the certificate names this host")
                    .arg(where)};
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return {ErrorCode::External, LdapText::tr("%1 did not answer in time: check that it is reachable and "
                                                  "not overloaded, or raise the timeout")
                                         .arg(where)};
    case LDAP_CONFIDENTIALITY_REQUIRED:
    case LDAP_STRONG_AUTH_REQUIRED:
        return {ErrorCode::External,
                LdapText::tr("the server requires TLS: use StartTLS (the default) or an ldaps:// URI")};
    case LDAP_INSUFFICIENT_ACCESS:
        return {ErrorCode::External, LdapText::tr("the bind DN may not do this: ask the site's directory "
                                                  "administrator for the rights (olcAccess)")};
    case LDAP_ALREADY_EXISTS:
        return {ErrorCode::Conflict, LdapText::tr("an entry with that name exists already: remove it or "
                                                  "choose another name")};
    case LDAP_TYPE_OR_VALUE_EXISTS:
    case LDAP_NOT_ALLOWED_ON_NONLEAF:
        return {ErrorCode::Conflict, {}};
    case LDAP_NO_SUCH_OBJECT:
        return {ErrorCode::NotFound, LdapText::tr("check the base DN, or the entry was removed meanwhile")};
    case LDAP_SIZELIMIT_EXCEEDED:
    case LDAP_ADMINLIMIT_EXCEEDED:
        return {ErrorCode::Exhausted, LdapText::tr("the server's size limit was reached: ask the directory "
                                                   "administrator to allow paged results for this account")};
    case LDAP_UNDEFINED_TYPE:
    case LDAP_OBJECT_CLASS_VIOLATION:
        return {ErrorCode::External, LdapText::tr("the server's schema lacks what VCN records need: load "
                                                  "the nis schema (ipHost, ieee802Device)")};
    case LDAP_INVALID_DN_SYNTAX:
    case LDAP_INVALID_SYNTAX:
    case LDAP_CONSTRAINT_VIOLATION:
    case LDAP_NAMING_VIOLATION:
        return {ErrorCode::InvalidInput, {}};
    case LDAP_BUSY:
    case LDAP_UNAVAILABLE:
    case LDAP_UNWILLING_TO_PERFORM:
        return {ErrorCode::External,
                LdapText::tr("the server refused for now: try again later or see its log")};
    case LDAP_PARAM_ERROR:
    case LDAP_LOCAL_ERROR:
    case LDAP_ENCODING_ERROR:
    case LDAP_DECODING_ERROR:
    case LDAP_FILTER_ERROR:
    case LDAP_NO_MEMORY:
        return {ErrorCode::Internal, {}};
    default:
        return {ErrorCode::External, {}};
    }
}

// The one attribute and value slapo-unique's search filter ("(&(objectClass=ipHost)(|(cn=a)))")
// tests for; nothing when the filter tests several (an overlay configured with one URI for all).
std::optional<QPair<QString, QString>> uniqueAttributeOf(const QString& diagnostic)
{
    const qsizetype alternatives = diagnostic.lastIndexOf(QLatin1String("(|"));
    if (alternatives < 0)
        return std::nullopt;
    static const QRegularExpression assertion(QStringLiteral("\\(([A-Za-z][A-Za-z0-9-]*)=([^()]*)\\)"));
    std::optional<QPair<QString, QString>> found;
    for (const QRegularExpressionMatch& match : assertion.globalMatch(diagnostic.mid(alternatives))) {
        if (found && found->first.compare(match.captured(1), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        if (!found)
            found = qMakePair(match.captured(1), match.captured(2));
    }
    return found;
}

// `dn` is `ancestor` or an entry below it; both as a DN's string, compared after normalising.
bool isAtOrBelow(const QString& dn, const QString& ancestor)
{
    const Result<QString> normal = ldapNormalizedDn(dn);
    const Result<QString> top = ldapNormalizedDn(ancestor);
    if (!normal || !top)
        return false;
    return normal->compare(*top, Qt::CaseInsensitive) == 0 ||
           normal->endsWith(QLatin1Char(',') + *top, Qt::CaseInsensitive);
}

QString diagnosticOf(LDAP* ld)
{
    if (!ld)
        return {};
    char* raw = nullptr;
    if (ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &raw) != LDAP_OPT_SUCCESS || !raw)
        return {};
    const LdapString message(raw);
    return QString::fromUtf8(message.get());
}

} // namespace

Error ldapError(int code, const QString& what, const QString& where, LDAP* ld, const QString& diagnostic,
                const LdapVoAccount* account)
{
    QString text = what + QLatin1String(": ") + QString::fromUtf8(ldap_err2string(code));
    QString detail = diagnostic.isEmpty() ? diagnosticOf(ld) : diagnostic;
    // libldap fills in a placeholder when the TLS layer gave no text; it tells the user nothing.
    if (detail == QLatin1String("(unknown error code)"))
        detail.clear();
    if (!detail.isEmpty() && detail != QString::fromUtf8(ldap_err2string(code)))
        text += QLatin1String(" (") + detail + QLatin1Char(')');
    Mapping mapping = mapCode(code, where);
    // slapo-unique's refusal ("non-unique attributes found with ..."): another entry holds the name,
    // address or MAC, which is the conflict VOC Studio's own check reports, found by the server.
    if (code == LDAP_CONSTRAINT_VIOLATION && detail.contains(QLatin1String("unique"), Qt::CaseInsensitive)) {
        mapping = {ErrorCode::Conflict, LdapText::tr("another entry already holds this name, address or MAC: "
                                                     "choose another value, or remove the old entry first")};
        // The entry that holds it may be another VO's, which this account cannot read: the server's
        // filter is all there is to name what is taken.
        if (const auto taken = uniqueAttributeOf(detail)) {
            text += LdapText::tr("; %1 %2 is held by another entry").arg(taken->first, taken->second);
            mapping.hint = LdapText::tr("another entry (perhaps another VO's, which this account cannot "
                                        "see) already holds this %1: choose another value")
                               .arg(taken->first);
        }
    }
    // A VO's account: the server refuses whatever is not below the VO's own entry, and hides other VOs'
    // entries (no such object), so both mean the same to the user.
    const bool outsideOwnEntry =
        account && (code == LDAP_INSUFFICIENT_ACCESS ||
                    (code == LDAP_NO_SUCH_OBJECT && isAtOrBelow(where, account->vocsDn) &&
                     !isAtOrBelow(where, account->ownDn)));
    if (outsideOwnEntry) {
        text += LdapText::tr("; the account %1 may write only below its own entry %2, and %3 is not below it")
                    .arg(account->boundDn, account->ownDn, where);
        mapping.hint =
            LdapText::tr("a VO works only with its own VOCs: check directory.vo and directory.bindDn "
                         "in the site profile, or ask the provider");
    }
    qCDebug(lcLdap) << "LDAP error" << code << "at" << where << "mapped to" << int(mapping.code) << text;
    return makeError(mapping.code, text, where, mapping.hint);
}

std::optional<LdapVoAccount> ldapVoAccount(const QString& bindDn, const QString& baseDn)
{
    const Result<QList<LdapRdn>> rdns = ldapRdns(bindDn);
    const Result<QList<LdapRdn>> baseRdns = ldapRdns(baseDn);
    const Result<QString> base = ldapNormalizedDn(baseDn);
    if (!rdns || !baseRdns || !base || baseRdns->isEmpty() || rdns->size() != baseRdns->size() + 2)
        return std::nullopt;
    const auto same = [](const QString& a, const char* b) {
        return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
    };
    if (!same(rdns->at(0).type, "uid") || !same(rdns->at(1).type, "ou") || !same(rdns->at(1).value, "people"))
        return std::nullopt;
    for (qsizetype i = 0; i < baseRdns->size(); ++i) {
        const LdapRdn& mine = rdns->at(i + 2);
        const LdapRdn& theirs = baseRdns->at(i);
        if (mine.type.compare(theirs.type, Qt::CaseInsensitive) != 0 ||
            mine.value.compare(theirs.value, Qt::CaseInsensitive) != 0)
            return std::nullopt;
    }
    const Result<QString> own = ldapRdn(QStringLiteral("ou"), rdns->at(0).value);
    if (!own)
        return std::nullopt;
    const QString vocs = QStringLiteral("ou=vocs,") + *base;
    return LdapVoAccount{bindDn, *own + QLatin1Char(',') + vocs, vocs};
}

bool isLdapConnectionLost(int code)
{
    return code == LDAP_SERVER_DOWN;
}

} // namespace voc
