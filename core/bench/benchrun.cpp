// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchrun.h"

#include "bench/hploutput.h"
#include "bench/resultsstore.h"
#include "benchcommand.h"
#include "benchremote.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace voc {

namespace {

struct BenchRunText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplBenchJob)
};

// Enough for hpcc's ping-pong and quick on any node: the HPL part of a network run is not the point.
constexpr qint64 netProblemSize = 800;
constexpr int netBlockSize = 80;

Result<qint64> storeRun(const Run& run, const QString& path)
{
    Result<std::unique_ptr<ResultsStore>> store =
        ResultsStore::open(path.isEmpty() ? ResultsStore::defaultPath() : path);
    if (!store)
        return store.error();
    return (*store)->addRun(run);
}

// What hpcc printed, parsed; an error when not a single result row is complete.
Result<HplOutput> parseRun(const HpccRunOutput& ran, const BenchEndpoint& endpoint)
{
    Result<HplOutput> parsed = parseHplOutput(ran.output, endpoint.label);
    if (!parsed) {
        Error error = parsed.error();
        if (!ran.mpirunErrors.isEmpty())
            error.hint = BenchRunText::tr("mpirun said: %1").arg(ran.mpirunErrors.right(400));
        return error;
    }
    return parsed;
}

QString gridsText(const QList<HplGrid>& grids)
{
    QStringList texts;
    for (const HplGrid& grid : grids)
        texts.append(QStringLiteral("%1x%2").arg(grid.p).arg(grid.q));
    return texts.join(QLatin1Char(','));
}

template<typename T> QString listText(const QList<T>& values)
{
    QStringList texts;
    for (const T& value : values)
        texts.append(QString::number(value));
    return texts.join(QLatin1Char(','));
}

} // namespace

HplBenchJob::HplBenchJob(HplBenchRequest request, QObject* parent)
    : TypedJob<Run>(parent)
    , m_request(std::move(request))
{}

Result<Run> HplBenchJob::run()
{
    const BenchEndpoint& endpoint = m_request.endpoint;
    const HplDatSettings& settings = m_request.settings;
    if (Status valid = checkBenchEndpoint(endpoint); !valid)
        return valid.error();
    if (Status valid = validateHplDatSettings(settings); !valid)
        return valid.error();
    int processes = 0;
    for (const HplGrid& grid : settings.grids)
        processes = std::max(processes, grid.p * grid.q);
    const int capacity = int(endpoint.nodes.size()) * endpoint.slotsPerNode;
    if (processes > capacity)
        return makeError(ErrorCode::InvalidInput,
                         BenchRunText::tr("the grid %1 needs %2 processes; %3 nodes x %4 ranks give %5")
                             .arg(gridsText(settings.grids))
                             .arg(processes)
                             .arg(endpoint.nodes.size())
                             .arg(endpoint.slotsPerNode)
                             .arg(capacity),
                         endpoint.label, BenchRunText::tr("choose a grid with P x Q up to %1").arg(capacity));
    Result<QByteArray> input = hpccInf(settings);
    if (!input)
        return input.error();

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const int steps = 3;
    reportProgress(0, steps, BenchRunText::tr("starting HPL on %1").arg(endpoint.label));
    HpccRunRequest request{endpoint,  endpoint.nodes, endpoint.slotsPerNode,
                           processes, *input,         m_request.timeoutMs};
    HpccRunHooks hooks;
    hooks.cancelled = [this] { return isCancelled(); };
    hooks.log = [this](const QString& line) { emit logLine(line); };
    Result<HpccRunOutput> ran = runHpcc(request, hooks);
    if (!ran)
        return ran.error();
    reportProgress(1, steps, BenchRunText::tr("reading the results"));
    Result<HplOutput> parsed = parseRun(*ran, endpoint);
    if (!parsed)
        return parsed.error();
    if (parsed->rows.isEmpty())
        return makeError(
            ErrorCode::External,
            BenchRunText::tr("hpcc gave no complete HPL result: %1").arg(parsed->incompleteReason),
            endpoint.label,
            ran->mpirunExit == 124 ? BenchRunText::tr("the run hit its time limit: choose a smaller N")
                                   : BenchRunText::tr("mpirun exited with %1: %2")
                                         .arg(ran->mpirunExit)
                                         .arg(ran->mpirunErrors.right(400)));

    Run run;
    run.kind = RunKind::Hpl;
    run.target = endpoint.target;
    run.design = endpoint.design;
    run.hosts = endpoint.hypervisorHosts;
    run.time = started;
    run.label = BenchRunText::tr("HPL N=%1 NB=%2 grid %3 on %4")
                    .arg(listText(settings.problemSizes), listText(settings.blockSizes),
                         gridsText(settings.grids), endpoint.label);
    QJsonObject json = benchSettings(endpoint, settings, processes, ran->version);
    json.insert(QStringLiteral("complete"), parsed->complete);
    if (!parsed->complete)
        json.insert(QStringLiteral("incompleteReason"), parsed->incompleteReason);
    json.insert(QStringLiteral("mpirunExit"), ran->mpirunExit);
    run.settings = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    run.hplRows = parsed->rows;
    if (m_request.store) {
        reportProgress(2, steps, BenchRunText::tr("storing the results"));
        Result<qint64> id = storeRun(run, m_request.storePath);
        if (!id)
            return id.error();
        run.id = *id;
    }
    reportProgress(
        steps, steps,
        BenchRunText::tr("%1 result rows, %2 failed").arg(run.hplRows.size()).arg(parsed->failedRows()));
    return run;
}

