// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/vcnconflicts.h"

#include "common/terminaltext.h"

#include <QCoreApplication>
#include <QHash>

namespace voc {

namespace {

struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VcnConflicts)
};

struct Owner
{
    QString voc;
    QString hostname;
    bool inBatch = false;
};

struct Taken
{
    QHash<QString, Owner> hostnames;
    QHash<QString, Owner> ips;
    QHash<QString, Owner> macs;
};

void take(Taken& taken, const VcnRecord& r, bool inBatch)
{
    const Owner owner{r.voc, r.hostname, inBatch};
    taken.hostnames.insert(r.hostname, owner);
    taken.ips.insert(r.ip, owner);
    taken.macs.insert(r.mac, owner);
}

} // namespace

QString VcnConflict::toString() const
{
    // The other record's names come from the directory (or an import file): escaped, one line.
    return escapeForTerminal(ConflictText::tr("%1 (%2) is taken by %3/%4%5")
                                 .arg(value, field, otherVoc, otherHostname,
                                      inBatch ? ConflictText::tr(" earlier in the same batch") : QString()));
}

QList<VcnConflict> findVcnConflicts(const QList<VcnRecord>& batch, const QList<VcnRecord>& existing)
{
    Taken taken;
    for (const VcnRecord& record : existing) {
        if (const Result<VcnRecord> r = normalizeVcnRecord(record))
            take(taken, *r, false);
    }
    QList<VcnConflict> conflicts;
    for (int i = 0; i < batch.size(); ++i) {
        const Result<VcnRecord> r = normalizeVcnRecord(batch.at(i));
        if (!r)
            continue;
        bool clash = false;
        const auto check = [&](const QHash<QString, Owner>& owners, const char* field, const QString& value) {
            const auto it = owners.constFind(value);
            if (it == owners.constEnd())
                return;
            conflicts << VcnConflict{i, QLatin1String(field), value, it->voc, it->hostname, it->inBatch};
            clash = true;
        };
        check(taken.hostnames, "cn", r->hostname);
        check(taken.ips, "ipHostNumber", r->ip);
        check(taken.macs, "macAddress", r->mac);
        if (!clash)
            take(taken, *r, true);
    }
    return conflicts;
}

} // namespace voc
