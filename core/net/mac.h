// SPDX-License-Identifier: GPL-3.0-or-later
// MAC addresses for VCNs: locally administered unicast, as the paper's team generated them.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace voc {

struct MacAddress
{
    std::array<std::uint8_t, 6> octets{};

    // Locally administered: bit 1 of the first octet set; unicast: bit 0 clear
    // (the first octet's low nibble is 2, 6, A or E).
    bool isLocallyAdministered() const { return (octets[0] & 0x02) != 0; }
    bool isMulticast() const { return (octets[0] & 0x01) != 0; }

    QString toString() const;                             // "0a:1b:2c:3d:4e:5f", lower case
    static Result<MacAddress> parse(const QString& text); // accepts ':' or '-' separators, any case

    auto operator<=>(const MacAddress&) const = default;
};

// The MAC of VCN number `index` (0-based) of a VOC: the same seed and index always give the same
// address; different indexes of one seed never collide (index < 2^24); never multicast.
MacAddress macForIndex(const QString& seed, quint32 index);

// `count` addresses for a seed, skipping any in `taken` (e.g. MACs already in a site's directory).
Result<QList<MacAddress>> allocateMacs(const QString& seed, int count, const QList<MacAddress>& taken = {});

} // namespace voc