NetBenchJob::NetBenchJob(NetBenchRequest request, QObject* parent)
    : TypedJob<Run>(parent)
    , m_request(std::move(request))
{}

Result<Run> NetBenchJob::run()
{
    const BenchEndpoint& endpoint = m_request.endpoint;
    const QString nodeA = endpoint.nodeNamed(m_request.nodeA);
    const QString nodeB = endpoint.nodeNamed(m_request.nodeB);
    const QStringList pair{nodeA, nodeB};
    for (const QString& node : pair) {
        if (Status valid = checkBenchNode(node); !valid)
            return valid.error();
        if (!endpoint.nodes.contains(node) && !endpoint.nicByNode.contains(node)) {
            QStringList known;
            for (const QString& each : endpoint.nicByNode.keys())
                known.append(endpoint.displayName(each));
            return makeError(ErrorCode::InvalidInput,
                             BenchRunText::tr("%1 is not a node of %2").arg(node, endpoint.label), node,
                             BenchRunText::tr("its nodes: %1").arg(known.join(QStringLiteral(", "))));
        }
    }
    if (nodeA == nodeB)
        return makeError(ErrorCode::InvalidInput,
                         BenchRunText::tr("the two nodes are the same: %1").arg(nodeA), endpoint.label,
                         BenchRunText::tr("measure between two different nodes"));
    if (Status valid = checkBenchEndpoint(endpoint); !valid)
        return valid.error();

    HplDatSettings settings;
    settings.problemSizes = {netProblemSize};
    settings.blockSizes = {netBlockSize};
    settings.grids = {HplGrid{1, 2}};
    Result<QByteArray> input = hpccInf(settings);
    if (!input)
        return input.error();
    BenchEndpoint pairEndpoint = endpoint;
    pairEndpoint.nodes = pair;
    pairEndpoint.slotsPerNode = 1;
    pairEndpoint.nic = nicOfNodes(endpoint, pair);

    const QDateTime started = QDateTime::currentDateTimeUtc();
    reportProgress(0, 2,
                   BenchRunText::tr("measuring %1 <-> %2")
                       .arg(endpoint.displayName(nodeA), endpoint.displayName(nodeB)));
    HpccRunRequest request{pairEndpoint, pair, 1, 2, *input, m_request.timeoutMs};
    HpccRunHooks hooks;
    hooks.cancelled = [this] { return isCancelled(); };
    hooks.log = [this](const QString& line) { emit logLine(line); };
    Result<HpccRunOutput> ran = runHpcc(request, hooks);
    if (!ran)
        return ran.error();
    Result<HplOutput> parsed = parseRun(*ran, pairEndpoint);
    if (!parsed)
        return parsed.error();
    Result<NetSample> sample = netSampleFromHpccSummary(*parsed);
    if (!sample) {
        Error error = sample.error();
        error.where = pairEndpoint.label;
        if (!parsed->complete)
            error.hint = BenchRunText::tr("the output is incomplete: %1").arg(parsed->incompleteReason);
        return error;
    }
    sample->nic = pairEndpoint.nic;
    sample->endpoints =
        QStringLiteral("%1 <-> %2").arg(endpoint.displayName(nodeA), endpoint.displayName(nodeB));

    Run run;
    run.kind = RunKind::Net;
    run.target = endpoint.target;
    run.design = endpoint.design;
    run.hosts = endpoint.hypervisorHosts;
    run.time = started;
    run.label =
        BenchRunText::tr("ping-pong %1 (%2) on %3").arg(sample->endpoints, sample->nic, endpoint.label);
    QJsonObject json = benchSettings(pairEndpoint, settings, 2, ran->version);
    for (const char* key : {"MinPingPongLatency_usec", "MaxPingPongLatency_usec",
                            "MinPingPongBandwidth_GBytes", "MaxPingPongBandwidth_GBytes"})
        if (const std::optional<double> value = parsed->summaryNumber(QLatin1String(key)))
            json.insert(QLatin1String(key), *value);
    json.insert(QStringLiteral("complete"), parsed->complete);
    run.settings = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    run.netSamples = {*sample};
    if (m_request.store) {
        Result<qint64> id = storeRun(run, m_request.storePath);
        if (!id)
            return id.error();
        run.id = *id;
    }
    reportProgress(2, 2,
                   BenchRunText::tr("latency %1 us, bandwidth %2 MB/s")
                       .arg(sample->latencyUs, 0, 'f', 2)
                       .arg(sample->bandwidthMBps, 0, 'f', 1));
    return run;
}

} // namespace voc
