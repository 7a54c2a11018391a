// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml.h"

#include "net/ipv4.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace voc {

namespace {

struct DomainXmlText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DomainXml)
};

Error invalid(const QString& what, const QString& where, const QString& hint = {})
{
    return makeError(ErrorCode::InvalidInput, what, where, hint);
}

// <name attr="value"/> in one call, for the many empty elements of a domain definition.
void emptyElement(QXmlStreamWriter& xml, const QString& name,
                  std::initializer_list<std::pair<QString, QString>> attributes)
{
    xml.writeEmptyElement(name);
    for (const auto& [key, value] : attributes)
        xml.writeAttribute(key, value);
}

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

Status checkDomainOptions(const PlanEntry& entry, const DomainOptions& options)
{
    const QString& where = entry.hostname;
    if (options.name.isEmpty())
        return invalid(DomainXmlText::tr("the domain has no name"), where);
    if (options.accel == Acceleration::Auto)
        return makeError(ErrorCode::Internal, DomainXmlText::tr("acceleration 'auto' was not resolved"),
                         where, DomainXmlText::tr("resolve it with resolveAcceleration() first"));
    if (options.networkName.isEmpty() && options.bridge.isEmpty())
        return invalid(DomainXmlText::tr("the domain has no network"), where);
    if (entry.mac.isEmpty())
        return invalid(DomainXmlText::tr("the VCN has no MAC address"), where);
    if (entry.memoryMiB <= 0 || entry.vcpus <= 0)
        return invalid(DomainXmlText::tr("the VCN needs memory and at least one vCPU"), where);
    if (entry.image.bootMode == BootMode::Disk && options.overlayPath.isEmpty())
        return invalid(DomainXmlText::tr("disk boot needs the VCN's overlay disk"), where);
    if (entry.image.bootMode == BootMode::Kernel && entry.image.kernel.isEmpty())
        return invalid(DomainXmlText::tr("kernel boot needs a kernel"), where,
                       DomainXmlText::tr("set the image's kernel, or use disk boot"));
    return Ok{};
}

void writeOs(QXmlStreamWriter& xml, const ImageRef& image)
{
    xml.writeStartElement(s(u"os"));
    xml.writeStartElement(s(u"type"));
    xml.writeAttribute(s(u"arch"), s(u"x86_64"));
    xml.writeCharacters(s(u"hvm"));
    xml.writeEndElement();
    if (image.bootMode == BootMode::Kernel) {
        xml.writeTextElement(s(u"kernel"), image.kernel);
        if (!image.initrd.isEmpty())
            xml.writeTextElement(s(u"initrd"), image.initrd);
        if (!image.cmdline.isEmpty())
            xml.writeTextElement(s(u"cmdline"), image.cmdline);
    } else {
        emptyElement(xml, s(u"boot"), {{s(u"dev"), s(u"hd")}});
    }
    xml.writeEndElement();
}

