// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceleration.h"

#include "hypervisor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

namespace voc {

namespace {

struct AccelerationText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Acceleration)
};

} // namespace

QString toString(Acceleration accel)
{
    switch (accel) {
    case Acceleration::Auto:
        return QStringLiteral("auto");
    case Acceleration::Kvm:
        return QStringLiteral("kvm");
    case Acceleration::Tcg:
        return QStringLiteral("tcg");
    }
    return QStringLiteral("auto");
}

bool fromString(const QString& text, Acceleration* accel)
{
    for (Acceleration candidate : {Acceleration::Auto, Acceleration::Kvm, Acceleration::Tcg}) {
        if (text == toString(candidate)) {
            *accel = candidate;
            return true;
        }
    }
    return false;
}

bool capabilitiesOfferKvm(const QString& capabilitiesXml)
{
    // <capabilities><guest><os_type>hvm</os_type><arch name='x86_64'><domain type='kvm'/>...
    QXmlStreamReader reader(capabilitiesXml);
    bool inGuest = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("guest"))
            inGuest = true;
        else if (reader.isEndElement() && reader.name() == QLatin1String("guest"))
            inGuest = false;
        else if (inGuest && reader.isStartElement() && reader.name() == QLatin1String("domain") &&
                 reader.attributes().value(QLatin1String("type")) == QLatin1String("kvm"))
            return true;
    }
    return false;
}

Result<Acceleration> resolveAcceleration(Acceleration requested, const QString& capabilitiesXml,
                                         bool kvmDevice, const QString& where)
{
    if (requested == Acceleration::Tcg)
        return Acceleration::Tcg;
    const bool offered = capabilitiesOfferKvm(capabilitiesXml);
    if (kvmDevice && offered)
        return Acceleration::Kvm;
    if (requested == Acceleration::Auto)
        return Acceleration::Tcg;
    const QString why = !kvmDevice ? AccelerationText::tr("there is no /dev/kvm")
                                   : AccelerationText::tr("libvirt offers no kvm domain type");
    return makeError(ErrorCode::InvalidInput, AccelerationText::tr("KVM is not available: %1").arg(why),
                     where,
                     AccelerationText::tr("choose acceleration tcg (slower, works everywhere), or enable "
                                          "virtualization in the firmware and load the kvm module"));
}

Result<Acceleration> resolveAcceleration(Acceleration requested, HypervisorConnection& connection)
{
    if (requested == Acceleration::Tcg)
        return Acceleration::Tcg;
    Result<QString> caps = connection.capabilities();
    if (!caps)
        return caps.error();
    // A remote host's /dev/kvm is not ours to check: its capabilities list kvm only when usable.
    const QUrl uri(connection.uri());
    const bool local = uri.host().isEmpty();
    return resolveAcceleration(requested, *caps, local ? kvmDevicePresent() : true, connection.uri());
}

bool kvmDevicePresent()
{
    // Existence, not access: qemu:///system runs QEMU as its own user, who may open it when we cannot.
    return QFileInfo::exists(QStringLiteral("/dev/kvm"));
}

} // namespace voc
