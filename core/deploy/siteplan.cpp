// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteplan.h"

#include "common/jsonfile.h"
#include "images/imagepush.h"
#include "net/ipv4.h"
#include "net/mac.h"
#include "virt/domainxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSet>

namespace voc {

namespace {

struct SitePlanText
{
    Q_DECLARE_TR_FUNCTIONS(voc::SitePlan)
};

QString absoluteAgainst(const QString& dir, const QString& path)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(QDir(dir.isEmpty() ? QDir::currentPath() : dir).absoluteFilePath(path));
}

QString gib(qint64 mib)
{
    return mib >= 1024 ? SitePlanText::tr("%1 GiB").arg(double(mib) / 1024.0, 0, 'f', 1)
                       : SitePlanText::tr("%1 MiB").arg(mib);
}

Result<QList<Ipv4Address>> allocateInRange(const SiteNetwork& network, int count, const QSet<quint32>& taken)
{
    Result<Ipv4Address> first = Ipv4Address::parse(network.rangeStart);
    if (!first)
        return makeError(first.error().code, first.error().what, QStringLiteral("network.rangeStart"),
                         first.error().hint);
    Result<Ipv4Address> last = Ipv4Address::parse(network.rangeEnd);
    if (!last)
        return makeError(last.error().code, last.error().what, QStringLiteral("network.rangeEnd"),
                         last.error().hint);
    QSet<quint32> skip = taken;
    for (const QString& reserved : {network.gateway, network.dnsServer}) {
        if (Result<Ipv4Address> address = Ipv4Address::parse(reserved))
            skip.insert(address->value);
    }
    QList<Ipv4Address> addresses;
    for (quint64 value = first->value; value <= last->value && addresses.size() < count; ++value) {
        if (!skip.contains(quint32(value)))
            addresses.append(Ipv4Address{quint32(value)});
    }
    if (addresses.size() < count)
        return makeError(
            ErrorCode::Exhausted,
            SitePlanText::tr("the site's VCN range %1-%2 has %3 free addresses; the design needs %4")
                .arg(network.rangeStart, network.rangeEnd)
                .arg(addresses.size())
                .arg(count),
            QStringLiteral("network.rangeStart"),
            SitePlanText::tr("destroy deployments you no longer need, or ask the site for a larger "
                             "range"));
    return addresses;
}

QJsonObject hostToJson(const HostCapacity& host)
{
    return {{QStringLiteral("name"), host.name},
            {QStringLiteral("cpus"), host.cpus},
            {QStringLiteral("memoryMiB"), double(host.memoryMiB)},
            {QStringLiteral("usedVcpus"), host.usedVcpus},
            {QStringLiteral("usedMemoryMiB"), double(host.usedMemoryMiB)}};
}

qint64 num(const QJsonObject& object, const char* key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString overlayVolumeName(const QString& designName, const QString& hostname)
{
    return domainName(designName, hostname) + QLatin1String(".qcow2");
}

QList<SiteVcn> SitePlan::vcnsOn(const QString& host) const
{
    QList<SiteVcn> list;
    for (const SiteVcn& vcn : vcns) {
        if (vcn.host == host)
            list.append(vcn);
    }
    return list;
}

QStringList SitePlan::usedHosts() const
{
    QStringList list;
    for (const HostCapacity& host : hosts) {
        if (!vcnsOn(host.name).isEmpty())
            list.append(host.name);
    }
    return list;
}

QList<VcnRecord> SitePlan::directoryRecords() const
{
    QList<VcnRecord> records;
    for (const SiteVcn& vcn : vcns)
        records.append(VcnRecord{.voc = design,
                                 .hostname = vcn.entry.hostname,
                                 .ip = vcn.entry.ip,
                                 .mac = vcn.entry.mac,
                                 .description = QStringLiteral("%1 of %2").arg(toString(vcn.entry.role), vo),
                                 .dn = {}});
    return records;
}

Result<SitePlan> planForSite(const SitePlanInput& input)
{
    const Design& design = input.design;
    const SiteProfile& profile = input.profile;
    Result<QList<PlanEntry>> planned = planEntries(design);
    if (!planned)
        return planned.error();
    QList<PlanEntry> entries = std::move(planned).value();
    if (entries.isEmpty())
        return makeError(ErrorCode::InvalidInput, SitePlanText::tr("the design has no VCNs"),
                         QStringLiteral("roles"));

    // Names and addresses other VOCs hold at the site.
    QHash<QString, QString> takenNames; // hostname -> voc
    QSet<quint32> takenIps;
    QList<MacAddress> takenMacs;
    for (const VcnRecord& record : input.directory) {
        if (record.voc == design.name)
            continue; // our own records of an earlier deployment: refused by the caller, not here
        takenNames.insert(record.hostname.toLower(), record.voc);
        if (Result<Ipv4Address> ip = Ipv4Address::parse(record.ip))
            takenIps.insert(ip->value);
        if (Result<MacAddress> mac = MacAddress::parse(record.mac))
            takenMacs.append(*mac);
    }
    for (const PlanEntry& entry : entries) {
        const auto owner = takenNames.constFind(entry.hostname.toLower());
        if (owner != takenNames.constEnd())
            return makeError(ErrorCode::Conflict,
                             SitePlanText::tr("the hostname %1 is taken at %2 by the VOC %3")
                                 .arg(entry.hostname, profile.name, *owner),
                             QStringLiteral("roles[%1].hostnamePattern").arg(entry.roleIndex),
                             SitePlanText::tr("rename the VOC or change the role's hostname pattern"));
    }

    Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(profile.network.subnet);
    if (!subnet)
        return makeError(subnet.error().code, subnet.error().what, QStringLiteral("network.subnet"),
                         subnet.error().hint);
    Result<QList<Ipv4Address>> ips = allocateInRange(profile.network, int(entries.size()), takenIps);
    if (!ips)
        return ips.error();
    // At a site shared by VOs the VO is part of the seed: two VOs deploying the same design get
    // different MACs (the directory would refuse the second VO's, and it cannot see the first's).
    const QString site = profile.directory.vo.isEmpty()
                             ? profile.name
                             : profile.name + QLatin1Char('/') + profile.directory.vo;
    const QString seed =
        QStringLiteral("%1/%2/%3")
            .arg(site, design.network.macSeed.isEmpty() ? design.vo : design.network.macSeed, design.name);
    Result<QList<MacAddress>> macs = allocateMacs(seed, int(entries.size()), takenMacs);
    if (!macs)
        return macs.error();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].ip = ips->at(i).toString();
        entries[i].mac = macs->at(i).toString();
        entries[i].image.path = absoluteAgainst(input.designDir, entries[i].image.path);
        entries[i].image.kernel = absoluteAgainst(input.designDir, entries[i].image.kernel);
        entries[i].image.initrd = absoluteAgainst(input.designDir, entries[i].image.initrd);
    }

