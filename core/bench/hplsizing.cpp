// SPDX-License-Identifier: GPL-3.0-or-later
// HPL sizing as the paper does it: N = sqrt(n * D * U), rounded down to a multiple of the block size.
#include "hplsizing.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct HplSizing
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplSizing)
};

// Above this many doubles in the whole cluster (2^62, i.e. 32 EiB) N^2 no longer fits the 64-bit
// mantissa of long double and the integer corrections below would stop being exact.
// Exact arithmetic for parseByteSize; __extension__ keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Int128;

constexpr long double maxTotalDoubles = 4611686018427387904.0L;

// n * D * U in one place, so that sizing and its inverse round identically.
long double capacity(int nodes, qint64 doublesPerNode, double utilization)
{
    return static_cast<long double>(nodes) * static_cast<long double>(doublesPerNode) *
           static_cast<long double>(utilization);
}

// The largest integer s with s^2 <= x; sqrtl alone can land one off near perfect squares.
qint64 floorSqrt(long double x)
{
    auto s = static_cast<qint64>(std::sqrt(x));
    while (static_cast<long double>(s + 1) * static_cast<long double>(s + 1) <= x)
        ++s;
    while (s > 0 && static_cast<long double>(s) * static_cast<long double>(s) > x)
        --s;
    return s;
}

bool validUtilization(double u)
{
    return u > 0.0 && u <= 1.0; // also false for NaN
}

Status checkInput(const HplSizingInput& input)
{
    if (input.nodes < 1)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the number of nodes must be at least 1, not %1").arg(input.nodes));
    if (input.memoryPerNodeBytes <= 0)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the memory per node must be more than 0 bytes, not %1")
                             .arg(input.memoryPerNodeBytes));
    if (!validUtilization(input.utilization))
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the memory utilization must be above 0 and at most 1, not %1")
                             .arg(input.utilization),
                         {}, HplSizing::tr("the paper used 0.8: 80% of each node's memory"));
    if (input.step < 1)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the rounding step must be at least 1, not %1").arg(input.step), {},
                         HplSizing::tr("the step is usually the block size NB"));
    if (static_cast<long double>(input.nodes) * static_cast<long double>(input.memoryPerNodeBytes / 8) >
        maxTotalDoubles)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the cluster's memory is too large to size HPL for"));
    return Ok{};
}

} // namespace

Result<double> hplUnroundedProblemSize(const HplSizingInput& input)
{
    Status valid = checkInput(input);
    if (!valid)
        return valid.error();
    return static_cast<double>(
        std::sqrt(capacity(input.nodes, input.memoryPerNodeBytes / 8, input.utilization)));
}

Result<qint64> hplProblemSize(const HplSizingInput& input)
{
    Status valid = checkInput(input);
    if (!valid)
        return valid.error();
    const qint64 exact = floorSqrt(capacity(input.nodes, input.memoryPerNodeBytes / 8, input.utilization));
    const qint64 n = exact / input.step * input.step;
    if (n < 1)
        return makeError(
            ErrorCode::InvalidInput,
            HplSizing::tr("the problem size %1 is below one step of %2").arg(exact).arg(input.step), {},
            HplSizing::tr("give the nodes more memory or use a smaller step"));
    return n;
}

Result<qint64> hplMemoryPerNodeFor(qint64 problemSize, int nodes, double utilization)
{
    if (problemSize < 1)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the problem size must be at least 1, not %1").arg(problemSize));
    if (nodes < 1)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the number of nodes must be at least 1, not %1").arg(nodes));
    if (!validUtilization(utilization))
        return makeError(
            ErrorCode::InvalidInput,
            HplSizing::tr("the memory utilization must be above 0 and at most 1, not %1").arg(utilization));
    const long double square = static_cast<long double>(problemSize) * static_cast<long double>(problemSize);
    const long double estimate = std::ceil(square / (static_cast<long double>(nodes) * utilization));
    // Per-node doubles must fit in bytes (x8) and the cluster total in the exact range of capacity().
    if (square > maxTotalDoubles ||
        estimate > static_cast<long double>(std::numeric_limits<qint64>::max() / 8 - 1))
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the problem size %1 is too large").arg(problemSize));

    // The smallest D with n * D * U >= N^2, checked with the very expression hplProblemSize uses.
    auto doubles = static_cast<qint64>(estimate);
    while (capacity(nodes, doubles, utilization) < square)
        ++doubles;
    while (doubles > 1 && capacity(nodes, doubles - 1, utilization) >= square)
        --doubles;
    return doubles * 8;
}

