// SPDX-License-Identifier: GPL-3.0-or-later
// A boot timeline of more VCNs than can be drawn as bars at once, drawn at the detail of the rows in
// view: averaged over blocks of rows while thousands are in view, every VCN as its own stacked bar
// (with its tooltip) once few are. ChartView redraws it when the range of the VCN axis changes.
#pragma once

#include "charts/chartbuilder.h"

#include <QColor>
#include <QList>
#include <QSharedPointer>
#include <QStringList>

class QCPAxisTickerText;
class QCPBars;
class QCPGraph;

namespace voc::charts {

// Past this many VCNs in view a row is thinner than a pixel and 5 bars per VCN cost more than they
// show: each phase becomes one filled step curve of where it ends, averaged over blocks of rows.
// At or below it every VCN in view is drawn as its own bar, as in a small timeline.
inline constexpr qsizetype denseTimelineRows = 1000;
// Averaged, at most this many blocks are in view (every block at least two rows).
inline constexpr qsizetype denseTimelineBlocks = 1500;

class DenseTimeline
{
public:
    // Adds to `plot` and `built`, per series of `data` (a boot timeline), a filled step graph for the
    // averaged rows (the one in the legend) and a bar for single rows, and draws all rows.
    DenseTimeline(QCustomPlot* plot, const ChartData& data, BuiltChart* built);

    // Draws the rows between `lower` and `upper` (the VCN axis' range) at the detail their number
    // allows, and as many again on either side, so that a drag does not uncover empty rows before the
    // next call. False when nothing changed: the rows drawn cover the range at that detail already.
    bool showRows(double lower, double upper);

private:
    void drawAveraged(qsizetype first, qsizetype end, qsizetype rowsPerBlock);
    void drawSingleRows(qsizetype first, qsizetype end);
    bool labelRows(qsizetype viewFirst, qsizetype viewEnd);

    QStringList m_categories;       // the VCNs, one per row
    QList<QList<double>> m_rows;    // per series, the rows it has a span in, ascending (ChartSeries::x)
    QList<QList<double>> m_lengths; // per series and span, end - start: its stacked bar's length
    // Per series, prefix sums over all rows of where the phases up to this one end: any block's
    // average in O(1), so a zoom does not walk all 100,000 spans again.
    QList<QList<double>> m_endSums;
    QList<QColor> m_colors;
    QList<QCPGraph*> m_averaged; // per series
    QList<QCPBars*> m_single;    // per series, stacked in series order
    QSharedPointer<QCPAxisTickerText> m_ticker;

    // What is drawn: rows [m_first, m_end) at m_rowsPerPoint rows per point (1: every VCN its own
    // bar, 0: nothing yet), and labels every m_labelStep-th row of [m_labelFirst, m_labelEnd).
    qsizetype m_rowsPerPoint = 0;
    qsizetype m_first = 0;
    qsizetype m_end = 0;
    bool m_outlined = false;
    qsizetype m_labelStep = 0;
    qsizetype m_labelFirst = 0;
    qsizetype m_labelEnd = 0;
};

} // namespace voc::charts
