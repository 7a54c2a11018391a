// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployjournal.h"

#include "common/jsonfile.h"
#include "common/logging.h"
#include "run/bootprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace voc {

namespace {

struct DeployJournalText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJournal)
};

struct StageName
{
    DeployStage stage;
    const char* name;
    const char* title;
};
constexpr StageName stageNames[] = {
    {DeployStage::Preflight, "preflight", QT_TRANSLATE_NOOP("voc::DeployJournal", "Preflight")},
    {DeployStage::PushImages, "push-images", QT_TRANSLATE_NOOP("voc::DeployJournal", "Push images")},
    {DeployStage::Register, "register", QT_TRANSLATE_NOOP("voc::DeployJournal", "Register in LDAP")},
    {DeployStage::Publish, "publish", QT_TRANSLATE_NOOP("voc::DeployJournal", "Publish DHCP/DNS")},
    {DeployStage::Launch, "launch", QT_TRANSLATE_NOOP("voc::DeployJournal", "Launch")},
    {DeployStage::Boot, "boot", QT_TRANSLATE_NOOP("voc::DeployJournal", "Boot")},
    {DeployStage::Ready, "ready", QT_TRANSLATE_NOOP("voc::DeployJournal", "Ready")},
};

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// When a process started, from /proc (its start in clock ticks after boot, and the boot time);
// invalid when that cannot be read.
QDateTime processStarted(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile system(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly) || !system.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype name = line.lastIndexOf(')'); // the command in parentheses may hold spaces
    const QList<QByteArray> fields = line.mid(name + 2).split(' ');
    bool ok = false;
    // fields[0] is field 3 (state); field 22 is the start time.
    const qint64 ticks = name < 0 || fields.size() < 20 ? 0 : fields.at(19).toLongLong(&ok);
    const long hz = ::sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return {};
    for (const QByteArray& entry : system.readAll().split('\n')) {
        if (entry.startsWith("btime ")) {
            const qint64 boot = entry.mid(6).trimmed().toLongLong(&ok);
            return ok ? QDateTime::fromSecsSinceEpoch(boot, Qt::UTC).addMSecs(ticks * 1000 / hz)
                      : QDateTime();
        }
    }
    return {};
}

// Adds or updates (done wins) the object with this host and name.
void note(QList<DeployedObject>& list, const JournalRecord& record, const QString& host)
{
    for (DeployedObject& object : list) {
        if (object.host == host && object.name == record.name) {
            object.done = object.done || record.done;
            return;
        }
    }
    list.append(DeployedObject{.host = host,
                               .pool = jsonString(record.extra, "pool"),
                               .name = record.name,
                               .vcn = jsonString(record.extra, "vcn"),
                               .done = record.done});
}

void forget(QList<DeployedObject>& list, const QString& host, const QString& name)
{
    list.removeIf([&](const DeployedObject& o) { return o.host == host && o.name == name; });
}

} // namespace

QString toString(DeployStage stage)
{
    for (const StageName& entry : stageNames) {
        if (entry.stage == stage)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("preflight");
}

bool fromString(const QString& text, DeployStage* stage)
{
    for (const StageName& entry : stageNames) {
        if (text == QLatin1String(entry.name)) {
            *stage = entry.stage;
            return true;
        }
    }
    return false;
}

QString deployStageTitle(DeployStage stage)
{
    for (const StageName& entry : stageNames) {
        if (entry.stage == stage)
            return QCoreApplication::translate("voc::DeployJournal", entry.title);
    }
    return {};
}

QString toString(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return QStringLiteral("pending");
    case StageState::Running:
        return QStringLiteral("running");
    case StageState::Done:
        return QStringLiteral("done");
    case StageState::Skipped:
        return QStringLiteral("skipped");
    case StageState::Failed:
        return QStringLiteral("failed");
    case StageState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString toString(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Deploying:
        return QStringLiteral("deploying");
    case DeploymentState::Interrupted:
        return QStringLiteral("interrupted");
    case DeploymentState::Running:
        return QStringLiteral("running");
    case DeploymentState::Failed:
        return QStringLiteral("failed");
    case DeploymentState::RolledBack:
        return QStringLiteral("rolled back");
    case DeploymentState::Destroyed:
        return QStringLiteral("destroyed");
    case DeploymentState::Gone:
        return QStringLiteral("gone");
    }
    return {};
}

QString deploymentStateTitle(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Deploying:
        return DeployJournalText::tr("deploying");
    case DeploymentState::Interrupted:
        return DeployJournalText::tr("interrupted");
    case DeploymentState::Running:
        return DeployJournalText::tr("running");
    case DeploymentState::Failed:
        return DeployJournalText::tr("failed");
    case DeploymentState::RolledBack:
        return DeployJournalText::tr("rolled back");
    case DeploymentState::Destroyed:
        return DeployJournalText::tr("destroyed");
    case DeploymentState::Gone:
        return DeployJournalText::tr("gone from its site");
    }
    return {};
}

