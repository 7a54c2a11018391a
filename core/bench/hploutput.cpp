// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/hploutput.h"

#include "common/logging.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace voc {

namespace {

struct HplOutputText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplOutput)
};

// No line HPL or hpcc prints is near this long; longer lines are foreign and skipped unread, so a
// megabyte without a newline costs one scan, not a tokenization.
constexpr qsizetype maxLineLength = 4096;
// More control bytes than this share (besides tab, CR, LF, FF) and the input is binary, not a log.
constexpr double maxControlShare = 0.01;
// HPL's default residual threshold (HPL.dat), for an output that does not print its own.
constexpr double defaultThreshold = 16.0;
// HPL prints the threshold with one decimal ("0.0" for 0.0055): a residual is only judged against it
// beyond that rounding.
constexpr double thresholdRounding = 0.05;

QList<QByteArrayView> tokens(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            result.append(line.sliced(start, i - start));
    }
    return result;
}

// C locale first; then a comma as the decimal separator ("0,0082516", "6,892e-01"); also printf's
// spellings of the specials ("inf", "-nan"). Never a thousands separator: HPL prints none.
std::optional<double> parseNumber(QByteArrayView token)
{
    if (token.isEmpty() || token.size() > 64)
        return std::nullopt;
    QByteArray text = token.toByteArray();
    QByteArray bare = text.toLower();
    const bool negative = bare.startsWith('-');
    if (bare.startsWith('-') || bare.startsWith('+'))
        bare.remove(0, 1);
    if (bare == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (bare == "inf" || bare == "infinity")
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (text.count(',') == 1 && !text.contains('.'))
        text.replace(',', '.');
    bool ok = false;
    const double value = QLocale::c().toDouble(QLatin1String(text), &ok);
    if (!ok)
        return std::nullopt; // also an overflow such as 1e999: not a value HPL printed
    return value;
}

std::optional<qint64> parseCount(QByteArrayView token, qint64 maximum)
{
    bool ok = false;
    const qint64 value = QLatin1String(token).toLongLong(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::nullopt;
    return value;
}

// HPL's T/V column: "W", the mapping R or C, DEPTH, BCAST, RFACT, NDIV, PFACT, NBMIN ("WR11C2R4").
bool isVariant(QByteArrayView token)
{
    if (token.size() < 8 || token.size() > 32 || token[0] != 'W' || (token[1] != 'R' && token[1] != 'C'))
        return false;
    for (const char c : token)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    return true;
}

QString rowName(const HplRow& row)
{
    return QStringLiteral("N=%1 NB=%2 P=%3 Q=%4").arg(row.n).arg(row.nb).arg(row.p).arg(row.q);
}

bool isBinary(const QByteArray& text)
{
    qsizetype control = 0;
    for (const char c : text) {
        const auto u = uchar(c);
        if (u == 0)
            return true;
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7f)
            ++control;
    }
    return double(control) > maxControlShare * double(text.size());
}

struct Parser
{
    HplOutput out;
    std::optional<HplRow> pending; // a row whose residual line has not come yet
    int pendingLine = 0;
    bool sawBanner = false;  // "HPLinpack ..." or the T/V header: this is HPL output
    bool sawHpcc = false;    // hpcc's banner or section markers
    bool hplEnded = false;   // "End of Tests."
    bool hpccEnded = false;  // "End of HPC Challenge tests."
    bool hplSection = false; // hpcc: inside "Begin of HPL section." .. "End of HPL section."
    bool inSummary = false;
    bool summaryEnded = false;
    std::optional<qint64> reportedPassed;
    std::optional<qint64> reportedFailed;
    double threshold = defaultThreshold; // "- Computational tests pass if scaled residuals are less than"
    QStringList problems;                // why the output is not complete, first one wins for the reason

    void line(QByteArrayView text, int number);
    void rowLine(const QList<QByteArrayView>& fields, int number);
    void residualLine(QByteArrayView text, int number);
    std::optional<QString> impossibility(const HplRow& row, int rowLine, int residualLine) const;
};

void Parser::line(QByteArrayView text, int number)
{
    if (text.endsWith('\r'))
        text.chop(1);
    if (inSummary) {
        if (text == QByteArrayView("End of Summary section.")) {
            inSummary = false;
            summaryEnded = true;
            return;
        }
        const qsizetype eq = text.indexOf('=');
        if (eq > 0) {
            const QByteArrayView key = text.first(eq).trimmed();
            if (!key.isEmpty() && !key.contains(' '))
                out.hpccSummary.insert(QString::fromLatin1(key),
                                       QString::fromLatin1(text.sliced(eq + 1).trimmed()));
        }
        return;
    }
    if (text.startsWith("This is the DARPA/DOE HPC Challenge Benchmark") ||
        text == QByteArrayView("Begin of HPL section.")) {
        sawHpcc = true;
        hplSection = hplSection || text == QByteArrayView("Begin of HPL section.");
        return;
    }
    if (text == QByteArrayView("Begin of Summary section.")) {
        sawHpcc = true;
        inSummary = true;
        return;
    }
    if (text == QByteArrayView("End of HPC Challenge tests.")) {
        sawHpcc = true;
        hpccEnded = true;
        return;
    }
    if (text.startsWith("HPLinpack ")) {
        sawBanner = true;
        return;
    }
    if (text.startsWith("- Computational tests pass if scaled residuals are less than")) {
        const QList<QByteArrayView> fields = tokens(text);
        if (const std::optional<double> value = parseNumber(fields.last());
            value && std::isfinite(*value) && *value >= 0)
            threshold = *value;
        return;
    }
    if (text.startsWith("||Ax-b||_oo/(eps*")) {
        residualLine(text, number);
        return;
    }
    if (text == QByteArrayView("End of Tests.")) {
        hplEnded = true;
        return;
    }
    const QList<QByteArrayView> fields = tokens(text);
    if (fields.isEmpty())
        return;
    if (fields.first() == QByteArrayView("T/V") && fields.size() >= 7 &&
        fields.at(1) == QByteArrayView("N")) {
        sawBanner = true;
        return;
    }
    if (fields.size() >= 7 && isVariant(fields.first())) {
        rowLine(fields, number);
        return;
    }
    // "Finished 12 tests with the following results:" and its counts (PTRANS says "tests," instead).
    if (fields.size() == 7 && fields.at(1) == QByteArrayView("tests") &&
        fields.at(2) == QByteArrayView("completed") && fields.at(6) == QByteArrayView("checks,")) {
        const std::optional<qint64> count = parseCount(fields.at(0), std::numeric_limits<qint64>::max());
        const bool counted = count || fields.at(0) == QByteArrayView("0");
        if (counted && fields.at(4) == QByteArrayView("passed") && fields.at(5) == QByteArrayView("residual"))
            reportedPassed = count.value_or(0);
        else if (counted && fields.at(4) == QByteArrayView("failed") &&
                 fields.at(5) == QByteArrayView("residual"))
            reportedFailed = count.value_or(0);
    }
}

void Parser::rowLine(const QList<QByteArrayView>& fields, int number)
{
    if (pending)
        problems.append(HplOutputText::tr("the result of %1 (line %2) has no residual check")
                            .arg(rowName(*pending))
                            .arg(pendingLine));
    pending.reset();
    const std::optional<qint64> n = parseCount(fields.at(1), std::numeric_limits<qint64>::max());
    const std::optional<qint64> nb = parseCount(fields.at(2), std::numeric_limits<int>::max());
    const std::optional<qint64> p = parseCount(fields.at(3), std::numeric_limits<int>::max());
    const std::optional<qint64> q = parseCount(fields.at(4), std::numeric_limits<int>::max());
    const std::optional<double> seconds = parseNumber(fields.at(5));
    const std::optional<double> gflops = parseNumber(fields.at(6));
    if (!n || !nb || !p || !q || !seconds || !gflops) {
        problems.append(
            HplOutputText::tr("line %1 looks like a result row but its numbers cannot be read").arg(number));
        return;
    }
    HplRow row;
    row.variant = QString::fromLatin1(fields.first());
    row.n = *n;
    row.nb = int(*nb);
    row.p = int(*p);
    row.q = int(*q);
    row.seconds = *seconds;
    row.gflops = *gflops;
    pending = row;
    pendingLine = number;
}

void Parser::residualLine(QByteArrayView text, int number)
{
    if (!pending) {
        // HPL prints no row when it measured a time of 0 but still checks the residual.
        problems.append(HplOutputText::tr("the residual check at line %1 has no result row").arg(number));
        return;
    }
    const qsizetype eq = text.indexOf('=');
    const QList<QByteArrayView> fields = tokens(eq < 0 ? QByteArrayView() : text.sliced(eq + 1));
    const QByteArrayView verdict = fields.isEmpty() ? QByteArrayView() : fields.last();
    const std::optional<double> residual = fields.isEmpty() ? std::nullopt : parseNumber(fields.first());
    if (!residual || (verdict != QByteArrayView("PASSED") && verdict != QByteArrayView("FAILED"))) {
        // A residual line cut off in the middle, or mangled: the row stays without a verdict.
        problems.append(HplOutputText::tr("the residual check of %1 at line %2 cannot be read")
                            .arg(rowName(*pending))
                            .arg(number));
        pending.reset();
        return;
    }
    pending->residual = *residual;
    pending->passed = verdict == QByteArrayView("PASSED");
    // A row HPL cannot have printed is no result: it is left out (never stored) and the output is
    // inconsistent, so that it is not taken as a complete run.
    if (const std::optional<QString> why = impossibility(*pending, pendingLine, number))
        problems.append(*why);
    else
        out.rows.append(*pending);
    pending.reset();
}

// Why the numbers of a row cannot come from HPL, naming the line; nullopt when they can. A time or a
// rate is never negative or infinite, a residual HPL computed is a finite non-negative number, and HPL
// prints PASSED only for a residual below its threshold.
std::optional<QString> Parser::impossibility(const HplRow& row, int rowLine, int residualLine) const
{
    const auto impossible = [](double value) { return !std::isfinite(value) || value < 0; };
    const auto text = [](double value) { return QString::number(value, 'g', 6); };
    if (impossible(row.seconds))
        return HplOutputText::tr("line %1: the time of %2 is %3, which HPL cannot measure")
            .arg(rowLine)
            .arg(rowName(row), text(row.seconds));
    if (impossible(row.gflops))
        return HplOutputText::tr("line %1: the GFLOPS of %2 are %3, which HPL cannot measure")
            .arg(rowLine)
            .arg(rowName(row), text(row.gflops));
    if (impossible(row.residual))
        return HplOutputText::tr("line %1: the residual of %2 is %3, which HPL cannot compute")
            .arg(residualLine)
            .arg(rowName(row), text(row.residual));
    if (row.passed && row.residual >= threshold + thresholdRounding)
        return HplOutputText::tr("line %1: the residual %2 of %3 is marked PASSED above the threshold %4")
            .arg(residualLine)
            .arg(text(row.residual), rowName(row), text(threshold));
    return std::nullopt;
}

} // namespace

