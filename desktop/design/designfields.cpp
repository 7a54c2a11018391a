// SPDX-License-Identifier: GPL-3.0-or-later
#include "designfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace voc {

namespace {

struct FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(voc::DesignFields)
};

// Keys of the file format ("vocstudio-design/1"), in the order of the Field enum.
struct KeyOfField
{
    Field field;
    const char* path; // for role fields: relative to "roles[i]"
};

constexpr KeyOfField designKeys[] = {
    {Field::Name, "name"},
    {Field::Vo, "vo"},
    {Field::Description, "description"},
    {Field::Subnet, "network.subnet"},
    {Field::Gateway, "network.gateway"},
    {Field::Domain, "network.domain"},
    {Field::MacSeed, "network.macSeed"},
    {Field::HplUtilization, "hpl.utilization"},
    {Field::HplBlockSize, "hpl.blockSize"},
    {Field::HplStep, "hpl.step"},
    {Field::HplGridP, "hpl.grid.p"},
    {Field::HplGridQ, "hpl.grid.q"},
};

constexpr KeyOfField roleKeys[] = {
    {Field::RoleKind, "kind"},
    {Field::RoleCount, "count"},
    {Field::RoleVcpus, "vcpus"},
    {Field::RoleMemory, "memoryMiB"},
    {Field::RoleNic, "nic"},
    {Field::RoleImagePath, "image.path"},
    {Field::RoleImageSha256, "image.sha256"},
    {Field::RoleBootMode, "image.bootMode"},
    {Field::RoleKernel, "image.kernel"},
    {Field::RoleInitrd, "image.initrd"},
    {Field::RoleCmdline, "image.cmdline"},
    {Field::RoleHostnamePattern, "hostnamePattern"},
};

// Objects whose problems are best shown at one of their fields (e.g. "hpl.grid: P*Q != ranks").
constexpr KeyOfField ancestorKeys[] = {
    {Field::Subnet, "network"},
    {Field::HplUtilization, "hpl"},
    {Field::HplGridP, "hpl.grid"},
};

template<typename E> bool enumFromVariant(const QVariant& value, E* out)
{
    if (value.typeId() == QMetaType::QString)
        return fromString(value.toString(), out);
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0 || number > 1) // every enum of design.h has two values
        return false;
    *out = static_cast<E>(number);
    return true;
}

bool intFromVariant(const QVariant& value, int* out)
{
    if (value.typeId() == QMetaType::QString)
        return false; // the editors give numbers; text here means a wrong column
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok)
        *out = number;
    return ok;
}

