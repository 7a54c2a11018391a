// SPDX-License-Identifier: GPL-3.0-or-later
// Builds QCustomPlot plottables from ChartData. Speed matters for boot charts of 100,000 samples:
// data goes into QCustomPlot's containers in one sorted batch, lines use adaptive sampling, and
// there is no item per point (value labels only where there are few bars).
#include "charts/chartbuilder.h"

#include <QCoreApplication>
#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace voc::charts {

namespace {

struct ChartViewText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ChartView)
};

// Okabe-Ito: tells series apart for colour-blind readers too; the boot phases keep the colours of the
// Test locally page's timeline.
const QColor seriesPalette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                QColor(0x55, 0x55, 0x55), QColor(0xF0, 0xE4, 0x42)};

QColor seriesColor(const ChartData& data, int series)
{
    if (data.kind == ChartKind::BootTimeline) {
        BootPhase phase = BootPhase::Running;
        if (fromString(data.series[series].name, &phase)) {
            static const QColor phases[] = {QColor(0xF0, 0xE4, 0x42), QColor(0xE6, 0x9F, 0x00),
                                            QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                            QColor(0x00, 0x72, 0xB2)};
            return phases[int(phase)];
        }
    }
    return seriesPalette[series % std::size(seriesPalette)];
}

bool isBarKind(ChartKind kind)
{
    return kind == ChartKind::GflopsByGrid || kind == ChartKind::Penalty || kind == ChartKind::NetByNic;
}

bool isCategoryKind(ChartKind kind)
{
    return isBarKind(kind) || kind == ChartKind::BootDistribution;
}

// Grouped bars and boxes share a category: each series present there gets a slot of equal width,
// centred on the category, so a grid only one run measured is not drawn off-centre.
struct Slots
{
    QList<QList<double>> keys; // per series, per point
    double width = 0.8;
};

Slots slotsOf(const ChartData& data)
{
    Slots result;
    QHash<int, int> perCategory; // category -> series drawn there
    for (const ChartSeries& series : data.series) {
        for (const double x : series.x)
            ++perCategory[int(std::lround(x))];
    }
    int widest = 1;
    for (const int count : std::as_const(perCategory))
        widest = std::max(widest, count);
    // One series alone gets a slimmer bar: a full-width block reads as a filled area, not a value.
    result.width = std::min(0.6, 0.8 / widest);
    QHash<int, int> used;
    for (const ChartSeries& series : data.series) {
        QList<double> keys;
        for (const double x : series.x) {
            const int category = int(std::lround(x));
            const int slot = used[category]++;
            keys.append(x + (slot - (perCategory[category] - 1) / 2.0) * result.width);
        }
        result.keys.append(keys);
    }
    return result;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', std::abs(value) >= 1000 ? 7 : 4);
}

QString unitOf(const ChartData& data, const ChartSeries& series)
{
    switch (data.kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::GflopsVsN:
        return ChartViewText::tr("GFLOPS");
    case ChartKind::Penalty:
        return QStringLiteral("%");
    case ChartKind::NetByNic:
        return series.secondaryAxis ? ChartViewText::tr("MB/s") : ChartViewText::tr("µs");
    case ChartKind::BootDistribution:
        return ChartViewText::tr("s");
    case ChartKind::BootTimeline:
        return ChartViewText::tr("ms");
    }
    return {};
}

QSharedPointer<QCPAxisTickerText> categoryTicker(const QStringList& categories)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Thousands of VCNs cannot all be labelled; every n-th keeps the axis readable and fast.
    const qsizetype step = std::max<qsizetype>(1, categories.size() / 40);
    for (qsizetype i = 0; i < categories.size(); i += step)
        ticker->addTick(double(i), categories[i]);
    return ticker;
}

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

// Past this many VCNs a row is thinner than a pixel and 5 bars per VCN cost more than they show.
constexpr qsizetype denseTimelineRows = 1000;

// The dense timeline: rows are thinner than a pixel, so each phase is one filled step curve of where
// it ends, averaged over blocks of rows (at most denseTimelineBlocks), instead of a rectangle per VCN
// and phase. Averages keep the phases in order (every VCN's ends grow phase by phase). Tooltips and
// the CSV still give every VCN.
constexpr qsizetype denseTimelineBlocks = 1500;

