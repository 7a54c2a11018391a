// SPDX-License-Identifier: GPL-3.0-or-later
// The site bridge's nftables ruleset from the entries netsync selected: a VCN sends only from its
// registered MAC and IPv4 address, reaches only its own VO's VCNs and the site's own addresses, and a
// MAC the directory does not list gets nothing but DHCP. Pure: the same entries give the same bytes.
#pragma once

#include "common/result.h"
#include "netsync/netsyncfiles.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace voc {

struct NftOptions
{
    QString table = QStringLiteral("vocstudio"); // the bridge-family table netsync owns, whole
    // Bridge ports that are not VCNs, e.g. the KVM host's uplink to the site network: frames entering
    // by them pass unchecked (each VCN's frames are checked where they enter, at its own host). A
    // trailing '*' matches a prefix ("bond*"). Every other port of every bridge in the network
    // namespace is a VCN's.
    QStringList uplinks;

    bool operator==(const NftOptions&) const = default;
};

// Table name (a letter, then letters, digits, '_', up to 32) and port names (Linux interface names
// of letters, digits and "_.-:@", up to 15, an optional trailing '*'): nothing else ever reaches the
// ruleset's text. The errors name the option (--nft-table, --nft-uplink).
Status checkNftOptions(const NftOptions& options);

// The ruleset as `nft -f` reads it, and its elements apart, so that a change of records can be
// applied as an element update of the same table.
struct NftRuleset
{
    QByteArray text;     // the whole file: (re)creates the table in one transaction
    QByteArray skeleton; // the text without elements: equal skeletons allow an element update
    // Set or map name -> element key -> the element as written ("key : value" for maps).
    QMap<QByteArray, QMap<QByteArray, QByteArray>> elements;

    bool operator==(const NftRuleset&) const = default;
};

// `entries` as selectNetsyncEntries left them (valid, in range, within their grants); `vos` every VO
// that holds a grant, whose position in name order gives its packet mark (so a VCN's change never
// renumbers the others). VCNs without a VO form one group of their own.
NftRuleset nftRuleset(const QList<NetsyncEntry>& entries, const NetsyncSite& site, const NftOptions& options,
                      QStringList vos);

// The `nft -f` commands that turn the applied `from` into `to` in one transaction (deletes, then adds);
// empty when they hold the same elements; nullopt when more than elements differ (apply `to` whole).
std::optional<QByteArray> nftElementUpdate(const NftRuleset& from, const NftRuleset& to);

// How many VCNs a ruleset text written by nftRuleset() lets through (0 for any other text).
int nftRulesetVcnCount(const QByteArray& text);

} // namespace voc
