// SPDX-License-Identifier: GPL-3.0-or-later
// Directory over libldap: one bound connection, paged searches, all-or-nothing batch writes and
// one reconnect when the server went away.
#pragma once

#include "directory/directory.h"
#include "directory/ldaperror.h"
#include "directory/ldapsession.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace voc {

class LdapDirectory final : public Directory
{
public:
    LdapDirectory(DirectoryConfig config, LdapVocsDns dns, LdapSession session);

    QString uri() const override { return m_config.uri; }
    Result<DirectoryInfo> info() override;
    Result<QStringList> listVocs() override;
    Result<QList<VcnRecord>> listVcns(const QString& voc = {}) override;
    Status addVcns(const QList<VcnRecord>& records) override;
    Status removeVcn(const QString& voc, const QString& hostname) override;
    Result<int> removeVoc(const QString& voc) override;
    Result<VoGrant> grant() override;
    Result<QList<VoGrantEntry>> listVoGrants() override;

private:
    enum class Missing
    {
        IsError,
        IsEmpty, // a missing search base means no entries (a VOC not created yet)
    };

    // Runs `operation`; when it failed because the connection was lost, reconnects once and runs it
    // again. Every LDAP failure goes through fail(), which notes a lost connection.
    template<typename Operation> auto withReconnect(Operation&& operation) -> decltype(operation());
    Status reconnect();
    Error fail(int code, const QString& what, const QString& where);
    LDAP* ld() const { return m_session.ld.get(); }

    // RFC 2696 paged search (m_config.pageSize per page) collecting every entry.
    Result<QList<LdapEntry>> search(const QString& base, int scope, const QString& filter,
                                    const QList<QByteArray>& attributes, Missing missing = Missing::IsError);
    Status addEntry(const QString& dn, const QList<QPair<QByteArray, QList<QByteArray>>>& attributes);
    Status deleteEntry(const QString& dn);
    // Ok when the base DN (for a VO's profile: the VO's entry) is an entry of the directory. A search
    // under a base that does not exist finds nothing, and "nothing" must never pass for "no VCNs":
    // netsync would empty the site's DHCP and DNS files.
    Status checkBaseExists();
    Result<QString> vocDn(const QString& voc) const;
    Result<QString> vcnDn(const QString& voc, const QString& hostname) const;
    Error notConnected();

    // addVcns, in ldapdirectorywrite.cpp.
    Result<QList<VcnRecord>> findTaken(const QList<VcnRecord>& batch);
    Status writeBatch(const QList<VcnRecord>& batch);
    QStringList rollback(const QStringList& dns);

    DirectoryConfig m_config;
    QString m_baseDn; // normalised
    QString m_vocsDn; // the parent of the ou=<voc> entries: ou=vocs,<base> or ou=<vo>,ou=vocs,<base>
    // Bound as a VO's account: its refusals say where it may write (ldapError).
    std::optional<LdapVoAccount> m_account;
    LdapSession m_session;
    bool m_lost = false;
};

template<typename Operation> auto LdapDirectory::withReconnect(Operation&& operation) -> decltype(operation())
{
    const SigpipeGuard sigpipeGuard;
    if (!m_session.ld) {
        if (Status connected = reconnect(); !connected)
            return connected.error();
    }
    m_lost = false;
    auto result = operation();
    if (result.ok() || !m_lost)
        return result;
    if (Status connected = reconnect(); !connected)
        return connected.error();
    m_lost = false;
    return operation();
}

} // namespace voc
