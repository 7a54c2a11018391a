// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ldapwatch.h"

#include "common/logging.h"
#include "directory/ldaperror.h"
#include "directory/ldapsession.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace voc {

namespace {

struct LdapWatchText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LdapWatch)
};

constexpr int pollIntervalMs = 100;

// What the ldap_sync callbacks work on (ldap_sync_t::ls_private).
struct SyncContext
{
    DirectorySyncState* state = nullptr;
    QSet<QByteArray> present; // entryUUIDs the current present phase mentioned
    int messages = 0;         // callbacks so far: tells a poll that handled something from an idle one
    bool changed = false;
    bool refreshDone = false;
    bool searchDone = false; // the server ended the search (refreshAndPersist never should)
};

SyncContext& contextOf(ldap_sync_t* ls)
{
    return *static_cast<SyncContext*>(ls->ls_private);
}

QByteArray uuidKey(const berval& uuid)
{
    return QByteArray(uuid.bv_val, qsizetype(uuid.bv_len));
}

// End of a present phase: what the server did not mention is gone (RFC 4533 3.3.1).
template<typename Hash> void dropNotIn(const QSet<QByteArray>& present, Hash& hash, bool& changed)
{
    for (auto it = hash.begin(); it != hash.end();) {
        if (present.contains(it.key())) {
            ++it;
        } else {
            it = hash.erase(it);
            changed = true;
        }
    }
}

void dropNotPresent(SyncContext& context)
{
    dropNotIn(context.present, context.state->entries, context.changed);
    dropNotIn(context.present, context.state->vos, context.changed);
    context.present.clear();
}

bool removeEntry(SyncContext& context, const QByteArray& key)
{
    const bool removed = context.state->entries.remove(key) > 0;
    return context.state->vos.remove(key) > 0 || removed;
}