void writeCpu(QXmlStreamWriter& xml, Acceleration accel)
{
    xml.writeStartElement(s(u"cpu"));
    if (accel == Acceleration::Kvm) {
        xml.writeAttribute(s(u"mode"), s(u"host-passthrough"));
        xml.writeAttribute(s(u"check"), s(u"none"));
    } else {
        // TCG cannot pass the host CPU through and host-model would ask for features TCG lacks.
        xml.writeAttribute(s(u"mode"), s(u"custom"));
        xml.writeAttribute(s(u"match"), s(u"exact"));
        xml.writeAttribute(s(u"check"), s(u"none"));
        xml.writeStartElement(s(u"model"));
        xml.writeAttribute(s(u"fallback"), s(u"forbid"));
        xml.writeCharacters(s(u"qemu64"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeDevices(QXmlStreamWriter& xml, const PlanEntry& entry, const DomainOptions& options)
{
    xml.writeStartElement(s(u"devices"));
    if (!options.overlayPath.isEmpty()) {
        xml.writeStartElement(s(u"disk"));
        xml.writeAttribute(s(u"type"), s(u"file"));
        xml.writeAttribute(s(u"device"), s(u"disk"));
        emptyElement(xml, s(u"driver"), {{s(u"name"), s(u"qemu")}, {s(u"type"), s(u"qcow2")}});
        emptyElement(xml, s(u"source"), {{s(u"file"), options.overlayPath}});
        emptyElement(xml, s(u"target"), {{s(u"dev"), s(u"vda")}, {s(u"bus"), s(u"virtio")}});
        xml.writeEndElement();
    }

    xml.writeStartElement(s(u"interface"));
    if (!options.bridge.isEmpty()) {
        xml.writeAttribute(s(u"type"), s(u"bridge"));
        emptyElement(xml, s(u"source"), {{s(u"bridge"), options.bridge}});
    } else {
        xml.writeAttribute(s(u"type"), s(u"network"));
        emptyElement(xml, s(u"source"), {{s(u"network"), options.networkName}});
    }
    emptyElement(xml, s(u"mac"), {{s(u"address"), entry.mac}});
    emptyElement(xml, s(u"model"), {{s(u"type"), toString(entry.nic)}});
    xml.writeEndElement();

    xml.writeStartElement(s(u"serial"));
    xml.writeAttribute(s(u"type"), s(u"pty"));
    if (!options.serialLogPath.isEmpty())
        emptyElement(xml, s(u"log"), {{s(u"file"), options.serialLogPath}, {s(u"append"), s(u"off")}});
    emptyElement(xml, s(u"target"), {{s(u"port"), s(u"0")}});
    xml.writeEndElement();
    xml.writeStartElement(s(u"console"));
    xml.writeAttribute(s(u"type"), s(u"pty"));
    emptyElement(xml, s(u"target"), {{s(u"type"), s(u"serial")}, {s(u"port"), s(u"0")}});
    xml.writeEndElement();

    if (options.vnc) {
        xml.writeStartElement(s(u"graphics"));
        xml.writeAttribute(s(u"type"), s(u"vnc"));
        xml.writeAttribute(s(u"autoport"), s(u"yes"));
        emptyElement(xml, s(u"listen"), {{s(u"type"), s(u"address")}, {s(u"address"), s(u"127.0.0.1")}});
        xml.writeEndElement();
    }
    // Guests generate ssh host keys on first boot; without entropy that can stall the boot under TCG.
    xml.writeStartElement(s(u"rng"));
    xml.writeAttribute(s(u"model"), s(u"virtio"));
    xml.writeStartElement(s(u"backend"));
    xml.writeAttribute(s(u"model"), s(u"random"));
    xml.writeCharacters(s(u"/dev/urandom"));
    xml.writeEndElement();
    xml.writeEndElement();
    // No USB controller (libvirt adds a UHCI one otherwise): a VCN has no USB device, and probing
    // the controller and loading usbcore/uhci at every boot costs a guest seconds under TCG.
    emptyElement(xml, s(u"controller"), {{s(u"type"), s(u"usb")}, {s(u"model"), s(u"none")}});
    emptyElement(xml, s(u"memballoon"), {{s(u"model"), s(u"none")}});
    xml.writeEndElement(); // devices
}

QString netmask(int prefixLength)
{
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return Ipv4Address{mask}.toString();
}

} // namespace

QString domainName(const QString& designName, const QString& hostname)
{
    return QLatin1String("voc-") + designName + QLatin1Char('-') + hostname;
}

QString networkName(const QString& designName)
{
    return QLatin1String("voc-") + designName;
}

QString bridgeName(const QString& networkName)
{
    const QByteArray hash = QCryptographicHash::hash(networkName.toUtf8(), QCryptographicHash::Sha256);
    return QLatin1String("vocbr") + QString::fromLatin1(hash.toHex().left(10)); // 15 characters
}

Result<QString> domainXml(const PlanEntry& entry, const DomainOptions& options)
{
    if (Status check = checkDomainOptions(entry, options); !check)
        return check.error();

    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartElement(s(u"domain"));
    xml.writeAttribute(s(u"type"), options.accel == Acceleration::Kvm ? s(u"kvm") : s(u"qemu"));
    xml.writeTextElement(s(u"name"), options.name);

    xml.writeStartElement(s(u"metadata"));
    xml.writeNamespace(s(vcnMetadataNamespace), s(u"voc"));
    xml.writeStartElement(s(vcnMetadataNamespace), s(u"vcn"));
    xml.writeAttribute(s(u"design"), options.designName);
    xml.writeAttribute(s(u"hostname"), entry.hostname);
    xml.writeAttribute(s(u"role"), toString(entry.role));
    xml.writeAttribute(s(u"index"), QString::number(entry.index));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(s(u"memory"));
    xml.writeAttribute(s(u"unit"), s(u"KiB"));
    xml.writeCharacters(QString::number(qint64(entry.memoryMiB) * 1024));
    xml.writeEndElement();
    xml.writeTextElement(s(u"vcpu"), QString::number(entry.vcpus));
    writeOs(xml, entry.image);
    xml.writeStartElement(s(u"features"));
    xml.writeEmptyElement(s(u"acpi"));
    xml.writeEmptyElement(s(u"apic"));
    xml.writeEndElement();
    writeCpu(xml, options.accel);
    emptyElement(xml, s(u"clock"), {{s(u"offset"), s(u"utc")}});
    xml.writeTextElement(s(u"on_poweroff"), s(u"destroy"));
    xml.writeTextElement(s(u"on_reboot"), s(u"restart"));
    xml.writeTextElement(s(u"on_crash"), s(u"destroy"));
    writeDevices(xml, entry, options);
    xml.writeEndElement(); // domain
    return text;
}

Result<QString> networkXml(const Plan& plan, const NetworkOptions& options)
{
    if (options.name.isEmpty())
        return invalid(DomainXmlText::tr("the network has no name"), {});
    if (plan.entries.isEmpty())
        return invalid(DomainXmlText::tr("the plan has no VCNs"), options.name);
    Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(plan.subnet);
    if (!subnet)
        return subnet.error();
    Ipv4Address gateway = subnet->firstHost();
    if (!plan.gateway.isEmpty()) {
        Result<Ipv4Address> parsed = Ipv4Address::parse(plan.gateway);
        if (!parsed)
            return parsed.error();
        gateway = *parsed;
    }
    QList<Ipv4Address> addresses;
    for (const PlanEntry& entry : plan.entries) {
        Result<Ipv4Address> ip = Ipv4Address::parse(entry.ip);
        if (!ip)
            return Error{ip.error().code, ip.error().what, entry.hostname, ip.error().hint};
        if (!subnet->contains(*ip) || *ip == gateway)
            return invalid(DomainXmlText::tr("the address %1 is not a free host address of %2")
                               .arg(entry.ip, plan.subnet),
                           entry.hostname);
        addresses.append(*ip);
    }
    const auto [low, high] = std::minmax_element(addresses.cbegin(), addresses.cend());

    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartElement(s(u"network"));
    xml.writeTextElement(s(u"name"), options.name);
    emptyElement(xml, s(u"bridge"),
                 {{s(u"name"), options.bridge.isEmpty() ? bridgeName(options.name) : options.bridge},
                  {s(u"stp"), s(u"on")},
                  {s(u"delay"), s(u"0")}});
    if (!plan.domain.isEmpty())
        emptyElement(xml, s(u"domain"), {{s(u"name"), plan.domain}, {s(u"localOnly"), s(u"yes")}});

    xml.writeStartElement(s(u"dns"));
    for (const PlanEntry& entry : plan.entries) {
        xml.writeStartElement(s(u"host"));
        xml.writeAttribute(s(u"ip"), entry.ip);
        xml.writeTextElement(s(u"hostname"), entry.hostname);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(s(u"ip"));
    xml.writeAttribute(s(u"address"), gateway.toString());
    xml.writeAttribute(s(u"netmask"), netmask(subnet->prefixLength));
    xml.writeStartElement(s(u"dhcp"));
    // Just the VCNs' span; dnsmasq never hands a reserved address to another MAC.
    emptyElement(xml, s(u"range"), {{s(u"start"), low->toString()}, {s(u"end"), high->toString()}});
    for (const PlanEntry& entry : plan.entries)
        emptyElement(xml, s(u"host"),
                     {{s(u"mac"), entry.mac}, {s(u"name"), entry.hostname}, {s(u"ip"), entry.ip}});
    xml.writeEndElement(); // dhcp
    xml.writeEndElement(); // ip
    xml.writeEndElement(); // network
    return text;
}

QStringList diskFilesOfDomainXml(const QString& xml)
{
    QStringList files;
    QXmlStreamReader reader(xml);
    int diskDepth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("disk"))
                diskDepth = 1;
            else if (diskDepth > 0)
                ++diskDepth;
            if (diskDepth == 2 && reader.name() == QLatin1String("source")) {
                const QString file = reader.attributes().value(QLatin1String("file")).toString();
                if (!file.isEmpty())
                    files.append(file);
            }
        } else if (reader.isEndElement() && diskDepth > 0) {
            --diskDepth;
        }
    }
    return files;
}

} // namespace voc
