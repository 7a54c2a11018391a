// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/hpldat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <limits>

namespace voc {

namespace {

struct HplDatText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplDat)
};

// HPL_MAX_PARAM in HPL's hpl_ptest.h: more values on a line are silently dropped by xhpl.
constexpr int maxValues = 20;
// HPL_pdinfo reads lines into HPL_LINE_MAX (256) bytes; hpcc's io.c skips the first 32 lines with
// fgets() into 82 bytes, so in hpccinf.txt a longer line counts twice and shifts every later line.
constexpr int xhplLineMax = 254;
constexpr int hpccLineMax = 80;
// The value column of the reference HPL.dat: values, padded to here, then the comment.
constexpr int valueColumn = 13;

Error fieldError(const QString& field, const QString& what, const QString& hint = {})
{
    return makeError(ErrorCode::InvalidInput, field + QLatin1String(": ") + what,
                     HplDatText::tr("HPL settings"), hint);
}

template<typename List> Status checkCount(const List& list, const QString& field)
{
    if (list.isEmpty())
        return fieldError(field, HplDatText::tr("no values"), HplDatText::tr("give at least one value"));
    if (list.size() > maxValues)
        return fieldError(field,
                          HplDatText::tr("%1 values, HPL reads at most %2").arg(list.size()).arg(maxValues),
                          HplDatText::tr("split the values over several runs"));
    return Ok{};
}

Status checkRange(qint64 value, qint64 minimum, qint64 maximum, const QString& field)
{
    if (value < minimum || value > maximum)
        return fieldError(field, HplDatText::tr("%1 is outside %2..%3").arg(value).arg(minimum).arg(maximum));
    return Ok{};
}

QString joined(const QList<qint64>& values)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(QLatin1Char(' '));
}

QList<qint64> widened(const QList<int>& values)
{
    return QList<qint64>(values.cbegin(), values.cend());
}

// The lines of HPL.dat after its two title lines; `device` is 6 (stdout) for xhpl. The field names
// are returned with each line so a line that is too long can name its field.
struct DatLine
{
    QString values;
    QString comment;
    QString field;
};

QList<DatLine> datLines(const HplDatSettings& s)
{
    QList<qint64> ps;
    QList<qint64> qs;
    for (const HplGrid& grid : s.grids) {
        ps.append(grid.p);
        qs.append(grid.q);
    }
    // 16.0 rather than 16: HPL reads the threshold with atof, either works, the reference file has the
    // decimal point. Always the C locale: HPL's atof runs in the C locale too.
    QString threshold = QString::number(s.threshold, 'g', 15);
    if (!threshold.contains(QLatin1Char('.')) && !threshold.contains(QLatin1Char('e')))
        threshold += QLatin1String(".0");
    const QString one = QStringLiteral("1");
    return {
        {QStringLiteral("HPL.out"), QStringLiteral("output file name (if any)"), {}},
        {QStringLiteral("6"), QStringLiteral("device out (6=stdout,7=stderr,file)"), {}},
        {QString::number(s.problemSizes.size()), QStringLiteral("# of problems sizes (N)"), {}},
        {joined(s.problemSizes), QStringLiteral("Ns"), QStringLiteral("problemSizes")},
        {QString::number(s.blockSizes.size()), QStringLiteral("# of NBs"), {}},
        {joined(widened(s.blockSizes)), QStringLiteral("NBs"), QStringLiteral("blockSizes")},
        {s.rowMajorMapping ? QStringLiteral("0") : one,
         QStringLiteral("PMAP process mapping (0=Row-,1=Column-major)"),
         {}},
        {QString::number(s.grids.size()), QStringLiteral("# of process grids (P x Q)"), {}},
        {joined(ps), QStringLiteral("Ps"), QStringLiteral("grids")},
        {joined(qs), QStringLiteral("Qs"), QStringLiteral("grids")},
        {threshold, QStringLiteral("threshold"), {}},
        {one, QStringLiteral("# of panel fact"), {}},
        {QString::number(s.pfact), QStringLiteral("PFACTs (0=left, 1=Crout, 2=Right)"), {}},
        {one, QStringLiteral("# of recursive stopping criterium"), {}},
        {QString::number(s.nbmin), QStringLiteral("NBMINs (>= 1)"), {}},
        {one, QStringLiteral("# of panels in recursion"), {}},
        {QString::number(s.ndiv), QStringLiteral("NDIVs"), {}},
        {one, QStringLiteral("# of recursive panel fact."), {}},
        {QString::number(s.rfact), QStringLiteral("RFACTs (0=left, 1=Crout, 2=Right)"), {}},
        {one, QStringLiteral("# of broadcast"), {}},
        {QString::number(s.bcast), QStringLiteral("BCASTs (0=1rg,1=1rM,2=2rg,3=2rM,4=Lng,5=LnM)"), {}},
        {one, QStringLiteral("# of lookahead depth"), {}},
        {QString::number(s.depth), QStringLiteral("DEPTHs (>=0)"), {}},
        {QString::number(s.swap), QStringLiteral("SWAP (0=bin-exch,1=long,2=mix)"), {}},
        {QString::number(s.swappingThreshold), QStringLiteral("swapping threshold"), {}},
        {s.l1Transposed ? QStringLiteral("0") : one,
         QStringLiteral("L1 in (0=transposed,1=no-transposed) form"),
         {}},
        {s.uTransposed ? QStringLiteral("0") : one,
         QStringLiteral("U  in (0=transposed,1=no-transposed) form"),
         {}},
        {s.equilibration ? one : QStringLiteral("0"), QStringLiteral("Equilibration (0=no,1=yes)"), {}},
        {QString::number(s.alignment), QStringLiteral("memory alignment in double (> 0)"), {}},
    };
}

