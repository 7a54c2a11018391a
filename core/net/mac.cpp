// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic, collision-free MAC addresses for the VCNs of one VOC.
#include "mac.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace voc {

namespace {

// Octets 3..5 carry the index, so one seed has 2^24 distinct addresses.
constexpr quint32 indexSpace = 1u << 24;

// Gives lupdate and the runtime the same context for every message of this file.
struct Mac
{
    Q_DECLARE_TR_FUNCTIONS(voc::Mac)
};

quint64 toKey(const MacAddress& mac)
{
    quint64 key = 0;
    for (std::uint8_t octet : mac.octets)
        key = (key << 8) | octet;
    return key;
}

struct SeedPrefix
{
    std::array<std::uint8_t, 3> octets{};
};

// The first three octets depend on the seed only: hashing once per allocation keeps a
// 4096-VCN plan cheap.
SeedPrefix prefixFor(const QString& seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    SeedPrefix prefix;
    // xxxxxx10: locally administered (bit 1 set), unicast (bit 0 clear).
    prefix.octets[0] = static_cast<std::uint8_t>((static_cast<std::uint8_t>(hash[0]) & 0xFC) | 0x02);
    prefix.octets[1] = static_cast<std::uint8_t>(hash[1]);
    prefix.octets[2] = static_cast<std::uint8_t>(hash[2]);
    return prefix;
}

MacAddress compose(const SeedPrefix& prefix, quint32 index)
{
    MacAddress mac;
    mac.octets[0] = prefix.octets[0];
    mac.octets[1] = prefix.octets[1];
    mac.octets[2] = prefix.octets[2];
    mac.octets[3] = static_cast<std::uint8_t>((index >> 16) & 0xFF);
    mac.octets[4] = static_cast<std::uint8_t>((index >> 8) & 0xFF);
    mac.octets[5] = static_cast<std::uint8_t>(index & 0xFF);
    return mac;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

QString MacAddress::toString() const
{
    // Written by hand: QString::arg per octet made this a hot spot of 4096-VCN plans.
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(17, QLatin1Char(':'));
    QChar* out = text.data();
    for (std::size_t i = 0; i < octets.size(); ++i) {
        out[i * 3] = QChar(digits[octets[i] >> 4]);
        out[i * 3 + 1] = QChar(digits[octets[i] & 0x0F]);
    }
    return text;
}

Result<MacAddress> MacAddress::parse(const QString& text)
{
    const auto invalid = [&text](const QString& why) {
        return makeError(
            ErrorCode::InvalidInput, Mac::tr("'%1' is not a MAC address: %2").arg(text, why), {},
            Mac::tr("write six pairs of hex digits separated by ':' or '-', e.g. 0a:1b:2c:3d:4e:5f"));
    };
    // Six two-digit groups and five separators.
    if (text.size() != 17)
        return invalid(Mac::tr("it has %n character(s), a MAC address has 17", nullptr, int(text.size())));
    const QChar separator = text.at(2);
    if (separator != QLatin1Char(':') && separator != QLatin1Char('-'))
        return invalid(Mac::tr("the groups must be separated by ':' or '-'"));

    MacAddress mac;
    for (int i = 0; i < 6; ++i) {
        const int at = i * 3;
        if (i > 0 && text.at(at - 1) != separator)
            return invalid(Mac::tr("separators must all be the same and follow every two hex digits"));
        const int high = hexValue(text.at(at));
        const int low = hexValue(text.at(at + 1));
        if (high < 0 || low < 0)
            return invalid(Mac::tr("'%1' is not a pair of hex digits").arg(text.mid(at, 2)));
        mac.octets[std::size_t(i)] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return mac;
}

MacAddress macForIndex(const QString& seed, quint32 index)
{
    return compose(prefixFor(seed), index % indexSpace);
}

Result<QList<MacAddress>> allocateMacs(const QString& seed, int count, const QList<MacAddress>& taken)
{
    if (count < 0)
        return makeError(ErrorCode::InvalidInput,
                         Mac::tr("cannot allocate a negative number (%1) of MAC addresses").arg(count));
    const SeedPrefix prefix = prefixFor(seed);
    // Only taken addresses sharing this seed's prefix can collide with ours.
    QSet<quint64> blocked;
    for (const MacAddress& mac : taken) {
        if (mac.octets[0] == prefix.octets[0] && mac.octets[1] == prefix.octets[1] &&
            mac.octets[2] == prefix.octets[2])
            blocked.insert(toKey(mac));
    }
    const quint64 available = indexSpace - quint64(blocked.size());
    if (quint64(count) > available) {
        return makeError(ErrorCode::Exhausted,
                         Mac::tr("the MAC seed '%1' has %2 free addresses, %3 are needed")
                             .arg(seed, QString::number(available), QString::number(count)),
                         {}, Mac::tr("split the VOC or use a different MAC seed"));
    }

    QList<MacAddress> macs;
    macs.reserve(count);
    // Taken addresses push the allocation beyond index count-1, so the result stays a pure function
    // of (seed, count, taken).
    for (quint32 index = 0; macs.size() < count && index < indexSpace; ++index) {
        const MacAddress mac = compose(prefix, index);
        if (!blocked.contains(toKey(mac)))
            macs.append(mac);
    }
    return macs;
}

} // namespace voc
