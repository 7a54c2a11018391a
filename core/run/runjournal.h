// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of a local run: every step is written (and fsync'd) before it is done and again after,
// so `down` after a crash or a SIGKILL knows everything that might exist.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

// What a journal line is about.
enum class JournalStep
{
    Run,       // the run itself: design, URI, overlay folder, pid (intent); "up" reached (done)
    Network,   // name: the libvirt network
    Overlay,   // name: the overlay's absolute path
    Domain,    // name: the libvirt domain
    SerialLog, // name: the serial log file virtlogd writes
    Phase,     // a boot sample: vcn, phase, ms
    Removed,   // name: something `down` or a rollback removed
    // Deployments to a site (core/deploy/deployjournal.h); a local run's journal never has these.
    Deployment,     // the deployment itself: plan, profile, pid (intent); every VCN ready (done)
    Stage,          // name: a deployment stage
    Volume,         // name: a storage volume on a host
    DirectoryEntry, // name: a VCN's hostname in the site's directory
    Outcome,        // name: "failed", "rolled-back", "destroyed"
};
QString toString(JournalStep step);
bool fromString(const QString& text, JournalStep* step);

struct JournalRecord
{
    JournalStep step = JournalStep::Run;
    bool done = false; // false: the intent, written before the step
    QString name;
    QJsonObject extra; // step-specific fields ("vcn", "phase", "ms", "uri", ...)

    bool operator==(const JournalRecord&) const = default;
};

// What a journal says might exist, for teardown and status.
struct JournalSummary
{
    QString design;
    QString uri;
    QString overlayDir;
    qint64 pid = 0;         // the process that wrote the run record
    bool upReached = false; // the run finished its launch (its VMs are meant to keep running)
    QStringList networks;   // intended or done, in journal order, without duplicates
    QStringList overlays;
    QStringList domains;
    QStringList serialLogs;
    QList<JournalRecord> phases; // Phase records in order
};

// Phase records (done) for boot samples: what runs and deployments journal as VCNs boot.
QList<JournalRecord> phaseRecords(const QList<BootSample>& samples);

// Appends a name of a domain, network or file unless it is empty or listed already (summaries and
// teardown lists name each object once, in the order first seen).
void appendUnique(QStringList& list, const QString& value);

class RunJournal
{
public:
    // <stateDir>/runs/<design>.jsonl; an empty stateDir means defaultStateDir().
    static QString pathFor(const QString& designName, const QString& stateDir = {});
    // Where runs keep their journals and serial logs: the generic data location + "/vocstudio", so
    // the desktop app and vocctl see the same runs. VOC_STATE_DIR overrides it.
    static QString defaultStateDir();
    // Where a run's overlay disks go when no folder is given: <stateDir>/overlays, except for root
    // with the default state folder (no VOC_STATE_DIR, no XDG_DATA_HOME): QEMU under qemu:///system
    // runs as its own user and cannot enter /root, so root's overlays go to
    // /var/lib/vocstudio/overlays (as scripts/build-vcn-image puts root's images under /var/cache).
    static QString defaultOverlayDir(const QString& stateDir = {});
    // <stateDir>/runs/<design>/<hostname>.serial.log: virtlogd copies the VCN's serial console here.
    static QString serialLogPathFor(const QString& designName, const QString& hostname,
                                    const QString& stateDir = {});

    explicit RunJournal(QString path);
    ~RunJournal();
    RunJournal(const RunJournal&) = delete;
    RunJournal& operator=(const RunJournal&) = delete;

    const QString& path() const { return m_path; }

    // Opens for appending (creating the folder); truncate starts a new run's journal.
    Status open(bool truncate = false);
    bool isOpen() const;
    void close();

    // Appends records and fsyncs once for all of them: a batch of intents costs one disk flush.
    Status append(const QList<JournalRecord>& records);
    Status intent(JournalStep step, const QString& name, const QJsonObject& extra = {})
    {
        return append({JournalRecord{step, false, name, extra}});
    }
    Status done(JournalStep step, const QString& name, const QJsonObject& extra = {})
    {
        return append({JournalRecord{step, true, name, extra}});
    }

    // Removes the journal file (a torn-down run); one that does not exist is fine.
    Status remove();

    // Reads a journal. A torn last line (the writer died mid-write) is skipped; a broken line in the
    // middle is a Parse error naming the line. A missing file is NotFound.
    static Result<QList<JournalRecord>> read(const QString& path);
    static JournalSummary summarize(const QList<JournalRecord>& records);

    // One JSON line (without the newline) and back.
    static QByteArray encode(const JournalRecord& record);
    static Result<JournalRecord> decode(const QByteArray& line);

private:
    Status trimTornTail();

    QString m_path;
    int m_fd = -1;
};

} // namespace voc
