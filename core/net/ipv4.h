// SPDX-License-Identifier: GPL-3.0-or-later
// IPv4 subnets and address allocation for VCN address plans.
#pragma once

#include "common/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace voc {

struct Ipv4Address
{
    std::uint32_t value = 0;

    QString toString() const;
    static Result<Ipv4Address> parse(const QString& text); // strict dotted quad, no leading zeros

    auto operator<=>(const Ipv4Address&) const = default;
};

struct Ipv4Subnet
{
    Ipv4Address network;
    int prefixLength = 24;

    static Result<Ipv4Subnet> parse(const QString& cidr); // "10.77.0.0/24"; host bits must be zero
    QString toString() const;
    Ipv4Address broadcast() const;
    Ipv4Address firstHost() const; // the default gateway
    Ipv4Address lastHost() const;
    bool contains(Ipv4Address address) const;
    // Usable host addresses (excludes network and broadcast; /31 and /32 have none).
    quint64 hostCount() const;
};

// `count` addresses from the subnet in ascending order, skipping the network, gateway and broadcast
// addresses and everything in `taken`. Fails with ErrorCode::Exhausted naming how many fit.
Result<QList<Ipv4Address>> allocateAddresses(const Ipv4Subnet& subnet, Ipv4Address gateway, int count,
                                             const QSet<std::uint32_t>& taken = {});

} // namespace voc
