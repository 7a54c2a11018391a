// SPDX-License-Identifier: GPL-3.0-or-later
#include "runjournal.h"

#include "bootprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace voc {

namespace {

struct RunJournalText
{
    Q_DECLARE_TR_FUNCTIONS(voc::RunJournal)
};

struct StepName
{
    JournalStep step;
    const char* name;
};
constexpr StepName stepNames[] = {
    {JournalStep::Run, "run"},
    {JournalStep::Network, "network"},
    {JournalStep::Overlay, "overlay"},
    {JournalStep::Domain, "domain"},
    {JournalStep::SerialLog, "serial-log"},
    {JournalStep::Phase, "phase"},
    {JournalStep::Removed, "removed"},
    {JournalStep::Deployment, "deployment"},
    {JournalStep::Stage, "stage"},
    {JournalStep::Volume, "volume"},
    {JournalStep::DirectoryEntry, "directory-entry"},
    {JournalStep::Outcome, "outcome"},
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString toString(JournalStep step)
{
    for (const StepName& entry : stepNames) {
        if (entry.step == step)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("run");
}

bool fromString(const QString& text, JournalStep* step)
{
    for (const StepName& entry : stepNames) {
        if (text == QLatin1String(entry.name)) {
            *step = entry.step;
            return true;
        }
    }
    return false;
}

QString RunJournal::defaultStateDir()
{
    const QString fromEnv = qEnvironmentVariable("VOC_STATE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/vocstudio");
}

QString RunJournal::defaultOverlayDir(const QString& stateDir)
{
    if (!stateDir.isEmpty())
        return stateDir + QLatin1String("/overlays");
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("VOC_STATE_DIR") &&
        qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
        return QStringLiteral("/var/lib/vocstudio/overlays");
    return defaultStateDir() + QLatin1String("/overlays");
}

QString RunJournal::pathFor(const QString& designName, const QString& stateDir)
{
    const QString dir = stateDir.isEmpty() ? defaultStateDir() : stateDir;
    return dir + QLatin1String("/runs/") + designName + QLatin1String(".jsonl");
}

QString RunJournal::serialLogPathFor(const QString& designName, const QString& hostname,
                                     const QString& stateDir)
{
    const QString dir = stateDir.isEmpty() ? defaultStateDir() : stateDir;
    return dir + QLatin1String("/runs/") + designName + QLatin1Char('/') + hostname +
           QLatin1String(".serial.log");
}

RunJournal::RunJournal(QString path)
    : m_path(std::move(path))
{}

RunJournal::~RunJournal()
{
    close();
}

Status RunJournal::open(bool truncate)
{
    close();
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, RunJournalText::tr("could not create the folder of the run journal"),
                         dir, RunJournalText::tr("check that its parent is writable"));
    const QByteArray path = QFile::encodeName(m_path);
    const int flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (truncate ? O_TRUNC : 0);
    m_fd = ::open(path.constData(), flags, 0600);
    if (m_fd < 0)
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not open the run journal: %1").arg(errnoText()), m_path,
                         RunJournalText::tr("check the permissions of the state folder"));
    // A writer killed mid-line left a torn record; its step never started (the intent comes
    // first), so the fragment goes, and what we append starts on a line of its own.
    if (!truncate) {
        if (Status trimmed = trimTornTail(); !trimmed) {
            close();
            return trimmed;
        }
    }
    // The file's own directory entry must survive a crash too.
    if (const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return Ok{};
}

Status RunJournal::trimTornTail()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not read the run journal: %1").arg(file.errorString()),
                         m_path);
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty() || bytes.endsWith('\n'))
        return Ok{};
    const qsizetype keep = bytes.lastIndexOf('\n') + 1;
    if (::ftruncate(m_fd, off_t(keep)) < 0)
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not repair the run journal: %1").arg(errnoText()), m_path);
    return Ok{};
}

bool RunJournal::isOpen() const
{
    return m_fd >= 0;
}

void RunJournal::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

Status RunJournal::append(const QList<JournalRecord>& records)
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal, RunJournalText::tr("the run journal is not open"), m_path);
    QByteArray bytes;
    for (const JournalRecord& record : records)
        bytes += encode(record) + '\n';
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return makeError(ErrorCode::Io,
                             RunJournalText::tr("could not write the run journal: %1").arg(errnoText()),
                             m_path, RunJournalText::tr("free some disk space"));
        }
        data += written;
        left -= written;
    }
    // The step may start right after this returns: its intent must be on disk first.
    if (::fsync(m_fd) < 0)
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not flush the run journal: %1").arg(errnoText()), m_path);
    return Ok{};
}