    // One capacity per profile host, in the profile's order.
    QList<HostCapacity> hosts;
    for (const SiteHost& siteHost : profile.hosts) {
        HostCapacity capacity{.name = siteHost.name,
                              .cpus = siteHost.cpus,
                              .memoryMiB = siteHost.memoryMiB,
                              .usedVcpus = 0,
                              .usedMemoryMiB = 0};
        for (const HostCapacity& given : input.hosts) {
            if (given.name == siteHost.name) {
                capacity = given;
                if (siteHost.cpus > 0) // what the site offers wins over what the host has
                    capacity.cpus = siteHost.cpus;
                if (siteHost.memoryMiB > 0)
                    capacity.memoryMiB = siteHost.memoryMiB;
            }
        }
        hosts.append(capacity);
    }
    QList<PlacementItem> items;
    for (const PlanEntry& entry : entries)
        items.append({entry.hostname, entry.role, entry.vcpus, entry.memoryMiB});
    Result<QList<int>> placed = placeVcns(items, hosts, input.placement, input.vcpuOvercommit);
    if (!placed)
        return placed.error();

    SitePlan plan;
    plan.site = profile.name;
    plan.design = design.name;
    plan.vo = design.vo;
    plan.pool = profile.storage.pool;
    plan.sharing = profile.storage.sharing;
    plan.bridge = profile.network.bridge;
    plan.subnet = subnet->toString();
    plan.gateway = profile.network.gateway;
    plan.dnsDomain = profile.network.dnsDomain;
    plan.dnsServer = profile.network.dnsServer;
    plan.placement = input.placement;
    plan.vcpuOvercommit = input.vcpuOvercommit;
    plan.hosts = hosts;
    QHash<QString, int> uploadOf; // volume -> index in plan.uploads
    // The volume a local file goes to; every file once per pool (once in all for a shared pool).
    auto upload = [&](const QString& kind, const QString& path, const QString& defaultFormat,
                      const QString& sha, const QString& target, const QString& vcn) -> Result<QString> {
        const QString sha256 = input.imageSha256.value(path, sha).toLower();
        if (sha256.size() != 64)
            return makeError(ErrorCode::InvalidInput,
                             SitePlanText::tr("the checksum of the %1 is not known").arg(kind), path,
                             SitePlanText::tr("compute it first (vocctl image inspect)"));
        // Keyed by volume: files with the same content (one kernel for every role) go once.
        const QString format = input.imageFormat.value(path, defaultFormat);
        const QString volume = imageVolumeName(sha256, format);
        if (!uploadOf.contains(volume)) {
            ImageUpload file;
            file.localPath = path;
            file.sha256 = sha256;
            file.format = format;
            file.bytes = input.imageBytes.value(path, 0);
            file.volume = volume;
            uploadOf.insert(volume, int(plan.uploads.size()));
            plan.uploads.append(file);
        }
        ImageUpload& file = plan.uploads[uploadOf.value(volume)];
        file.vcns.append(vcn);
        if (!file.hosts.contains(target))
            file.hosts.append(target);
        return file.volume;
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PlanEntry& entry = entries[i];
        const SiteHost& host = profile.hosts.at(placed->at(i));
        // A shared pool is one pool: the first host uploads for all.
        const QString target =
            plan.sharing == StorageSharing::Shared ? profile.hosts.first().name : host.name;
        SiteVcn vcn{.entry = entry,
                    .host = host.name,
                    .hostUri = host.uri,
                    .domain = domainName(design.name, entry.hostname),
                    .overlayVolume = overlayVolumeName(design.name, entry.hostname),
                    .baseVolume = {},
                    .kernelVolume = {},
                    .initrdVolume = {}};
        Result<QString> base = upload(SitePlanText::tr("image"), entry.image.path, QStringLiteral("qcow2"),
                                      entry.image.sha256, target, entry.hostname);
        if (!base)
            return base.error();
        vcn.baseVolume = *base;
        if (entry.image.bootMode == BootMode::Kernel) {
            // The hosts cannot read this machine's files: kernel and initrd travel as volumes too.
            Result<QString> kernel = upload(SitePlanText::tr("kernel"), entry.image.kernel,
                                            QStringLiteral("raw"), QString(), target, entry.hostname);
            if (!kernel)
                return kernel.error();
            vcn.kernelVolume = *kernel;
            if (!entry.image.initrd.isEmpty()) {
                Result<QString> initrd = upload(SitePlanText::tr("initrd"), entry.image.initrd,
                                                QStringLiteral("raw"), QString(), target, entry.hostname);
                if (!initrd)
                    return initrd.error();
                vcn.initrdVolume = *initrd;
            }
        }
        plan.vcns.append(vcn);
    }

