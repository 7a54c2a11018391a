// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a ChartData into QCustomPlot plottables (bars, boxes, Gantt bars, lines) and back: which
// point of which series lies under the mouse and what its tooltip says. Private to desktop/charts.
#pragma once

#include "bench/chartdata.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QCustomPlot;
class QCPAbstractPlottable;
class QObject;

namespace voc::charts {

class DenseTimeline;

struct BuiltChart
{
    QList<QList<QCPAbstractPlottable*>> plottables; // per series; the first one is in the legend
    QList<QList<QObject*>> labels;                  // value-label items per series
    QHash<const QCPAbstractPlottable*, int> seriesOf;
    // Boot timelines of more than denseTimelineRows VCNs: redraws the rows in view at their detail
    // when the VCN axis' range changes (DenseTimeline::showRows).
    std::shared_ptr<DenseTimeline> denseTimeline;
};

// Clears `plot` (plottables, items, axes) and draws `data` on it. `fast` false builds it the naive
// way (point by point, no adaptive sampling), the baseline of bench_charts.
BuiltChart buildChart(QCustomPlot* plot, const ChartData& data, bool fast);

// Fits the axes to the visible series (with room for value labels) and, for categories, to them all.
void fitAxes(QCustomPlot* plot, const ChartData& data, const QList<bool>& visible);

// The point of a series that a hoverTextFor/pointPosition index means: the point at that category
// for bars and boxes, the index itself for lines and Gantt spans; -1 when there is none.
int pointOfIndex(const ChartData& data, int series, int index);
// The point of a series at a plottable's data key (bars, boxes, their quantile curves, spans, lines).
int pointAtKey(const ChartData& data, int series, double key);
// Where a point is drawn in plot coordinates: (key, value) as the plottable's axes take them.
QPointF pointCoordinates(const ChartData& data, int series, int point);
// Whether the chart's key axis is the vertical one (the Gantt timeline).
bool keyAxisIsVertical(const ChartData& data);

QString hoverText(const ChartData& data, int series, int point);

} // namespace voc::charts
