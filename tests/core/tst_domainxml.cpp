// SPDX-License-Identifier: GPL-3.0-or-later
// Domain and network XML: read back with QXmlStreamReader and checked element by element.
#include "virt/domainxml.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace voc;

namespace {

// One element of a parsed document: its path ("/domain/devices/interface/model"), attributes, text.
struct Node
{
    QString path;
    QString namespaceUri;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<Node> parse(const QString& xml)
{
    QList<Node> nodes;
    QStringList stack;
    QList<int> open;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack.append(reader.name().toString());
            open.append(int(nodes.size()));
            nodes.append({QLatin1Char('/') + stack.join(QLatin1Char('/')),
                          reader.namespaceUri().toString(),
                          reader.attributes(),
                          {}});
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.isEmpty()) {
            nodes[open.last()].text += reader.text();
        } else if (reader.isEndElement()) {
            stack.removeLast();
            open.removeLast();
        }
    }
    if (reader.hasError())
        qWarning() << "XML error" << reader.errorString() << xml;
    return reader.hasError() ? QList<Node>{} : nodes;
}

QList<Node> all(const QList<Node>& nodes, const QString& path)
{
    QList<Node> found;
    for (const Node& node : nodes)
        if (node.path == path)
            found.append(node);
    return found;
}

Node one(const QList<Node>& nodes, const QString& path)
{
    const QList<Node> found = all(nodes, path);
    return found.size() == 1 ? found.first() : Node{};
}

QString attr(const Node& node, const char* name)
{
    return node.attributes.value(QLatin1String(name)).toString();
}

PlanEntry entry(const QString& hostname, NicModel nic, BootMode boot)
{
    PlanEntry e;
    e.hostname = hostname;
    e.role = RoleKind::Compute;
    e.index = 2;
    e.mac = QStringLiteral("0a:12:34:00:00:03");
    e.ip = QStringLiteral("10.77.0.3");
    e.vcpus = 2;
    e.memoryMiB = 768;
    e.nic = nic;
    e.image.bootMode = boot;
    if (boot == BootMode::Kernel) {
        e.image.kernel = QStringLiteral("/images/vmlinuz");
        e.image.initrd = QStringLiteral("/images/initrd.img");
        e.image.cmdline = QStringLiteral("console=ttyS0 root=/dev/vda rw");
    }
    return e;
}

Plan plan(const QString& subnet, int count)
{
    Plan p;
    p.target = QStringLiteral("local");
    p.subnet = subnet;
    p.domain = QStringLiteral("voc.test");
    const QString base = subnet.section(QLatin1Char('.'), 0, 2);
    for (int i = 0; i < count; ++i) {
        PlanEntry e = entry(i == 0 ? QStringLiteral("demo-head") : QStringLiteral("demo-compute%1").arg(i),
                            NicModel::Virtio, BootMode::Disk);
        e.role = i == 0 ? RoleKind::Head : RoleKind::Compute;
        e.mac = QStringLiteral("0a:12:34:00:00:%1").arg(i + 2, 2, 10, QLatin1Char('0'));
        e.ip = QStringLiteral("%1.%2").arg(base).arg(i + 2);
        p.entries.append(e);
    }
    return p;
}

} // namespace

class TestDomainXml : public QObject
{
    Q_OBJECT

private slots:
    void domain_data();
    void domain();
    void domainErrors_data();
    void domainErrors();
    void bridgeInterface_data();
    void bridgeInterface();
    void network_data();
    void network();
    void networkErrors_data();
    void networkErrors();
    void names_data();
    void names();
    void acceleration_data();
    void acceleration();
};

