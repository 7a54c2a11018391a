// SPDX-License-Identifier: GPL-3.0-or-later
// The VCNs of local runs as libvirt shows them now, recognised by name prefix and metadata.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace voc {

class HypervisorConnection;

struct RunVcn
{
    QString domain;
    QString design;   // from the domain's <voc:vcn> metadata
    QString hostname; // likewise
    QString mac;
    QString serialLog; // the file virtlogd writes, if any
};

// A domain definition's facts; an empty design means the domain is not one of ours.
RunVcn runVcnFromDomainXml(const QString& domainName, const QString& xml);

// Every running domain with the "voc-" prefix and our metadata, sorted by name.
Result<QList<RunVcn>> listRunVcns(HypervisorConnection& connection);

} // namespace voc
