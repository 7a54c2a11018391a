// SPDX-License-Identifier: GPL-3.0-or-later
// One chart of benchmark results (a voc::ChartData from core/bench/chartdata.h) drawn with
// QCustomPlot: grouped bars, penalty bars with value labels, box plots, a Gantt timeline or lines,
// with hover tooltips, legend toggles, zoom and pan, and export to PNG, PDF, SVG and CSV. The same
// code renders `vocctl chart` without a visible window (renderChartToFile). QCustomPlot is only
// used inside desktop/charts; callers see this widget and voc types only.
#pragma once

#include "bench/chartdata.h"
#include "common/result.h"

#include <QHash>
#include <QRect>
#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>
#include <utility>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPLegend;
class QCPAbstractLegendItem;
class QMouseEvent;

namespace voc {

namespace charts {
class DenseTimeline;
}

class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    // Replaces what is shown; an empty ChartData (no series) shows an empty plot with the title.
    void setChart(const ChartData& data);
    const ChartData& chart() const { return m_data; }
    void clear();

    // Writes the chart by the path's suffix: .png, .pdf, .svg or .csv (case-insensitive).
    // `size` is the image/page size in pixels; an invalid size uses the widget's current size
    // (or 1024x640 when it was never shown). InvalidInput for an unknown suffix, Io when the file
    // cannot be written; the file is written atomically (no partial file on failure).
    Status exportTo(const QString& path, QSize size = {});

    // The suffixes exportTo understands ("png", "pdf", "svg", "csv") and a file dialog filter.
    static QStringList exportSuffixes();
    static QString exportFilter();

    // Legend toggles: a hidden series stays in the legend (greyed) and out of the plot.
    int seriesCount() const;
    bool isSeriesVisible(int series) const;
    void setSeriesVisible(int series, bool visible);

    // The tooltip text for a point of the chart, as shown on hover: "<series> · <category/x>: <value>"
    // (box plots list min/quartiles/median/max, Gantt bars the phase span). Empty when the
    // series/index does not exist. Index: the category (bars, boxes), the point (lines) or the span.
    QString hoverTextFor(int series, int index) const;

    // Zoom and pan with the mouse (drag, wheel); resetZoom fits every visible series again.
    void resetZoom();
    // The range of the key axis (categories, x, or the timeline's VCN rows from the top), and setting
    // it as a drag or the wheel does. A boot timeline of thousands of VCNs is drawn averaged over
    // blocks of rows; once the event loop runs after a range change it is drawn again for the rows
    // in view, every VCN as its own bar (with its tooltip) once at most 1,000 are.
    std::pair<double, double> keyRange() const;
    void setKeyRange(double lower, double upper);

    // Replots now (synchronously) and returns how long it took in milliseconds.
    double replotNow();

    // For tests, which drive the mouse without knowing QCustomPlot: the widget that receives mouse
    // events, the pixel position of a point there (bar top, box median, line point, span middle; as
    // hoverTextFor's index) and a legend item's rectangle. Invalid when it does not exist or is hidden.
    QWidget* plotWidget() const;
    QPoint pointPosition(int series, int index) const;
    QRect legendItemRect(int series) const;
    // The keys of the points drawn for a series inside the key range: one per bar, box, line point or
    // timeline VCN, one per block of VCNs while a dense timeline is averaged (sorted).
    QList<double> drawnKeys(int series) const;

    // bench_charts only: false builds the plot the naive QCustomPlot way (data added point by point,
    // no adaptive sampling, no label cache), the baseline the fast path is measured against.
    void setFastPath(bool fast);

signals:
    // The text under the mouse (as shown in the tooltip) or an empty string when it left a point.
    void hoverTextChanged(const QString& text);
    // A legend click hid or showed a series.
    void seriesVisibilityChanged(int series, bool visible);

private:
    void rebuild();
    void applyVisibility(int series);
    QPointF pointCoords(int series, int index, const QCPAbstractPlottable** plottable) const;
    void onMouseMove(QMouseEvent* event);
    void onLegendClick(QCPLegend* legend, QCPAbstractLegendItem* item, QMouseEvent* event);
    QString hoverTextAt(const QPointF& pos) const;
    QCPAxis* keyAxis() const;
    void queueDetailRefresh();
    bool updateDetail();

    QCustomPlot* m_plot = nullptr;
    ChartData m_data;
    // Per series of m_data, the plottables drawing it (bars may need several, Gantt one per phase).
    QList<QList<QCPAbstractPlottable*>> m_plottables;
    QList<bool> m_visible;
    QHash<const QCPAbstractPlottable*, int> m_seriesOf;
    QList<QList<QObject*>> m_labels; // value labels per series, hidden with it
    QString m_hoverText;
    bool m_fastPath = true;
    std::shared_ptr<charts::DenseTimeline> m_denseTimeline; // boot timelines of thousands of VCNs
    bool m_detailQueued = false;
};

// Renders `data` to `path` (suffix as ChartView::exportTo) without showing a window, for
// `vocctl chart`. Needs a QApplication (the offscreen platform is enough).
Status renderChartToFile(const ChartData& data, const QString& path, QSize size = QSize(1024, 640));

} // namespace voc