bool DeploymentSummary::hasLiveObjects() const
{
    return !volumes.isEmpty() || !entries.isEmpty() || !overlays.isEmpty() || !domains.isEmpty();
}

bool DeployJournal::ownerAlive(qint64 pid, const QDateTime& since)
{
    if (!processAlive(pid))
        return false;
    if (!since.isValid())
        return true;
    const QDateTime started = processStarted(pid);
    // A few seconds of slack: the boot time is in whole seconds, the journal's clock the wall's.
    return !started.isValid() || started <= since.addSecs(5);
}

QString DeployJournal::folder(const QString& stateDir)
{
    return (stateDir.isEmpty() ? RunJournal::defaultStateDir() : stateDir) + QLatin1String("/deployments");
}

QString DeployJournal::pathFor(const QString& id, const QString& stateDir)
{
    return folder(stateDir) + QLatin1Char('/') + id + QLatin1String(".jsonl");
}

QString DeployJournal::forgottenFolder(const QString& stateDir)
{
    return folder(stateDir) + QLatin1String("/forgotten");
}

QString DeployJournal::serialLogPathFor(const QString& id, const QString& hostname, const QString& stateDir)
{
    return folder(stateDir) + QLatin1Char('/') + id + QLatin1Char('/') + hostname +
           QLatin1String(".serial.log");
}

