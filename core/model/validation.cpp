// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a design must follow before it can be planned. Every rule adds its problems and
// carries on, so the user sees everything wrong at once.
#include "validation.h"

#include "net/hostname.h"
#include "net/ipv4.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cmath>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(voc::Validation)
};

class DesignChecker
{
public:
    Problems problems;

    void error(const QString& path, const QString& message, const QString& hint = {})
    {
        problems.append(Problem{path, message, hint, Problem::Severity::Error});
    }

    void warn(const QString& path, const QString& message, const QString& hint = {})
    {
        problems.append(Problem{path, message, hint, Problem::Severity::Warning});
    }

    // "N is below the minimum of M" / "N is above the maximum of M"; true when value is in range.
    bool checkRange(const QString& path, qint64 value, qint64 minimum, qint64 maximum, QString hint = {})
    {
        if (hint.isEmpty())
            hint = Validation::tr("use a value from %1 to %2").arg(minimum).arg(maximum);
        if (value < minimum) {
            error(path, Validation::tr("%1 is below the minimum of %2").arg(value).arg(minimum), hint);
            return false;
        }
        if (value > maximum) {
            error(path, Validation::tr("%1 is above the maximum of %2").arg(value).arg(maximum), hint);
            return false;
        }
        return true;
    }
};

QString rolePath(qsizetype index, const char* field)
{
    return QStringLiteral("roles[%1].%2").arg(index).arg(QLatin1String(field));
}

bool isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

void checkIdentity(DesignChecker& c, const Design& design)
{
    const QString nameHint =
        Validation::tr("use 1 to 63 letters, digits and hyphens, not starting or ending with a "
                       "hyphen, e.g. \"physics-voc\"");
    if (design.name.isEmpty())
        c.error(QStringLiteral("name"), Validation::tr("required"), nameHint);
    else if (design.name.size() > limits::maxNameLength || !isValidHostLabel(design.name))
        c.error(QStringLiteral("name"),
                Validation::tr("\"%1\" is not a valid host name label").arg(design.name), nameHint);

    if (design.vo.trimmed().isEmpty())
        c.error(QStringLiteral("vo"), Validation::tr("required"),
                Validation::tr("name the Virtual Organization that owns this cluster"));
}

void checkRoleSet(DesignChecker& c, const Design& design)
{
    const QString roles = QStringLiteral("roles");
    qsizetype heads = 0;
    for (const Role& role : design.roles)
        heads += role.kind == RoleKind::Head ? 1 : 0;
    if (heads == 0)
        c.error(roles, Validation::tr("no head role"), Validation::tr("add one role of kind \"head\""));
    else if (heads > 1)
        c.error(roles, Validation::tr("%1 head roles; exactly one is required").arg(heads),
                Validation::tr("remove the extra head roles or make them compute roles"));

    const QList<const Role*> computes = design.computeRoles();
    if (computes.isEmpty()) {
        c.error(roles, Validation::tr("no compute role"), Validation::tr("add a role of kind \"compute\""));
        return;
    }
    qint64 total = 0;
    bool eachInRange = true;
    for (const Role* role : computes) {
        total += role->count;
        eachInRange =
            eachInRange && role->count >= limits::minComputeCount && role->count <= limits::maxComputeCount;
    }
    // Only worth saying when no single role is out of range already (that has its own problem).
    if (eachInRange && total > limits::maxComputeCount)
        c.error(roles,
                Validation::tr("%1 compute VCNs in all, above the maximum of %2")
                    .arg(total)
                    .arg(limits::maxComputeCount),
                Validation::tr("lower the counts of the compute roles"));
}

// A built image brings its disk, checksum and boot files from its build manifest.
void checkBuiltImage(DesignChecker& c, const ImageRef& image, qsizetype i)
{
    const QStringList names = imageBuildNames();
    if (!names.contains(image.build))
        c.error(rolePath(i, "image.build"),
                Validation::tr("\"%1\" is not an image scripts/build-vcn-image builds").arg(image.build),
                Validation::tr("use one of %1, or give the image's path instead")
                    .arg(names.join(QStringLiteral(", "))));
    const QString hint = Validation::tr("clear it, or remove \"build\" to use it");
    const std::pair<const char*, const QString*> ignored[] = {{"image.path", &image.path},
                                                              {"image.sha256", &image.sha256},
                                                              {"image.kernel", &image.kernel},
                                                              {"image.initrd", &image.initrd},
                                                              {"image.cmdline", &image.cmdline}};
    for (const auto& [field, value] : ignored) {
        if (!value->isEmpty())
            c.warn(rolePath(i, field),
                   Validation::tr("ignored: the role uses the built image \"%1\"").arg(image.build), hint);
    }
}

