// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory.h"

#include "virt/domainxml.h"
#include "virt/hypervisor.h"

#include <QXmlStreamReader>

namespace voc {

RunVcn runVcnFromDomainXml(const QString& domainName, const QString& xml)
{
    RunVcn vcn;
    vcn.domain = domainName;
    QXmlStreamReader reader(xml);
    QStringList path; // element names from the root, to tell <devices><interface><mac> from others
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        path.append(reader.name().toString());
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("vcn") &&
            reader.namespaceUri() == QStringView(vcnMetadataNamespace)) {
            vcn.design = attributes.value(QLatin1String("design")).toString();
            vcn.hostname = attributes.value(QLatin1String("hostname")).toString();
        } else if (path.size() == 4 && path.at(2) == QLatin1String("interface") &&
                   reader.name() == QLatin1String("mac") && vcn.mac.isEmpty()) {
            vcn.mac = attributes.value(QLatin1String("address")).toString().toLower();
        } else if (path.size() == 4 && path.at(2) == QLatin1String("serial") &&
                   reader.name() == QLatin1String("log")) {
            vcn.serialLog = attributes.value(QLatin1String("file")).toString();
        }
    }
    return vcn;
}

Result<QList<RunVcn>> listRunVcns(HypervisorConnection& connection)
{
    Result<QList<DomainInfo>> domains = connection.listDomains(QStringLiteral("voc-"));
    if (!domains)
        return domains.error();
    QList<RunVcn> vcns;
    for (const DomainInfo& domain : *domains) {
        Result<QString> xml = connection.domainXml(domain.name);
        if (!xml)
            continue; // it stopped meanwhile
        RunVcn vcn = runVcnFromDomainXml(domain.name, *xml);
        if (!vcn.design.isEmpty())
            vcns.append(std::move(vcn));
    }
    return vcns;
}

} // namespace voc