Status RunJournal::remove()
{
    close();
    QFile file(m_path);
    if (file.exists() && !file.remove())
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not remove the run journal: %1").arg(file.errorString()),
                         m_path);
    return Ok{};
}

QByteArray RunJournal::encode(const JournalRecord& record)
{
    QJsonObject object = record.extra;
    object.insert(QStringLiteral("step"), toString(record.step));
    object.insert(QStringLiteral("state"), record.done ? QStringLiteral("done") : QStringLiteral("intent"));
    object.insert(QStringLiteral("name"), record.name);
    object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<JournalRecord> RunJournal::decode(const QByteArray& line)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Parse,
                         RunJournalText::tr("not a journal record: %1").arg(parseError.errorString()));
    QJsonObject object = document.object();
    JournalRecord record;
    if (!fromString(object.value(QLatin1String("step")).toString(), &record.step))
        return makeError(ErrorCode::Parse, RunJournalText::tr("unknown journal step '%1'")
                                               .arg(object.value(QLatin1String("step")).toString()));
    const QString state = object.value(QLatin1String("state")).toString();
    if (state != QLatin1String("intent") && state != QLatin1String("done"))
        return makeError(ErrorCode::Parse, RunJournalText::tr("unknown journal state '%1'").arg(state));
    record.done = state == QLatin1String("done");
    record.name = object.value(QLatin1String("name")).toString();
    for (const char* key : {"step", "state", "name", "time"})
        object.remove(QLatin1String(key));
    record.extra = object;
    return record;
}

Result<QList<JournalRecord>> RunJournal::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, RunJournalText::tr("no run journal"), path,
                         RunJournalText::tr("this design has no local run"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         RunJournalText::tr("could not read the run journal: %1").arg(file.errorString()),
                         path);
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.split('\n');
    QList<JournalRecord> records;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Result<JournalRecord> record = decode(line);
        if (!record) {
            // Only the last line can be torn by a writer that died in the middle of write(): it is
            // the one without a newline after it.
            if (i == lines.size() - 1)
                break;
            return makeError(ErrorCode::Parse, record.error().what,
                             path + QLatin1Char(':') + QString::number(i + 1),
                             RunJournalText::tr(
                                 "the journal is damaged: remove the run's VMs by name with `vocctl down`"));
        }
        records.append(std::move(record).value());
    }
    return records;
}

JournalSummary RunJournal::summarize(const QList<JournalRecord>& records)
{
    JournalSummary summary;
    for (const JournalRecord& record : records) {
        switch (record.step) {
        case JournalStep::Run:
            if (!record.done) {
                summary.design = record.name;
                summary.uri = record.extra.value(QLatin1String("uri")).toString();
                summary.overlayDir = record.extra.value(QLatin1String("overlayDir")).toString();
                summary.pid = qint64(record.extra.value(QLatin1String("pid")).toDouble());
            } else {
                summary.upReached = true;
            }
            break;
        case JournalStep::Network:
            appendUnique(summary.networks, record.name);
            break;
        case JournalStep::Overlay:
            appendUnique(summary.overlays, record.name);
            break;
        case JournalStep::Domain:
            appendUnique(summary.domains, record.name);
            break;
        case JournalStep::SerialLog:
            appendUnique(summary.serialLogs, record.name);
            break;
        case JournalStep::Phase:
            summary.phases.append(record);
            break;
        case JournalStep::Removed:
            // A rollback or an earlier `down` removed it: nothing left to find there.
            summary.networks.removeAll(record.name);
            summary.overlays.removeAll(record.name);
            summary.domains.removeAll(record.name);
            summary.serialLogs.removeAll(record.name);
            break;
        case JournalStep::Deployment:
        case JournalStep::Stage:
        case JournalStep::Volume:
        case JournalStep::DirectoryEntry:
        case JournalStep::Outcome:
            break; // deployment steps: DeployJournal::summarize
        }
    }
    return summary;
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QList<JournalRecord> phaseRecords(const QList<BootSample>& samples)
{
    QList<JournalRecord> records;
    for (const BootSample& sample : samples)
        records.append({JournalStep::Phase,
                        true,
                        sample.vcn,
                        {{QStringLiteral("phase"), bootPhaseName(sample.phase)},
                         {QStringLiteral("ms"), double(sample.ms)}}});
    return records;
}

} // namespace voc
