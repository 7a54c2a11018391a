// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the output of HPL's xhpl and of hpcc (HPC Challenge, whose HPL section prints the same
// result rows as xhpl): every complete result row with its residual check, hpcc's Summary section,
// and whether the output ran to its end. Untrusted input: a truncated, interrupted or foreign text
// gives the complete rows and says what is missing, garbage gives an error; never a crash.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace voc {

enum class HplOutputKind
{
    Xhpl,
    Hpcc
};

struct HplOutput
{
    HplOutputKind kind = HplOutputKind::Xhpl;
    // Complete result rows in output order; a row counts once its residual check line was read
    // (passed = "PASSED"; residual = the scaled residual HPL printed). A row with numbers HPL cannot
    // print (a negative or non-finite time, GFLOPS or residual, PASSED above the residual threshold) is
    // left out and makes the output inconsistent.
    QList<HplRow> rows;
    // True when the output reached its end marker (xhpl "End of Tests.", hpcc "End of HPC Challenge
    // tests."), no row was cut off and every row's numbers are possible.
    bool complete = false;
    // Why it is incomplete or inconsistent, for messages ("the output ends inside the result of N=2000
    // NB=192", "line 12: the time of N=... is -1"); empty when complete.
    QString incompleteReason;
    // hpcc only: the "Begin of Summary section." key=value pairs as printed (e.g. "HPL_Tflops",
    // "MaxPingPongLatency_usec", "MinPingPongBandwidth_GBytes").
    QMap<QString, QString> hpccSummary;

    int failedRows() const;
    // At least one row and every row passed.
    bool allPassed() const;
    // A Summary value as a number (C locale, or a comma decimal separator); nullopt when absent or
    // not a number.
    std::optional<double> summaryNumber(const QString& key) const;
};

// Detects xhpl or hpcc output and parses it. `source` names the file in errors. Errors (Parse):
// empty input, input that is neither (no HPL banner, no result header), binary garbage. Numbers are
// read in the C locale and also with a comma as the decimal separator (a localized run or a report
// pasted from a spreadsheet).
Result<HplOutput> parseHplOutput(const QByteArray& text, const QString& source);

// hpcc's ping-pong figures from a Summary section as one NetSample (latency = AvgPingPongLatency_usec,
// bandwidth = AvgPingPongBandwidth_GBytes x 1000), nic and endpoints left for the caller. NotFound
// when the Summary holds no ping-pong figures.
Result<NetSample> netSampleFromHpccSummary(const HplOutput& output);

} // namespace voc
