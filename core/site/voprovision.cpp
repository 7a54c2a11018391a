// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/voprovision.h"

#include "common/terminaltext.h"
#include "net/ipv4.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

namespace voc {

namespace {

struct VoProvisionText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VoProvision)
};

QString voShownName(const QString& name)
{
    constexpr int shown = 40;
    return escapeForTerminal(QStringView(name).left(shown)) +
           (name.size() > shown ? QStringLiteral("…") : QString());
}

} // namespace

Status requireProviderAdmin(const SiteProfile& profile, const QString& where)
{
    switch (profile.kind()) {
    case SiteProfileKind::ProviderAdmin:
        return Ok{};
    case SiteProfileKind::Vo:
        return makeError(
            ErrorCode::InvalidInput,
            VoProvisionText::tr("this is VO %1's profile; the provider's tools (vocctl site vo) "
                                "need the provider admin profile")
                .arg(profile.directory.vo),
            where,
            VoProvisionText::tr("use the site's admin profile (\"kind\": \"provider-admin\": the "
                                "directory's admin, hosts as root); a VO's profile never is one"));
    case SiteProfileKind::SingleTenant:
        break;
    }
    return makeError(
        ErrorCode::InvalidInput,
        VoProvisionText::tr("this is a single-tenant profile; the provider's tools (vocctl site "
                            "vo) need the provider admin profile"),
        where,
        VoProvisionText::tr("use the site's admin profile: \"kind\": \"provider-admin\", bound as "
                            "the directory's admin, hosts as root"));
}

Status checkNewVoName(const QString& name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z][a-z0-9]{0,15}$"));
    const QString hint = VoProvisionText::tr("a new VO's name is 1 to 16 lower-case letters or digits, "
                                             "starting with a letter, e.g. alpha");
    if (!rule.match(name).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         VoProvisionText::tr("'%1' is not a VO name").arg(voShownName(name)),
                         QStringLiteral("NAME"), hint);
    if (name == QLatin1String("root"))
        return makeError(ErrorCode::InvalidInput, VoProvisionText::tr("root is not a VO"),
                         QStringLiteral("NAME"), hint);
    return Ok{};
}

Result<qint64> allocateVoId(const QSet<qint64>& used, qint64 first)
{
    constexpr qint64 last = std::numeric_limits<qint32>::max();
    for (qint64 id = std::max<qint64>(first, 1000); id <= last; ++id) {
        if (!used.contains(id))
            return id;
    }
    return makeError(ErrorCode::Exhausted, VoProvisionText::tr("no free uidNumber from %1 on").arg(first),
                     QStringLiteral("ou=people"));
}

Result<AddressRange> parseAddressRange(const QString& text, const QString& where)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const Result<Ipv4Address> first = Ipv4Address::parse(dash > 0 ? text.left(dash).trimmed() : QString());
    const Result<Ipv4Address> last = Ipv4Address::parse(dash > 0 ? text.mid(dash + 1).trimmed() : QString());
    if (!first || !last)
        return makeError(
            ErrorCode::InvalidInput,
            VoProvisionText::tr("'%1' is not a range FIRST-LAST of IPv4 addresses").arg(voShownName(text)),
            where, VoProvisionText::tr("e.g. 10.213.0.100-10.213.0.149"));
    if (*last < *first)
        return makeError(ErrorCode::InvalidInput,
                         VoProvisionText::tr("the range %1 ends before it starts").arg(voShownName(text)),
                         where, VoProvisionText::tr("write the lower address first"));
    return qMakePair(*first, *last);
}

QString addressRangeText(const AddressRange& range)
{
    return range.first.toString() + QLatin1Char('-') + range.second.toString();
}

Status checkRangesInSite(const QList<AddressRange>& ranges, const SiteNetwork& network)
{
    const Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(network.subnet);
    if (!subnet)
        return Ok{}; // the profile's own validation names it
    for (const AddressRange& range : ranges) {
        for (const Ipv4Address address : {range.first, range.second}) {
            if (!subnet->contains(address) || address == subnet->network || address == subnet->broadcast())
                return makeError(ErrorCode::InvalidInput,
                                 VoProvisionText::tr("the range %1 is not inside the site's subnet %2")
                                     .arg(addressRangeText(range), subnet->toString()),
                                 QStringLiteral("--range"),
                                 VoProvisionText::tr("use addresses from %1 to %2")
                                     .arg(subnet->firstHost().toString(), subnet->lastHost().toString()));
        }
    }
    return Ok{};
}