void checkImage(DesignChecker& c, const ImageRef& image, qsizetype i)
{
    if (!image.build.isEmpty()) {
        checkBuiltImage(c, image, i);
        return;
    }
    if (image.path.trimmed().isEmpty())
        c.error(rolePath(i, "image.path"), Validation::tr("required"),
                Validation::tr("choose the role's base disk image, or name one scripts/build-vcn-image "
                               "builds with \"build\" (e.g. \"head\")"));
    if (!image.sha256.isEmpty() && !isSha256(image.sha256))
        c.error(rolePath(i, "image.sha256"),
                Validation::tr("not a SHA-256 checksum (64 lower-case hex digits)"),
                Validation::tr("leave it empty to have it computed, or paste the output of sha256sum"));
    if (image.bootMode == BootMode::Kernel) {
        if (image.kernel.trimmed().isEmpty())
            c.error(rolePath(i, "image.kernel"), Validation::tr("required when bootMode is \"kernel\""),
                    Validation::tr("give the path of the kernel to boot, or set bootMode to \"disk\""));
    } else {
        const QString hint = Validation::tr("set bootMode to \"kernel\" to use them, or clear them");
        if (!image.kernel.isEmpty())
            c.warn(rolePath(i, "image.kernel"), Validation::tr("ignored because bootMode is \"disk\""), hint);
        if (!image.initrd.isEmpty())
            c.warn(rolePath(i, "image.initrd"), Validation::tr("ignored because bootMode is \"disk\""), hint);
        if (!image.cmdline.isEmpty())
            c.warn(rolePath(i, "image.cmdline"), Validation::tr("ignored because bootMode is \"disk\""),
                   hint);
    }
}

void checkRole(DesignChecker& c, const Role& role, qsizetype i)
{
    if (role.kind == RoleKind::Head) {
        if (role.count != 1)
            c.error(rolePath(i, "count"), Validation::tr("a head role has count 1, not %1").arg(role.count),
                    Validation::tr("set the count to 1"));
    } else {
        c.checkRange(rolePath(i, "count"), role.count, limits::minComputeCount, limits::maxComputeCount);
    }
    c.checkRange(rolePath(i, "vcpus"), role.vcpus, limits::minVcpus, limits::maxVcpus);
    c.checkRange(rolePath(i, "memoryMiB"), role.memoryMiB, limits::minMemoryMiB, limits::maxMemoryMiB,
                 Validation::tr("memory is given in MiB: 1024 is 1 GiB"));
    checkImage(c, role.image, i);
}

// Pattern syntax per role, then every expanded name, which must be unique across all roles.
void checkHostnames(DesignChecker& c, const Design& design, bool nameUsable)
{
    struct Owner
    {
        qsizetype role;
        int index;
    };
    QHash<QString, Owner> owners;
    for (qsizetype i = 0; i < design.roles.size(); ++i) {
        const Role& role = design.roles.at(i);
        const QString path = rolePath(i, "hostnamePattern");
        if (role.hostnamePattern.isEmpty()) {
            c.error(path, Validation::tr("required"), Validation::tr("e.g. \"{voc}-{role}{index:02}\""));
            continue;
        }
        const Result<HostnamePattern> compiled = HostnamePattern::compile(role.hostnamePattern);
        if (!compiled) {
            c.error(path, compiled.error().what, compiled.error().hint);
            continue;
        }
        // An invalid VOC name already has its own problem; expanding it would only repeat that.
        if (!nameUsable)
            continue;
        // A head runs once whatever its count says (a wrong count has its own problem).
        const int count = role.kind == RoleKind::Head ? 1 : qBound(1, role.count, limits::maxComputeCount);
        for (int index = 1; index <= count; ++index) {
            const HostnameContext context{design.name, design.vo, toString(role.kind), index};
            const Result<QString> name = compiled->expand(context);
            if (!name) {
                c.error(path, name.error().what, name.error().hint);
                break;
            }
            const QString key = name->toLower(); // DNS names are case-insensitive
            const auto owner = owners.constFind(key);
            if (owner == owners.cend()) {
                owners.insert(key, Owner{i, index});
                continue;
            }
            if (owner->role == i)
                c.error(path,
                        Validation::tr("gives the same name \"%1\" to VCNs %2 and %3")
                            .arg(*name)
                            .arg(owner->index)
                            .arg(index),
                        Validation::tr("include {index} in the pattern"));
            else
                c.error(path,
                        Validation::tr("gives \"%1\", which roles[%2] gives too").arg(*name).arg(owner->role),
                        Validation::tr("make the patterns differ, e.g. with {role} or a different prefix"));
            break;
        }
    }
}