bool hasObjectClass(const LdapEntry& entry, const char* name)
{
    const QList<QByteArray> classes = entry.values.value(QByteArrayLiteral("objectclass"));
    return std::any_of(classes.begin(), classes.end(),
                       [name](const QByteArray& c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
}

// Stores a VCN record or a VO's grant entry under its entryUUID; true when that changed the state.
bool storeEntry(SyncContext& context, const QByteArray& key, const LdapEntry& entry)
{
    DirectorySyncState& state = *context.state;
    if (hasObjectClass(entry, "ipHost")) {
        const VcnRecord record = vcnRecordFromEntry(entry);
        const bool wasVo = state.vos.remove(key) > 0;
        auto it = state.entries.find(key);
        if (it != state.entries.end() && *it == record)
            return wasVo;
        state.entries.insert(key, record);
        return true;
    }
    if (std::optional<VoGrantEntry> vo = voGrantEntryFromEntry(entry)) {
        const bool wasRecord = state.entries.remove(key) > 0;
        auto it = state.vos.find(key);
        if (it != state.vos.end() && *it == *vo)
            return wasRecord;
        state.vos.insert(key, std::move(*vo));
        return true;
    }
    // The class on an entry that is not a VO's (e.g. on a VOC) is no grant.
    return removeEntry(context, key);
}

// ldap_sync reports the end of both kinds of refresh phase as the same "done" phase; the
// syncInfo message itself says which one it was.
bool isRefreshPresent(LDAP* ld, LDAPMessage* message)
{
    char* rawOid = nullptr;
    berval* rawData = nullptr;
    if (ldap_parse_intermediate(ld, message, &rawOid, &rawData, nullptr, 0) != LDAP_SUCCESS)
        return false;
    const LdapString oid(rawOid);
    const BervalHandle data(rawData);
    if (!rawOid || std::strcmp(rawOid, LDAP_SYNC_INFO) != 0 || !rawData)
        return false;
    BerElement* ber = ber_init(rawData);
    if (!ber)
        return false;
    ber_len_t length = 0;
    const ber_tag_t tag = ber_peek_tag(ber, &length);
    ber_free(ber, 1);
    return tag == LDAP_TAG_SYNC_REFRESH_PRESENT;
}

int onSearchEntry(ldap_sync_t* ls, LDAPMessage* message, berval* uuid, ldap_sync_refresh_t phase)
{
    SyncContext& context = contextOf(ls);
    ++context.messages;
    const QByteArray key = uuidKey(*uuid);
    switch (phase) {
    case LDAP_SYNC_CAPI_ADD:
    case LDAP_SYNC_CAPI_MODIFY: {
        if (storeEntry(context, key, parseLdapEntry(ls->ls_ld, message)))
            context.changed = true;
        context.present.insert(key);
        break;
    }
    case LDAP_SYNC_CAPI_PRESENT:
        context.present.insert(key);
        break;
    case LDAP_SYNC_CAPI_DELETE:
        if (removeEntry(context, key))
            context.changed = true;
        break;
    default:
        break;
    }
    return LDAP_SUCCESS;
}

int onSearchReference(ldap_sync_t* ls, LDAPMessage* /*message*/)
{
    ++contextOf(ls).messages;
    qCDebug(lcLdap) << "sync: ignoring a referral";
    return LDAP_SUCCESS;
}

int onIntermediate(ldap_sync_t* ls, LDAPMessage* message, BerVarray uuids, ldap_sync_refresh_t phase)
{
    SyncContext& context = contextOf(ls);
    ++context.messages;
    switch (phase) {
    case LDAP_SYNC_CAPI_PRESENTS_IDSET:
        for (int i = 0; uuids && uuids[i].bv_val; ++i)
            context.present.insert(uuidKey(uuids[i]));
        break;
    case LDAP_SYNC_CAPI_DELETES_IDSET:
        for (int i = 0; uuids && uuids[i].bv_val; ++i) {
            if (removeEntry(context, uuidKey(uuids[i])))
                context.changed = true;
        }
        break;
    case LDAP_SYNC_CAPI_PRESENTS:
    case LDAP_SYNC_CAPI_DELETES:
    case LDAP_SYNC_CAPI_DONE:
        if (isRefreshPresent(ls->ls_ld, message))
            dropNotPresent(context);
        else
            context.present.clear();
        if (phase == LDAP_SYNC_CAPI_DONE)
            context.refreshDone = true;
        break;
    default:
        break;
    }
    return LDAP_SUCCESS;
}

int onSearchResult(ldap_sync_t* ls, LDAPMessage* /*message*/, int refreshDeletes)
{
    SyncContext& context = contextOf(ls);
    ++context.messages;
    // A refresh that ends with the search itself (refreshDeletes FALSE) was a present phase.
    if (!context.refreshDone && refreshDeletes == 0)
        dropNotPresent(context);
    context.searchDone = true;
    return LDAP_SUCCESS;
}

// ldap_sync_destroy would also unbind the connection, which the session owns.
struct SyncRequest
{
    ldap_sync_t ls{};
    SyncRequest() { ldap_sync_initialize(&ls); }
    ~SyncRequest()
    {
        ls.ls_ld = nullptr;
        ldap_sync_destroy(&ls, 0);
    }
    SyncRequest(const SyncRequest&) = delete;
    SyncRequest& operator=(const SyncRequest&) = delete;

    void setCookie(const QByteArray& cookie)
    {
        ldap_memfree(ls.ls_cookie.bv_val);
        ls.ls_cookie = berval{0, nullptr};
        if (cookie.isEmpty())
            return;
        ls.ls_cookie.bv_val = static_cast<char*>(ber_memalloc(ber_len_t(cookie.size()) + 1));
        std::memcpy(ls.ls_cookie.bv_val, cookie.constData(), std::size_t(cookie.size()));
        ls.ls_cookie.bv_val[cookie.size()] = '\0';
        ls.ls_cookie.bv_len = ber_len_t(cookie.size());
    }
    QByteArray cookie() const { return QByteArray(ls.ls_cookie.bv_val, qsizetype(ls.ls_cookie.bv_len)); }
};

bool hasBufferedData(LDAP* ld)
{
    Sockbuf* sb = nullptr;
    if (ldap_get_option(ld, LDAP_OPT_SOCKBUF, &sb) != LDAP_OPT_SUCCESS || !sb)
        return false;
    return ber_sockbuf_ctrl(sb, LBER_SB_OPT_DATA_READY, nullptr) > 0;
}

int lastResultCode(LDAP* ld)
{
    int code = LDAP_OTHER;
    ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &code);
    return code;
}

} // namespace