void buildDenseTimeline(QCustomPlot* plot, const ChartData& data, BuiltChart* built)
{
    const qsizetype rows = data.series.first().categories.size();
    const qsizetype blocks = std::min(rows, denseTimelineBlocks);
    QVector<double> keys(blocks);
    for (qsizetype b = 0; b < blocks; ++b)
        keys[b] = (double(b * rows / blocks) + double((b + 1) * rows / blocks) - 1) / 2;
    QVector<double> ends(rows, 0.0); // where the phases so far end, per row
    QList<QVector<double>> endsPerPhase;
    for (const ChartSeries& series : data.series) {
        for (qsizetype i = 0; i < series.x.size(); ++i)
            ends[qsizetype(series.x[i])] = series.spans[i].second;
        QVector<double> averaged(blocks, 0.0);
        for (qsizetype b = 0; b < blocks; ++b) {
            const qsizetype first = b * rows / blocks;
            const qsizetype last = (b + 1) * rows / blocks;
            averaged[b] =
                std::accumulate(ends.begin() + first, ends.begin() + last, 0.0) / double(last - first);
        }
        endsPerPhase.append(averaged);
    }
    // Each phase filled from 0 to where it ends, the last phase drawn first: the earlier phases cover
    // it up to where they end.
    for (int s = int(data.series.size()) - 1; s >= 0; --s) {
        auto* graph = new QCPGraph(plot->yAxis, plot->xAxis);
        graph->setName(data.series[s].name);
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(Qt::NoPen);
        graph->setBrush(seriesColor(data, s));
        graph->setAdaptiveSampling(false); // already one point per block
        graph->setData(keys, endsPerPhase[s], true);
        graph->removeFromLegend();
        built->plottables[s].append(graph);
        built->seriesOf.insert(graph, s);
    }
    for (int s = 0; s < data.series.size(); ++s)
        built->plottables[s].first()->addToLegend();
}

