// SPDX-License-Identifier: GPL-3.0-or-later
// The boot charts' data: time to ready per role as box plots, and every VCN's phases as a timeline.
#include "bench/chartdatadetail.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace voc::chartdetail {

namespace {

// Linear-interpolated quantile of sorted values (the same rule as numpy's default and R's type 7).
double quantile(const QList<double>& sorted, double fraction)
{
    if (sorted.size() == 1)
        return sorted.first();
    const double position = fraction * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - double(below));
}

// Roles of a boot run's VCNs: the design's hostname patterns are not stored with the run, but every
// pattern of ours names the head node with "head" ({voc}-head), so that is what tells them apart.
// The paper's boot runs name their subject instead ("physical head node", "1 head + 28 compute").
enum class BootRole
{
    Head,
    Compute,
    All
};

BootRole roleOfPaperRun(const Run& run)
{
    const bool head = run.label.contains(QLatin1String("head"), Qt::CaseInsensitive);
    const bool compute = run.label.contains(QLatin1String("compute"), Qt::CaseInsensitive);
    return head && !compute ? BootRole::Head : compute && !head ? BootRole::Compute : BootRole::All;
}

QString roleName(BootRole role)
{
    switch (role) {
    case BootRole::Head:
        return ChartText::tr("head");
    case BootRole::Compute:
        return ChartText::tr("compute");
    case BootRole::All:
        break;
    }
    return ChartText::tr("all VCNs");
}

} // namespace

Result<ChartData> bootDistribution(const QList<Run>& runs)
{
    ChartData data{.kind = ChartKind::BootDistribution,
                   .title = ChartText::tr("Boot time to ready"),
                   .xLabel = ChartText::tr("Role"),
                   .yLabel = ChartText::tr("Seconds from start"),
                   .series = {},
                   .y2Label = {}};
    CategoryAxis<BootRole> axis;
    struct RunValues
    {
        QString name;
        bool paper = false;
        std::map<BootRole, QList<double>> values;
    };
    QList<RunValues> perRun;
    for (const Run& run : runs) {
        std::map<BootRole, QList<double>> values;
        for (const BootSample& sample : run.bootSamples) {
            if (sample.phase != BootPhase::Ready)
                continue;
            const BootRole role = run.target == RunTarget::Paper ? roleOfPaperRun(run)
                                  : sample.vcn.contains(QLatin1String("head"), Qt::CaseInsensitive)
                                      ? BootRole::Head
                                      : BootRole::Compute;
            values[role].append(double(sample.ms) / 1000.0);
        }
        for (auto& [role, list] : values) {
            std::sort(list.begin(), list.end());
            axis.names.emplace(role, roleName(role));
        }
        if (!values.empty())
            perRun.append({chartSeriesName(run), run.target == RunTarget::Paper, values});
    }
    const QStringList categories = axis.list();
    for (const RunValues& run : std::as_const(perRun)) {
        ChartSeries series = makeSeries(run.name, categories);
        const bool paper = run.paper;
        for (const auto& [role, sorted] : run.values) {
            series.x.append(axis.indexOf(role));
            // The paper printed min, average and max only: its box is a line at the average between
            // the whiskers (or at the middle of min..max where it gave no average).
            const double middle = paper && sorted.size() == 3   ? sorted[1]
                                  : paper && sorted.size() == 2 ? (sorted[0] + sorted[1]) / 2
                                                                : quantile(sorted, 0.5);
            series.boxes.append(paper ? QList<double>{sorted.first(), middle, middle, middle, sorted.last()}
                                      : QList<double>{sorted.first(), quantile(sorted, 0.25), middle,
                                                      quantile(sorted, 0.75), sorted.last()});
            series.boxSamples.append(paper ? QList<double>{} : sorted);
        }
        data.series.append(series);
    }
    if (data.series.isEmpty())
        return nothingToDraw(ChartKind::BootDistribution, runs,
                             ChartText::tr("Choose boot runs in which VCNs reached the ready phase."));
    return data;
}

Result<ChartData> bootTimeline(const QList<Run>& runs)
{
    ChartData data{.kind = ChartKind::BootTimeline,
                   .title = ChartText::tr("Boot timeline"),
                   .xLabel = ChartText::tr("Milliseconds from start"),
                   .yLabel = ChartText::tr("VCN"),
                   .series = {},
                   .y2Label = {}};
    QStringList vcns;
    // Per phase, the (VCN index, start, end) spans; a phase a VCN skipped (or that was not observed)
    // is folded into the next one, so every VCN's spans are contiguous from 0.
    std::map<BootPhase, QList<std::pair<double, std::pair<double, double>>>> spans;
    constexpr int phaseCount = int(std::size(allBootPhases));
    for (const Run& run : runs) {
        // A hash and a fixed row per VCN: boot runs of thousands of VCNs are charted too.
        QHash<QString, int> rowOf;
        QList<std::array<qint64, phaseCount>> rows;
        QStringList order;
        for (const BootSample& sample : run.bootSamples) {
            auto it = rowOf.find(sample.vcn);
            if (it == rowOf.end()) {
                it = rowOf.insert(sample.vcn, int(rows.size()));
                std::array<qint64, phaseCount> unseen;
                unseen.fill(-1);
                rows.append(unseen);
                order.append(sample.vcn);
            }
            rows[*it][int(sample.phase)] = sample.ms;
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const double index = double(vcns.size());
            vcns.append(runs.size() > 1 ? chartSeriesName(run) + QLatin1String(": ") + order[r] : order[r]);
            double previous = 0;
            for (int phase = 0; phase < phaseCount; ++phase) {
                if (rows[r][phase] < 0)
                    continue;
                const double end = std::max(previous, double(rows[r][phase]));
                spans[BootPhase(phase)].append({index, {previous, end}});
                previous = end;
            }
        }
    }
    for (const auto& [phase, list] : spans) {
        ChartSeries series = makeSeries(toString(phase), vcns);
        for (const auto& [index, span] : list) {
            series.x.append(index);
            series.spans.append(span);
        }
        data.series.append(series);
    }
    if (data.series.isEmpty())
        return nothingToDraw(ChartKind::BootTimeline, runs, ChartText::tr("Choose boot runs with samples."));
    return data;
}

} // namespace voc::chartdetail
