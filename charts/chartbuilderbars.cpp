// SPDX-License-Identifier: GPL-3.0-or-later
// The bar charts (GFLOPS per grid, penalty, network per NIC) with their value labels, and the
// scaling lines: one QCPBars or QCPGraph per series, its data set in one sorted batch.
#include "charts/chartbuilderdetail.h"

#include <qcustomplot.h>

#include <algorithm>

namespace voc::charts {

namespace {

void addValueLabels(QCustomPlot* plot, QCPAxis* valueAxis, const ChartData& data, int series,
                    const QList<double>& keys, BuiltChart* built)
{
    const ChartSeries& s = data.series[series];
    for (qsizetype i = 0; i < s.y.size(); ++i) {
        auto* label = new QCPItemText(plot);
        label->setClipToAxisRect(true);
        label->position->setAxes(plot->xAxis, valueAxis);
        label->position->setCoords(keys[i], s.y[i]);
        label->setPositionAlignment(Qt::AlignHCenter | (s.y[i] < 0 ? Qt::AlignTop : Qt::AlignBottom));
        label->setPadding(QMargins(0, 2, 0, 2));
        label->setText(data.kind == ChartKind::Penalty ? number(s.y[i]) + QStringLiteral(" %")
                                                       : number(s.y[i]));
        built->labels[series].append(label);
    }
}

} // namespace

void buildBars(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built)
{
    const Slots barSlots = slotsOf(data);
    qsizetype bars = 0;
    for (const ChartSeries& series : data.series)
        bars += series.y.size();
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& series = data.series[s];
        QCPAxis* valueAxis = series.secondaryAxis ? plot->yAxis2 : plot->yAxis;
        auto* bar = new QCPBars(plot->xAxis, valueAxis);
        bar->setName(series.name);
        bar->setWidth(barSlots.width * 0.92);
        const QColor color = seriesColor(data, s);
        bar->setPen(QPen(color.darker(130)));
        bar->setBrush(color);
        if (fast) {
            bar->setData(QVector<double>(barSlots.keys[s].begin(), barSlots.keys[s].end()),
                         QVector<double>(series.y.begin(), series.y.end()), true);
        } else {
            for (qsizetype i = 0; i < series.y.size(); ++i)
                bar->addData(barSlots.keys[s][i], series.y[i]);
        }
        built->plottables[s].append(bar);
        built->seriesOf.insert(bar, s);
        if (data.kind == ChartKind::Penalty || bars <= 24)
            addValueLabels(plot, valueAxis, data, s, barSlots.keys[s], built);
    }
    plot->xAxis->setTicker(
        categoryTicker(data.series.isEmpty() ? QStringList() : data.series.first().categories));
    plot->xAxis->grid()->setVisible(false);
}

void buildLines(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built)
{
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& series = data.series[s];
        auto* graph = new QCPGraph(plot->xAxis, series.secondaryAxis ? plot->yAxis2 : plot->yAxis);
        graph->setName(series.name);
        const QColor color = seriesColor(data, s);
        graph->setPen(QPen(color, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 7));
        graph->setAdaptiveSampling(fast);
        if (fast) {
            QVector<QCPGraphData> points;
            points.reserve(series.x.size());
            for (qsizetype i = 0; i < series.x.size(); ++i)
                points.append(QCPGraphData(series.x[i], series.y[i]));
            graph->data()->set(points, std::is_sorted(series.x.begin(), series.x.end()));
        } else {
            for (qsizetype i = 0; i < series.x.size(); ++i)
                graph->addData(series.x[i], series.y[i]);
        }
        built->plottables[s].append(graph);
        built->seriesOf.insert(graph, s);
    }
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
}

} // namespace voc::charts
