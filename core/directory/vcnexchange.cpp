// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/vcnexchange.h"

#include "common/csv.h"
#include "common/utf8.h"
#include "directory/ldapsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <optional>

#include <algorithm>

namespace voc {

namespace {

struct ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VcnExchange)
};

// More than a site would ever register, and enough to refuse a runaway file early.
constexpr qsizetype maxRecords = 1000000;

Error lineError(const QString& where, int line, const QString& what, const QString& hint = {})
{
    return makeError(ErrorCode::Parse, what, QStringLiteral("%1:%2").arg(where).arg(line), hint);
}

// The required columns first; a VO's records have a vo column as well.
const QStringList csvColumns = {QStringLiteral("voc"), QStringLiteral("hostname"), QStringLiteral("ip"),
                                QStringLiteral("mac"), QStringLiteral("description")};
const QString csvVoColumn = QStringLiteral("vo");

// RFC 2849 SAFE-STRING: no NUL, CR, LF, not starting with space, colon or '<', 7-bit, no trailing space.
bool isSafeLdifString(const QByteArray& value)
{
    if (value.isEmpty())
        return true;
    const char first = value.front();
    if (first == ' ' || first == ':' || first == '<' || value.back() == ' ')
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u != 0 && u != '\r' && u != '\n' && u < 0x80;
    });
}

void ldifLine(QByteArray& out, const char* attribute, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += attribute;
    if (isSafeLdifString(utf8)) {
        out += ": ";
        out += utf8;
    } else {
        out += ":: ";
        out += utf8.toBase64();
    }
    out += '\n';
}

bool isRdn(const LdapRdn& rdn, const char* type)
{
    return rdn.type.compare(QLatin1String(type), Qt::CaseInsensitive) == 0;
}

Result<QString> decodeUtf8(const QByteArray& bytes, const QString& where)
{
    const qsizetype bad = firstInvalidUtf8Byte(bytes);
    if (bad >= 0) {
        const TextPosition at = textPositionAt(bytes, bad);
        return makeError(ErrorCode::Parse,
                         ExchangeText::tr("not UTF-8 at line %1, column %2 (byte %3)")
                             .arg(at.line)
                             .arg(at.column)
                             .arg(bad),
                         where, ExchangeText::tr("save the file as UTF-8"));
    }
    if (bytes.contains('\0'))
        return makeError(ErrorCode::Parse, ExchangeText::tr("contains a NUL byte"), where,
                         ExchangeText::tr("remove the NUL byte; names and addresses never contain one"));
    return QString::fromUtf8(bytes);
}

} // namespace

Result<VcnDnNames> parseVcnDn(const QString& dn)
{
    const auto notAVcn = [&dn]() {
        return makeError(
            ErrorCode::InvalidInput,
            ExchangeText::tr(
                "the DN '%1' is not a VCN entry's (cn=<hostname>,ou=<voc>[,ou=<vo>],ou=vocs,<base>)")
                .arg(dn),
            dn,
            ExchangeText::tr("VCN entries are cn=<hostname>,ou=<voc>,ou=vocs,<base> or, at a site "
                             "shared by VOs, cn=<hostname>,ou=<voc>,ou=<vo>,ou=vocs,<base>"));
    };
    const Result<QList<LdapRdn>> rdns = ldapRdns(dn);
    if (!rdns)
        return notAVcn();
    // The first ou=vocs above the VOC (index 1) decides the layout: right above it, or one VO between.
    qsizetype vocs = -1;
    for (qsizetype i = 2; i < rdns->size() && vocs < 0; ++i) {
        if (isRdn(rdns->at(i), "ou") &&
            rdns->at(i).value.compare(QLatin1String("vocs"), Qt::CaseInsensitive) == 0)
            vocs = i;
    }
    if (vocs != 2 && vocs != 3)
        return notAVcn();
    for (qsizetype i = 1; i < vocs; ++i) {
        if (!isRdn(rdns->at(i), "ou"))
            return notAVcn();
    }
    if (!isRdn(rdns->at(0), "cn"))
        return notAVcn();
    return VcnDnNames{vocs == 3 ? rdns->at(2).value : QString(), rdns->at(1).value, rdns->at(0).value};
}