void TestDomainXml::domain_data()
{
    QTest::addColumn<Acceleration>("accel");
    QTest::addColumn<NicModel>("nic");
    QTest::addColumn<BootMode>("boot");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("design");
    QTest::addColumn<bool>("vnc");
    QTest::addColumn<QString>("domainType");
    QTest::addColumn<QString>("cpuMode");
    QTest::addColumn<QString>("nicModel");

    QTest::newRow("tcg, virtio, disk")
        << Acceleration::Tcg << NicModel::Virtio << BootMode::Disk << QStringLiteral("voc-demo-node")
        << QStringLiteral("demo") << false << QStringLiteral("qemu") << QStringLiteral("custom")
        << QStringLiteral("virtio");
    QTest::newRow("kvm, e1000, disk")
        << Acceleration::Kvm << NicModel::E1000 << BootMode::Disk << QStringLiteral("voc-demo-node")
        << QStringLiteral("demo") << false << QStringLiteral("kvm") << QStringLiteral("host-passthrough")
        << QStringLiteral("e1000");
    QTest::newRow("tcg, e1000, kernel")
        << Acceleration::Tcg << NicModel::E1000 << BootMode::Kernel << QStringLiteral("voc-k")
        << QStringLiteral("k") << false << QStringLiteral("qemu") << QStringLiteral("custom")
        << QStringLiteral("e1000");
    QTest::newRow("kvm, virtio, kernel, vnc")
        << Acceleration::Kvm << NicModel::Virtio << BootMode::Kernel << QStringLiteral("voc-k")
        << QStringLiteral("k") << true << QStringLiteral("kvm") << QStringLiteral("host-passthrough")
        << QStringLiteral("virtio");
    QTest::newRow("hostile names") << Acceleration::Tcg << NicModel::Virtio << BootMode::Disk
                                   << QStringLiteral("a\"b'c<d>&e</name><evil/>")
                                   << QStringLiteral("\"/><x y=\"&amp;") << false << QStringLiteral("qemu")
                                   << QStringLiteral("custom") << QStringLiteral("virtio");
}

