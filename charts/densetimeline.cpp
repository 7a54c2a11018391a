// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a dense boot timeline at the detail of the rows in view. Averages keep the phases in order
// (every VCN's ends grow phase by phase); a tooltip names the VCN under the mouse, or the one in the
// middle of an averaged block (pointAtKey), and the CSV still gives every VCN.
#include "charts/densetimeline.h"

#include "charts/chartbuilderdetail.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace voc::charts {

namespace {

// Single rows get an outline while they are thick enough to show it, as in a small timeline.
constexpr qsizetype outlinedRows = 200;

} // namespace

DenseTimeline::DenseTimeline(QCustomPlot* plot, const ChartData& data, BuiltChart* built)
    : m_categories(data.series.first().categories)
    , m_ticker(new QCPAxisTickerText)
{
    const qsizetype rows = m_categories.size();
    const int seriesCount = int(data.series.size());
    QList<double> ends(rows, 0.0); // where the phases so far end, per row
    for (int s = 0; s < seriesCount; ++s) {
        const ChartSeries& series = data.series[s];
        for (qsizetype i = 0; i < series.x.size(); ++i)
            ends[qsizetype(series.x[i])] = series.spans[i].second;
        QList<double> sums(rows + 1, 0.0);
        std::partial_sum(ends.begin(), ends.end(), sums.begin() + 1);
        m_endSums.append(sums);
        QList<double> lengths;
        lengths.reserve(series.spans.size());
        for (const auto& [start, end] : series.spans)
            lengths.append(end - start);
        m_lengths.append(lengths);
        m_rows.append(series.x);
        m_colors.append(seriesColor(data, s));
    }

    // Each phase filled from 0 to where it ends, the last phase drawn first: the earlier phases cover
    // it up to where they end.
    m_averaged.resize(seriesCount);
    for (int s = seriesCount - 1; s >= 0; --s) {
        auto* graph = new QCPGraph(plot->yAxis, plot->xAxis);
        graph->setName(data.series[s].name);
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(Qt::NoPen);
        graph->setBrush(m_colors[s]);
        graph->setAdaptiveSampling(false); // already one point per block
        graph->removeFromLegend();
        m_averaged[s] = graph;
    }
    // Single rows as buildTimeline draws a small timeline: horizontal bars stacked phase on phase.
    QCPBars* below = nullptr;
    for (int s = 0; s < seriesCount; ++s) {
        auto* bar = new QCPBars(plot->yAxis, plot->xAxis);
        bar->setName(data.series[s].name);
        bar->setWidth(0.7);
        bar->setStackingGap(0);
        bar->setPen(Qt::NoPen);
        bar->setBrush(m_colors[s]);
        bar->removeFromLegend();
        if (below)
            bar->moveAbove(below);
        below = bar;
        m_single.append(bar);
    }
    // One of the two holds the data at a time; the graph stands for the series in the legend.
    for (int s = 0; s < seriesCount; ++s) {
        m_averaged[s]->addToLegend();
        built->plottables[s] = {m_averaged[s], m_single[s]};
        built->seriesOf.insert(m_averaged[s], s);
        built->seriesOf.insert(m_single[s], s);
    }
    plot->yAxis->setTicker(m_ticker);
    showRows(-0.5, double(rows) - 0.5);
}