Result<HplGrid> hplGrid(int processes, int fixedP, int fixedQ)
{
    if (processes < 1)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("the number of processes must be at least 1, not %1").arg(processes));
    if (fixedP < 0 || fixedQ < 0)
        return makeError(
            ErrorCode::InvalidInput,
            HplSizing::tr("the process grid %1 x %2 has a negative side").arg(fixedP).arg(fixedQ));
    if (fixedP > 0 && fixedQ > 0) {
        if (qint64(fixedP) * fixedQ != processes)
            return makeError(
                ErrorCode::InvalidInput,
                HplSizing::tr("the process grid P x Q = %1 x %2 has %3 processes, but there are %4")
                    .arg(fixedP)
                    .arg(fixedQ)
                    .arg(qint64(fixedP) * fixedQ)
                    .arg(processes),
                {},
                HplSizing::tr("choose P and Q with P x Q = %1, or leave the grid automatic").arg(processes));
        return HplGrid{fixedP, fixedQ};
    }
    // One side fixed: the other follows, if it divides evenly.
    const int fixed = fixedP > 0 ? fixedP : fixedQ;
    if (fixed > 0) {
        if (processes % fixed != 0)
            return makeError(ErrorCode::InvalidInput,
                             HplSizing::tr("%1 processes cannot be laid out with %2 = %3")
                                 .arg(processes)
                                 .arg(fixedP > 0 ? QStringLiteral("P") : QStringLiteral("Q"))
                                 .arg(fixed),
                             {}, HplSizing::tr("choose a divisor of %1").arg(processes));
        return fixedP > 0 ? HplGrid{fixedP, processes / fixedP} : HplGrid{processes / fixedQ, fixedQ};
    }
    int p = static_cast<int>(floorSqrt(static_cast<long double>(processes)));
    while (processes % p != 0)
        --p;
    return HplGrid{p, processes / p};
}

Result<qint64> parseByteSize(const QString& text)
{
    const QString hint =
        HplSizing::tr("write a number and a unit, e.g. 4GiB, 512MiB, 1.5GiB or 10GB (bytes without a unit)");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, HplSizing::tr("the size is empty"), {}, hint);
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?\\s*([A-Za-z]*)$"));
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch()) {
        const QString why = trimmed.startsWith(QLatin1Char('-'))
                                ? HplSizing::tr("a size cannot be negative")
                                : HplSizing::tr("it does not start with a number");
        return makeError(ErrorCode::InvalidInput, HplSizing::tr("'%1' is not a size: %2").arg(trimmed, why),
                         {}, hint);
    }
    const QString whole = match.captured(1);
    const QString fraction = match.captured(2);
    const QString unit = match.captured(3).toLower();

    struct Unit
    {
        const char16_t* name;
        qint64 factor;
    };
    static constexpr qint64 Ki = 1024;
    static constexpr Unit units[] = {
        {u"", 1},
        {u"b", 1},
        {u"k", Ki},
        {u"kib", Ki},
        {u"kb", 1000},
        {u"m", Ki * Ki},
        {u"mib", Ki * Ki},
        {u"mb", 1000 * 1000},
        {u"g", Ki * Ki * Ki},
        {u"gib", Ki * Ki * Ki},
        {u"gb", 1000 * 1000 * 1000},
        {u"t", Ki * Ki * Ki * Ki},
        {u"tib", Ki * Ki * Ki * Ki},
        {u"tb", qint64(1000) * 1000 * 1000 * 1000},
    };
    qint64 factor = 0;
    for (const Unit& candidate : units) {
        if (unit == QStringView(candidate.name))
            factor = candidate.factor;
    }
    if (factor == 0)
        return makeError(
            ErrorCode::InvalidInput,
            HplSizing::tr("'%1' is not a size: unknown unit '%2'").arg(trimmed, match.captured(3)), {}, hint);

    // Exact fixed-point arithmetic: "1.5GiB" must be 1610612736, not a double's neighbour of it.
    const QString digits = whole + fraction;
    if (whole.size() > 19 || fraction.size() > 18)
        return makeError(ErrorCode::InvalidInput, HplSizing::tr("'%1' is too large").arg(trimmed), {}, hint);
    Int128 mantissa = 0;
    for (QChar c : digits)
        mantissa = mantissa * 10 + (c.unicode() - u'0');
    Int128 scale = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const Int128 numerator = mantissa * factor;
    if (numerator / scale > std::numeric_limits<qint64>::max())
        return makeError(ErrorCode::InvalidInput, HplSizing::tr("'%1' is too large").arg(trimmed), {},
                         HplSizing::tr("the largest size is 8 EiB"));
    if (factor == 1 && numerator % scale != 0)
        return makeError(ErrorCode::InvalidInput,
                         HplSizing::tr("'%1' is not a whole number of bytes").arg(trimmed), {}, hint);
    // Fractions of larger units round down to a whole byte.
    return static_cast<qint64>(numerator / scale);
}

} // namespace voc