QString DeployJournal::makeId(const QString& design, const QString& site, const QDateTime& when)
{
    return QStringLiteral("%1-%2-%3")
        .arg(design, site, when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString DeployJournal::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

DeployJournal::DeployJournal(QString path)
    : m_writer(std::move(path))
{}

DeploymentSummary DeployJournal::summarize(const QString& id, const QList<JournalRecord>& records, bool alive)
{
    DeploymentSummary s;
    s.id = id;
    bool readyReached = false;
    QString outcome;
    for (const JournalRecord& record : records) {
        const QString host = jsonString(record.extra, "host");
        switch (record.step) {
        case JournalStep::Deployment:
            if (!record.done) {
                const QJsonObject& x = record.extra;
                s.design = record.name;
                s.site = jsonString(x, "site");
                s.designFile = jsonString(x, "designFile");
                s.profilePath = jsonString(x, "profilePath");
                s.accel = jsonString(x, "accel");
                s.pid = qint64(x.value(QLatin1String("pid")).toDouble());
                s.started = QDateTime::fromString(jsonString(x, "started"), Qt::ISODateWithMs);
                s.ownerSince = s.started;
                if (Result<SiteProfile> profile = parseSiteProfile(
                        QJsonDocument(x.value(QLatin1String("profile")).toObject()).toJson(), s.profilePath))
                    s.profile = *profile;
                if (Result<SitePlan> plan = sitePlanFromJson(x.value(QLatin1String("plan")).toObject()))
                    s.plan = *plan;
            } else {
                readyReached = true;
                s.finished = QDateTime::fromString(jsonString(record.extra, "finished"), Qt::ISODateWithMs);
            }
            break;
        case JournalStep::Stage: {
            // A resume takes the deployment over: its process is the one that is alive now.
            if (record.extra.contains(QLatin1String("resumedBy"))) {
                s.pid = qint64(record.extra.value(QLatin1String("resumedBy")).toDouble());
                s.ownerSince = QDateTime::fromString(jsonString(record.extra, "at"), Qt::ISODateWithMs);
            }
            DeployStage stage;
            if (record.done && fromString(record.name, &stage) && !s.stagesDone.contains(stage))
                s.stagesDone.append(stage);
            break;
        }
        case JournalStep::Volume:
            // Only what we uploaded is ours: an intent is written for uploads only.
            note(s.volumes, record, host);
            break;
        case JournalStep::DirectoryEntry:
            note(s.entries, record, QString());
            break;
        case JournalStep::Overlay:
            note(s.overlays, record, host);
            break;
        case JournalStep::Domain:
            note(s.domains, record, host);
            break;
        case JournalStep::Phase: {
            const std::optional<BootPhase> phase = bootPhaseFromName(jsonString(record.extra, "phase"));
            if (phase)
                s.samples.append(BootSample{record.name, *phase,
                                            qint64(record.extra.value(QLatin1String("ms")).toDouble())});
            break;
        }
        case JournalStep::Removed: {
            const QString kind = jsonString(record.extra, "kind");
            if (kind == QLatin1String("volume"))
                forget(s.volumes, host, record.name);
            else if (kind == QLatin1String("entry"))
                forget(s.entries, QString(), record.name);
            else if (kind == QLatin1String("overlay"))
                forget(s.overlays, host, record.name);
            else if (kind == QLatin1String("domain"))
                forget(s.domains, host, record.name);
            break;
        }
        case JournalStep::Outcome:
            outcome = record.name;
            if (!jsonString(record.extra, "error").isEmpty())
                s.error = jsonString(record.extra, "error");
            s.finished = QDateTime::fromString(jsonString(record.extra, "at"), Qt::ISODateWithMs);
            break;
        case JournalStep::Run:
        case JournalStep::Network:
        case JournalStep::SerialLog:
            break;
        }
    }
    if (outcome == QLatin1String("gone") || outcome == QLatin1String("forgotten"))
        s.state = DeploymentState::Gone;
    else if (outcome == QLatin1String("destroyed"))
        s.state = s.hasLiveObjects() ? DeploymentState::Failed : DeploymentState::Destroyed;
    else if (outcome == QLatin1String("rolled-back"))
        s.state = s.hasLiveObjects() ? DeploymentState::Failed : DeploymentState::RolledBack;
    else if (outcome == QLatin1String("failed"))
        s.state = DeploymentState::Failed;
    else if (readyReached)
        s.state = DeploymentState::Running;
    else
        s.state = alive ? DeploymentState::Deploying : DeploymentState::Interrupted;
    return s;
}

Result<DeploymentSummary> DeployJournal::load(const QString& path)
{
    Result<QList<JournalRecord>> records = RunJournal::read(path);
    if (!records) {
        Error error = records.error();
        if (error.code == ErrorCode::NotFound)
            error = makeError(ErrorCode::NotFound, DeployJournalText::tr("no such deployment"), path,
                              DeployJournalText::tr("`vocctl deployments` lists them"));
        return error;
    }
    const QString id = QFileInfo(path).completeBaseName();
    DeploymentSummary first = summarize(id, *records, false);
    DeploymentSummary summary = summarize(id, *records, ownerAlive(first.pid, first.ownerSince));
    summary.journalPath = path;
    return summary;
}

Result<QList<DeploymentSummary>> listDeployments(const QString& stateDir)
{
    const QDir dir(DeployJournal::folder(stateDir));
    QList<DeploymentSummary> list;
    if (!dir.exists())
        return list;
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        Result<DeploymentSummary> summary = DeployJournal::load(file.absoluteFilePath());
        if (!summary) {
            qCWarning(lcVirt).noquote() << "skipping a deployment journal:" << summary.error().toString();
            continue;
        }
        list.append(*summary);
    }
    std::sort(list.begin(), list.end(), [](const DeploymentSummary& a, const DeploymentSummary& b) {
        return a.started != b.started ? a.started > b.started : a.id > b.id;
    });
    return list;
}

Result<DeploymentSummary> findDeployment(const QString& id, const QString& stateDir)
{
    const QString exact = DeployJournal::pathFor(id, stateDir);
    if (QFileInfo::exists(exact))
        return DeployJournal::load(exact);
    const QDir dir(DeployJournal::folder(stateDir));
    const QStringList matches = dir.entryList({id + QLatin1String("*.jsonl")}, QDir::Files);
    if (matches.size() == 1 && !id.isEmpty())
        return DeployJournal::load(dir.absoluteFilePath(matches.first()));
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidInput,
                         DeployJournalText::tr("'%1' names %2 deployments").arg(id).arg(matches.size()),
                         dir.absolutePath(), DeployJournalText::tr("give more of the id"));
    return makeError(ErrorCode::NotFound, DeployJournalText::tr("no deployment '%1'").arg(id),
                     dir.absolutePath(), DeployJournalText::tr("`vocctl deployments` lists them"));
}

} // namespace voc
