// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the chart builder files (chartbuilder.cpp, chartbuilderbars.cpp,
// chartbuilderboot.cpp, densetimeline.cpp); not part of the API.
#pragma once

#include "charts/chartbuilder.h"

#include <QColor>
#include <QCoreApplication>
#include <QSharedPointer>
#include <QStringList>

class QCPAxisTickerText;

namespace voc::charts {

// The tooltips and units keep the context they had when ChartView built its charts itself.
struct ChartViewText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ChartView)
};

QColor seriesColor(const ChartData& data, int series);
bool isBarKind(ChartKind kind);
bool isCategoryKind(ChartKind kind);

// Grouped bars and boxes share a category: each series present there gets a slot of equal width,
// centred on the category, so a grid only one run measured is not drawn off-centre.
struct Slots
{
    QList<QList<double>> keys; // per series, per point
    double width = 0.8;
};
Slots slotsOf(const ChartData& data);

QString number(double value);
QString unitOf(const ChartData& data, const ChartSeries& series);
// Every how many categories one is labelled when `shown` of them are in view.
qsizetype categoryLabelStep(qsizetype shown);
QSharedPointer<QCPAxisTickerText> categoryTicker(const QStringList& categories);

// One per chart shape, called by buildChart on a cleared plot.
void buildBars(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built);
void buildLines(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built);
void buildBoxes(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built);
void buildTimeline(QCustomPlot* plot, const ChartData& data, bool fast, BuiltChart* built);

} // namespace voc::charts
