// SPDX-License-Identifier: GPL-3.0-or-later
// Stored runs turned into what a chart draws. Everything computed here (best GFLOPS per grid, the
// penalty pairing, quartiles, phase spans) is tested without a display; the views only draw it.
#include "bench/chartdata.h"
#include "bench/chartdatadetail.h"
#include "common/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace voc {

namespace chartdetail {

ChartSeries makeSeries(const QString& name, const QStringList& categories)
{
    ChartSeries series;
    series.name = name;
    series.categories = categories;
    return series;
}

Error nothingToDraw(ChartKind kind, const QList<Run>& runs, const QString& hint)
{
    QStringList names;
    for (const Run& run : runs)
        names.append(chartSeriesName(run));
    return makeError(ErrorCode::InvalidInput,
                     ChartText::tr("Nothing to draw as a %1 chart").arg(toString(kind)),
                     names.isEmpty() ? ChartText::tr("no runs") : names.join(QLatin1String(", ")), hint);
}

} // namespace chartdetail

namespace {

using namespace chartdetail;

constexpr std::array<std::pair<ChartKind, const char*>, 6> kindNames{{
    {ChartKind::GflopsByGrid, "gflops"},
    {ChartKind::Penalty, "penalty"},
    {ChartKind::BootDistribution, "boot"},
    {ChartKind::BootTimeline, "timeline"},
    {ChartKind::GflopsVsN, "scaling"},
    {ChartKind::NetByNic, "net"},
}};

QString settingsField(const Run& run, const char* key)
{
    return QJsonDocument::fromJson(run.settings.toUtf8()).object().value(QLatin1String(key)).toString();
}

// Which side of a comparison an HPL run is on. The paper's runs say it in their settings ("system"),
// ours by their target.
enum class Side
{
    Voc,
    BareMetal,
    HostOs,
    OtherOs,
    None
};

Side sideOf(const Run& run)
{
    switch (run.target) {
    case RunTarget::Local:
    case RunTarget::Site:
        return Side::Voc;
    case RunTarget::BareMetal:
        return Side::BareMetal;
    case RunTarget::Paper:
        break;
    }
    const QString system = settingsField(run, "system");
    if (system == QLatin1String("voc"))
        return Side::Voc;
    if (system == QLatin1String("baremetal"))
        return Side::BareMetal;
    if (system == QLatin1String("host OS"))
        return Side::HostOs;
    if (system == QLatin1String("other OS"))
        return Side::OtherOs;
    return Side::None;
}

QString gridText(int p, int q)
{
    return QString::number(p) + QLatin1Char('x') + QString::number(q);
}

// Best GFLOPS per grid over the passed rows (HPL reports the best of its repetitions too); grids
// ordered by process count, then the taller grid first (the paper's order: 1x1, 14x2, 7x4).
using GridKey = std::pair<int, int>; // (P*Q, -P), Q follows
GridKey gridKey(int p, int q)
{
    return {p * q, -p};
}
std::map<GridKey, std::pair<QString, double>> bestPerGrid(const Run& run)
{
    std::map<GridKey, std::pair<QString, double>> best;
    for (const HplRow& row : run.hplRows) {
        if (!row.passed || row.gflops <= 0)
            continue;
        const GridKey key = gridKey(row.p, row.q);
        auto it = best.find(key);
        if (it == best.end())
            best.emplace(key, std::pair{gridText(row.p, row.q), row.gflops});
        else
            it->second.second = std::max(it->second.second, row.gflops);
    }
    return best;
}

Status checkKinds(ChartKind kind, const QList<Run>& runs)
{
    for (const Run& run : runs) {
        if (!chartAcceptsRun(kind, run))
            return makeError(
                ErrorCode::InvalidInput,
                ChartText::tr("A %1 run cannot be drawn as a %2 chart")
                    .arg(toString(run.kind), toString(kind)),
                chartSeriesName(run),
                ChartText::tr("Choose runs of the kind the chart shows (HPL, boot or network)."));
    }
    return Ok{};
}

Result<ChartData> gflopsByGrid(const QList<Run>& runs)
{
    ChartData data{.kind = ChartKind::GflopsByGrid,
                   .title = ChartText::tr("HPL performance per process grid"),
                   .xLabel = ChartText::tr("Process grid (P×Q)"),
                   .yLabel = ChartText::tr("GFLOPS"),
                   .series = {},
                   .y2Label = {}};
    CategoryAxis<GridKey> axis;
    QList<std::map<GridKey, std::pair<QString, double>>> perRun;
    for (const Run& run : runs) {
        perRun.append(bestPerGrid(run));
        for (const auto& [key, value] : perRun.last())
            axis.names.emplace(key, value.first);
    }
    const QStringList categories = axis.list();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (perRun[i].empty())
            continue;
        ChartSeries series = makeSeries(chartSeriesName(runs[i]), categories);
        for (const auto& [key, value] : perRun[i]) {
            series.x.append(axis.indexOf(key));
            series.y.append(value.second);
        }
        data.series.append(series);
    }
    if (data.series.isEmpty())
        return nothingToDraw(ChartKind::GflopsByGrid, runs,
                             ChartText::tr("Choose HPL runs with at least one passed result row."));
    return data;
}

