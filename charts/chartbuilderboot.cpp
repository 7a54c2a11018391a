// SPDX-License-Identifier: GPL-3.0-or-later
// The boot charts: the distribution (a box per role or run with every sample as a dot beside it) and
// the timeline, a Gantt of stacked phase bars per VCN; past denseTimelineRows VCNs DenseTimeline
// draws it at the detail of the rows in view.
#include "charts/chartbuilderdetail.h"
#include "charts/densetimeline.h"

#include <qcustomplot.h>

#include <numeric>

namespace voc::charts {

void buildBoxes(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built)
{
    const Slots barSlots = slotsOf(data);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& series = data.series[s];
        auto* box = new QCPStatisticalBox(plot->xAxis, plot->yAxis);
        box->setName(series.name);
        box->setWidth(barSlots.width * 0.8);
        const QColor color = seriesColor(data, s);
        QColor fill = color;
        fill.setAlpha(90);
        box->setPen(QPen(color.darker(120)));
        box->setBrush(fill);
        box->setMedianPen(QPen(color.darker(160), 2.5));
        for (qsizetype i = 0; i < series.boxes.size(); ++i) {
            const QList<double>& b = series.boxes[i];
            box->addData(barSlots.keys[s][i], b[0], b[1], b[2], b[3], b[4]);
        }
        built->plottables[s].append(box);
        built->seriesOf.insert(box, s);

        // Every sample as a dot beside its box (a strip plot), spread across the box's width in a
        // fixed shuffled order so the dots form a cloud, not a curve; one adaptively sampled graph.
        qsizetype total = 0;
        for (const QList<double>& samples : series.boxSamples)
            total += samples.size();
        if (total == 0)
            continue;
        auto* curve = new QCPGraph(plot->xAxis, plot->yAxis);
        curve->setName(series.name);
        curve->removeFromLegend();
        QColor dot = color.darker(150);
        dot.setAlpha(110);
        curve->setLineStyle(QCPGraph::lsNone);
        // ssDot: one pixel per sample; discs at 100,000 samples would cost 90 ms a replot.
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot, dot, dot, 1));
        curve->setAdaptiveSampling(fast);
        QVector<QCPGraphData> points;
        points.reserve(total);
        const double half = barSlots.width * 0.8 / 2;
        for (qsizetype i = 0; i < series.boxSamples.size(); ++i) {
            const QList<double>& samples = series.boxSamples[i];
            const qsizetype n = samples.size();
            const double left = barSlots.keys[s][i] - half;
            const double step = n > 1 ? 2 * half / double(n - 1) : 0;
            // k -> k * stride mod n is a permutation when stride and n share no factor.
            qsizetype stride = 7919;
            while (n > 1 && std::gcd(stride, n) != 1)
                stride += 2;
            for (qsizetype k = 0; k < n; ++k)
                points.append(QCPGraphData(left + step * double(k), samples[(k * stride) % n]));
        }
        if (fast) {
            curve->data()->set(points, true);
        } else {
            for (const QCPGraphData& point : std::as_const(points))
                curve->addData(point.key, point.value);
        }
        built->plottables[s].append(curve);
        built->seriesOf.insert(curve, s);
    }
    plot->xAxis->setTicker(
        categoryTicker(data.series.isEmpty() ? QStringList() : data.series.first().categories));
    plot->xAxis->grid()->setVisible(false);
}

void buildTimeline(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built)
{
    if (fast && !data.series.isEmpty() && data.series.first().categories.size() > denseTimelineRows) {
        built->denseTimeline = std::make_shared<DenseTimeline>(plot, data, built);
        plot->yAxis->setRangeReversed(true);
        plot->yAxis->grid()->setVisible(false);
        return;
    }
    // Horizontal bars stacked phase on phase: chartData() makes each VCN's spans contiguous from 0,
    // so a phase's bar starts where the one below it ends.
    QCPBars* below = nullptr;
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& series = data.series[s];
        auto* bar = new QCPBars(plot->yAxis, plot->xAxis);
        bar->setName(series.name);
        bar->setWidth(0.7);
        bar->setStackingGap(0);
        const QColor color = seriesColor(data, s);
        bar->setPen(series.x.size() > 200 ? Qt::NoPen : QPen(color.darker(130)));
        bar->setBrush(color);
        QVector<double> keys(series.x.begin(), series.x.end());
        QVector<double> values;
        values.reserve(series.spans.size());
        for (const auto& [start, end] : series.spans)
            values.append(end - start);
        if (fast) {
            bar->setData(keys, values, true);
        } else {
            for (qsizetype i = 0; i < keys.size(); ++i)
                bar->addData(keys[i], values[i]);
        }
        if (below)
            bar->moveAbove(below);
        below = bar;
        built->plottables[s].append(bar);
        built->seriesOf.insert(bar, s);
    }
    plot->yAxis->setTicker(
        categoryTicker(data.series.isEmpty() ? QStringList() : data.series.first().categories));
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->grid()->setVisible(false);
}

} // namespace voc::charts