// Values, padded, comment; the comment is dropped when the line would exceed `lineMax` (HPL reads only
// the values), and a line whose values alone are too long is an error naming its field.
Result<QByteArray> render(const HplDatSettings& settings, int lineMax, const QString& program)
{
    if (const Status valid = validateHplDatSettings(settings); !valid)
        return valid.error();
    QByteArray text = "HPLinpack benchmark input file\n"
                      "VOC Studio, generated from the design's HPL settings\n";
    for (const DatLine& line : datLines(settings)) {
        if (line.values.size() > lineMax)
            return fieldError(line.field,
                              HplDatText::tr("the values take %1 characters on one line; %2 reads at most %3")
                                  .arg(line.values.size())
                                  .arg(program)
                                  .arg(lineMax),
                              HplDatText::tr("use fewer values"));
        QString full = line.values.leftJustified(valueColumn - 1) + QLatin1Char(' ') + line.comment;
        if (full.size() > lineMax)
            full = line.values;
        text += full.toLatin1() + '\n';
    }
    return text;
}

} // namespace

Status validateHplDatSettings(const HplDatSettings& s)
{
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (const Status ok = checkCount(s.problemSizes, QStringLiteral("problemSizes")); !ok)
        return ok;
    for (qsizetype i = 0; i < s.problemSizes.size(); ++i)
        if (const Status ok =
                checkRange(s.problemSizes.at(i), 1, intMax, QStringLiteral("problemSizes[%1]").arg(i));
            !ok)
            return ok;
    if (const Status ok = checkCount(s.blockSizes, QStringLiteral("blockSizes")); !ok)
        return ok;
    for (qsizetype i = 0; i < s.blockSizes.size(); ++i)
        if (const Status ok =
                checkRange(s.blockSizes.at(i), 1, intMax, QStringLiteral("blockSizes[%1]").arg(i));
            !ok)
            return ok;
    if (const Status ok = checkCount(s.grids, QStringLiteral("grids")); !ok)
        return ok;
    for (qsizetype i = 0; i < s.grids.size(); ++i) {
        if (const Status ok = checkRange(s.grids.at(i).p, 1, intMax, QStringLiteral("grids[%1].p").arg(i));
            !ok)
            return ok;
        if (const Status ok = checkRange(s.grids.at(i).q, 1, intMax, QStringLiteral("grids[%1].q").arg(i));
            !ok)
            return ok;
    }
    // At 0 or below HPL skips the residual check and prints no PASSED/FAILED, which VOC Studio needs.
    if (!std::isfinite(s.threshold) || s.threshold <= 0)
        return fieldError(QStringLiteral("threshold"),
                          HplDatText::tr("%1 is not a number above 0").arg(s.threshold),
                          HplDatText::tr("HPL's reference value is 16.0"));
    const struct
    {
        qint64 value;
        qint64 minimum;
        qint64 maximum;
        const char* field;
    } ranges[] = {
        {s.pfact, 0, 2, "pfact"},
        {s.nbmin, 1, intMax, "nbmin"},
        {s.ndiv, 2, intMax, "ndiv"},
        {s.rfact, 0, 2, "rfact"},
        {s.bcast, 0, 5, "bcast"},
        {s.depth, 0, intMax, "depth"},
        {s.swap, 0, 2, "swap"},
        {s.swappingThreshold, 0, intMax, "swappingThreshold"},
        {s.alignment, 1, intMax, "alignment"},
    };
    for (const auto& range : ranges)
        if (const Status ok =
                checkRange(range.value, range.minimum, range.maximum, QLatin1String(range.field));
            !ok)
            return ok;
    return Ok{};
}

Result<QByteArray> hplDat(const HplDatSettings& settings)
{
    return render(settings, xhplLineMax, QStringLiteral("xhpl"));
}

Result<QByteArray> hpccInf(const HplDatSettings& settings)
{
    Result<QByteArray> text = render(settings, hpccLineMax, QStringLiteral("hpcc"));
    if (!text)
        return text;
    // hpcc runs PTRANS on N/2 of every HPL size with the HPL block sizes and grids by itself; no
    // additional sizes keep PTRANS's memory equal to HPL's, as hpcc intends.
    *text += "##### This line (no. 32) is ignored (it serves as a separator). ######\n"
             "0            Number of additional problem sizes for PTRANS\n"
             "0            values of N\n"
             "0            number of additional blocking sizes for PTRANS\n"
             "0            values of NB\n";
    return text;
}

} // namespace voc
