// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts draw, computed from stored runs as value structs (no Qt Gui): the desktop's
// QCustomPlot charts (desktop/charts) and `vocctl chart` render these, and CSV export writes them.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

enum class ChartKind
{
    GflopsByGrid,     // bars: GFLOPS per process grid, one bar set per run (bare metal, VOC, paper)
    Penalty,          // bars: virtualization penalty % per grid, (bare metal - VOC) / bare metal
    BootDistribution, // box plot per role/run: time to Ready
    BootTimeline,     // Gantt: phases per VCN
    GflopsVsN,        // lines: GFLOPS against N (or nodes)
    NetByNic          // bars: latency and bandwidth per NIC model
};
QString toString(ChartKind kind); // "gflops", "penalty", "boot", "timeline", "scaling", "net"
bool fromString(const QString& text, ChartKind* kind);

struct ChartSeries
{
    QString name;           // legend text: the run's label or "<target> <design> #<id>"
    QStringList categories; // x labels for bar charts ("1x2", "virtio"); empty for numeric x
    QList<double> x;
    QList<double> y;
    // Box plots: per category min, lower quartile, median, upper quartile, max in y order.
    QList<QList<double>> boxes;
    // Gantt: per bar (VCN, phase) start and end ms; categories hold "vcn" and names "phase".
    QList<std::pair<double, double>> spans;
    // Box plots: the values behind each box, sorted ascending (the view draws them as a quantile
    // curve across the box, so 100,000 boot samples stay visible without one item per point).
    QList<QList<double>> boxSamples;
    // Drawn against the right-hand axis (ChartData::y2Label), e.g. bandwidth beside latency.
    bool secondaryAxis = false;

    bool operator==(const ChartSeries&) const = default;
};

struct ChartData
{
    ChartKind kind = ChartKind::GflopsByGrid;
    QString title;
    QString xLabel;
    QString yLabel;
    QList<ChartSeries> series;
    QString y2Label; // the right-hand axis, when a series has secondaryAxis

    bool operator==(const ChartData&) const = default;
};

// The legend name of a run: its label, else "<target> <design> #<id>".
QString chartSeriesName(const Run& run);

// Whether a run can contribute to a chart of `kind` (HPL runs for GFLOPS/penalty/scaling, boot runs
// for the boot charts, net runs for the NIC chart); the desktop filters selections with it.
bool chartAcceptsRun(ChartKind kind, const Run& run);

// The chart of `kind` for the given runs (with rows/samples loaded). Penalty pairs each VOC run
// (Local/Site) with the bare-metal run (or the paper's physical run) of the same grid. InvalidInput
// naming the run when runs of the wrong kind are given or nothing can be drawn.
Result<ChartData> chartData(ChartKind kind, const QList<Run>& runs);

// Table II of the paper, drawn like a penalty chart: per grid the host OS's advantage over the other
// OS, (host - other) / other x 100 (12.11% for the shipped reference), from the paper runs whose
// settings say "system": "host OS" / "other OS". InvalidInput when no such pair is given.
Result<ChartData> hostOsAdvantageChart(const QList<Run>& runs);

// The chart's numbers as CSV (series,category/x,y[,...]), C locale.
QByteArray chartCsv(const ChartData& data);

} // namespace voc