void buildTimeline(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built)
{
    if (fast && !data.series.isEmpty() && data.series.first().categories.size() > denseTimelineRows) {
        buildDenseTimeline(plot, data, built);
        plot->yAxis->setTicker(categoryTicker(data.series.first().categories));
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

} // namespace

BuiltChart buildChart(QCustomPlot* plot, const ChartData& data, bool fast)
{
    plot->clearItems();
    plot->clearPlottables();
    plot->yAxis->setRangeReversed(false);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->grid()->setVisible(true);
    plot->yAxis->grid()->setVisible(true);
    plot->setPlottingHint(QCP::phCacheLabels, fast);

    BuiltChart built;
    built.plottables.resize(data.series.size());
    built.labels.resize(data.series.size());
    bool secondary = false;
    for (const ChartSeries& series : data.series)
        secondary = secondary || series.secondaryAxis;
    plot->xAxis->setLabel(data.xLabel);
    plot->yAxis->setLabel(data.yLabel);
    plot->yAxis2->setVisible(secondary);
    plot->yAxis2->setLabel(data.y2Label);

    switch (data.kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::NetByNic:
        buildBars(plot, data, fast, &built);
        break;
    case ChartKind::BootDistribution:
        buildBoxes(plot, data, fast, &built);
        break;
    case ChartKind::BootTimeline:
        buildTimeline(plot, data, fast, &built);
        break;
    case ChartKind::GflopsVsN:
        buildLines(plot, data, fast, &built);
        break;
    }
    return built;
}

void fitAxes(QCustomPlot* plot, const ChartData& data, const QList<bool>& visible)
{
    // Ranges over the visible series only, computed from the ChartData itself (cheaper than asking
    // every plottable, and the same for bars, boxes and spans).
    double low = 0, high = 0, low2 = 0, high2 = 0, xLow = 0, xHigh = 0;
    bool anyX = false;
    for (int s = 0; s < data.series.size(); ++s) {
        if (!visible.value(s, true))
            continue;
        const ChartSeries& series = data.series[s];
        double& lo = series.secondaryAxis ? low2 : low;
        double& hi = series.secondaryAxis ? high2 : high;
        for (const double y : series.y) {
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        for (const QList<double>& box : series.boxes)
            hi = std::max(hi, box.value(4));
        for (const auto& span : series.spans)
            hi = std::max(hi, span.second);
        for (const double x : series.x) {
            xLow = anyX ? std::min(xLow, x) : x;
            xHigh = anyX ? std::max(xHigh, x) : x;
            anyX = true;
        }
    }
    const auto padded = [](double lo, double hi, double room) {
        if (hi <= lo)
            hi = lo + 1;
        return QCPRange(lo < 0 ? lo * room : lo, hi * room);
    };
    const qsizetype categories = data.series.isEmpty() ? 0 : data.series.first().categories.size();
    if (data.kind == ChartKind::BootTimeline) {
        plot->xAxis->setRange(padded(0, high, 1.05));
        plot->yAxis->setRange(-0.6, std::max<double>(categories, 1) - 0.4);
        return;
    }
    if (isCategoryKind(data.kind)) {
        plot->xAxis->setRange(-0.6, std::max<double>(categories, 1) - 0.4);
    } else {
        const double margin = xHigh > xLow ? (xHigh - xLow) * 0.06 : std::max(1.0, std::abs(xHigh) * 0.1);
        plot->xAxis->setRange(xLow - margin, xHigh + margin);
    }
    // Room above the bars for their value labels.
    const double room = isBarKind(data.kind) ? 1.15 : 1.08;
    plot->yAxis->setRange(padded(low, high, room));
    plot->yAxis2->setRange(padded(low2, high2, room));
}

bool keyAxisIsVertical(const ChartData& data)
{
    return data.kind == ChartKind::BootTimeline;
}

int pointOfIndex(const ChartData& data, int series, int index)
{
    if (series < 0 || series >= data.series.size() || index < 0)
        return -1;
    const ChartSeries& s = data.series[series];
    if (!isCategoryKind(data.kind))
        return index < s.x.size() ? index : -1;
    return int(s.x.indexOf(double(index)));
}

int pointAtKey(const ChartData& data, int series, double key)
{
    if (series < 0 || series >= data.series.size())
        return -1;
    const ChartSeries& s = data.series[series];
    if (isCategoryKind(data.kind) || data.kind == ChartKind::BootTimeline)
        return int(s.x.indexOf(double(std::lround(key))));
    // Lines: the nearest x (the container holds exactly the series' x values).
    int best = -1;
    for (int i = 0; i < s.x.size(); ++i) {
        if (best < 0 || std::abs(s.x[i] - key) < std::abs(s.x[best] - key))
            best = i;
    }
    return best;
}

QPointF pointCoordinates(const ChartData& data, int series, int point)
{
    const ChartSeries& s = data.series[series];
    switch (data.kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::NetByNic:
        // Half-way up the bar: inside it whatever the value label does.
        return {slotsOf(data).keys[series][point], s.y[point] / 2};
    case ChartKind::BootDistribution:
        return {slotsOf(data).keys[series][point], s.boxes[point][2]};
    case ChartKind::BootTimeline:
        return {s.x[point], (s.spans[point].first + s.spans[point].second) / 2};
    case ChartKind::GflopsVsN:
        break;
    }
    return {s.x[point], s.y[point]};
}

QString hoverText(const ChartData& data, int series, int point)
{
    if (series < 0 || series >= data.series.size() || point < 0)
        return {};
    const ChartSeries& s = data.series[series];
    const QString unit = unitOf(data, s);
    const auto category = [&](double x) {
        const auto index = qsizetype(std::lround(x));
        return index >= 0 && index < s.categories.size() ? s.categories[index] : number(x);
    };
    switch (data.kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::NetByNic:
        if (point >= s.y.size())
            return {};
        //: chart tooltip: series · category: value unit
        return ChartViewText::tr("%1 · %2: %3 %4")
            .arg(s.name, category(s.x[point]), number(s.y[point]), unit);
    case ChartKind::BootDistribution: {
        if (point >= s.boxes.size())
            return {};
        const QList<double>& b = s.boxes[point];
        const qsizetype count = s.boxSamples.value(point).size();
        QString text = ChartViewText::tr("%1 · %2: median %3 %4, quartiles %5–%6 %4, min %7 %4, max %8 %4")
                           .arg(s.name, category(s.x[point]), number(b[2]), unit, number(b[1]), number(b[3]),
                                number(b[0]), number(b[4]));
        if (count > 0)
            text += QLatin1Char(' ') + ChartViewText::tr("(%n VCN(s))", nullptr, int(count));
        return text;
    }
    case ChartKind::BootTimeline:
        if (point >= s.spans.size())
            return {};
        //: chart tooltip of a boot timeline bar: VCN · phase: start–end ms
        return ChartViewText::tr("%1 · %2: %3–%4 %5")
            .arg(category(s.x[point]), s.name, number(s.spans[point].first), number(s.spans[point].second),
                 unit);
    case ChartKind::GflopsVsN:
        if (point >= s.y.size())
            return {};
        //: chart tooltip of a line point: series · x label = x: value unit
        return ChartViewText::tr("%1 · %2 = %3: %4 %5")
            .arg(s.name, data.xLabel, number(s.x[point]), number(s.y[point]), unit);
    }
    return {};
}

} // namespace voc::charts