int HplOutput::failedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const HplRow& row) { return !row.passed; }));
}

bool HplOutput::allPassed() const
{
    return !rows.isEmpty() && failedRows() == 0;
}

std::optional<double> HplOutput::summaryNumber(const QString& key) const
{
    const auto it = hpccSummary.constFind(key);
    if (it == hpccSummary.constEnd())
        return std::nullopt;
    const QByteArray text = it->trimmed().toLatin1();
    return parseNumber(text);
}

Result<HplOutput> parseHplOutput(const QByteArray& text, const QString& source)
{
    const QString hint = HplOutputText::tr("give the output file of xhpl or hpcc (hpccoutf.txt)");
    if (text.trimmed().isEmpty())
        return makeError(
            ErrorCode::Parse, HplOutputText::tr("the output is empty"), source,
            HplOutputText::tr("the benchmark wrote nothing: see its error output and the MPI log"));
    if (isBinary(text))
        return makeError(ErrorCode::Parse, HplOutputText::tr("binary data, not the output of xhpl or hpcc"),
                         source, hint);

    Parser parser;
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++number;
        if (end - start <= maxLineLength)
            parser.line(QByteArrayView(text).sliced(start, end - start), number);
        start = end + 1;
    }

    HplOutput& out = parser.out;
    if (!parser.sawBanner && !parser.sawHpcc && out.rows.isEmpty())
        return makeError(
            ErrorCode::Parse,
            HplOutputText::tr("neither xhpl nor hpcc output: no HPLinpack banner, no result header"), source,
            hint);
    out.kind = parser.sawHpcc ? HplOutputKind::Hpcc : HplOutputKind::Xhpl;

    QStringList& problems = parser.problems;
    if (parser.pending)
        problems.append(
            HplOutputText::tr("the output ends inside the result of %1").arg(rowName(*parser.pending)));
    if (parser.inSummary)
        problems.append(HplOutputText::tr("the output ends inside hpcc's Summary section"));
    const qint64 rowsFailed = out.failedRows();
    const qint64 rowsPassed = out.rows.size() - rowsFailed;
    if (parser.reportedPassed && parser.reportedFailed &&
        (*parser.reportedPassed != rowsPassed || *parser.reportedFailed != rowsFailed))
        problems.append(
            HplOutputText::tr("HPL reports %1 passed and %2 failed tests, the output holds %3 and %4 rows")
                .arg(*parser.reportedPassed)
                .arg(*parser.reportedFailed)
                .arg(rowsPassed)
                .arg(rowsFailed));
    if (out.kind == HplOutputKind::Hpcc) {
        if (parser.hplSection && !parser.hplEnded)
            problems.append(HplOutputText::tr("the output ends before the end of hpcc's HPL section"));
        else if (!parser.hpccEnded)
            problems.append(HplOutputText::tr("the output ends before \"End of HPC Challenge tests.\""));
    } else if (!parser.hplEnded) {
        problems.append(out.rows.isEmpty()
                            ? HplOutputText::tr("the output ends before the first result")
                            : HplOutputText::tr("the output ends after %n result(s), before \"End of "
                                                "Tests.\"",
                                                nullptr, int(out.rows.size())));
    }
    out.complete = problems.isEmpty();
    out.incompleteReason = problems.isEmpty() ? QString() : problems.first();
    qCDebug(lcBench) << "parsed" << source << ":" << out.rows.size() << "rows, complete" << out.complete
                     << out.incompleteReason;
    return out;
}

Result<NetSample> netSampleFromHpccSummary(const HplOutput& output)
{
    const std::optional<double> latency = output.summaryNumber(QStringLiteral("AvgPingPongLatency_usec"));
    const std::optional<double> bandwidth =
        output.summaryNumber(QStringLiteral("AvgPingPongBandwidth_GBytes"));
    if (!latency || !bandwidth)
        return makeError(ErrorCode::NotFound,
                         HplOutputText::tr("the hpcc Summary holds no ping-pong figures"), {},
                         HplOutputText::tr("run hpcc on at least two processes so that it measures latency "
                                           "and bandwidth"));
    NetSample sample;
    sample.latencyUs = *latency;
    sample.bandwidthMBps = *bandwidth * 1000.0;
    return sample;
}

} // namespace voc
