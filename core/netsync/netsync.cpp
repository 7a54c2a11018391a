// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsync.h"

#include "common/atomicfile.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>

namespace voc {

namespace {

constexpr qint64 stateSaveMs = 2000;

struct NetsyncText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Netsync)
};

QJsonObject recordToJson(const QByteArray& uuid, const VcnRecord& record)
{
    QJsonObject object{{QStringLiteral("uuid"), QString::fromLatin1(uuid.toHex())},
                       {QStringLiteral("voc"), record.voc},
                       {QStringLiteral("hostname"), record.hostname},
                       {QStringLiteral("ip"), record.ip},
                       {QStringLiteral("mac"), record.mac},
                       {QStringLiteral("description"), record.description},
                       {QStringLiteral("dn"), record.dn}};
    // Only a VO's record has one: a single-tenant site's state file stays as it was.
    if (!record.vo.isEmpty())
        object.insert(QStringLiteral("vo"), record.vo);
    return object;
}

QJsonObject voGrantToJson(const QByteArray& uuid, const VoGrantEntry& vo)
{
    QJsonObject values;
    for (auto it = vo.values.cbegin(); it != vo.values.cend(); ++it) {
        QJsonArray list;
        for (const QByteArray& value : *it)
            list.append(QString::fromUtf8(value));
        values.insert(QString::fromLatin1(it.key()), list);
    }
    return QJsonObject{{QStringLiteral("uuid"), QString::fromLatin1(uuid.toHex())},
                       {QStringLiteral("vo"), vo.vo},
                       {QStringLiteral("dn"), vo.dn},
                       {QStringLiteral("values"), values}};
}

VoGrantEntry voGrantFromJson(const QJsonObject& object)
{
    VoGrantEntry vo{
        object.value(QStringLiteral("vo")).toString(), object.value(QStringLiteral("dn")).toString(), {}};
    const QJsonObject values = object.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // Only the grant's attributes: the file is ours, but a hand-edited one must not add others.
        const QByteArray name = it.key().toLatin1().toLower();
        if (!voGrantAttributes().contains(name))
            continue;
        QList<QByteArray>& list = vo.values[name];
        for (const QJsonValue& value : it.value().toArray())
            list << value.toString().toUtf8();
    }
    return vo;
}

} // namespace

QString defaultNetsyncStatePath(const NetsyncOutputs& outputs)
{
    return (outputs.dhcpHosts.isEmpty() ? outputs.nftRuleset : outputs.dhcpHosts) +
           QStringLiteral(".netsync-state");
}

Result<DirectorySyncState> loadNetsyncState(const QString& path, const DirectoryConfig& config)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return DirectorySyncState{};
    const Result<QByteArray> bytes = readFileLimited(path);
    if (!bytes)
        return bytes.error();
    const QString hint = NetsyncText::tr("remove the file: netsync then reads the whole directory again");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return makeError(ErrorCode::Parse,
                         NetsyncText::tr("not a netsync state file: %1").arg(parseError.errorString()), path,
                         hint);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() == QLatin1String("vocstudio-netsync-state/1")) {
        qCInfo(lcNet) << "netsync state" << path << "holds no VO grants (format 1); starting afresh";
        return DirectorySyncState{};
    }
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(netsyncStateFormat))
        return makeError(
            ErrorCode::UnsupportedFormat,
            NetsyncText::tr("format '%1' is not %2")
                .arg(root.value(QStringLiteral("format")).toString(), QLatin1String(netsyncStateFormat)),
            path, hint);
    if (root.value(QStringLiteral("uri")).toString() != config.uri ||
        root.value(QStringLiteral("baseDn")).toString() != config.baseDn) {
        qCInfo(lcNet) << "netsync state" << path << "is for another directory; starting afresh";
        return DirectorySyncState{};
    }
    DirectorySyncState state;
    state.cookie = QByteArray::fromBase64(root.value(QStringLiteral("cookie")).toString().toLatin1());
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    state.entries.reserve(entries.size());
    for (const QJsonValue& value : entries) {
        const QJsonObject o = value.toObject();
        const QByteArray uuid = QByteArray::fromHex(o.value(QStringLiteral("uuid")).toString().toLatin1());
        if (uuid.isEmpty())
            return makeError(ErrorCode::Parse, NetsyncText::tr("an entry has no uuid"), path, hint);
        state.entries.insert(uuid, VcnRecord{o.value(QStringLiteral("voc")).toString(),
                                             o.value(QStringLiteral("hostname")).toString(),
                                             o.value(QStringLiteral("ip")).toString(),
                                             o.value(QStringLiteral("mac")).toString(),
                                             o.value(QStringLiteral("description")).toString(),
                                             o.value(QStringLiteral("dn")).toString(),
                                             o.value(QStringLiteral("vo")).toString()});
    }
    const QJsonArray vos = root.value(QStringLiteral("vos")).toArray();
    for (const QJsonValue& value : vos) {
        const QJsonObject o = value.toObject();
        const QByteArray uuid = QByteArray::fromHex(o.value(QStringLiteral("uuid")).toString().toLatin1());
        if (uuid.isEmpty())
            return makeError(ErrorCode::Parse, NetsyncText::tr("a VO entry has no uuid"), path, hint);
        state.vos.insert(uuid, voGrantFromJson(o));
    }
    return state;
}

