// SPDX-License-Identifier: GPL-3.0-or-later
// LdapDirectory::addVcns: every record checked before the first write, and what this call wrote
// removed again when a later write fails, so a batch is in the directory completely or not at all.
#include "directory/ldapdirectory.h"

#include "common/logging.h"
#include "directory/vcnconflicts.h"
#include "net/ipv4.h"
#include "net/mac.h"

#include <QCoreApplication>
#include <QSet>

namespace voc {

namespace {

struct LdapWriteText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LdapDirectory)
};

// Filters stay well under server limits: 3 terms per record.
constexpr int recordsPerConflictSearch = 64;

// Existing values in the form normalizeVcnRecord gives, so "0A-00-..." and "0a:00:..." compare equal.
QString comparableIp(const QString& ip)
{
    const Result<Ipv4Address> parsed = Ipv4Address::parse(ip);
    return parsed ? parsed->toString() : ip;
}

QString comparableMac(const QString& mac)
{
    const Result<MacAddress> parsed = MacAddress::parse(mac);
    return parsed ? parsed->toString() : mac.toLower();
}

// The conflict error for the first record of `batch` whose name, IP or MAC an entry of `taken` holds.
std::optional<Error> takenError(const QList<VcnRecord>& batch, const QList<VcnRecord>& taken)
{
    for (const VcnRecord& record : batch) {
        for (const VcnRecord& other : taken) {
            QString field;
            QString value;
            if (other.hostname.compare(record.hostname, Qt::CaseInsensitive) == 0)
                field = QStringLiteral("cn"), value = record.hostname;
            else if (comparableIp(other.ip) == record.ip)
                field = QStringLiteral("ipHostNumber"), value = record.ip;
            else if (comparableMac(other.mac) == record.mac)
                field = QStringLiteral("macAddress"), value = record.mac;
            else
                continue;
            return makeError(ErrorCode::Conflict,
                             LdapWriteText::tr("%1 %2 of VCN record %3 is already used by %4")
                                 .arg(field, value, recordName(record), other.dn),
                             other.dn,
                             LdapWriteText::tr("choose another value, or remove the old entry first; nothing "
                                               "was written"));
        }
    }
    return std::nullopt;
}

} // namespace

Result<QList<VcnRecord>> LdapDirectory::findTaken(const QList<VcnRecord>& batch)
{
    // The whole base, not only ou=vocs: a bare-metal host's address or MAC elsewhere in the
    // directory is just as taken. (A VO's account sees only its own entries; the server's uniqueness
    // check covers the others, see writeBatch.)
    const QString& base = m_baseDn;
    QList<VcnRecord> taken;
    for (qsizetype from = 0; from < batch.size(); from += recordsPerConflictSearch) {
        QString names;
        QString others;
        for (qsizetype i = from; i < std::min(batch.size(), from + recordsPerConflictSearch); ++i) {
            const VcnRecord& r = batch.at(i);
            names += QStringLiteral("(cn=%1)").arg(ldapFilterValue(r.hostname));
            others += QStringLiteral("(ipHostNumber=%1)(macAddress=%2)")
                          .arg(ldapFilterValue(r.ip), ldapFilterValue(r.mac));
        }
        const QString filter = QStringLiteral("(|(&(objectClass=ipHost)(|%1))%2)").arg(names, others);
        const auto entries = search(base, LDAP_SCOPE_SUBTREE, filter,
                                    {QByteArrayLiteral("cn"), QByteArrayLiteral("ipHostNumber"),
                                     QByteArrayLiteral("macAddress"), QByteArrayLiteral("description")});
        if (!entries)
            return entries.error();
        for (const LdapEntry& entry : *entries)
            taken << vcnRecordFromEntry(entry);
    }
    return taken;
}

