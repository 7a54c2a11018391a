// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/paperreference.h"

#include "common/atomicfile.h"
#include "common/csv.h"
#include "common/utf8.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace voc {

namespace {

struct PaperText
{
    Q_DECLARE_TR_FUNCTIONS(voc::PaperReference)
};

Error csvError(const QString& source, int line, const QString& what, const QString& hint = {})
{
    return makeError(
        ErrorCode::Parse, what, QStringLiteral("%1:%2").arg(source).arg(line),
        hint.isEmpty() ? PaperText::tr("fix the line or restore the file shipped with VOC Studio") : hint);
}

// RFC 4180 records with '#' comment lines and blank lines skipped. Fields are trimmed.
Result<QList<CsvRecord>> readPaperCsv(const QByteArray& bytes, const QString& source)
{
    if (const qsizetype bad = firstInvalidUtf8Byte(bytes); bad >= 0)
        return csvError(source, textPositionAt(bytes, bad).line, PaperText::tr("the file is not UTF-8 text"));
    return readCsv(QString::fromUtf8(bytes), source, {.comments = true, .trimUnquoted = true});
}

// Column names to indices, checked against the required ones.
class CsvTable
{
public:
    static Result<CsvTable> from(QList<CsvRecord> records, const QStringList& required, const QString& source)
    {
        if (records.isEmpty())
            return makeError(ErrorCode::Parse, PaperText::tr("no header row"), source,
                             PaperText::tr("restore the file shipped with VOC Studio"));
        CsvTable table;
        table.m_source = source;
        const CsvRecord header = records.takeFirst();
        for (qsizetype i = 0; i < header.fields.size(); ++i)
            table.m_columns.insert(header.fields.at(i), int(i));
        for (const QString& name : required) {
            if (!table.m_columns.contains(name))
                return csvError(source, header.line,
                                PaperText::tr("the header has no column '%1'").arg(name));
        }
        if (records.isEmpty())
            return csvError(source, header.line, PaperText::tr("no data rows after the header"));
        table.m_width = int(header.fields.size());
        table.m_records = std::move(records);
        for (const CsvRecord& record : std::as_const(table.m_records)) {
            if (record.fields.size() != table.m_width)
                return csvError(
                    source, record.line,
                    PaperText::tr("%1 fields, but the header has %2")
                        .arg(record.fields.size())
                        .arg(table.m_width),
                    PaperText::tr("every row needs one field per column; quote fields with commas"));
        }
        return table;
    }

    const QList<CsvRecord>& records() const { return m_records; }

    QString text(const CsvRecord& record, const QString& column) const
    {
        return record.fields.at(m_columns.value(column));
    }

    // A finite number; empty gives nullopt when optional, an error otherwise.
    Result<std::optional<double>> number(const CsvRecord& record, const QString& column, bool required) const
    {
        const QString value = text(record, column);
        if (value.isEmpty()) {
            if (!required)
                return std::optional<double>();
            return csvError(m_source, record.line, PaperText::tr("column '%1' is empty").arg(column));
        }
        bool ok = false;
        QLocale c = QLocale::c();
        // "6,821" must not become 6821: the C locale would take the comma as a group separator.
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        const double number = c.toDouble(value, &ok);
        if (!ok || !std::isfinite(number))
            return csvError(m_source, record.line,
                            PaperText::tr("column '%1': '%2' is not a number").arg(column, value),
                            PaperText::tr("write numbers with a decimal point, e.g. 6.821"));
        return std::optional<double>(number);
    }

    Result<double> positive(const CsvRecord& record, const QString& column) const
    {
        const Result<std::optional<double>> value = number(record, column, true);
        if (!value)
            return value.error();
        if (!(**value > 0))
            return csvError(
                m_source, record.line,
                PaperText::tr("column '%1': %2 is not above 0").arg(column, text(record, column)));
        return **value;
    }

    Result<qint64> count(const CsvRecord& record, const QString& column) const
    {
        bool ok = false;
        const qint64 value = text(record, column).toLongLong(&ok);
        if (!ok || value < 1)
            return csvError(m_source, record.line,
                            PaperText::tr("column '%1': '%2' is not a whole number of at least 1")
                                .arg(column, text(record, column)));
        return value;
    }