void TestDomainXml::domain()
{
    QFETCH(Acceleration, accel);
    QFETCH(NicModel, nic);
    QFETCH(BootMode, boot);
    QFETCH(QString, name);
    QFETCH(QString, design);
    QFETCH(bool, vnc);
    QFETCH(QString, domainType);
    QFETCH(QString, cpuMode);
    QFETCH(QString, nicModel);

    const PlanEntry e = entry(QStringLiteral("demo-compute02"), nic, boot);
    DomainOptions options;
    options.name = name;
    options.designName = design;
    options.accel = accel;
    options.overlayPath = QStringLiteral("/var/tmp/o & v/overlay.qcow2");
    options.networkName = QStringLiteral("voc-demo");
    options.serialLogPath = QStringLiteral("/tmp/serial.log");
    options.vnc = vnc;
    const Result<QString> xml = domainXml(e, options);
    QVERIFY2(xml.ok(), qPrintable(xml.ok() ? QString() : xml.error().toString()));
    const QList<Node> nodes = parse(*xml);
    QVERIFY(!nodes.isEmpty());

    QCOMPARE(nodes.first().path, QStringLiteral("/domain"));
    QCOMPARE(attr(nodes.first(), "type"), domainType);
    QCOMPARE(one(nodes, QStringLiteral("/domain/name")).text, name);
    QCOMPARE(all(nodes, QStringLiteral("/domain/evil")).size(), 0);
    const Node memory = one(nodes, QStringLiteral("/domain/memory"));
    QCOMPARE(attr(memory, "unit"), QStringLiteral("KiB"));
    QCOMPARE(memory.text, QString::number(e.memoryMiB * 1024));
    QCOMPARE(one(nodes, QStringLiteral("/domain/vcpu")).text, QString::number(e.vcpus));
    QCOMPARE(one(nodes, QStringLiteral("/domain/os/type")).text, QStringLiteral("hvm"));
    QCOMPARE(one(nodes, QStringLiteral("/domain/on_poweroff")).text, QStringLiteral("destroy"));

    const Node cpu = one(nodes, QStringLiteral("/domain/cpu"));
    QCOMPARE(attr(cpu, "mode"), cpuMode);
    const QList<Node> cpuModel = all(nodes, QStringLiteral("/domain/cpu/model"));
    if (accel == Acceleration::Tcg) {
        QCOMPARE(cpuModel.size(), 1);
        QCOMPARE(cpuModel.first().text, QStringLiteral("qemu64"));
    } else {
        QCOMPARE(cpuModel.size(), 0);
    }

    if (boot == BootMode::Kernel) {
        QCOMPARE(one(nodes, QStringLiteral("/domain/os/kernel")).text, e.image.kernel);
        QCOMPARE(one(nodes, QStringLiteral("/domain/os/initrd")).text, e.image.initrd);
        QCOMPARE(one(nodes, QStringLiteral("/domain/os/cmdline")).text, e.image.cmdline);
        QCOMPARE(all(nodes, QStringLiteral("/domain/os/boot")).size(), 0);
    } else {
        QCOMPARE(attr(one(nodes, QStringLiteral("/domain/os/boot")), "dev"), QStringLiteral("hd"));
        QCOMPARE(all(nodes, QStringLiteral("/domain/os/kernel")).size(), 0);
    }
    // The overlay is the disk either way (kernel boot still needs a root file system).
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/disk/source")), "file"), options.overlayPath);
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/disk/driver")), "type"),
             QStringLiteral("qcow2"));
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/disk/target")), "bus"),
             QStringLiteral("virtio"));

    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface")), "type"),
             QStringLiteral("network"));
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface/source")), "network"),
             options.networkName);
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface/mac")), "address"), e.mac);
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface/model")), "type"), nicModel);

    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/serial")), "type"), QStringLiteral("pty"));
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/serial/log")), "file"), options.serialLogPath);
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/console/target")), "type"),
             QStringLiteral("serial"));
    const QList<Node> graphics = all(nodes, QStringLiteral("/domain/devices/graphics"));
    QCOMPARE(graphics.size(), vnc ? 1 : 0);
    if (vnc)
        QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/graphics/listen")), "address"),
                 QStringLiteral("127.0.0.1"));

    // No USB controller and no balloon: neither is of use to a VCN, both cost boot time.
    const Node usb = one(nodes, QStringLiteral("/domain/devices/controller"));
    QCOMPARE(attr(usb, "type"), QStringLiteral("usb"));
    QCOMPARE(attr(usb, "model"), QStringLiteral("none"));
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/memballoon")), "model"), QStringLiteral("none"));

    const Node vcn = one(nodes, QStringLiteral("/domain/metadata/vcn"));
    QCOMPARE(vcn.namespaceUri, QString::fromUtf16(vcnMetadataNamespace));
    QCOMPARE(attr(vcn, "design"), design);
    QCOMPARE(attr(vcn, "hostname"), e.hostname);
    QCOMPARE(attr(vcn, "role"), QStringLiteral("compute"));
    QCOMPARE(attr(vcn, "index"), QStringLiteral("2"));
}

void TestDomainXml::domainErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("auto not resolved") << QStringLiteral("auto") << ErrorCode::Internal;
    QTest::newRow("no name") << QStringLiteral("no-name") << ErrorCode::InvalidInput;
    QTest::newRow("no network") << QStringLiteral("no-network") << ErrorCode::InvalidInput;
    QTest::newRow("disk boot without overlay") << QStringLiteral("no-overlay") << ErrorCode::InvalidInput;
    QTest::newRow("kernel boot without kernel") << QStringLiteral("no-kernel") << ErrorCode::InvalidInput;
    QTest::newRow("no MAC") << QStringLiteral("no-mac") << ErrorCode::InvalidInput;
    QTest::newRow("no memory") << QStringLiteral("no-memory") << ErrorCode::InvalidInput;
}