Status LdapDirectory::addVcns(const QList<VcnRecord>& records)
{
    QList<VcnRecord> batch;
    batch.reserve(records.size());
    for (const VcnRecord& record : records) {
        Result<VcnRecord> normalized = normalizeVcnRecord(record);
        if (!normalized)
            return normalized.error();
        // The records go below this profile's VO (or under ou=vocs for a single-tenant profile), never
        // quietly somewhere their VO did not say.
        if (!normalized->vo.isEmpty() && normalized->vo != m_config.vo)
            return makeError(
                ErrorCode::InvalidInput,
                m_config.vo.isEmpty()
                    ? LdapWriteText::tr("VCN record %1 belongs to VO %2, and this site profile is "
                                        "for a single-tenant site")
                          .arg(recordName(*normalized), normalized->vo)
                    : LdapWriteText::tr("VCN record %1 belongs to VO %2, and this site profile is "
                                        "VO %3's")
                          .arg(recordName(*normalized), normalized->vo, m_config.vo),
                recordName(*normalized),
                LdapWriteText::tr("use the profile of the record's VO; nothing was written"));
        normalized->vo = m_config.vo;
        batch << std::move(normalized.value());
    }
    if (batch.isEmpty())
        return Ok{};

    if (const QList<VcnConflict> conflicts = findVcnConflicts(batch, {}); !conflicts.isEmpty()) {
        const VcnConflict& first = conflicts.first();
        return makeError(
            ErrorCode::Conflict,
            LdapWriteText::tr("VCN record %1: %2").arg(recordName(batch.at(first.index)), first.toString()),
            recordName(batch.at(first.index)),
            LdapWriteText::tr("every hostname, IP and MAC must be unique in the batch; nothing "
                              "was written"));
    }

    const Result<QList<VcnRecord>> taken = withReconnect([&, this] { return findTaken(batch); });
    if (!taken)
        return taken.error();
    if (std::optional<Error> conflict = takenError(batch, *taken))
        return *conflict;
    // The check above is a read before a write: a writer at the same moment passes it too. The server
    // (slapo-unique) then refuses one of the two adds, and writeBatch reports that as this conflict.
    return writeBatch(batch);
}

Status LdapDirectory::writeBatch(const QList<VcnRecord>& batch)
{
    const SigpipeGuard sigpipeGuard;
    QStringList written; // DNs this call added, in order: the rollback removes them backwards
    const auto undo = [&, this](const Error& error) -> Status {
        const QStringList left = rollback(written);
        if (left.isEmpty())
            return Error{error.code, error.what, error.where,
                         error.hint.isEmpty()
                             ? LdapWriteText::tr("nothing of this batch was kept")
                             : error.hint + LdapWriteText::tr("; nothing of this batch was kept")};
        return Error{error.code,
                     error.what +
                         LdapWriteText::tr("; %n entry(s) of this batch could not be removed again: %1",
                                           nullptr, int(left.size()))
                             .arg(left.join(QLatin1String("; "))),
                     error.where, LdapWriteText::tr("remove them by hand or with `vocctl directory remove`")};
    };

    QSet<QString> vocsReady;
    for (const VcnRecord& record : batch) {
        if (!vocsReady.contains(record.voc)) {
            const Result<QString> dn = vocDn(record.voc);
            if (!dn)
                return undo(dn.error());
            const auto existing = search(*dn, LDAP_SCOPE_BASE, QStringLiteral("(objectClass=*)"),
                                         {QByteArrayLiteral("1.1")}, Missing::IsEmpty);
            if (!existing)
                return undo(existing.error());
            if (existing->isEmpty()) {
                const Status added =
                    addEntry(*dn, {{"objectClass", {"organizationalUnit"}}, {"ou", {record.voc.toUtf8()}}});
                // Another writer may have made the VOC a moment ago: it is there, which is all we need
                // (and not ours to remove on a rollback).
                if (added)
                    written << *dn;
                else if (added.error().code != ErrorCode::Conflict)
                    return undo(added.error());
            }
            vocsReady.insert(record.voc);
        }
        const Result<QString> dn = vcnDn(record.voc, record.hostname);
        if (!dn)
            return undo(dn.error());
        QList<QPair<QByteArray, QList<QByteArray>>> attributes{
            {"objectClass", {"device", "ipHost", "ieee802Device"}},
            {"cn", {record.hostname.toUtf8()}},
            {"ipHostNumber", {record.ip.toUtf8()}},
            {"macAddress", {record.mac.toUtf8()}},
        };
        if (!record.description.isEmpty())
            attributes.append(
                qMakePair(QByteArray("description"), QList<QByteArray>{record.description.toUtf8()}));
        const Status added = addEntry(*dn, attributes);
        if (!added && added.error().code == ErrorCode::Conflict) {
            // Name the entry that holds the value, as the check before the write does.
            if (const auto taken = findTaken({record}); taken) {
                if (std::optional<Error> conflict = takenError({record}, *taken))
                    return undo(*conflict);
            }
        }
        if (!added)
            return undo(added.error());
        written << *dn;
    }
    qCInfo(lcLdap) << "added" << batch.size() << "VCN records to" << m_config.uri;
    return Ok{};
}

QStringList LdapDirectory::rollback(const QStringList& dns)
{
    QStringList left;
    bool reconnected = false;
    for (auto it = dns.crbegin(); it != dns.crend(); ++it) {
        m_lost = false;
        Status removed = deleteEntry(*it);
        if (!removed && m_lost && !reconnected) {
            reconnected = true;
            if (reconnect())
                removed = deleteEntry(*it);
        }
        if (!removed) {
            qCWarning(lcLdap) << "rollback could not remove" << *it << ":" << removed.error().what;
            left << *it;
        }
    }
    return left;
}

} // namespace voc