Status saveNetsyncState(const QString& path, const DirectorySyncState& state, const DirectoryConfig& config)
{
    QList<QByteArray> uuids = state.entries.keys();
    std::sort(uuids.begin(), uuids.end()); // stable bytes for the same state
    QJsonArray entries;
    for (const QByteArray& uuid : std::as_const(uuids))
        entries.append(recordToJson(uuid, state.entries.value(uuid)));
    QList<QByteArray> voUuids = state.vos.keys();
    std::sort(voUuids.begin(), voUuids.end());
    QJsonArray vos;
    for (const QByteArray& uuid : std::as_const(voUuids))
        vos.append(voGrantToJson(uuid, state.vos.value(uuid)));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(netsyncStateFormat)},
                           {QStringLiteral("uri"), config.uri},
                           {QStringLiteral("baseDn"), config.baseDn},
                           {QStringLiteral("cookie"), QString::fromLatin1(state.cookie.toBase64())},
                           {QStringLiteral("entries"), entries},
                           {QStringLiteral("vos"), vos}};
    // Only the owner: the file lists the whole site's addresses.
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact),
                               {.permissions = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser)});
}

Result<NetsyncReport> netsyncOnce(Directory& directory, NetsyncWriter& writer, bool allowEmpty)
{
    const Result<QList<VcnRecord>> records = directory.listVcns();
    if (!records)
        return records.error();
    const Result<QList<VoGrantEntry>> vos = directory.listVoGrants();
    if (!vos)
        return vos.error();
    if (records->isEmpty() && !allowEmpty) {
        const Result<int> reservations = writer.reservationsOnDisk();
        if (!reservations)
            return reservations.error();
        const Result<int> rules = writer.rulesOnDisk();
        if (!rules)
            return rules.error();
        const QString keep = NetsyncText::tr("every file was kept as it was; check the base DN and the "
                                             "account's rights, and if every VCN is really gone run again "
                                             "with --allow-empty");
        if (*reservations > 0)
            return makeError(ErrorCode::Conflict,
                             NetsyncText::tr("the directory %1 returned no VCN records under %2, and the "
                                             "dhcp hosts file holds %n reservation(s): not emptying it",
                                             nullptr, *reservations)
                                 .arg(directory.uri(), writer.outputs().dhcpHosts),
                             writer.outputs().dhcpHosts, keep);
        if (*rules > 0)
            return makeError(ErrorCode::Conflict,
                             NetsyncText::tr("the directory %1 returned no VCN records, and the bridge's "
                                             "ruleset lets %n VCN(s) through: not emptying it",
                                             nullptr, *rules)
                                 .arg(directory.uri()),
                             writer.outputs().nftRuleset, keep);
    }
    return writer.write(*records, *vos);
}

