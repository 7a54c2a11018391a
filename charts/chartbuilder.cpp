// SPDX-License-Identifier: GPL-3.0-or-later
// Builds QCustomPlot plottables from ChartData. Speed matters for boot charts of 100,000 samples:
// data goes into QCustomPlot's containers in one sorted batch, lines use adaptive sampling, and
// there is no item per point (value labels only where there are few bars). This file holds what all
// charts share (colours, slots, axes, tooltips); the shapes are drawn by chartbuilderbars.cpp and
// chartbuilderboot.cpp.
#include "charts/chartbuilder.h"

#include "charts/chartbuilderdetail.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace voc::charts {

namespace {

// Okabe-Ito: tells series apart for colour-blind readers too; the boot phases keep the colours of the
// Test locally page's timeline.
const QColor seriesPalette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                QColor(0x55, 0x55, 0x55), QColor(0xF0, 0xE4, 0x42)};

} // namespace

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

qsizetype categoryLabelStep(qsizetype shown)
{
    // Thousands of VCNs cannot all be labelled; every n-th keeps the axis readable and fast.
    return std::max<qsizetype>(1, shown / 40);
}

QSharedPointer<QCPAxisTickerText> categoryTicker(const QStringList& categories)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const qsizetype step = categoryLabelStep(categories.size());
    for (qsizetype i = 0; i < categories.size(); i += step)
        ticker->addTick(double(i), categories[i]);
    return ticker;
}

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
    // Nothing to draw: no axes or grid either (an empty box ticked 0 to 1 reads as a broken chart);
    // the title stays and the page says what to select.
    plot->xAxis->setVisible(!data.series.isEmpty());
    plot->yAxis->setVisible(!data.series.isEmpty());
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