    Status mustBeEmpty(const CsvRecord& record, const QString& column, const QString& why) const
    {
        if (!text(record, column).isEmpty())
            return csvError(m_source, record.line,
                            PaperText::tr("column '%1' must be empty: %2").arg(column, why));
        return Ok{};
    }

private:
    QString m_source;
    QHash<QString, int> m_columns;
    int m_width = 0;
    QList<CsvRecord> m_records;
};

// "Slackware vs CentOS (host OS)" -> {"Slackware (host OS)", "CentOS"}: the note in parentheses
// belongs to the first system; "Bare metal vs VOC" -> {"Bare metal", "VOC"}.
std::pair<QString, QString> splitComparisonLabel(const QString& label, const QString& fallbackFirst,
                                                 const QString& fallbackSecond)
{
    const qsizetype vs = label.indexOf(QLatin1String(" vs "));
    if (vs < 0)
        return {label + QLatin1String(" (") + fallbackFirst + QLatin1Char(')'),
                label + QLatin1String(" (") + fallbackSecond + QLatin1Char(')')};
    QString first = label.left(vs).trimmed();
    QString second = label.mid(vs + 4).trimmed();
    const qsizetype open = second.lastIndexOf(QLatin1String(" ("));
    if (open > 0 && second.endsWith(QLatin1Char(')'))) {
        first += second.mid(open);
        second.truncate(open);
    }
    return {first, second};
}

QString percentText(double value)
{
    return QString::number(value, 'f', 3) + QLatin1Char('%');
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<PaperReference> parsePaperResults(const QByteArray& csv, const QString& source)
{
    Result<QList<CsvRecord>> records = readPaperCsv(csv, source);
    if (!records)
        return records.error();
    const QStringList columns{QStringLiteral("table"),
                              QStringLiteral("label"),
                              QStringLiteral("grid_p"),
                              QStringLiteral("grid_q"),
                              QStringLiteral("n"),
                              QStringLiteral("physical_gflops"),
                              QStringLiteral("voc_gflops"),
                              QStringLiteral("other_gflops"),
                              QStringLiteral("reported_percent")};
    const Result<CsvTable> table = CsvTable::from(std::move(*records), columns, source);
    if (!table)
        return table.error();

    PaperReference reference;
    for (const CsvRecord& record : table->records()) {
        const QString tableName = table->text(record, QStringLiteral("table"));
        const QString label = table->text(record, QStringLiteral("label"));
        const Result<qint64> p = table->count(record, QStringLiteral("grid_p"));
        const Result<qint64> q = table->count(record, QStringLiteral("grid_q"));
        const Result<qint64> n = table->count(record, QStringLiteral("n"));
        const Result<double> physical = table->positive(record, QStringLiteral("physical_gflops"));
        const Result<std::optional<double>> reported =
            table->number(record, QStringLiteral("reported_percent"), true);
        for (const Error* error :
             {p ? nullptr : &p.error(), q ? nullptr : &q.error(), n ? nullptr : &n.error(),
              physical ? nullptr : &physical.error(), reported ? nullptr : &reported.error()}) {
            if (error)
                return *error;
        }
        if (*p > 1'000'000 || *q > 1'000'000)
            return csvError(source, record.line,
                            PaperText::tr("the process grid %1 x %2 is too large").arg(*p).arg(*q));
        if (label.isEmpty())
            return csvError(source, record.line, PaperText::tr("column 'label' is empty"));
        const double printed = **reported;
        const QString where = QStringLiteral("%1:%2").arg(source).arg(record.line);

        if (tableName == QLatin1String("II")) {
            if (const Status empty =
                    table->mustBeEmpty(record, QStringLiteral("voc_gflops"),
                                       PaperText::tr("Table II compares two bare-metal OSes"));
                !empty)
                return empty.error();
            const Result<double> other = table->positive(record, QStringLiteral("other_gflops"));
            if (!other)
                return other.error();
            // The paper's 12.11% is relative to CentOS, the slower OS (see the header).
            const double advantage = (*physical - *other) / *other * 100.0;
            if (std::abs(advantage - printed) > paperPercentTolerance)
                return makeError(ErrorCode::Parse,
                                 PaperText::tr("the recomputed advantage (host - other) / other = %1 differs "
                                               "from the reported %2 by more than %3 points")
                                     .arg(percentText(advantage), percentText(printed))
                                     .arg(paperPercentTolerance),
                                 where,
                                 PaperText::tr("check the GFLOPS and reported_percent against the paper"));
            const auto [hostLabel, otherLabel] =
                splitComparisonLabel(label, QStringLiteral("host OS"), QStringLiteral("other OS"));
            reference.hostOs.append(PaperHostOsComparison{label, hostLabel, otherLabel, int(*p), int(*q), *n,
                                                          *physical, *other, advantage, printed});
        } else if (tableName == QLatin1String("III")) {
            if (const Status empty =
                    table->mustBeEmpty(record, QStringLiteral("other_gflops"),
                                       PaperText::tr("Table III compares bare metal and VOC"));
                !empty)
                return empty.error();
            const Result<double> voc = table->positive(record, QStringLiteral("voc_gflops"));
            if (!voc)
                return voc.error();
            const double penalty = (*physical - *voc) / *physical * 100.0;
            if (std::abs(penalty - printed) > paperPercentTolerance)
                return makeError(
                    ErrorCode::Parse,
                    PaperText::tr("the recomputed penalty (physical - voc) / physical = %1 differs "
                                  "from the reported %2 by more than %3 points")
                        .arg(percentText(penalty), percentText(printed))
                        .arg(paperPercentTolerance),
                    where, PaperText::tr("check the GFLOPS and reported_percent against the paper"));
            reference.hpl.append(
                PaperHplComparison{label, int(*p), int(*q), *n, *physical, *voc, penalty, printed});
        } else {
            return csvError(source, record.line, PaperText::tr("unknown table '%1'").arg(tableName),
                            PaperText::tr("the paper's tables are II and III"));
        }
    }
    return reference;
}

Result<QList<PaperBootTime>> parsePaperBoot(const QByteArray& csv, const QString& source)
{
    Result<QList<CsvRecord>> records = readPaperCsv(csv, source);
    if (!records)
        return records.error();
    const QStringList columns{QStringLiteral("subject"), QStringLiteral("count"), QStringLiteral("min_s"),
                              QStringLiteral("avg_s"),   QStringLiteral("max_s"), QStringLiteral("note")};
    const Result<CsvTable> table = CsvTable::from(std::move(*records), columns, source);
    if (!table)
        return table.error();

    QList<PaperBootTime> times;
    for (const CsvRecord& record : table->records()) {
        PaperBootTime time;
        time.subject = table->text(record, QStringLiteral("subject"));
        time.note = table->text(record, QStringLiteral("note"));
        if (time.subject.isEmpty())
            return csvError(source, record.line, PaperText::tr("column 'subject' is empty"));
        const Result<qint64> count = table->count(record, QStringLiteral("count"));
        if (!count)
            return count.error();
        if (*count > 1'000'000)
            return csvError(source, record.line,
                            PaperText::tr("column 'count': %1 is too large").arg(*count));
        time.count = int(*count);
        const Result<double> minS = table->positive(record, QStringLiteral("min_s"));
        const Result<double> maxS = table->positive(record, QStringLiteral("max_s"));
        const Result<std::optional<double>> avgS = table->number(record, QStringLiteral("avg_s"), false);
        for (const Error* error : {minS ? nullptr : &minS.error(), maxS ? nullptr : &maxS.error(),
                                   avgS ? nullptr : &avgS.error()}) {
            if (error)
                return *error;
        }
        time.minS = *minS;
        time.maxS = *maxS;
        time.avgS = *avgS;
        if (time.minS > time.maxS || (time.avgS && (*time.avgS < time.minS || *time.avgS > time.maxS)))
            return csvError(source, record.line,
                            PaperText::tr("the times are not in order min <= avg <= max"),
                            PaperText::tr("check the columns min_s, avg_s and max_s"));
        times.append(time);
    }
    return times;
}

Result<PaperReference> loadPaperReference(const QString& resultsPath, const QString& bootPath)
{
    const Result<QByteArray> resultsBytes = readFileLimited(resultsPath, 1024 * 1024);
    if (!resultsBytes)
        return resultsBytes.error();
    const Result<QByteArray> bootBytes = readFileLimited(bootPath, 1024 * 1024);
    if (!bootBytes)
        return bootBytes.error();
    Result<PaperReference> reference = parsePaperResults(*resultsBytes, resultsPath);
    if (!reference)
        return reference.error();
    Result<QList<PaperBootTime>> boot = parsePaperBoot(*bootBytes, bootPath);
    if (!boot)
        return boot.error();
    reference->boot = std::move(*boot);
    return reference;
}

Result<PaperReference> loadPaperReference()
{
    return loadPaperReference(QString::fromLatin1(paperResultsResource),
                              QString::fromLatin1(paperBootResource));
}

QList<Run> paperRuns(const PaperReference& reference)
{
    const auto paperRun = [](RunKind kind, const QString& label, const QJsonObject& settings) {
        Run run;
        run.kind = kind;
        run.target = RunTarget::Paper;
        run.label = label;
        QJsonObject all{{QStringLiteral("source"), QStringLiteral("VOCM/KVM paper")}};
        for (auto it = settings.begin(); it != settings.end(); ++it)
            all.insert(it.key(), it.value());
        run.settings = compactJson(all);
        return run;
    };
    const auto hplRow = [](qint64 n, int p, int q, double gflops) {
        return HplRow{.n = n,
                      .nb = 0,
                      .p = p,
                      .q = q,
                      .seconds = 0,
                      .gflops = gflops,
                      .residual = 0,
                      .passed = true,
                      .variant = {}};
    };

    QList<Run> runs;
    for (const PaperHostOsComparison& row : reference.hostOs) {
        for (const auto& [label, gflops, system] :
             {std::tuple{row.hostOsLabel, row.hostOsGflops, QStringLiteral("host OS")},
              std::tuple{row.otherOsLabel, row.otherOsGflops, QStringLiteral("other OS")}}) {
            Run run = paperRun(RunKind::Hpl, QStringLiteral("Table II: ") + label,
                               {{QStringLiteral("table"), QStringLiteral("II")},
                                {QStringLiteral("system"), system},
                                {QStringLiteral("reportedAdvantagePercent"), row.reportedPercent}});
            run.hplRows.append(hplRow(row.n, row.p, row.q, gflops));
            runs.append(run);
        }
    }
    // One run per side of each Table III label, with a row per grid, in the paper's column order.
    QStringList labels;
    for (const PaperHplComparison& row : reference.hpl) {
        if (!labels.contains(row.label))
            labels.append(row.label);
    }
    for (const QString& label : std::as_const(labels)) {
        const auto [physicalLabel, vocLabel] =
            splitComparisonLabel(label, QStringLiteral("physical"), QStringLiteral("VOC"));
        Run physical = paperRun(RunKind::Hpl, QStringLiteral("Table III: ") + physicalLabel,
                                {{QStringLiteral("table"), QStringLiteral("III")},
                                 {QStringLiteral("system"), QStringLiteral("baremetal")}});
        Run voc = paperRun(RunKind::Hpl, QStringLiteral("Table III: ") + vocLabel,
                           {{QStringLiteral("table"), QStringLiteral("III")},
                            {QStringLiteral("system"), QStringLiteral("voc")}});
        for (const PaperHplComparison& row : reference.hpl) {
            if (row.label != label)
                continue;
            physical.hplRows.append(hplRow(row.n, row.p, row.q, row.physicalGflops));
            voc.hplRows.append(hplRow(row.n, row.p, row.q, row.vocGflops));
        }
        runs.append(physical);
        runs.append(voc);
    }
    for (const PaperBootTime& time : reference.boot) {
        QJsonObject settings{{QStringLiteral("section"), QStringLiteral("4.2")},
                             {QStringLiteral("count"), time.count},
                             {QStringLiteral("minS"), time.minS},
                             {QStringLiteral("maxS"), time.maxS},
                             {QStringLiteral("note"), time.note}};
        if (time.avgS)
            settings.insert(QStringLiteral("avgS"), *time.avgS);
        Run run = paperRun(RunKind::Boot, QStringLiteral("Boot: ") + time.subject, settings);
        const auto ms = [](double seconds) { return qint64(std::llround(seconds * 1000.0)); };
        run.bootSamples.append(BootSample{QStringLiteral("min"), BootPhase::Ready, ms(time.minS)});
        if (time.avgS)
            run.bootSamples.append(BootSample{QStringLiteral("avg"), BootPhase::Ready, ms(*time.avgS)});
        run.bootSamples.append(BootSample{QStringLiteral("max"), BootPhase::Ready, ms(time.maxS)});
        runs.append(run);
    }
    return runs;
}

} // namespace voc