void TestDomainXml::domainErrors()
{
    QFETCH(QString, change);
    QFETCH(ErrorCode, code);
    PlanEntry e = entry(QStringLiteral("demo-head"), NicModel::Virtio, BootMode::Disk);
    DomainOptions options{.name = QStringLiteral("voc-demo-head"),
                          .designName = QStringLiteral("demo"),
                          .accel = Acceleration::Tcg,
                          .overlayPath = QStringLiteral("/tmp/o.qcow2"),
                          .networkName = QStringLiteral("voc-demo")};
    QVERIFY(domainXml(e, options).ok());
    if (change == QLatin1String("auto"))
        options.accel = Acceleration::Auto;
    else if (change == QLatin1String("no-name"))
        options.name.clear();
    else if (change == QLatin1String("no-network"))
        options.networkName.clear();
    else if (change == QLatin1String("no-overlay"))
        options.overlayPath.clear();
    else if (change == QLatin1String("no-kernel"))
        e.image.bootMode = BootMode::Kernel;
    else if (change == QLatin1String("no-mac"))
        e.mac.clear();
    else if (change == QLatin1String("no-memory"))
        e.memoryMiB = 0;
    const Result<QString> xml = domainXml(e, options);
    QVERIFY(!xml.ok());
    QCOMPARE(xml.error().code, code);
    QCOMPARE(xml.error().where, e.hostname);
}

void TestDomainXml::bridgeInterface_data()
{
    QTest::addColumn<QString>("bridge");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sourceAttribute");
    QTest::addColumn<QString>("source");
    QTest::newRow("site bridge") << QStringLiteral("vocbr0") << QString() << QStringLiteral("bridge")
                                 << QStringLiteral("bridge") << QStringLiteral("vocbr0");
    QTest::newRow("bridge wins over a network")
        << QStringLiteral("br-site") << QStringLiteral("voc-demo") << QStringLiteral("bridge")
        << QStringLiteral("bridge") << QStringLiteral("br-site");
    QTest::newRow("network without bridge")
        << QString() << QStringLiteral("voc-demo") << QStringLiteral("network") << QStringLiteral("network")
        << QStringLiteral("voc-demo");
    QTest::newRow("neither") << QString() << QString() << QString() << QString() << QString();
}

void TestDomainXml::bridgeInterface()
{
    QFETCH(QString, bridge);
    QFETCH(QString, network);
    QFETCH(QString, type);
    QFETCH(QString, sourceAttribute);
    QFETCH(QString, source);
    const PlanEntry e = entry(QStringLiteral("demo-compute01"), NicModel::E1000, BootMode::Disk);
    const Result<QString> xml = domainXml(e, {.name = QStringLiteral("voc-demo-demo-compute01"),
                                              .designName = QStringLiteral("demo"),
                                              .accel = Acceleration::Tcg,
                                              .overlayPath = QStringLiteral("/pool/o.qcow2"),
                                              .networkName = network,
                                              .bridge = bridge});
    if (type.isEmpty()) {
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY2(xml.ok(), qPrintable(xml.ok() ? QString() : xml.error().toString()));
    const QList<Node> nodes = parse(*xml);
    const Node nic = one(nodes, QStringLiteral("/domain/devices/interface"));
    QCOMPARE(attr(nic, "type"), type);
    const Node sourceNode = one(nodes, QStringLiteral("/domain/devices/interface/source"));
    QCOMPARE(attr(sourceNode, sourceAttribute.toLatin1().constData()), source);
    // The other kind of source is absent.
    QCOMPARE(attr(sourceNode, type == QLatin1String("bridge") ? "network" : "bridge"), QString());
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface/mac")), "address"), e.mac);
    QCOMPARE(attr(one(nodes, QStringLiteral("/domain/devices/interface/model")), "type"),
             QStringLiteral("e1000"));
}

void TestDomainXml::network_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expectedGateway");
    QTest::addColumn<QString>("netmask");

    QTest::newRow("/24, 1 head + 2 compute")
        << QStringLiteral("10.77.0.0/24") << QString() << 3 << QStringLiteral("voc.test")
        << QStringLiteral("10.77.0.1") << QStringLiteral("255.255.255.0");
    QTest::newRow("/16, explicit gateway")
        << QStringLiteral("172.20.0.0/16") << QStringLiteral("172.20.0.254") << 5
        << QStringLiteral("cluster.example") << QStringLiteral("172.20.0.254")
        << QStringLiteral("255.255.0.0");
    QTest::newRow("/28, hostile domain")
        << QStringLiteral("192.168.5.0/28") << QString() << 2 << QStringLiteral("a'b\"c&d<e>")
        << QStringLiteral("192.168.5.1") << QStringLiteral("255.255.255.240");
}