void checkNetwork(DesignChecker& c, const Design& design)
{
    const NetworkSettings& net = design.network;
    const QString subnetPath = QStringLiteral("network.subnet");
    const Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(net.subnet);
    if (net.subnet.isEmpty()) {
        c.error(subnetPath, Validation::tr("required"), Validation::tr("e.g. \"10.77.0.0/24\""));
    } else if (!subnet) {
        c.error(subnetPath, subnet.error().what, subnet.error().hint);
    } else {
        // The gateway takes one host address; every VCN needs one of the rest.
        const qint64 hosts = qint64(subnet->hostCount());
        const qint64 room = qMax<qint64>(0, hosts - 1);
        const qint64 needed = design.vcnCount();
        if (needed > room)
            c.error(subnetPath,
                    Validation::tr("%1 has room for %2 VCNs besides the gateway, the design has %3")
                        .arg(subnet->toString())
                        .arg(room)
                        .arg(needed),
                    Validation::tr("use a larger subnet (a smaller prefix length, e.g. /24 holds 253 VCNs)"));
    }

    const QString gatewayPath = QStringLiteral("network.gateway");
    if (!net.gateway.isEmpty()) {
        const Result<Ipv4Address> gateway = Ipv4Address::parse(net.gateway);
        if (!gateway)
            c.error(gatewayPath, gateway.error().what,
                    Validation::tr("leave it empty to use the subnet's first host address"));
        else if (subnet && (!subnet->contains(*gateway) || *gateway == subnet->network ||
                            *gateway == subnet->broadcast()))
            c.error(gatewayPath,
                    Validation::tr("%1 is not a host address of %2").arg(net.gateway, subnet->toString()),
                    Validation::tr("leave it empty to use the subnet's first host address"));
    }

    if (net.domain.isEmpty())
        c.error(QStringLiteral("network.domain"), Validation::tr("required"),
                Validation::tr("e.g. \"voc.test\""));
    else if (const Status domain = checkHostname(net.domain); !domain)
        c.error(QStringLiteral("network.domain"), domain.error().what, domain.error().hint);
}

void checkHpl(DesignChecker& c, const Design& design)
{
    const HplSettings& hpl = design.hpl;
    const QString utilization = QStringLiteral("hpl.utilization");
    if (!std::isfinite(hpl.utilization) || hpl.utilization <= 0.0)
        c.error(utilization, Validation::tr("%1 must be above 0").arg(hpl.utilization),
                Validation::tr("the share of node memory HPL may use, e.g. 0.8"));
    else if (hpl.utilization > 1.0)
        c.error(utilization, Validation::tr("%1 is above the maximum of 1").arg(hpl.utilization),
                Validation::tr("the share of node memory HPL may use, e.g. 0.8"));
    else if (hpl.utilization > 0.95)
        c.warn(utilization,
               Validation::tr("%1 leaves almost no memory for the operating system").arg(hpl.utilization),
               Validation::tr("HPL may swap or be killed; 0.8 is a good rule of thumb"));

    c.checkRange(QStringLiteral("hpl.blockSize"), hpl.blockSize, limits::minHplBlockSize,
                 limits::maxHplBlockSize, Validation::tr("NB between 64 and 256 suits most machines"));
    if (hpl.step < 0)
        c.error(QStringLiteral("hpl.step"), Validation::tr("%1 is below the minimum of 0").arg(hpl.step),
                Validation::tr("0 rounds N to a multiple of the block size"));

    // No grid side can exceed the most processes a design can have.
    constexpr qint64 maxGridSide = qint64(limits::maxComputeCount) * limits::maxVcpus;
    const bool pOk = c.checkRange(QStringLiteral("hpl.grid.p"), hpl.gridP, 0, maxGridSide);
    const bool qOk = c.checkRange(QStringLiteral("hpl.grid.q"), hpl.gridQ, 0, maxGridSide);
    if (!pOk || !qOk)
        return;
    if ((hpl.gridP == 0) != (hpl.gridQ == 0)) {
        c.error(QStringLiteral("hpl.grid"),
                Validation::tr("p and q must both be 0 (automatic) or both be set"),
                Validation::tr("set both to 0 for a grid as square as possible"));
        return;
    }
    if (hpl.gridP == 0)
        return;
    qint64 vcpus = 0;
    for (const Role* role : design.computeRoles())
        vcpus += qint64(qMax(0, role->count)) * qMax(0, role->vcpus);
    const qint64 processes = qint64(hpl.gridP) * hpl.gridQ;
    const QString hint = Validation::tr("set p and q so that p×q = %1, or both to 0").arg(vcpus);
    if (processes < vcpus)
        c.warn(QStringLiteral("hpl.grid"),
               Validation::tr(
                   "p×q = %1 but the compute nodes have %2 vCPUs in all; HPL would not use every vCPU")
                   .arg(processes)
                   .arg(vcpus),
               hint);
    else if (processes > vcpus)
        c.warn(QStringLiteral("hpl.grid"),
               Validation::tr(
                   "p×q = %1 but the compute nodes have only %2 vCPUs in all; HPL would oversubscribe them")
                   .arg(processes)
                   .arg(vcpus),
               hint);
}

} // namespace

Problems validateDesign(const Design& design)
{
    DesignChecker c;
    checkIdentity(c, design);
    checkRoleSet(c, design);
    for (qsizetype i = 0; i < design.roles.size(); ++i)
        checkRole(c, design.roles.at(i), i);
    const bool nameUsable = !design.name.isEmpty() && isValidHostLabel(design.name);
    checkHostnames(c, design, nameUsable);
    checkNetwork(c, design);
    checkHpl(c, design);
    return c.problems;
}

} // namespace voc