    QStringList parts;
    for (const HostCapacity& host : hosts) {
        const QList<SiteVcn> on = plan.vcnsOn(host.name);
        if (on.isEmpty())
            continue;
        int vcpus = 0;
        qint64 memory = 0;
        for (const SiteVcn& vcn : on) {
            vcpus += vcn.entry.vcpus;
            memory += vcn.entry.memoryMiB;
        }
        parts.append(SitePlanText::tr("%1: %2 (%3 vCPUs, %4)")
                         .arg(host.name)
                         .arg(on.size())
                         .arg(vcpus)
                         .arg(gib(memory)));
    }
    // "VCNs: N" rather than "N VCNs": no plural form to get wrong for 1.
    plan.summary = SitePlanText::tr("VCNs: %1 on %2 of %3 hosts (%4): %5")
                       .arg(plan.vcns.size())
                       .arg(parts.size())
                       .arg(hosts.size())
                       .arg(toString(input.placement), parts.join(QStringLiteral("; ")));
    return plan;
}

QJsonObject sitePlanToJson(const SitePlan& plan)
{
    QJsonArray vcns;
    for (const SiteVcn& vcn : plan.vcns) {
        const PlanEntry& e = vcn.entry;
        vcns.append(QJsonObject{{QStringLiteral("hostname"), e.hostname},
                                {QStringLiteral("role"), toString(e.role)},
                                {QStringLiteral("roleIndex"), e.roleIndex},
                                {QStringLiteral("index"), e.index},
                                {QStringLiteral("mac"), e.mac},
                                {QStringLiteral("ip"), e.ip},
                                {QStringLiteral("vcpus"), e.vcpus},
                                {QStringLiteral("memoryMiB"), e.memoryMiB},
                                {QStringLiteral("nic"), toString(e.nic)},
                                {QStringLiteral("image"), e.image.path},
                                {QStringLiteral("bootMode"), toString(e.image.bootMode)},
                                {QStringLiteral("kernel"), e.image.kernel},
                                {QStringLiteral("initrd"), e.image.initrd},
                                {QStringLiteral("cmdline"), e.image.cmdline},
                                {QStringLiteral("kernelVolume"), vcn.kernelVolume},
                                {QStringLiteral("initrdVolume"), vcn.initrdVolume},
                                {QStringLiteral("sha256"), e.image.sha256},
                                {QStringLiteral("host"), vcn.host},
                                {QStringLiteral("hostUri"), vcn.hostUri},
                                {QStringLiteral("domain"), vcn.domain},
                                {QStringLiteral("overlayVolume"), vcn.overlayVolume},
                                {QStringLiteral("baseVolume"), vcn.baseVolume}});
    }
    QJsonArray uploads;
    for (const ImageUpload& upload : plan.uploads)
        uploads.append(QJsonObject{{QStringLiteral("localPath"), upload.localPath},
                                   {QStringLiteral("sha256"), upload.sha256},
                                   {QStringLiteral("format"), upload.format},
                                   {QStringLiteral("bytes"), double(upload.bytes)},
                                   {QStringLiteral("volume"), upload.volume},
                                   {QStringLiteral("hosts"), QJsonArray::fromStringList(upload.hosts)},
                                   {QStringLiteral("vcns"), QJsonArray::fromStringList(upload.vcns)}});
    QJsonArray hosts;
    for (const HostCapacity& host : plan.hosts)
        hosts.append(hostToJson(host));
    return {{QStringLiteral("site"), plan.site},
            {QStringLiteral("design"), plan.design},
            {QStringLiteral("vo"), plan.vo},
            {QStringLiteral("pool"), plan.pool},
            {QStringLiteral("sharing"),
             plan.sharing == StorageSharing::Shared ? QStringLiteral("shared") : QStringLiteral("per-host")},
            {QStringLiteral("bridge"), plan.bridge},
            {QStringLiteral("subnet"), plan.subnet},
            {QStringLiteral("gateway"), plan.gateway},
            {QStringLiteral("dnsDomain"), plan.dnsDomain},
            {QStringLiteral("dnsServer"), plan.dnsServer},
            {QStringLiteral("placement"), toString(plan.placement)},
            {QStringLiteral("vcpuOvercommit"), plan.vcpuOvercommit},
            {QStringLiteral("summary"), plan.summary},
            {QStringLiteral("vcns"), vcns},
            {QStringLiteral("uploads"), uploads},
            {QStringLiteral("hosts"), hosts}};
}