std::unique_ptr<DirectoryWatch> createLdapWatch(const DirectoryConfig& config)
{
    return std::make_unique<LdapWatch>(config);
}

LdapWatch::LdapWatch(DirectoryConfig config)
    : m_config(std::move(config))
    , m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{}

LdapWatch::~LdapWatch()
{
    if (m_wake >= 0)
        ::close(m_wake);
}

void LdapWatch::setSocket(int socket, bool inRefresh)
{
    const std::lock_guard lock(m_socketMutex);
    m_socket = socket;
    m_inRefresh = inRefresh;
    if (m_stop && m_inRefresh && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

void LdapWatch::stop()
{
    m_stop = true;
    if (m_wake >= 0) {
        const eventfd_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof one);
    }
    // ldap_sync_init only returns when the refresh is complete or the connection fails; failing
    // it is the one way to end it early. The descriptor stays open (libldap closes it), so this
    // cannot hit an unrelated file.
    const std::lock_guard lock(m_socketMutex);
    if (m_inRefresh && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

Status LdapWatch::run(DirectorySyncState& state,
                      const std::function<void(const DirectorySyncState&)>& onChange)
{
    if (m_stop)
        return Ok{};
    // For the whole run: onChange runs on this thread too and never writes to the LDAP socket.
    const SigpipeGuard sigpipeGuard;
    const Result<LdapVocsDns> dns = ldapVocsDns(m_config);
    if (!dns)
        return dns.error();
    const QString vocsDn = dns->container;
    Result<LdapSession> session = openLdapSession(m_config);
    if (!session)
        return session.error();
    LDAP* ld = session->ld.get();
    // A peer that vanishes without closing the connection (cable, firewall) is noticed by TCP
    // keepalive, not by a search that may rightly stay silent for days.
    const int idle = 30, probes = 3, interval = 10;
    ldap_set_option(ld, LDAP_OPT_X_KEEPALIVE_IDLE, &idle);
    ldap_set_option(ld, LDAP_OPT_X_KEEPALIVE_PROBES, &probes);
    ldap_set_option(ld, LDAP_OPT_X_KEEPALIVE_INTERVAL, &interval);
    int socket = -1;
    ldap_get_option(ld, LDAP_OPT_DESC, &socket);

    struct SocketScope
    {
        LdapWatch* watch;
        ~SocketScope() { watch->setSocket(-1, false); }
    } socketScope{this};

    SyncContext context;
    context.state = &state;
    SyncRequest request;
    ldap_sync_t& ls = request.ls;
    const QByteArray baseBytes = vocsDn.toUtf8();
    ls.ls_base = ber_strdup(baseBytes.constData());
    ls.ls_scope = LDAP_SCOPE_SUBTREE;
    // The VO entries with their grants too: netsync enforces them. (A directory without VOC Studio's
    // schema treats the unknown class as undefined, and the filter still matches every VCN.)
    ls.ls_filter = ber_strdup("(|(objectClass=ipHost)(objectClass=vocsVirtualOrganization))");
    ls.ls_timeout = 0; // ldap_sync_poll never blocks: we wait in poll() and can see stop()
    ls.ls_search_entry = onSearchEntry;
    ls.ls_search_reference = onSearchReference;
    ls.ls_intermediate = onIntermediate;
    ls.ls_search_result = onSearchResult;
    ls.ls_private = &context;
    ls.ls_ld = ld;

    const QString where = m_config.uri;
    bool reloaded = false;
    const auto refresh = [&]() -> Status {
        for (;;) {
            // Without a cookie the server sends everything: what we held before means nothing.
            if (state.cookie.isEmpty()) {
                state.entries.clear();
                state.vos.clear();
            }
            request.setCookie(state.cookie);
            context.refreshDone = false;
            context.searchDone = false;
            context.present.clear();
            setSocket(socket, true);
            const int rc = ldap_sync_init(&ls, LDAP_SYNC_REFRESH_AND_PERSIST);
            setSocket(socket, false);
            if (m_stop)
                return Ok{};
            if (rc == LDAP_SYNC_REFRESH_REQUIRED && !reloaded) {
                qCInfo(lcLdap) << "sync: the server no longer knows our cookie; reloading everything from"
                               << where;
                reloaded = true;
                state.cookie.clear();
                continue;
            }
            if (rc != LDAP_SUCCESS)
                return ldapError(rc == -1 ? lastResultCode(ld) : rc,
                                 LdapWatchText::tr("could not follow the VCN records under %1").arg(vocsDn),
                                 where, ld);
            if (context.searchDone)
                return makeError(ErrorCode::External,
                                 LdapWatchText::tr("%1 ended the sync of %2 instead of sending changes")
                                     .arg(where, vocsDn),
                                 where,
                                 LdapWatchText::tr("check that the syncprov overlay is on the database"));
            state.cookie = request.cookie();
            context.changed = false;
            onChange(state);
            return Ok{};
        }
    };

    if (Status refreshed = refresh(); !refreshed || m_stop)
        return refreshed;
    qCInfo(lcLdap) << "sync: refreshed" << state.entries.size() << "VCN records from" << where
                   << "; following changes";

    pollfd fds[2] = {{socket, POLLIN, 0}, {m_wake, POLLIN, 0}};
    while (!m_stop) {
        // Drain what libldap can read now. A zero-timeout poll may read a message off the socket and
        // still report nothing (it is queued for the next call), and TLS may hold decrypted bytes
        // poll() cannot see: only two empty calls in a row with nothing buffered mean "idle".
        int rc = LDAP_SUCCESS;
        for (int idle = 0; idle < 2;) {
            const int before = context.messages;
            rc = ldap_sync_poll(&ls);
            if (rc != LDAP_SUCCESS || context.searchDone)
                break;
            if (context.messages != before || hasBufferedData(ld))
                idle = 0;
            else
                ++idle;
        }
        if (m_stop)
            break;
        if (rc == LDAP_SYNC_REFRESH_REQUIRED && !reloaded) {
            reloaded = true;
            state.cookie.clear();
            if (Status refreshed = refresh(); !refreshed || m_stop)
                return refreshed;
            continue;
        }
        if (rc != LDAP_SUCCESS)
            return ldapError(rc == -1 ? lastResultCode(ld) : rc,
                             LdapWatchText::tr("lost the sync of the VCN records under %1").arg(vocsDn),
                             where, ld);
        if (context.searchDone)
            return makeError(ErrorCode::External,
                             LdapWatchText::tr("%1 ended the sync of %2").arg(where, vocsDn), where,
                             LdapWatchText::tr("the server may be shutting down; reconnect"));
        state.cookie = request.cookie();
        if (context.changed) {
            context.changed = false;
            onChange(state);
        }
        if (::poll(fds, 2, pollIntervalMs) > 0 && (fds[1].revents & POLLIN)) {
            eventfd_t drained = 0;
            [[maybe_unused]] const int read = eventfd_read(m_wake, &drained);
        }
    }
    return Ok{};
}

} // namespace voc
