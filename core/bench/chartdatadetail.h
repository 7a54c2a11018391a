// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the chart data files (chartdata.cpp, chartdataboot.cpp); not part of the API.
#pragma once

#include "bench/chartdata.h"

#include <QCoreApplication>

#include <iterator>
#include <map>

namespace voc::chartdetail {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ChartData)
};

// Categories shared by all series, in the order of their keys; each series' x is an index into them.
template<typename Key> struct CategoryAxis
{
    std::map<Key, QString> names;

    QStringList list() const
    {
        QStringList out;
        for (const auto& [key, name] : names)
            out.append(name);
        return out;
    }
    double indexOf(const Key& key) const { return double(std::distance(names.begin(), names.find(key))); }
};

ChartSeries makeSeries(const QString& name, const QStringList& categories);
Error nothingToDraw(ChartKind kind, const QList<Run>& runs, const QString& hint);

Result<ChartData> bootDistribution(const QList<Run>& runs);
Result<ChartData> bootTimeline(const QList<Run>& runs);

} // namespace voc::chartdetail