Result<AddressRange> defaultVoRange(const SiteNetwork& network, const QList<VoGrant>& others, int size)
{
    const Result<Ipv4Address> start = Ipv4Address::parse(network.rangeStart);
    const Result<Ipv4Address> end = Ipv4Address::parse(network.rangeEnd);
    if (!start || !end || *end < *start)
        return makeError(
            ErrorCode::InvalidInput, VoProvisionText::tr("the admin profile has no usable address range"),
            QStringLiteral("network.rangeStart"), VoProvisionText::tr("give the VO's range with --range"));
    const auto taken = [&others](std::uint32_t value) {
        for (const VoGrant& grant : others)
            for (const auto& [first, last] : grant.ranges)
                if (first.value <= value && value <= last.value)
                    return true;
        return false;
    };
    for (std::uint64_t value = start->value; value <= end->value; ++value) {
        if (taken(std::uint32_t(value)))
            continue;
        std::uint64_t last = value;
        while (last + 1 <= end->value && last + 1 - value < std::uint64_t(size) &&
               !taken(std::uint32_t(last + 1)))
            ++last;
        return qMakePair(Ipv4Address{std::uint32_t(value)}, Ipv4Address{std::uint32_t(last)});
    }
    return makeError(ErrorCode::Exhausted,
                     VoProvisionText::tr("every address of the site's range %1-%2 is granted to a VO already")
                         .arg(network.rangeStart, network.rangeEnd),
                     QStringLiteral("--range"), VoProvisionText::tr("give the VO's range with --range"));
}

QByteArray generateVoPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sshaPassword(const QByteArray& password, const QByteArray& salt)
{
    const QByteArray salted = password + salt;
    const QByteArray digest = QCryptographicHash::hash(salted, QCryptographicHash::Sha1);
    const QByteArray stored = digest + salt;
    return QByteArrayLiteral("{SSHA}") + stored.toBase64();
}

QString defaultVoPoolsDir(const SiteProfile& admin)
{
    const QString pool = QDir::cleanPath(admin.storage.path);
    if (pool.isEmpty() || !pool.startsWith(QLatin1Char('/')) || pool == QLatin1String("/"))
        return QStringLiteral("/var/lib/libvirt/images/vos");
    return QFileInfo(pool).path() + QStringLiteral("/vos");
}

Result<QString> voHostUri(const QString& adminUri, const QString& vo, const QString& outDir)
{
    const QUrl admin(adminUri, QUrl::StrictMode);
    if (!admin.isValid() || admin.scheme() != QLatin1String("qemu+ssh") || admin.host().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            VoProvisionText::tr("a VO reaches the hosts over qemu+ssh, and this host's URI is not one"),
            adminUri, VoProvisionText::tr("give the admin profile qemu+ssh://root@HOST/system URIs"));
    QUrl url;
    url.setScheme(admin.scheme());
    url.setUserName(vo);
    url.setHost(admin.host());
    url.setPort(admin.port(-1));
    url.setPath(QStringLiteral("/session"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("keyfile"), outDir + QStringLiteral("/ssh/id_ed25519"));
    query.addQueryItem(QStringLiteral("command"), outDir + QStringLiteral("/ssh/ssh"));
    query.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<SiteProfile> voSiteProfile(const SiteProfile& admin, const VoProfileSpec& spec)
{
    SiteProfile p;
    p.name = admin.name;
    p.description = VoProvisionText::tr("VO %1 at %2: its own accounts and libvirt session")
                        .arg(spec.vo, admin.name.isEmpty() ? admin.directory.uri : admin.name);
    for (const SiteHost& host : admin.hosts) {
        const Result<QString> uri = voHostUri(host.uri, spec.vo, spec.outDir);
        if (!uri)
            return uri.error();
        p.hosts << SiteHost{host.name, *uri, host.cpus, host.memoryMiB, false};
    }
    p.storage = admin.storage;
    p.storage.path = spec.poolsDir + QLatin1Char('/') + spec.vo;
    p.network = admin.network;
    p.network.rangeStart = spec.range.first.toString();
    p.network.rangeEnd = spec.range.second.toString();
    p.directory = admin.directory;
    p.directory.bindDn = QStringLiteral("uid=%1,ou=people,%2").arg(spec.vo, admin.directory.baseDn);
    p.directory.passwordFile = spec.outDir + QStringLiteral("/directory.password");
    p.directory.vo = spec.vo;
    p.providerAdmin = false;
    return p;
}

} // namespace voc
