// SPDX-License-Identifier: GPL-3.0-or-later
// Owning handles for what libldap hands out: every pointer is released exactly once, with the
// function libldap documents for it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <lber.h>
#include <ldap.h>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <memory>
#include <vector>

#include <pthread.h>

namespace voc {

// libldap writes to its socket with plain write(): a request or the TLS close alert sent to a
// server that went away raises SIGPIPE, which would end the whole process. While a guard lives,
// SIGPIPE is blocked on this thread (write() fails with EPIPE instead, which libldap reports as
// LDAP_SERVER_DOWN), and one raised meanwhile is taken off the thread before the mask is restored.
// Other threads and the process's handlers are untouched.
class SigpipeGuard
{
public:
    SigpipeGuard()
    {
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        m_blocked = pthread_sigmask(SIG_BLOCK, &pipe, &m_previous) == 0;
    }
    ~SigpipeGuard()
    {
        if (!m_blocked)
            return;
        sigset_t pending;
        sigpending(&pending);
        if (!m_wasPending && sigismember(&pending, SIGPIPE) == 1) {
            sigset_t pipe;
            sigemptyset(&pipe);
            sigaddset(&pipe, SIGPIPE);
            const timespec now{};
            while (sigtimedwait(&pipe, nullptr, &now) == -1 && errno == EINTR) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;

private:
    sigset_t m_previous{};
    bool m_blocked = false;
    bool m_wasPending = false;
};

struct LdapDeleter
{
    // Unbinding also closes the connection and frees the handle.
    void operator()(LDAP* p) const
    {
        const SigpipeGuard guard;
        ldap_unbind_ext_s(p, nullptr, nullptr);
    }
};
struct LdapMessageDeleter
{
    // A whole chain (ldap_result, ldap_search_ext_s) is freed from its first message.
    void operator()(LDAPMessage* p) const { ldap_msgfree(p); }
};
struct BerElementDeleter
{
    // From ldap_first_attribute: the buffer belongs to the message, so only the element goes.
    void operator()(BerElement* p) const { ber_free(p, 0); }
};
struct BervalArrayDeleter
{
    // From ldap_get_values_len.
    void operator()(berval** p) const { ldap_value_free_len(p); }
};
struct BervalDeleter
{
    // From ldap_whoami_s and other calls that return one allocated berval.
    void operator()(berval* p) const { ber_bvfree(p); }
};
struct LdapMemDeleter
{
    // Strings from ldap_get_dn, ldap_first_attribute, ldap_dn2str, ldap_rdn2str.
    void operator()(char* p) const { ldap_memfree(p); }
};
struct LdapControlDeleter
{
    void operator()(LDAPControl* p) const { ldap_control_free(p); }
};
struct LdapControlsDeleter
{
    void operator()(LDAPControl** p) const { ldap_controls_free(p); }
};
struct LdapDnDeleter
{
    void operator()(LDAPDN p) const { ldap_dnfree(p); }
};

using LdapHandle = std::unique_ptr<LDAP, LdapDeleter>;
using LdapMessageHandle = std::unique_ptr<LDAPMessage, LdapMessageDeleter>;
using BerElementHandle = std::unique_ptr<BerElement, BerElementDeleter>;
using BervalArrayHandle = std::unique_ptr<berval*, BervalArrayDeleter>;
using BervalHandle = std::unique_ptr<berval, BervalDeleter>;
using LdapString = std::unique_ptr<char, LdapMemDeleter>;
using LdapControlHandle = std::unique_ptr<LDAPControl, LdapControlDeleter>;
using LdapControlsHandle = std::unique_ptr<LDAPControl*, LdapControlsDeleter>;
using LdapDnHandle = std::unique_ptr<LDAPRDN, LdapDnDeleter>;

// An entry's attributes: names with their values, as libldap's adds and modifies take them.
using LdapAttributes = QList<QPair<QByteArray, QList<QByteArray>>>;

// libldap's LDAPMod arrays over copies of the values (it takes non-const pointers): `op` is
// LDAP_MOD_ADD, LDAP_MOD_REPLACE or LDAP_MOD_DELETE for every attribute; get() lives as long as this.
class LdapMods
{
public:
    LdapMods(int op, const LdapAttributes& attributes)
    {
        for (const auto& [name, list] : attributes) {
            m_names << name;
            m_values << list;
        }
        m_bervals.resize(std::size_t(m_names.size()));
        m_bervalPointers.resize(std::size_t(m_names.size()));
        m_mods.resize(std::size_t(m_names.size()));
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const auto at = std::size_t(i);
            for (QByteArray& value : m_values[i])
                m_bervals[at].push_back(berval{ber_len_t(value.size()), value.data()});
            for (berval& value : m_bervals[at])
                m_bervalPointers[at].push_back(&value);
            m_bervalPointers[at].push_back(nullptr);
            m_mods[at].mod_op = op | LDAP_MOD_BVALUES;
            m_mods[at].mod_type = m_names[i].data();
            m_mods[at].mod_bvalues = m_bervalPointers[at].data();
            m_pointers.push_back(&m_mods[at]);
        }
        m_pointers.push_back(nullptr);
    }
    LDAPMod** get() { return m_pointers.data(); }

private:
    QList<QByteArray> m_names;
    QList<QList<QByteArray>> m_values;
    std::vector<std::vector<berval>> m_bervals;
    std::vector<std::vector<berval*>> m_bervalPointers;
    std::vector<LDAPMod> m_mods;
    std::vector<LDAPMod*> m_pointers;
};

} // namespace voc