Result<VcnFileFormat> vcnFileFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return VcnFileFormat::Csv;
    if (suffix == QLatin1String("ldif") || suffix == QLatin1String("ldi"))
        return VcnFileFormat::Ldif;
    return makeError(ErrorCode::InvalidInput, ExchangeText::tr("unknown file type '.%1'").arg(suffix), path,
                     ExchangeText::tr("use a .csv or .ldif file"));
}

Result<QList<VcnRecord>> parseVcnCsv(const QByteArray& bytes, const QString& where)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const Result<QString> text = decodeUtf8(data, where);
    if (!text)
        return text.error();
    const Result<QList<CsvRecord>> rows = readCsv(*text, where, {.maxRecords = maxRecords});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::Parse, ExchangeText::tr("the file is empty"), where,
                         ExchangeText::tr("the first row names the columns: %1").arg(csvColumns.join(u',')));
    const CsvRecord& header = rows->first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!csvColumns.contains(name) && name != csvVoColumn)
            return lineError(where, header.line, ExchangeText::tr("unknown column '%1'").arg(name),
                             ExchangeText::tr("the columns are %1 (and vo at a site shared by VOs)")
                                 .arg(csvColumns.join(u',')));
        if (column.contains(name))
            return lineError(where, header.line, ExchangeText::tr("column '%1' appears twice").arg(name));
        column.insert(name, i);
    }
    for (const QString& required : csvColumns.mid(0, 4)) {
        if (!column.contains(required))
            return lineError(
                where, header.line, ExchangeText::tr("no column '%1'").arg(required),
                ExchangeText::tr("the first row names the columns: %1").arg(csvColumns.join(u',')));
    }
    QList<VcnRecord> records;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRecord& row = rows->at(r);
        if (row.fields.size() != header.fields.size())
            return lineError(where, row.line,
                             ExchangeText::tr("%1 fields, the header has %2")
                                 .arg(row.fields.size())
                                 .arg(header.fields.size()),
                             ExchangeText::tr("quote fields that contain commas"));
        auto value = [&](const QString& name) {
            return column.contains(name) ? row.fields.at(column.value(name)).trimmed() : QString();
        };
        records << VcnRecord{value(QStringLiteral("voc")),
                             value(QStringLiteral("hostname")),
                             value(QStringLiteral("ip")),
                             value(QStringLiteral("mac")),
                             value(QStringLiteral("description")),
                             {},
                             value(csvVoColumn)};
    }
    return records;
}

QByteArray vcnRecordsToCsv(const QList<VcnRecord>& records)
{
    const bool withVo =
        std::any_of(records.begin(), records.end(), [](const VcnRecord& r) { return !r.vo.isEmpty(); });
    // "\n" line ends, as the files people write by hand and the import examples have.
    QByteArray csv = (withVo ? csvVoColumn + QLatin1Char(',') : QString()).toUtf8() +
                     csvColumns.join(u',').toUtf8() + '\n';
    for (const VcnRecord& r : records) {
        QList<QByteArray> fields{csvField(r.voc), csvField(r.hostname), csvField(r.ip), csvField(r.mac),
                                 csvField(r.description)};
        if (withVo)
            fields.prepend(csvField(r.vo));
        csv += csvRow(fields, "\n");
    }
    return csv;
}