void TestDomainXml::network()
{
    QFETCH(QString, subnet);
    QFETCH(QString, gateway);
    QFETCH(int, count);
    QFETCH(QString, domain);
    QFETCH(QString, expectedGateway);
    QFETCH(QString, netmask);

    Plan p = plan(subnet, count);
    p.gateway = gateway;
    p.domain = domain;
    const Result<QString> xml = networkXml(p, {.name = QStringLiteral("voc-demo")});
    QVERIFY2(xml.ok(), qPrintable(xml.ok() ? QString() : xml.error().toString()));
    const QList<Node> nodes = parse(*xml);
    QVERIFY(!nodes.isEmpty());

    QCOMPARE(one(nodes, QStringLiteral("/network/name")).text, QStringLiteral("voc-demo"));
    QCOMPARE(all(nodes, QStringLiteral("/network/forward")).size(), 0); // isolated
    const QString bridge = attr(one(nodes, QStringLiteral("/network/bridge")), "name");
    QCOMPARE(bridge, bridgeName(QStringLiteral("voc-demo")));
    QVERIFY(bridge.size() <= 15);
    const Node dnsDomain = one(nodes, QStringLiteral("/network/domain"));
    QCOMPARE(attr(dnsDomain, "name"), domain);
    QCOMPARE(attr(dnsDomain, "localOnly"), QStringLiteral("yes"));

    const Node ip = one(nodes, QStringLiteral("/network/ip"));
    QCOMPARE(attr(ip, "address"), expectedGateway);
    QCOMPARE(attr(ip, "netmask"), netmask);
    const Node range = one(nodes, QStringLiteral("/network/ip/dhcp/range"));
    QCOMPARE(attr(range, "start"), p.entries.first().ip);
    QCOMPARE(attr(range, "end"), p.entries.last().ip);

    const QList<Node> hosts = all(nodes, QStringLiteral("/network/ip/dhcp/host"));
    const QList<Node> dnsHosts = all(nodes, QStringLiteral("/network/dns/host"));
    const QList<Node> dnsNames = all(nodes, QStringLiteral("/network/dns/host/hostname"));
    QCOMPARE(hosts.size(), count);
    QCOMPARE(dnsHosts.size(), count);
    QCOMPARE(dnsNames.size(), count);
    for (int i = 0; i < count; ++i) {
        const PlanEntry& e = p.entries.at(i);
        QCOMPARE(attr(hosts.at(i), "mac"), e.mac);
        QCOMPARE(attr(hosts.at(i), "name"), e.hostname);
        QCOMPARE(attr(hosts.at(i), "ip"), e.ip);
        QCOMPARE(attr(dnsHosts.at(i), "ip"), e.ip);
        QCOMPARE(dnsNames.at(i).text, e.hostname);
    }
}

void TestDomainXml::networkErrors_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("badIp");
    QTest::addColumn<int>("count");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no VCNs") << QStringLiteral("10.77.0.0/24") << QString() << 0 << ErrorCode::InvalidInput;
    QTest::newRow("address outside the subnet")
        << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.78.0.5") << 2 << ErrorCode::InvalidInput;
    QTest::newRow("address is the gateway")
        << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.1") << 2 << ErrorCode::InvalidInput;
    QTest::newRow("address is not an address")
        << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.x") << 2 << ErrorCode::Parse;
}

