// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/vogrant.h"

#include "common/terminaltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace voc {

namespace {

struct VoGrantText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VoGrant)
};

// A value from the directory in a message: one line, not too long.
QString grantValueText(const QByteArray& value)
{
    constexpr int shown = 40;
    const QString text = QString::fromUtf8(value);
    return escapeForTerminal(QStringView(text).left(shown)) +
           (text.size() > shown ? QStringLiteral("…") : QString());
}

Error grantError(const char* attribute, const QString& dn, const QString& why)
{
    return makeError(ErrorCode::InvalidInput,
                     VoGrantText::tr("%1 of the VO entry %2: %3").arg(QLatin1String(attribute), dn, why), dn,
                     VoGrantText::tr("ask the site's provider to correct the VO's grant"));
}

Result<QPair<Ipv4Address, Ipv4Address>> grantRange(const QByteArray& value, const QString& dn)
{
    const char* attribute = "vocsGrantAddressRange";
    const QString text = QString::fromUtf8(value);
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const Result<Ipv4Address> first = Ipv4Address::parse(dash > 0 ? text.left(dash) : QString());
    const Result<Ipv4Address> last = Ipv4Address::parse(dash > 0 ? text.mid(dash + 1) : QString());
    if (!first || !last)
        return grantError(attribute, dn,
                          VoGrantText::tr("'%1' is not a range FIRST-LAST of IPv4 addresses (e.g. "
                                          "10.213.0.100-10.213.0.149)")
                              .arg(grantValueText(value)));
    if (*last < *first)
        return grantError(attribute, dn,
                          VoGrantText::tr("'%1' ends before it starts").arg(grantValueText(value)));
    return qMakePair(*first, *last);
}

Result<qint64> grantCount(const QHash<QByteArray, QList<QByteArray>>& values, const char* attribute,
                          const QString& dn)
{
    const QList<QByteArray> found = values.value(QByteArray(attribute).toLower());
    if (found.isEmpty())
        return grantError(attribute, dn, VoGrantText::tr("missing"));
    if (found.size() > 1)
        return grantError(attribute, dn, VoGrantText::tr("%1 values, the grant has one").arg(found.size()));
    // Digits only: the schema's INTEGER syntax allows a sign, and a negative quota means nothing.
    const QByteArray& value = found.first();
    bool ok = !value.isEmpty() &&
              std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 number = ok ? value.toLongLong(&ok) : 0;
    if (!ok)
        return grantError(attribute, dn,
                          VoGrantText::tr("'%1' is not a whole number from 0 to %2")
                              .arg(grantValueText(value))
                              .arg(std::numeric_limits<qint64>::max()));
    return number;
}

} // namespace

const QList<QByteArray>& voGrantAttributes()
{
    static const QList<QByteArray> names{"vocsgrantaddressrange", "vocsgrantmaxvcns", "vocsgrantmaxvcpus",
                                         "vocsgrantmaxmemorymib", "vocsgrantmaxstoragemib"};
    return names;
}

Result<VoGrant> parseVoGrant(const QString& vo, const QString& dn,
                             const QHash<QByteArray, QList<QByteArray>>& values)
{
    VoGrant grant;
    grant.vo = vo;
    grant.dn = dn;
    const QList<QByteArray> ranges = values.value(QByteArrayLiteral("vocsgrantaddressrange"));
    if (ranges.isEmpty())
        return grantError("vocsGrantAddressRange", dn, VoGrantText::tr("missing"));
    for (const QByteArray& value : ranges) {
        const auto range = grantRange(value, dn);
        if (!range)
            return range.error();
        grant.ranges << *range;
    }
    for (const auto& [attribute, out] :
         {std::pair{"vocsGrantMaxVcns", &grant.maxVcns}, std::pair{"vocsGrantMaxVcpus", &grant.maxVcpus},
          std::pair{"vocsGrantMaxMemoryMiB", &grant.maxMemoryMiB},
          std::pair{"vocsGrantMaxStorageMiB", &grant.maxStorageMiB}}) {
        const Result<qint64> count = grantCount(values, attribute, dn);
        if (!count)
            return count.error();
        *out = *count;
    }
    return grant;
}

} // namespace voc
