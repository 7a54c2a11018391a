// SPDX-License-Identifier: GPL-3.0-or-later
// Strict IPv4 parsing and the allocation of VCN addresses from a subnet.
#include "ipv4.h"

#include <QCoreApplication>
#include <QStringList>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct Ipv4
{
    Q_DECLARE_TR_FUNCTIONS(voc::Ipv4)
};

std::uint32_t maskFor(int prefixLength)
{
    // A shift by 32 is undefined behaviour, so /0 is special.
    return prefixLength <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefixLength);
}

// A decimal number of ASCII digits without leading zeros ("0" itself is fine); -1 when not.
qint64 strictDecimal(QStringView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return -1;
    if (text.size() > 1 && text.front() == u'0')
        return -1;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Addresses a subnet spans, network and broadcast included (2^32 for /0).
quint64 spanOf(int prefixLength)
{
    return quint64(1) << (32 - prefixLength);
}

} // namespace

QString Ipv4Address::toString() const
{
    QString text;
    text.reserve(15);
    for (int shift = 24; shift >= 0; shift -= 8) {
        text += QString::number((value >> shift) & 0xFF);
        if (shift > 0)
            text += QLatin1Char('.');
    }
    return text;
}

Result<Ipv4Address> Ipv4Address::parse(const QString& text)
{
    const QString hint =
        Ipv4::tr("write four numbers from 0 to 255 separated by dots, without leading zeros, "
                 "e.g. 10.77.0.1");
    const QList<QStringView> parts = QStringView(text).split(u'.');
    if (parts.size() != 4)
        return makeError(ErrorCode::InvalidInput,
                         Ipv4::tr("'%1' is not an IPv4 address: it has %2 parts, not 4")
                             .arg(text, QString::number(parts.size())),
                         {}, hint);
    std::uint32_t value = 0;
    for (QStringView part : parts) {
        const qint64 octet = strictDecimal(part, 3);
        if (octet < 0 || octet > 255)
            return makeError(ErrorCode::InvalidInput,
                             Ipv4::tr("'%1' is not an IPv4 address: '%2' is not a number from 0 to 255")
                                 .arg(text, part.toString()),
                             {}, hint);
        value = (value << 8) | std::uint32_t(octet);
    }
    return Ipv4Address{value};
}

Result<Ipv4Subnet> Ipv4Subnet::parse(const QString& cidr)
{
    const QString hint = Ipv4::tr("write a network address and a prefix length, e.g. 10.77.0.0/24");
    const qsizetype slash = cidr.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return makeError(ErrorCode::InvalidInput,
                         Ipv4::tr("'%1' is not a subnet: the prefix length ('/24') is missing").arg(cidr), {},
                         hint);
    const qint64 prefix = strictDecimal(QStringView(cidr).mid(slash + 1), 2);
    if (prefix < 0 || prefix > 32)
        return makeError(
            ErrorCode::InvalidInput,
            Ipv4::tr("'%1' is not a subnet: the prefix length must be a number from 0 to 32").arg(cidr), {},
            hint);
    Result<Ipv4Address> address = Ipv4Address::parse(cidr.left(slash));
    if (!address)
        return makeError(ErrorCode::InvalidInput,
                         Ipv4::tr("'%1' is not a subnet: %2").arg(cidr, address.error().what), {}, hint);

    Ipv4Subnet subnet;
    subnet.prefixLength = int(prefix);
    subnet.network = Ipv4Address{address->value & maskFor(subnet.prefixLength)};
    if (subnet.network != *address)
        return makeError(ErrorCode::InvalidInput,
                         Ipv4::tr("'%1' is not a subnet: the address has host bits set").arg(cidr), {},
                         Ipv4::tr("the network address is %1").arg(subnet.toString()));
    return subnet;
}

QString Ipv4Subnet::toString() const
{
    return network.toString() + QLatin1Char('/') + QString::number(prefixLength);
}

Ipv4Address Ipv4Subnet::broadcast() const
{
    return Ipv4Address{network.value | ~maskFor(prefixLength)};
}

Ipv4Address Ipv4Subnet::firstHost() const
{
    // /31 and /32 have no host addresses of their own: fall back to the network address.
    return prefixLength >= 31 ? network : Ipv4Address{network.value + 1};
}

Ipv4Address Ipv4Subnet::lastHost() const
{
    return prefixLength >= 31 ? broadcast() : Ipv4Address{broadcast().value - 1};
}

bool Ipv4Subnet::contains(Ipv4Address address) const
{
    return (address.value & maskFor(prefixLength)) == network.value;
}

quint64 Ipv4Subnet::hostCount() const
{
    // RFC 3021 point-to-point /31s are of no use for a cluster segment.
    return prefixLength >= 31 ? 0 : spanOf(prefixLength) - 2;
}

Result<QList<Ipv4Address>> allocateAddresses(const Ipv4Subnet& subnet, Ipv4Address gateway, int count,
                                             const QSet<std::uint32_t>& taken)
{
    if (count < 0)
        return makeError(ErrorCode::InvalidInput,
                         Ipv4::tr("cannot allocate a negative number (%1) of addresses").arg(count));

    const quint64 hosts = subnet.hostCount();
    const auto isHost = [&subnet, hosts](std::uint32_t value) {
        return hosts > 0 && value >= subnet.firstHost().value && value <= subnet.lastHost().value;
    };
    // Counted from `taken` rather than by walking the range, so a /8 costs no more than a /24.
    quint64 blocked = isHost(gateway.value) ? 1 : 0;
    for (std::uint32_t value : taken) {
        if (isHost(value) && value != gateway.value)
            ++blocked;
    }
    const quint64 free = hosts - blocked;
    if (quint64(count) > free) {
        // The smallest subnet around ours that would fit everything, as a concrete suggestion.
        // A larger subnet's gateway is a host of it even when ours (/31, /32) had none.
        const quint64 needed = quint64(count) + blocked + (isHost(gateway.value) ? 0 : 1);
        QString hint = Ipv4::tr("use a larger subnet (a shorter prefix length)");
        for (int prefix = subnet.prefixLength - 1; prefix >= 0; --prefix) {
            if (spanOf(prefix) - 2 >= needed) {
                const Ipv4Subnet larger{Ipv4Address{subnet.network.value & maskFor(prefix)}, prefix};
                hint = Ipv4::tr("use a larger subnet, e.g. %1").arg(larger.toString());
                break;
            }
        }
        return makeError(ErrorCode::Exhausted,
                         Ipv4::tr("%1 has %2 free addresses, %3 are needed")
                             .arg(subnet.toString(), QString::number(free), QString::number(count)),
                         {}, hint);
    }

    QList<Ipv4Address> addresses;
    addresses.reserve(count);
    for (quint64 value = subnet.firstHost().value; addresses.size() < count; ++value) {
        const auto address = std::uint32_t(value);
        if (address != gateway.value && !taken.contains(address))
            addresses.append(Ipv4Address{address});
    }
    return addresses;
}

} // namespace voc
