// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QCoreApplication>
#include <QLocale>

namespace voc {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Csv)
};

Error lineError(const QString& where, int line, const QString& what, const QString& hint)
{
    return makeError(ErrorCode::Parse, what, QStringLiteral("%1:%2").arg(where).arg(line), hint);
}

} // namespace

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvNumber(double value, int significantDigits)
{
    // 'g' with 17 digits would print 6.8209999999999997; the shortest exact form reads back equal.
    return QLocale::c()
        .toString(value, 'g', significantDigits > 0 ? significantDigits : QLocale::FloatingPointShortest)
        .toLatin1();
}

QByteArray csvRow(const QList<QByteArray>& fields, QByteArrayView lineEnd)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += fields.at(i);
    }
    row.append(lineEnd);
    return row;
}

Result<QList<CsvRecord>> readCsv(const QString& text, const QString& where, const CsvReadOptions& options)
{
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (so an empty one is still a field)
    int line = 1;

    const auto endField = [&] {
        record.fields.append(wasQuoted || !options.trimUnquoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord{line + 1, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        const bool atRecordStart = record.fields.isEmpty() && field.trimmed().isEmpty() && !wasQuoted;
        if (options.comments && c == u'#' && atRecordStart) {
            while (i + 1 < text.size() && text.at(i + 1) != u'\n')
                ++i;
            field.clear();
        } else if (c == u'"') {
            // Spaces before the opening quote are tolerated where fields are trimmed anyway.
            if (wasQuoted || !(options.trimUnquoted ? field.trimmed() : field).isEmpty())
                return lineError(where, line,
                                 CsvText::tr("a quote inside a field that does not start with one"),
                                 CsvText::tr("quote the whole field and double the inner quotes (\"\")"));
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            endRecord();
            ++line;
            if (records.size() > options.maxRecords)
                return lineError(where, line, CsvText::tr("more than %1 rows").arg(options.maxRecords), {});
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // "\r\n" line ends: the "\n" ends the record.
        } else if (wasQuoted) {
            if (!(options.trimUnquoted && c.isSpace()))
                return lineError(where, line, CsvText::tr("text after the closing quote of a field"),
                                 CsvText::tr("put a comma after the closing quote"));
        } else {
            field += c;
        }
    }
    if (quoted)
        return lineError(where, record.line, CsvText::tr("a quoted field is not closed"),
                         CsvText::tr("add the closing quote"));
    endRecord();
    return records;
}

} // namespace voc
