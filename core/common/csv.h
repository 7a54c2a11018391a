// SPDX-License-Identifier: GPL-3.0-or-later
// CSV (RFC 4180) in one place: the quoting every writer uses and the one reader every CSV input goes
// through (VCN imports, the paper's reference data).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

// UTF-8, quoted only when it holds a comma, a quote or a line break (quotes doubled). Values stay
// exact otherwise: the files are data for vocctl and spreadsheets alike.
QByteArray csvField(const QString& text);

// The shortest form that reads back as the same double, in the C locale ("6.25", "0.0041", "1e-05");
// with `significantDigits`, at most that many (derived values such as a chart's percentages: "20",
// not "19.999999999999996").
QByteArray csvNumber(double value, int significantDigits = 0);

// Fields (already quoted with csvField or csvNumber) joined by commas, ended by lineEnd (RFC 4180's
// "\r\n"; "\n" where a file's users expect it, such as the VCN exchange files).
QByteArray csvRow(const QList<QByteArray>& fields, QByteArrayView lineEnd = "\r\n");

struct CsvRecord
{
    int line = 0; // the 1-based line the record starts on
    QStringList fields;
};

struct CsvReadOptions
{
    bool comments = false;          // lines starting with '#' are skipped
    bool trimUnquoted = false;      // spaces around unquoted fields (and around quoted ones) are dropped
    qsizetype maxRecords = 1000000; // refuse runaway input early
};

// Records of `text` (blank lines skipped; "\n" or "\r\n" line ends; quoted fields may hold commas,
// doubled quotes and line breaks). A quote inside an unquoted field, text after a closing quote, an
// unclosed quote or too many records fail with ErrorCode::Parse at "where:line".
Result<QList<CsvRecord>> readCsv(const QString& text, const QString& where,
                                 const CsvReadOptions& options = {});

} // namespace voc
