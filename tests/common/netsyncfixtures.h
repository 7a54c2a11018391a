// SPDX-License-Identifier: GPL-3.0-or-later
// What the netsync unit tests share: a VO's grant entry as the directory returns it, and the site
// network of their 10.213.0.0/24 test site.
#pragma once

#include "directory/vogrant.h"
#include "model/siteprofile.h"
#include "netsync/netsyncfiles.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace voc::test {

// The grant of `vo` under ou=vocs,dc=vsp,dc=test: its address ranges ("FIRST-LAST" each) and VCN
// count, with room enough in vCPUs, memory and storage.
inline VoGrantEntry netsyncGrant(const char* vo, const QList<QByteArray>& ranges, const QByteArray& maxVcns)
{
    VoGrantEntry entry{
        QLatin1String(vo), QStringLiteral("ou=%1,ou=vocs,dc=vsp,dc=test").arg(QLatin1String(vo)), {}};
    entry.values.insert("vocsgrantaddressrange", ranges);
    entry.values.insert("vocsgrantmaxvcns", {maxVcns});
    entry.values.insert("vocsgrantmaxvcpus", {"16"});
    entry.values.insert("vocsgrantmaxmemorymib", {"4096"});
    entry.values.insert("vocsgrantmaxstoragemib", {"10240"});
    return entry;
}

// 10.213.0.0/24, domain vsp.test, with the given DHCP range and DNS server (by default .100-.199
// and .1).
inline NetsyncSite netsyncTestSite(const QString& rangeStart = QStringLiteral("10.213.0.100"),
                                   const QString& rangeEnd = QStringLiteral("10.213.0.199"),
                                   const QString& dnsServer = QStringLiteral("10.213.0.1"))
{
    SiteNetwork network;
    network.subnet = QStringLiteral("10.213.0.0/24");
    network.rangeStart = rangeStart;
    network.rangeEnd = rangeEnd;
    network.dnsServer = dnsServer;
    network.dnsDomain = QStringLiteral("vsp.test");
    return *NetsyncSite::fromNetwork(network);
}

} // namespace voc::test
