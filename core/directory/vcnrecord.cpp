// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/vcnrecord.h"

#include "common/terminaltext.h"
#include "net/hostname.h"
#include "net/ipv4.h"
#include "net/mac.h"

#include <QCoreApplication>

#include <optional>

namespace voc {

namespace {

struct VcnRecordText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VcnRecord)
};

constexpr int maxLabelLength = 63;
constexpr int maxDescriptionLength = 1024;

// A value safe to show in a message: control characters escaped, long values cut, so that a
// hostile value (a NUL, an escape sequence, 300 characters) cannot garble the output.
QString printable(const QString& value)
{
    constexpr int shown = 40;
    QString out = escapeForTerminal(QStringView(value).left(shown));
    if (value.size() > shown)
        out += QStringLiteral("…");
    return out;
}

Error fieldError(const VcnRecord& record, const QString& field, const QString& why, const QString& hint)
{
    return makeError(ErrorCode::InvalidInput,
                     VcnRecordText::tr("%1 of VCN record %2: %3").arg(field, recordName(record), why),
                     recordName(record), hint);
}

bool isPlainAscii(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A single DNS label (RFC 1123): what a VCN's cn and its VOC's ou must be. Checked character by
// character first, so that filter or DN syntax ("*)(cn=*", ",ou=x") is named as what it is.
std::optional<QString> labelProblem(const QString& value)
{
    if (value.isEmpty())
        return VcnRecordText::tr("it is empty");
    if (!isPlainAscii(value))
        return VcnRecordText::tr("'%1' contains a character that is not printable ASCII (spaces, control "
                                 "characters and non-ASCII letters are not allowed)")
            .arg(printable(value));
    if (value.size() > maxLabelLength)
        return VcnRecordText::tr("it is %1 characters long, the maximum is %2")
            .arg(value.size())
            .arg(maxLabelLength);
    if (!isValidHostLabel(value))
        return VcnRecordText::tr("'%1' is not a host name label (only letters, digits and '-', not at the "
                                 "start or end)")
            .arg(printable(value));
    return std::nullopt;
}

QString labelHint()
{
    return VcnRecordText::tr("use 1 to 63 letters, digits and '-', e.g. demo-compute01");
}

} // namespace

QString recordName(const VcnRecord& record)
{
    const QString name = printable(record.voc) + QLatin1Char('/') + printable(record.hostname);
    return record.vo.isEmpty() ? name : printable(record.vo) + QLatin1Char('/') + name;
}

Status checkVcnLabel(const QString& field, const QString& value)
{
    if (const auto problem = labelProblem(value))
        return makeError(ErrorCode::InvalidInput, VcnRecordText::tr("%1: %2").arg(field, *problem),
                         printable(value), labelHint());
    return Ok{};
}

Result<VcnRecord> normalizeVcnRecord(const VcnRecord& record)
{
    VcnRecord out = record;

    if (!record.vo.isEmpty()) {
        if (const Status vo = checkVoName(record.vo); !vo)
            return fieldError(record, QStringLiteral("vo"), vo.error().what, vo.error().hint);
    }

    if (const auto problem = labelProblem(record.voc))
        return fieldError(record, QStringLiteral("ou"), *problem, labelHint());

    if (const auto problem = labelProblem(record.hostname))
        return fieldError(record, QStringLiteral("cn"), *problem, labelHint());
    out.hostname = record.hostname.toLower(); // DNS names are case-insensitive; store one spelling

    if (!isPlainAscii(record.ip) || record.ip.size() > 15)
        return fieldError(record, QStringLiteral("ipHostNumber"),
                          VcnRecordText::tr("'%1' is not an IPv4 address").arg(printable(record.ip)),
                          VcnRecordText::tr("write a dotted quad such as 10.213.0.21"));
    const Result<Ipv4Address> ip = Ipv4Address::parse(record.ip);
    if (!ip)
        return fieldError(record, QStringLiteral("ipHostNumber"),
                          VcnRecordText::tr("'%1' is not an IPv4 address").arg(printable(record.ip)),
                          ip.error().hint);
    const quint32 firstOctet = ip->value >> 24;
    if (firstOctet == 0 || firstOctet == 127 || firstOctet >= 224)
        return fieldError(record, QStringLiteral("ipHostNumber"),
                          VcnRecordText::tr("%1 is not a unicast host address").arg(ip->toString()),
                          VcnRecordText::tr("use an address of the site's VCN range"));
    out.ip = ip->toString();

    if (!isPlainAscii(record.mac) || record.mac.size() > 17)
        return fieldError(record, QStringLiteral("macAddress"),
                          VcnRecordText::tr("'%1' is not a MAC address").arg(printable(record.mac)),
                          VcnRecordText::tr("write six pairs of hex digits, e.g. 0a:1b:2c:3d:4e:5f"));
    const Result<MacAddress> mac = MacAddress::parse(record.mac);
    if (!mac)
        return fieldError(record, QStringLiteral("macAddress"),
                          VcnRecordText::tr("'%1' is not a MAC address").arg(printable(record.mac)),
                          mac.error().hint);
    if (mac->isMulticast())
        return fieldError(record, QStringLiteral("macAddress"),
                          VcnRecordText::tr("%1 is a multicast address").arg(mac->toString()),
                          VcnRecordText::tr("a VCN's MAC is unicast: the first octet's low bit is clear"));
    if (!mac->isLocallyAdministered())
        return fieldError(
            record, QStringLiteral("macAddress"),
            VcnRecordText::tr("%1 is a globally administered (vendor) address").arg(mac->toString()),
            VcnRecordText::tr("use a locally administered address: the first octet ends in "
                              "2, 6, a or e, e.g. 02:..."));
    out.mac = mac->toString();

    if (record.description.size() > maxDescriptionLength)
        return fieldError(record, QStringLiteral("description"),
                          VcnRecordText::tr("it is %1 characters long, the maximum is %2")
                              .arg(record.description.size())
                              .arg(maxDescriptionLength),
                          VcnRecordText::tr("shorten the description"));
    if (!record.description.isValidUtf16())
        return fieldError(record, QStringLiteral("description"),
                          VcnRecordText::tr("it is not valid Unicode text"),
                          VcnRecordText::tr("use printable text on one line"));
    for (const QChar c : record.description) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fieldError(
                record, QStringLiteral("description"),
                VcnRecordText::tr("'%1' contains a control character").arg(printable(record.description)),
                VcnRecordText::tr("use printable text on one line"));
    }
    return out;
}

} // namespace voc
