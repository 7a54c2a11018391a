// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ldaperror.h"

#include "common/logging.h"
#include "directory/ldaphandles.h"

#include <QCoreApplication>

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

Error ldapError(int code, const QString& what, const QString& where, LDAP* ld, const QString& diagnostic)
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
    if (code == LDAP_CONSTRAINT_VIOLATION && detail.contains(QLatin1String("unique"), Qt::CaseInsensitive))
        mapping = {ErrorCode::Conflict, LdapText::tr("another entry already holds this name, address or MAC: "
                                                     "choose another value, or remove the old entry first")};
    qCDebug(lcLdap) << "LDAP error" << code << "at" << where << "mapped to" << int(mapping.code) << text;
    return makeError(mapping.code, text, where, mapping.hint);
}

bool isLdapConnectionLost(int code)
{
    return code == LDAP_SERVER_DOWN;
}

} // namespace voc