Result<SitePlan> sitePlanFromJson(const QJsonObject& o)
{
    SitePlan plan;
    plan.site = jsonString(o, "site");
    plan.design = jsonString(o, "design");
    plan.vo = jsonString(o, "vo");
    plan.pool = jsonString(o, "pool");
    plan.sharing = jsonString(o, "sharing") == QLatin1String("per-host") ? StorageSharing::PerHost
                                                                         : StorageSharing::Shared;
    plan.bridge = jsonString(o, "bridge");
    plan.subnet = jsonString(o, "subnet");
    plan.gateway = jsonString(o, "gateway");
    plan.dnsDomain = jsonString(o, "dnsDomain");
    plan.dnsServer = jsonString(o, "dnsServer");
    if (!fromString(jsonString(o, "placement"), &plan.placement))
        plan.placement = Placement::Spread;
    plan.vcpuOvercommit = o.value(QLatin1String("vcpuOvercommit")).toDouble(defaultVcpuOvercommit);
    plan.summary = jsonString(o, "summary");
    for (const QJsonValue& value : o.value(QLatin1String("vcns")).toArray()) {
        const QJsonObject v = value.toObject();
        SiteVcn vcn;
        PlanEntry& e = vcn.entry;
        e.hostname = jsonString(v, "hostname");
        if (!fromString(jsonString(v, "role"), &e.role) || e.hostname.isEmpty())
            return makeError(ErrorCode::Parse, SitePlanText::tr("a VCN of the plan has no hostname or role"),
                             QStringLiteral("plan.vcns"));
        e.roleIndex = int(num(v, "roleIndex"));
        e.index = int(num(v, "index"));
        e.mac = jsonString(v, "mac");
        e.ip = jsonString(v, "ip");
        e.vcpus = int(num(v, "vcpus"));
        e.memoryMiB = int(num(v, "memoryMiB"));
        (void)fromString(jsonString(v, "nic"), &e.nic);
        e.image.path = jsonString(v, "image");
        e.image.sha256 = jsonString(v, "sha256");
        (void)fromString(jsonString(v, "bootMode"), &e.image.bootMode);
        e.image.kernel = jsonString(v, "kernel");
        e.image.initrd = jsonString(v, "initrd");
        e.image.cmdline = jsonString(v, "cmdline");
        vcn.kernelVolume = jsonString(v, "kernelVolume");
        vcn.initrdVolume = jsonString(v, "initrdVolume");
        vcn.host = jsonString(v, "host");
        vcn.hostUri = jsonString(v, "hostUri");
        vcn.domain = jsonString(v, "domain");
        vcn.overlayVolume = jsonString(v, "overlayVolume");
        vcn.baseVolume = jsonString(v, "baseVolume");
        plan.vcns.append(vcn);
    }
    for (const QJsonValue& value : o.value(QLatin1String("uploads")).toArray()) {
        const QJsonObject u = value.toObject();
        plan.uploads.append(ImageUpload{.localPath = jsonString(u, "localPath"),
                                        .sha256 = jsonString(u, "sha256"),
                                        .format = jsonString(u, "format"),
                                        .bytes = num(u, "bytes"),
                                        .volume = jsonString(u, "volume"),
                                        .hosts = strings(u.value(QLatin1String("hosts"))),
                                        .vcns = strings(u.value(QLatin1String("vcns")))});
    }
    for (const QJsonValue& value : o.value(QLatin1String("hosts")).toArray()) {
        const QJsonObject h = value.toObject();
        plan.hosts.append(HostCapacity{.name = jsonString(h, "name"),
                                       .cpus = int(num(h, "cpus")),
                                       .memoryMiB = num(h, "memoryMiB"),
                                       .usedVcpus = int(num(h, "usedVcpus")),
                                       .usedMemoryMiB = num(h, "usedMemoryMiB")});
    }
    return plan;
}

} // namespace voc