bool stringFromVariant(const QVariant& value, QString* out)
{
    if (!value.canConvert<QString>())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

QVariant fieldValue(const Design& design, FieldRef ref)
{
    switch (ref.field) {
    case Field::Name:
        return design.name;
    case Field::Vo:
        return design.vo;
    case Field::Description:
        return design.description;
    case Field::Subnet:
        return design.network.subnet;
    case Field::Gateway:
        return design.network.gateway;
    case Field::Domain:
        return design.network.domain;
    case Field::MacSeed:
        return design.network.macSeed;
    case Field::HplUtilization:
        return design.hpl.utilization;
    case Field::HplBlockSize:
        return design.hpl.blockSize;
    case Field::HplStep:
        return design.hpl.step;
    case Field::HplGridP:
        return design.hpl.gridP;
    case Field::HplGridQ:
        return design.hpl.gridQ;
    default:
        break;
    }
    if (ref.role < 0 || ref.role >= design.roles.size())
        return {};
    const Role& role = design.roles.at(ref.role);
    switch (ref.field) {
    case Field::RoleKind:
        return static_cast<int>(role.kind);
    case Field::RoleCount:
        return role.count;
    case Field::RoleVcpus:
        return role.vcpus;
    case Field::RoleMemory:
        return role.memoryMiB;
    case Field::RoleNic:
        return static_cast<int>(role.nic);
    case Field::RoleImagePath:
        return role.image.path;
    case Field::RoleImageSha256:
        return role.image.sha256;
    case Field::RoleBootMode:
        return static_cast<int>(role.image.bootMode);
    case Field::RoleKernel:
        return role.image.kernel;
    case Field::RoleInitrd:
        return role.image.initrd;
    case Field::RoleCmdline:
        return role.image.cmdline;
    case Field::RoleHostnamePattern:
        return role.hostnamePattern;
    default:
        return {};
    }
}

bool setFieldValue(Design* design, FieldRef ref, const QVariant& value)
{
    switch (ref.field) {
    case Field::Name:
        return stringFromVariant(value, &design->name);
    case Field::Vo:
        return stringFromVariant(value, &design->vo);
    case Field::Description:
        return stringFromVariant(value, &design->description);
    case Field::Subnet:
        return stringFromVariant(value, &design->network.subnet);
    case Field::Gateway:
        return stringFromVariant(value, &design->network.gateway);
    case Field::Domain:
        return stringFromVariant(value, &design->network.domain);
    case Field::MacSeed:
        return stringFromVariant(value, &design->network.macSeed);
    case Field::HplUtilization: {
        bool ok = false;
        const double u = value.toDouble(&ok);
        if (ok && value.typeId() != QMetaType::QString)
            design->hpl.utilization = u;
        return ok && value.typeId() != QMetaType::QString;
    }
    case Field::HplBlockSize:
        return intFromVariant(value, &design->hpl.blockSize);
    case Field::HplStep:
        return intFromVariant(value, &design->hpl.step);
    case Field::HplGridP:
        return intFromVariant(value, &design->hpl.gridP);
    case Field::HplGridQ:
        return intFromVariant(value, &design->hpl.gridQ);
    default:
        break;
    }
    if (ref.role < 0 || ref.role >= design->roles.size())
        return false;
    Role& role = design->roles[ref.role];
    switch (ref.field) {
    case Field::RoleKind:
        return enumFromVariant(value, &role.kind);
    case Field::RoleCount:
        return intFromVariant(value, &role.count);
    case Field::RoleVcpus:
        return intFromVariant(value, &role.vcpus);
    case Field::RoleMemory:
        return intFromVariant(value, &role.memoryMiB);
    case Field::RoleNic:
        return enumFromVariant(value, &role.nic);
    case Field::RoleImagePath:
        return stringFromVariant(value, &role.image.path);
    case Field::RoleImageSha256:
        return stringFromVariant(value, &role.image.sha256);
    case Field::RoleBootMode:
        return enumFromVariant(value, &role.image.bootMode);
    case Field::RoleKernel:
        return stringFromVariant(value, &role.image.kernel);
    case Field::RoleInitrd:
        return stringFromVariant(value, &role.image.initrd);
    case Field::RoleCmdline:
        return stringFromVariant(value, &role.image.cmdline);
    case Field::RoleHostnamePattern:
        return stringFromVariant(value, &role.hostnamePattern);
    default:
        return false;
    }
}

QString fieldPath(FieldRef ref)
{
    for (const KeyOfField& key : designKeys)
        if (key.field == ref.field)
            return QLatin1String(key.path);
    if (ref.field == Field::Roles)
        return QStringLiteral("roles");
    const QString rolePath = QStringLiteral("roles[%1]").arg(ref.role);
    for (const KeyOfField& key : roleKeys)
        if (key.field == ref.field)
            return rolePath + QLatin1Char('.') + QLatin1String(key.path);
    return rolePath;
}

std::optional<FieldRef> fieldForPath(const QString& path)
{
    static const QRegularExpression rolePattern(QStringLiteral(R"(^roles\[(\d+)\](?:\.(.*))?$)"));
    const QRegularExpressionMatch match = rolePattern.match(path);
    if (match.hasMatch()) {
        bool ok = false;
        const int role = match.captured(1).toInt(&ok);
        if (!ok)
            return FieldRef{Field::Roles};
        // The longest known key that is the rest of the path or one of its ancestors.
        QString rest = match.captured(2);
        while (!rest.isEmpty()) {
            for (const KeyOfField& key : roleKeys)
                if (rest == QLatin1String(key.path))
                    return FieldRef{key.field, role};
            if (rest == QLatin1String("image"))
                return FieldRef{Field::RoleImagePath, role};
            const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
            rest = dot < 0 ? QString() : rest.left(dot);
        }
        return FieldRef{Field::Role, role};
    }
    if (path == QLatin1String("roles") || path.startsWith(QLatin1String("roles[")) ||
        path.startsWith(QLatin1String("roles.")))
        return FieldRef{Field::Roles};

    QString rest = path;
    while (!rest.isEmpty()) {
        for (const KeyOfField& key : designKeys)
            if (rest == QLatin1String(key.path))
                return FieldRef{key.field};
        for (const KeyOfField& key : ancestorKeys)
            if (rest == QLatin1String(key.path))
                return FieldRef{key.field};
        const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
        rest = dot < 0 ? QString() : rest.left(dot);
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Name:
        return FieldNames::tr("name");
    case Field::Vo:
        return FieldNames::tr("VO");
    case Field::Description:
        return FieldNames::tr("description");
    case Field::Subnet:
        return FieldNames::tr("subnet");
    case Field::Gateway:
        return FieldNames::tr("gateway");
    case Field::Domain:
        return FieldNames::tr("domain");
    case Field::MacSeed:
        return FieldNames::tr("MAC seed");
    case Field::HplUtilization:
        return FieldNames::tr("HPL utilization");
    case Field::HplBlockSize:
        return FieldNames::tr("HPL block size");
    case Field::HplStep:
        return FieldNames::tr("HPL step");
    case Field::HplGridP:
        return FieldNames::tr("HPL grid P");
    case Field::HplGridQ:
        return FieldNames::tr("HPL grid Q");
    case Field::RoleKind:
        return FieldNames::tr("role kind");
    case Field::RoleCount:
        return FieldNames::tr("count");
    case Field::RoleVcpus:
        return FieldNames::tr("vCPUs");
    case Field::RoleMemory:
        return FieldNames::tr("memory");
    case Field::RoleNic:
        return FieldNames::tr("NIC model");
    case Field::RoleImagePath:
        return FieldNames::tr("image path");
    case Field::RoleImageSha256:
        return FieldNames::tr("image checksum");
    case Field::RoleBootMode:
        return FieldNames::tr("boot mode");
    case Field::RoleKernel:
        return FieldNames::tr("kernel");
    case Field::RoleInitrd:
        return FieldNames::tr("initrd");
    case Field::RoleCmdline:
        return FieldNames::tr("kernel command line");
    case Field::RoleHostnamePattern:
        return FieldNames::tr("hostname pattern");
    case Field::Roles:
        return FieldNames::tr("roles");
    case Field::Role:
        return FieldNames::tr("role");
    }
    return {};
}

} // namespace voc
