// SPDX-License-Identifier: GPL-3.0-or-later
// Repeated timings of one benchmark step, summarized the way the benchmarks report them.
#pragma once

#include <QList>

#include <algorithm>

namespace voc::bench {

struct Timings
{
    QList<double> ms;

    void add(double milliseconds) { ms.append(milliseconds); }
    bool isEmpty() const { return ms.isEmpty(); }

    double best() const { return ms.isEmpty() ? 0.0 : *std::min_element(ms.cbegin(), ms.cend()); }

    // The median rather than the mean: one run disturbed by another process on a shared machine
    // should not move the reported figure.
    double median() const
    {
        if (ms.isEmpty())
            return 0.0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype mid = sorted.size() / 2;
        return sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
};

// a / b, or 0 when b is zero so a broken baseline prints as an obviously wrong ratio, not inf.
inline double ratio(double a, double b)
{
    return b > 0.0 ? a / b : 0.0;
}

} // namespace voc::bench
