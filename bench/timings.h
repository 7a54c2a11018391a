// SPDX-License-Identifier: GPL-3.0-or-later
// Repeated timings of one benchmark step, summarized the way the benchmarks report them, and the
// command line and closing summary the benchmarks share.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

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

// The command line every benchmark takes: --help, -r/--repetitions R and --check. A benchmark adds
// these and its own options to `parser`, in the order --help is to show them.
struct BenchCommandLine
{
    BenchCommandLine(const QString& description, const QString& repetitionsHelp, int defaultRepetitions,
                     const QString& checkHelp = QCoreApplication::translate(
                         "voc::Bench", "Exit with status 1 when a median misses the target."))
        : repetitions({QStringLiteral("r"), QStringLiteral("repetitions")}, repetitionsHelp,
                      QStringLiteral("R"), QString::number(defaultRepetitions))
        , check(QStringLiteral("check"), checkHelp)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
    }

    // Parses the arguments as QCommandLineParser::process does (--help or a bad option ends the
    // program). Returns the number of repetitions, or 0 after saying on stderr that it is not a
    // positive number: the benchmark then exits with status 2.
    int process(const QCoreApplication& app)
    {
        parser.process(app);
        bool ok = false;
        const int value = parser.value(repetitions).toInt(&ok);
        if (ok && value >= 1)
            return value;
        QTextStream(stderr) << QCoreApplication::translate("voc::Bench",
                                                           "%1: --repetitions needs a positive number\n")
                                   .arg(QCoreApplication::applicationName());
        return 0;
    }

    // After the table: a blank line, the summary lines (bench/run collects them), and `missed` when a
    // target was missed (empty when none was). Returns the exit status: 1 for a miss under --check.
    int finish(QTextStream& out, const QStringList& summary, const QString& missed) const
    {
        out << '\n';
        for (const QString& line : summary)
            out << line << '\n';
        if (missed.isEmpty())
            return 0;
        out << missed << '\n';
        return parser.isSet(check) ? 1 : 0;
    }

    QCommandLineParser parser;
    QCommandLineOption repetitions;
    QCommandLineOption check;
};

} // namespace voc::bench