Result<QList<VcnRecord>> parseVcnLdif(const QByteArray& bytes, const QString& where)
{
    // Unfold first: a line starting with one space continues the previous one.
    QList<QPair<int, QByteArray>> lines;
    int lineNumber = 0;
    for (QByteArray line : bytes.split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') && !lines.isEmpty() && !lines.last().second.isEmpty()) {
            lines.last().second += line.mid(1);
            continue;
        }
        lines.append({lineNumber, line});
    }
    QList<VcnRecord> records;
    struct Entry
    {
        int line = 0;
        QString dn;
        QHash<QString, QStringList> values;
    };
    std::optional<Entry> entry;
    auto finish = [&]() -> Status {
        if (!entry)
            return Ok{};
        const QStringList classes = entry->values.value(QStringLiteral("objectclass"));
        const bool ipHost = std::any_of(classes.begin(), classes.end(), [](const QString& c) {
            return c.compare(QLatin1String("ipHost"), Qt::CaseInsensitive) == 0;
        });
        if (ipHost) {
            const Result<VcnDnNames> names = parseVcnDn(entry->dn);
            if (!names)
                return lineError(where, entry->line, names.error().what, names.error().hint);
            auto one = [&](const char* attribute) {
                return entry->values.value(QString::fromLatin1(attribute)).value(0);
            };
            records << VcnRecord{names->voc,        one("cn"),          one("iphostnumber"),
                                 one("macaddress"), one("description"), entry->dn,
                                 names->vo};
            if (records.size() > maxRecords)
                return lineError(where, entry->line,
                                 ExchangeText::tr("more than %1 entries").arg(maxRecords));
        }
        entry.reset();
        return Ok{};
    };
    for (const auto& [number, line] : std::as_const(lines)) {
        if (line.isEmpty()) {
            if (const Status done = finish(); !done)
                return done.error();
            continue;
        }
        if (line.startsWith('#'))
            continue;
        if (!entry && line.startsWith("version:"))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return lineError(where, number, ExchangeText::tr("not an 'attribute: value' line"),
                             ExchangeText::tr("check the LDIF syntax (RFC 2849)"));
        const QString attribute = QString::fromLatin1(line.left(colon)).trimmed().toLower();
        QByteArray raw = line.mid(colon + 1);
        QByteArray value;
        if (raw.startsWith(':')) {
            const auto decoded =
                QByteArray::fromBase64Encoding(raw.mid(1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return lineError(where, number,
                                 ExchangeText::tr("the base64 value of '%1' is broken").arg(attribute));
            value = *decoded;
        } else if (raw.startsWith('<')) {
            return lineError(where, number,
                             ExchangeText::tr("values from URLs ('%1:<') are not read").arg(attribute),
                             ExchangeText::tr("put the value in the file"));
        } else {
            value = raw.startsWith(' ') ? raw.mid(1) : raw;
        }
        const Result<QString> text = decodeUtf8(value, QStringLiteral("%1:%2").arg(where).arg(number));
        if (!text)
            return text.error();
        if (!entry) {
            if (attribute != QLatin1String("dn"))
                return lineError(where, number, ExchangeText::tr("an entry must start with 'dn:'"));
            entry = Entry{number, *text, {}};
            continue;
        }
        if (attribute == QLatin1String("changetype"))
            return lineError(where, number, ExchangeText::tr("change records are not imported"),
                             ExchangeText::tr("export content records (plain entries) instead"));
        entry->values[attribute] << *text;
    }
    if (const Status done = finish(); !done)
        return done.error();
    return records;
}

QByteArray vcnRecordsToLdif(const QList<VcnRecord>& records, const QString& baseDn)
{
    QByteArray out = "version: 1\n";
    for (const VcnRecord& r : records) {
        out += '\n';
        const QString vocs = r.vo.isEmpty() ? QStringLiteral("ou=vocs,%1").arg(baseDn)
                                            : QStringLiteral("ou=%1,ou=vocs,%2").arg(r.vo, baseDn);
        const QString dn =
            r.dn.isEmpty() ? QStringLiteral("cn=%1,ou=%2,%3").arg(r.hostname, r.voc, vocs) : r.dn;
        ldifLine(out, "dn", dn);
        out += "objectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n";
        ldifLine(out, "cn", r.hostname);
        ldifLine(out, "ipHostNumber", r.ip);
        ldifLine(out, "macAddress", r.mac);
        if (!r.description.isEmpty())
            ldifLine(out, "description", r.description);
    }
    return out;
}

} // namespace voc
