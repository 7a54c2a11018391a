// SPDX-License-Identifier: GPL-3.0-or-later
#include "runjobs.h"

#include "bench/resultsstore.h"
#include "run/bootprobe.h"
#include "run/inventory.h"
#include "run/runjournal.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace voc {

namespace {

// The same hint vocctl gives: the usual reason a local connection fails.
Result<std::unique_ptr<HypervisorConnection>> connectTo(Hypervisor* hypervisor, const QString& uri)
{
    LibvirtHypervisor libvirt;
    Hypervisor& chosen = hypervisor ? *hypervisor : libvirt;
    Result<std::unique_ptr<HypervisorConnection>> connection = chosen.connect(uri);
    if (!connection && connection.error().hint.isEmpty()) {
        Error error = connection.error();
        error.hint =
            RunStatusJob::tr("is libvirtd running? Start it (systemctl start libvirtd) or choose another "
                             "libvirt URI in the preferences");
        return error;
    }
    return connection;
}

// A serial log larger than this is read from its end: the boot is what the console view shows.
constexpr qint64 maxFirstRead = 4 * 1024 * 1024;

} // namespace

RunStatusJob::RunStatusJob(QString designName, QString uri, QString stateDir, Hypervisor* hypervisor,
                           QObject* parent)
    : TypedJob<QList<RunningVcn>>(parent)
    , m_design(std::move(designName))
    , m_uri(std::move(uri))
    , m_stateDir(std::move(stateDir))
    , m_hypervisor(hypervisor)
{}

Result<QList<RunningVcn>> RunStatusJob::run()
{
    if (m_design.isEmpty()) // no design, no run of it (an empty name would list every design's)
        return QList<RunningVcn>{};
    Result<std::unique_ptr<HypervisorConnection>> connection = connectTo(m_hypervisor, m_uri);
    if (!connection)
        return connection.error();
    return localRunStatus(**connection, m_design, m_stateDir);
}

TeardownJob::TeardownJob(TeardownOptions options, QString uri, Hypervisor* hypervisor, QObject* parent)
    : TypedJob<TeardownReport>(parent)
    , m_options(std::move(options))
    , m_uri(std::move(uri))
    , m_hypervisor(hypervisor)
{}

Result<TeardownReport> TeardownJob::run()
{
    reportProgress(0, 2, tr("Connecting to %1").arg(m_uri));
    Result<std::unique_ptr<HypervisorConnection>> connection = connectTo(m_hypervisor, m_uri);
    if (!connection)
        return connection.error();
    reportProgress(1, 2, tr("Removing the VCNs, overlays and network of %1").arg(m_options.designName));
    return tearDownRun(**connection, m_options);
}

ReadFileTailJob::ReadFileTailJob(QString path, qint64 offset, QObject* parent)
    : TypedJob<FileTail>(parent)
    , m_path(std::move(path))
    , m_offset(offset)
{}

Result<FileTail> ReadFileTailJob::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("cannot read the serial log: %1").arg(file.errorString()),
                         m_path, tr("the VCN may not have printed anything yet"));
    qint64 from = m_offset;
    if (file.size() < from)
        from = 0; // a new run wrote a new file
    if (file.size() - from > maxFirstRead)
        from = file.size() - maxFirstRead;
    file.seek(from);
    FileTail tail;
    tail.bytes = file.readAll();
    tail.end = from + tail.bytes.size();
    tail.restart = from != m_offset;
    return tail;
}

} // namespace voc