// Per grid, one side's best value against the other's: the series of `first`-side runs, each grid
// paired with the best run of the `second` side that has it. Measured runs pair with measured
// runs before the paper's, so a local VOC is compared with this workstation, not with 2009's cluster.
Result<ChartData> comparisonChart(ChartKind kind, const QList<Run>& runs, Side first, Side second,
                                  bool relativeToSecond, ChartData data, const QString& hint)
{
    CategoryAxis<GridKey> axis;
    struct Pair
    {
        GridKey key;
        double percent;
    };
    QList<std::pair<QString, QList<Pair>>> perSeries;
    for (const Run& run : runs) {
        if (sideOf(run) != first)
            continue;
        QList<Pair> pairs;
        QStringList partners;
        for (const auto& [key, value] : bestPerGrid(run)) {
            std::optional<double> reference;
            const Run* partner = nullptr;
            for (const bool paper : {false, true}) {
                for (const Run& other : runs) {
                    if (sideOf(other) != second || (other.target == RunTarget::Paper) != paper ||
                        (run.target == RunTarget::Paper && !paper))
                        continue;
                    const auto best = bestPerGrid(other);
                    const auto it = best.find(key);
                    if (it != best.end() && (!reference || it->second.second > *reference)) {
                        reference = it->second.second;
                        partner = &other;
                    }
                }
                if (reference)
                    break;
            }
            if (!reference)
                continue;
            const double base = relativeToSecond ? *reference : value.second;
            const double percent = relativeToSecond ? (*reference - value.second) / base * 100.0
                                                    : (value.second - *reference) / *reference * 100.0;
            axis.names.emplace(key, value.first);
            pairs.append(Pair{key, percent});
            const QString partnerName = chartSeriesName(*partner);
            if (!partners.contains(partnerName))
                partners.append(partnerName);
        }
        if (pairs.isEmpty())
            continue;
        QString name = chartSeriesName(run);
        if (partners.size() == 1)
            name = ChartText::tr("%1 vs %2").arg(name, partners.first());
        perSeries.append({name, pairs});
    }
    const QStringList categories = axis.list();
    for (const auto& [name, pairs] : std::as_const(perSeries)) {
        ChartSeries series = makeSeries(name, categories);
        for (const Pair& pair : pairs) {
            series.x.append(axis.indexOf(pair.key));
            series.y.append(pair.percent);
        }
        data.series.append(series);
    }
    if (data.series.isEmpty())
        return nothingToDraw(kind, runs, hint);
    return data;
}