void TestDomainXml::networkErrors()
{
    QFETCH(QString, subnet);
    QFETCH(QString, badIp);
    QFETCH(int, count);
    QFETCH(ErrorCode, code);
    Plan p = plan(subnet, count);
    if (!badIp.isEmpty())
        p.entries.last().ip = badIp;
    const Result<QString> xml = networkXml(p, {.name = QStringLiteral("voc-demo")});
    QVERIFY(!xml.ok());
    if (code != ErrorCode::Parse)
        QCOMPARE(xml.error().code, code);
    else
        QVERIFY(xml.error().code == ErrorCode::Parse || xml.error().code == ErrorCode::InvalidInput);
    if (count > 0)
        QCOMPARE(xml.error().where, p.entries.last().hostname);
}

void TestDomainXml::names_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("short") << QStringLiteral("a");
    QTest::newRow("typical") << QStringLiteral("physics-demo");
    QTest::newRow("longest label") << QString(63, QLatin1Char('x'));
}

void TestDomainXml::names()
{
    QFETCH(QString, design);
    QCOMPARE(domainName(design, QStringLiteral("h1")),
             QStringLiteral("voc-") + design + QStringLiteral("-h1"));
    const QString network = networkName(design);
    QCOMPARE(network, QStringLiteral("voc-") + design);
    const QString bridge = bridgeName(network);
    QVERIFY(bridge.size() <= 15);
    QCOMPARE(bridgeName(network), bridge);                     // stable
    QVERIFY(bridgeName(network + QLatin1Char('2')) != bridge); // distinct
    for (QChar c : bridge)
        QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
}

void TestDomainXml::acceleration_data()
{
    QTest::addColumn<Acceleration>("requested");
    QTest::addColumn<bool>("capsKvm");
    QTest::addColumn<bool>("device");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Acceleration>("expected");

    QTest::newRow("auto, kvm everywhere") << Acceleration::Auto << true << true << true << Acceleration::Kvm;
    QTest::newRow("auto, no device") << Acceleration::Auto << true << false << true << Acceleration::Tcg;
    QTest::newRow("auto, libvirt says no kvm")
        << Acceleration::Auto << false << true << true << Acceleration::Tcg;
    QTest::newRow("kvm, available") << Acceleration::Kvm << true << true << true << Acceleration::Kvm;
    QTest::newRow("kvm, no device") << Acceleration::Kvm << true << false << false << Acceleration::Kvm;
    QTest::newRow("kvm, libvirt says no") << Acceleration::Kvm << false << true << false << Acceleration::Kvm;
    QTest::newRow("tcg stays tcg") << Acceleration::Tcg << true << true << true << Acceleration::Tcg;
}

void TestDomainXml::acceleration()
{
    QFETCH(Acceleration, requested);
    QFETCH(bool, capsKvm);
    QFETCH(bool, device);
    QFETCH(bool, ok);
    QFETCH(Acceleration, expected);

    // The shape of libvirt's capabilities: kvm appears as a <domain> of a guest architecture.
    const QString caps = QStringLiteral("<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
                                        "<guest><os_type>hvm</os_type><arch name='x86_64'>"
                                        "<domain type='qemu'/>%1</arch></guest></capabilities>")
                             .arg(capsKvm ? QStringLiteral("<domain type='kvm'/>") : QString());
    QCOMPARE(capabilitiesOfferKvm(caps), capsKvm);
    const Result<Acceleration> result = resolveAcceleration(requested, caps, device, QStringLiteral("host1"));
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(toString(*result), toString(expected));
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().where, QStringLiteral("host1"));
        QVERIFY(result.error().hint.contains(QLatin1String("tcg")));
    }
    Acceleration parsed = Acceleration::Auto;
    QVERIFY(fromString(toString(requested), &parsed));
    QCOMPARE(toString(parsed), toString(requested));
    QVERIFY(!fromString(QStringLiteral("KVM!"), &parsed));
}

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
