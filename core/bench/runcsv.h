// SPDX-License-Identifier: GPL-3.0-or-later
// Runs as CSV for spreadsheets: one run (`vocctl results export`) or several (the Benchmarks page's
// export), in C locale numbers and RFC 4180 quoting (common/csv.h).
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace voc {

// A run's rows, no comment lines: HPL runs "n,nb,p,q,seconds,gflops,residual,passed", boot runs
// "vcn,phase,ms", network runs "nic,endpoints,latency_us,bandwidth_mbps".
QByteArray runToCsv(const Run& run);

// The CSV files for several runs exported to `path`: runToCsv's columns after "run,target,design,label"
// so rows of several runs stay apart. Runs of one kind share one file at `path`; with several kinds
// each kind gets "<name>-<kind>.csv" beside it, since their columns differ.
QList<std::pair<QString, QByteArray>> runsCsvFiles(const QList<Run>& runs, const QString& path);

// Writes runsCsvFiles() atomically; returns the files written.
Result<QStringList> exportRunsCsv(const QList<Run>& runs, const QString& path);

} // namespace voc
