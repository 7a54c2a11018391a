// SPDX-License-Identifier: GPL-3.0-or-later
// The Test-locally page's libvirt and file work besides the run itself, each a job on a worker
// thread: what of a design runs now (as `vocctl status`), tearing a run down (as `vocctl down`),
// storing a run's boot times, and reading a serial log file.
#pragma once

#include "common/job.h"
#include "model/results.h"
#include "run/localrun.h"
#include "run/runstatus.h"
#include "run/teardown.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace voc {

class Hypervisor;

// The VCNs of one design that libvirt runs now, with leases and the journal's phase times
// (localRunStatus on a worker thread).
class RunStatusJob : public TypedJob<QList<RunningVcn>>
{
    Q_OBJECT

public:
    // hypervisor: not owned; null means libvirt.
    RunStatusJob(QString designName, QString uri, QString stateDir, Hypervisor* hypervisor,
                 QObject* parent = nullptr);

protected:
    Result<QList<RunningVcn>> run() override;

private:
    QString m_design;
    QString m_uri;
    QString m_stateDir;
    Hypervisor* m_hypervisor;
};

class TeardownJob : public TypedJob<TeardownReport>
{
    Q_OBJECT

public:
    TeardownJob(TeardownOptions options, QString uri, Hypervisor* hypervisor, QObject* parent = nullptr);

protected:
    Result<TeardownReport> run() override;

private:
    TeardownOptions m_options;
    QString m_uri;
    Hypervisor* m_hypervisor;
};

// The bytes of a file from an offset on (a serial log virtlogd is writing).
struct FileTail
{
    QByteArray bytes;
    qint64 end = 0;       // the offset after the last byte read
    bool restart = false; // not a continuation: the file was replaced or its start skipped
};
class ReadFileTailJob : public TypedJob<FileTail>
{
    Q_OBJECT

public:
    ReadFileTailJob(QString path, qint64 offset, QObject* parent = nullptr);

protected:
    Result<FileTail> run() override;

private:
    QString m_path;
    qint64 m_offset;
};

} // namespace voc