bool DenseTimeline::showRows(double lower, double upper)
{
    // Row r is drawn around key r, half a row on either side: it is in view when that overlaps.
    // Clamped as doubles: a range zoomed far out does not fit a qsizetype.
    const qsizetype rows = m_categories.size();
    const auto row = [rows](double key) { return qsizetype(std::clamp(key, 0.0, double(rows))); };
    const qsizetype viewFirst = row(std::floor(lower - 0.5) + 1);
    const qsizetype viewEnd = std::max(viewFirst, row(std::ceil(upper + 0.5)));
    const qsizetype shown = viewEnd - viewFirst;
    if (shown == 0)
        return false; // panned off the rows: what is drawn can stay
    const qsizetype rowsPerPoint =
        shown <= denseTimelineRows
            ? 1
            : std::max<qsizetype>(2, (shown + denseTimelineBlocks - 1) / denseTimelineBlocks);

    bool changed = false;
    if (rowsPerPoint != m_rowsPerPoint || viewFirst < m_first || viewEnd > m_end) {
        // Blocks start at multiples of their size, so a drag moves whole blocks and they keep their
        // averages instead of flickering.
        qsizetype first = std::max<qsizetype>(0, viewFirst - shown);
        first -= first % rowsPerPoint;
        const qsizetype end =
            std::min(rows, (viewEnd + shown + rowsPerPoint - 1) / rowsPerPoint * rowsPerPoint);
        if (rowsPerPoint == 1)
            drawSingleRows(first, end);
        else
            drawAveraged(first, end, rowsPerPoint);
        m_rowsPerPoint = rowsPerPoint;
        m_first = first;
        m_end = end;
        changed = true;
    }
    const bool outlined = rowsPerPoint == 1 && shown <= outlinedRows;
    if (outlined != m_outlined) {
        for (qsizetype s = 0; s < m_single.size(); ++s)
            m_single[s]->setPen(outlined ? QPen(m_colors[s].darker(130)) : QPen(Qt::NoPen));
        m_outlined = outlined;
        changed = true;
    }
    return labelRows(viewFirst, viewEnd) || changed;
}

void DenseTimeline::drawAveraged(qsizetype first, qsizetype end, qsizetype rowsPerBlock)
{
    const qsizetype blocks = (end - first + rowsPerBlock - 1) / rowsPerBlock;
    QList<double> keys(blocks);
    for (qsizetype b = 0; b < blocks; ++b) {
        const qsizetype blockFirst = first + b * rowsPerBlock;
        const qsizetype blockEnd = std::min(end, blockFirst + rowsPerBlock);
        keys[b] = double(blockFirst + blockEnd - 1) / 2;
    }
    for (qsizetype s = 0; s < m_averaged.size(); ++s) {
        const QList<double>& sums = m_endSums[s];
        QList<double> averages(blocks);
        for (qsizetype b = 0; b < blocks; ++b) {
            const qsizetype blockFirst = first + b * rowsPerBlock;
            const qsizetype blockEnd = std::min(end, blockFirst + rowsPerBlock);
            averages[b] = (sums[blockEnd] - sums[blockFirst]) / double(blockEnd - blockFirst);
        }
        m_averaged[s]->setData(keys, averages, true);
        m_single[s]->data()->clear();
    }
}

void DenseTimeline::drawSingleRows(qsizetype first, qsizetype end)
{
    for (qsizetype s = 0; s < m_single.size(); ++s) {
        const QList<double>& rows = m_rows[s];
        const auto from = std::lower_bound(rows.begin(), rows.end(), double(first)) - rows.begin();
        const auto to = std::lower_bound(rows.begin(), rows.end(), double(end)) - rows.begin();
        m_single[s]->setData(rows.mid(from, to - from), m_lengths[s].mid(from, to - from), true);
        m_averaged[s]->data()->clear();
    }
}

bool DenseTimeline::labelRows(qsizetype viewFirst, qsizetype viewEnd)
{
    // As categoryTicker labels a whole axis, every n-th row for the rows in view; labelled as far
    // again on either side, at multiples of n so that labels keep their rows during a drag.
    const qsizetype shown = viewEnd - viewFirst;
    const qsizetype step = categoryLabelStep(shown);
    if (step == m_labelStep && viewFirst >= m_labelFirst && viewEnd <= m_labelEnd)
        return false;
    qsizetype first = std::max<qsizetype>(0, viewFirst - shown);
    first -= first % step;
    const qsizetype end = std::min(m_categories.size(), viewEnd + shown);
    m_ticker->clear();
    for (qsizetype row = first; row < end; row += step)
        m_ticker->addTick(double(row), m_categories[row]);
    m_labelStep = step;
    m_labelFirst = first;
    m_labelEnd = end;
    return true;
}

} // namespace voc::charts