// GFLOPS against N when some run tried several N on a grid, else against the number of processes:
// the paper's Table III has one N per grid, so its chart is a scaling curve over 1, 28 processes.
Result<ChartData> gflopsVsN(const QList<Run>& runs)
{
    bool severalN = false;
    for (const Run& run : runs) {
        std::map<GridKey, qint64> firstN;
        for (const HplRow& row : run.hplRows) {
            const auto [it, inserted] = firstN.emplace(gridKey(row.p, row.q), row.n);
            severalN = severalN || (!inserted && it->second != row.n);
        }
    }
    ChartData data{.kind = ChartKind::GflopsVsN,
                   .title = severalN ? ChartText::tr("HPL performance against problem size")
                                     : ChartText::tr("HPL performance against process count"),
                   .xLabel = severalN ? ChartText::tr("Problem size N") : ChartText::tr("Processes (P×Q)"),
                   .yLabel = ChartText::tr("GFLOPS"),
                   .series = {},
                   .y2Label = {}};
    for (const Run& run : runs) {
        // (grid or nothing) -> x -> best GFLOPS
        std::map<GridKey, std::map<double, double>> curves;
        for (const HplRow& row : run.hplRows) {
            if (!row.passed || row.gflops <= 0)
                continue;
            const GridKey key = severalN ? gridKey(row.p, row.q) : GridKey{0, 0};
            double& best = curves[key][severalN ? double(row.n) : double(row.p * row.q)];
            best = std::max(best, row.gflops);
        }
        for (const auto& [key, points] : curves) {
            QString name = chartSeriesName(run);
            if (severalN && curves.size() > 1)
                name += QLatin1Char(' ') + gridText(-key.second, key.first / std::max(1, -key.second));
            ChartSeries series = makeSeries(name, {});
            for (const auto& [x, y] : points) {
                series.x.append(x);
                series.y.append(y);
            }
            data.series.append(series);
        }
    }
    if (data.series.isEmpty())
        return nothingToDraw(ChartKind::GflopsVsN, runs,
                             ChartText::tr("Choose HPL runs with at least one passed result row."));
    return data;
}

int nicOrder(const QString& nic)
{
    static const QStringList known{QStringLiteral("host"), QStringLiteral("virtio"), QStringLiteral("e1000")};
    const qsizetype index = known.indexOf(nic);
    return index < 0 ? int(known.size()) : int(index);
}

Result<ChartData> netByNic(const QList<Run>& runs)
{
    ChartData data{.kind = ChartKind::NetByNic,
                   .title = ChartText::tr("Network latency and bandwidth by NIC model"),
                   .xLabel = ChartText::tr("NIC model"),
                   .yLabel = ChartText::tr("Latency (µs)"),
                   .series = {},
                   .y2Label = ChartText::tr("Bandwidth (MB/s)")};
    using NicKey = std::pair<int, QString>;
    CategoryAxis<NicKey> axis;
    for (const Run& run : runs) {
        for (const NetSample& sample : run.netSamples)
            axis.names.emplace(NicKey{nicOrder(sample.nic), sample.nic}, sample.nic);
    }
    const QStringList categories = axis.list();
    for (const Run& run : runs) {
        // Mean over the endpoint pairs measured with each NIC.
        std::map<NicKey, std::array<double, 3>> sums; // latency, bandwidth, count
        for (const NetSample& sample : run.netSamples) {
            auto& sum = sums[NicKey{nicOrder(sample.nic), sample.nic}];
            sum[0] += sample.latencyUs;
            sum[1] += sample.bandwidthMBps;
            sum[2] += 1;
        }
        if (sums.empty())
            continue;
        ChartSeries latency = makeSeries(ChartText::tr("%1: latency").arg(chartSeriesName(run)), categories);
        ChartSeries bandwidth =
            makeSeries(ChartText::tr("%1: bandwidth").arg(chartSeriesName(run)), categories);
        bandwidth.secondaryAxis = true;
        for (const auto& [key, sum] : sums) {
            latency.x.append(axis.indexOf(key));
            latency.y.append(sum[0] / sum[2]);
            bandwidth.x.append(axis.indexOf(key));
            bandwidth.y.append(sum[1] / sum[2]);
        }
        data.series.append(latency);
        data.series.append(bandwidth);
    }
    if (data.series.isEmpty())
        return nothingToDraw(ChartKind::NetByNic, runs, ChartText::tr("Choose network runs with samples."));
    return data;
}

// What a chart draws is derived (averages, percentages): ten significant digits, as it shows them.
QByteArray chartNumber(double value)
{
    return csvNumber(value, 10);
}

} // namespace