NetsyncWatch::NetsyncWatch(DirectoryConfig config, NetsyncWriter& writer, Options options,
                           WatchFactory factory)
    : m_config(std::move(config))
    , m_writer(writer)
    , m_options(std::move(options))
    , m_factory(std::move(factory))
{
    if (!m_factory)
        m_factory = [config = m_config] { return createLdapWatch(config); };
}

Status NetsyncWatch::run(const Callbacks& callbacks)
{
    Result<DirectorySyncState> loaded = loadNetsyncState(m_options.statePath, m_config);
    if (!loaded)
        return loaded.error();
    DirectorySyncState state = std::move(*loaded);
    if (!state.cookie.isEmpty())
        qCInfo(lcNet) << "netsync continues from its saved state:" << state.entries.size() << "entries";

    int backoffMs = m_options.initialBackoffMs;
    QElapsedTimer sinceSave;
    bool stateDirty = false;
    QString lastFailure;
    bool failing = false;
    for (;;) {
        std::unique_ptr<DirectoryWatch> watch = m_factory();
        {
            std::lock_guard lock(m_mutex);
            if (m_stopped)
                break;
            m_current = watch.get();
        }
        bool healthy = false;
        const auto onChange = [&](const DirectorySyncState& current) {
            if (!healthy) {
                healthy = true;
                backoffMs = m_options.initialBackoffMs;
                if (failing) {
                    failing = false;
                    lastFailure.clear();
                    if (callbacks.reconnected)
                        callbacks.reconnected();
                    else
                        qCInfo(lcNet) << "netsync: the directory" << m_config.uri << "is back";
                }
            }
            // The files first: they are what the site waits for; the state only saves a re-read.
            const Result<NetsyncReport> report =
                m_writer.write(current.entries.values(), current.vos.values());
            if (!report && !callbacks.written)
                qCWarning(lcNet).noquote() << "netsync: writing failed:" << report.error().toString();
            if (callbacks.written)
                callbacks.written(report);
            // A state older than the files is still correct (the server replays what came after its
            // cookie), so a burst of changes saves it once every few seconds, not per change.
            stateDirty = true;
            if (!m_options.statePath.isEmpty() &&
                (!sinceSave.isValid() || sinceSave.elapsed() >= stateSaveMs)) {
                if (const Status saved = saveNetsyncState(m_options.statePath, current, m_config); !saved)
                    qCWarning(lcNet).noquote()
                        << "netsync: cannot save its state:" << saved.error().toString();
                sinceSave.start();
                stateDirty = false;
            }
        };
        const Status status = watch->run(state, onChange);
        {
            std::lock_guard lock(m_mutex);
            m_current = nullptr;
        }
        watch.reset();
        if (!m_options.statePath.isEmpty() && (healthy || stateDirty)) {
            if (const Status saved = saveNetsyncState(m_options.statePath, state, m_config); !saved)
                qCWarning(lcNet).noquote() << "netsync: cannot save its state:" << saved.error().toString();
            stateDirty = false;
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_stopped)
                break;
        }
        if (status) {
            // The server ended the sync without an error (e.g. it shut down cleanly): go again.
            qCInfo(lcNet) << "netsync: the directory ended the sync; reconnecting";
            failing = true;
            if (!sleepUnlessStopped(backoffMs))
                break;
            continue;
        }
        if (healthy)
            backoffMs = m_options.initialBackoffMs;
        const QString text = status.error().toString();
        // Each failure once: a directory that stays down for an hour must not fill the log.
        if (text != lastFailure) {
            if (callbacks.failed)
                callbacks.failed(status.error(), backoffMs);
            else
                qCWarning(lcNet).noquote() << "netsync:" << text << "- retrying in" << backoffMs << "ms";
            lastFailure = text;
        }
        failing = true;
        if (!sleepUnlessStopped(backoffMs))
            break;
        backoffMs = std::min(backoffMs * 2, m_options.maxBackoffMs);
    }
    return Ok{};
}

void NetsyncWatch::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_current)
        m_current->stop();
    m_wake.notify_all();
}

bool NetsyncWatch::sleepUnlessStopped(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopped; });
    return !m_stopped;
}

} // namespace voc