QString toString(ChartKind kind)
{
    for (const auto& [candidate, name] : kindNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool fromString(const QString& text, ChartKind* kind)
{
    for (const auto& [candidate, name] : kindNames) {
        if (text == QLatin1String(name)) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

QString chartSeriesName(const Run& run)
{
    if (!run.label.isEmpty())
        return run.label;
    return ChartText::tr("%1 %2 #%3").arg(toString(run.target), run.design).arg(run.id);
}

bool chartAcceptsRun(ChartKind kind, const Run& run)
{
    switch (kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::GflopsVsN:
        return run.kind == RunKind::Hpl;
    case ChartKind::BootDistribution:
    case ChartKind::BootTimeline:
        return run.kind == RunKind::Boot;
    case ChartKind::NetByNic:
        return run.kind == RunKind::Net;
    }
    return false;
}

Result<ChartData> chartData(ChartKind kind, const QList<Run>& runs)
{
    if (const Status kinds = checkKinds(kind, runs); !kinds)
        return kinds.error();
    switch (kind) {
    case ChartKind::GflopsByGrid:
        return gflopsByGrid(runs);
    case ChartKind::Penalty:
        return comparisonChart(
            kind, runs, Side::Voc, Side::BareMetal, true,
            ChartData{.kind = ChartKind::Penalty,
                      .title = ChartText::tr("Virtualization penalty per process grid"),
                      .xLabel = ChartText::tr("Process grid (P×Q)"),
                      .yLabel = ChartText::tr("Penalty (%)"),
                      .series = {},
                      .y2Label = {}},
            ChartText::tr("Select a bare-metal run and a VOC run with the same process grid."));
    case ChartKind::BootDistribution:
        return bootDistribution(runs);
    case ChartKind::BootTimeline:
        return bootTimeline(runs);
    case ChartKind::GflopsVsN:
        return gflopsVsN(runs);
    case ChartKind::NetByNic:
        return netByNic(runs);
    }
    return makeError(ErrorCode::Internal, ChartText::tr("Unknown chart kind"));
}

Result<ChartData> hostOsAdvantageChart(const QList<Run>& runs)
{
    if (const Status kinds = checkKinds(ChartKind::Penalty, runs); !kinds)
        return kinds.error();
    return comparisonChart(ChartKind::Penalty, runs, Side::HostOs, Side::OtherOs, false,
                           ChartData{.kind = ChartKind::Penalty,
                                     .title = ChartText::tr("Host OS advantage per process grid"),
                                     .xLabel = ChartText::tr("Process grid (P×Q)"),
                                     .yLabel = ChartText::tr("Advantage (%)"),
                                     .series = {},
                                     .y2Label = {}},
                           ChartText::tr("Include the paper's Table II runs (vocctl chart --paper)."));
}

QByteArray chartCsv(const ChartData& data)
{
    QByteArray csv;
    const auto category = [](const ChartSeries& series, qsizetype i) {
        const auto index = qsizetype(series.x.value(i));
        return index >= 0 && index < series.categories.size() ? csvField(series.categories[index])
                                                              : chartNumber(series.x.value(i));
    };
    switch (data.kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::NetByNic: {
        csv += data.kind == ChartKind::GflopsByGrid ? "series,grid,gflops\r\n"
               : data.kind == ChartKind::Penalty    ? "series,grid,percent\r\n"
                                                    : "series,nic,value\r\n";
        for (const ChartSeries& series : data.series) {
            for (qsizetype i = 0; i < series.y.size(); ++i)
                csv += csvField(series.name) + ',' + category(series, i) + ',' + chartNumber(series.y[i]) +
                       "\r\n";
        }
        break;
    }
    case ChartKind::GflopsVsN:
        csv += "series,x,gflops\r\n";
        for (const ChartSeries& series : data.series) {
            for (qsizetype i = 0; i < series.y.size(); ++i)
                csv += csvField(series.name) + ',' + chartNumber(series.x[i]) + ',' +
                       chartNumber(series.y[i]) + "\r\n";
        }
        break;
    case ChartKind::BootDistribution:
        csv += "series,role,min,lower_quartile,median,upper_quartile,max\r\n";
        for (const ChartSeries& series : data.series) {
            for (qsizetype i = 0; i < series.boxes.size(); ++i) {
                csv += csvField(series.name) + ',' + category(series, i);
                for (const double value : series.boxes[i])
                    csv += ',' + chartNumber(value);
                csv += "\r\n";
            }
        }
        break;
    case ChartKind::BootTimeline:
        csv += "phase,vcn,start_ms,end_ms\r\n";
        for (const ChartSeries& series : data.series) {
            for (qsizetype i = 0; i < series.spans.size(); ++i)
                csv += csvField(series.name) + ',' + category(series, i) + ',' +
                       chartNumber(series.spans[i].first) + ',' + chartNumber(series.spans[i].second) +
                       "\r\n";
        }
        break;
    }
    return csv;
}

} // namespace voc
