// SPDX-License-Identifier: GPL-3.0-or-later
// validateSiteProfile(): every rule adds its problems and carries on, so the Sites page and
// `vocctl` show everything wrong with a profile at once, each at its JSON path.
#include "siteprofile.h"

#include "net/hostname.h"
#include "net/ipv4.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <ldap.h>

#include <optional>

namespace voc {

namespace {

struct SiteProfileCheck
{
    Q_DECLARE_TR_FUNCTIONS(voc::SiteProfileCheck)
};

class SiteProfileChecker
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

    // An address that must parse (and, when a subnet is known, lie inside it). Empty: required or not.
    std::optional<Ipv4Address> address(const QString& path, const QString& text, bool required,
                                       const std::optional<Ipv4Subnet>& subnet)
    {
        if (text.isEmpty()) {
            if (required)
                error(path, SiteProfileCheck::tr("required"),
                      SiteProfileCheck::tr("an IPv4 address such as 10.213.0.100"));
            return std::nullopt;
        }
        const Result<Ipv4Address> parsed = Ipv4Address::parse(text);
        if (!parsed) {
            error(path, parsed.error().what, parsed.error().hint);
            return std::nullopt;
        }
        if (subnet && !subnet->contains(*parsed)) {
            error(path, SiteProfileCheck::tr("%1 is outside the subnet %2").arg(text, subnet->toString()),
                  SiteProfileCheck::tr("use an address from %1 to %2")
                      .arg(subnet->firstHost().toString(), subnet->lastHost().toString()));
            return std::nullopt;
        }
        if (subnet && subnet->prefixLength < 31 &&
            (*parsed == subnet->network || *parsed == subnet->broadcast())) {
            error(path, SiteProfileCheck::tr("%1 is the subnet's network or broadcast address").arg(text),
                  SiteProfileCheck::tr("use an address from %1 to %2")
                      .arg(subnet->firstHost().toString(), subnet->lastHost().toString()));
            return std::nullopt;
        }
        return *parsed;
    }
};

bool isValidDn(const QString& dn)
{
    LDAPDN parsed = nullptr;
    const QByteArray utf8 = dn.toUtf8();
    const int rc = ldap_str2dn(utf8.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    if (parsed)
        ldap_dnfree(parsed);
    return rc == LDAP_SUCCESS && !utf8.contains(char(0));
}

void checkHosts(SiteProfileChecker& c, const QList<SiteHost>& hosts)
{
    if (hosts.isEmpty()) {
        c.error(QStringLiteral("hosts"), SiteProfileCheck::tr("the site has no hosts"),
                SiteProfileCheck::tr("add at least one KVM host with its libvirt URI"));
        return;
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const SiteHost& host = hosts.at(i);
        const QString path = QStringLiteral("hosts[%1]").arg(i);
        const QString namePath = path + QStringLiteral(".name");
        if (host.name.isEmpty())
            c.error(namePath, SiteProfileCheck::tr("required"),
                    SiteProfileCheck::tr("a short name such as kvm1"));
        else if (!isValidHostLabel(host.name))
            c.error(namePath, SiteProfileCheck::tr("\"%1\" is not a valid host name").arg(host.name),
                    SiteProfileCheck::tr(
                        "letters, digits and hyphens, at most 63, not starting or ending with a hyphen"));
        else if (names.contains(host.name.toLower()))
            c.error(namePath, SiteProfileCheck::tr("another host is named \"%1\"").arg(host.name),
                    SiteProfileCheck::tr("give every host its own name"));
        names.insert(host.name.toLower());
        // The URI's rules are the trust rules (siteProfileTrustProblems), added by validateSiteProfile.
        if (host.cpus < 0)
            c.error(path + QStringLiteral(".cpus"), SiteProfileCheck::tr("must not be negative"));
        if (host.memoryMiB < 0)
            c.error(path + QStringLiteral(".memoryMiB"), SiteProfileCheck::tr("must not be negative"));
    }
}

void checkStorage(SiteProfileChecker& c, const SiteStorage& storage)
{
    if (storage.pool.isEmpty())
        c.error(QStringLiteral("storage.pool"), SiteProfileCheck::tr("required"),
                SiteProfileCheck::tr("the name of the libvirt storage pool on the hosts"));
    else if (storage.pool.contains(QLatin1Char('/')) || storage.pool.trimmed() != storage.pool)
        c.error(QStringLiteral("storage.pool"),
                SiteProfileCheck::tr("\"%1\" is not a valid pool name").arg(storage.pool),
                SiteProfileCheck::tr("no slashes and no leading or trailing spaces"));
}

void checkNetwork(SiteProfileChecker& c, const SiteNetwork& net)
{
    // Linux interface names: IFNAMSIZ - 1 bytes, no slash, no white space.
    static const QRegularExpression bridgePattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,15}$"));
    if (net.bridge.isEmpty())
        c.error(QStringLiteral("network.bridge"), SiteProfileCheck::tr("required"),
                SiteProfileCheck::tr("the bridge every host attaches VCNs to, e.g. br0"));
    else if (!bridgePattern.match(net.bridge).hasMatch())
        c.error(QStringLiteral("network.bridge"),
                SiteProfileCheck::tr("\"%1\" is not a valid interface name").arg(net.bridge),
                SiteProfileCheck::tr("at most 15 letters, digits, '_', '.', ':' or '-'"));

    std::optional<Ipv4Subnet> subnet;
    if (net.subnet.isEmpty()) {
        c.error(QStringLiteral("network.subnet"), SiteProfileCheck::tr("required"),
                SiteProfileCheck::tr("the VCN segment in CIDR notation, e.g. 10.213.0.0/24"));
    } else if (const Result<Ipv4Subnet> parsed = Ipv4Subnet::parse(net.subnet); !parsed) {
        c.error(QStringLiteral("network.subnet"), parsed.error().what, parsed.error().hint);
    } else {
        subnet = *parsed;
    }

    const auto start = c.address(QStringLiteral("network.rangeStart"), net.rangeStart, true, subnet);
    const auto end = c.address(QStringLiteral("network.rangeEnd"), net.rangeEnd, true, subnet);
    if (start && end && *end < *start)
        c.error(QStringLiteral("network.rangeEnd"),
                SiteProfileCheck::tr("the range ends (%1) before it starts (%2)")
                    .arg(net.rangeEnd, net.rangeStart),
                SiteProfileCheck::tr("swap the two addresses"));
    const auto inRange = [&](Ipv4Address a) { return start && end && *start <= a && a <= *end; };
    if (const auto gateway = c.address(QStringLiteral("network.gateway"), net.gateway, false, subnet);
        gateway && inRange(*gateway))
        c.error(QStringLiteral("network.gateway"),
                SiteProfileCheck::tr("the gateway lies inside the VCN range"),
                SiteProfileCheck::tr("move the range or the gateway so a VCN never gets its address"));
    if (const auto dns = c.address(QStringLiteral("network.dnsServer"), net.dnsServer, false, subnet);
        dns && inRange(*dns))
        c.error(QStringLiteral("network.dnsServer"),
                SiteProfileCheck::tr("the DNS server lies inside the VCN range"),
                SiteProfileCheck::tr("move the range or the DNS server so a VCN never gets its address"));

    if (net.dnsDomain.isEmpty())
        c.error(QStringLiteral("network.dnsDomain"), SiteProfileCheck::tr("required"),
                SiteProfileCheck::tr("the domain VCN names live in, e.g. vsp.example.org"));
    else if (const Status domain = checkHostname(net.dnsDomain); !domain)
        c.error(QStringLiteral("network.dnsDomain"), domain.error().what, domain.error().hint);
}

QString resolved(const QString& path, const QString& baseDir)
{
    return baseDir.isEmpty() || QFileInfo(path).isAbsolute() ? path : QDir(baseDir).filePath(path);
}

void checkDirectory(SiteProfileChecker& c, const SiteDirectory& dir, const QString& baseDir)
{
    const QUrl url(dir.uri, QUrl::StrictMode);
    const bool ldaps = url.scheme() == QLatin1String("ldaps");
    const QString uriHint = SiteProfileCheck::tr("ldap://host[:port] (with StartTLS) or ldaps://host[:port]");
    if (dir.uri.isEmpty())
        c.error(QStringLiteral("directory.uri"), SiteProfileCheck::tr("required"), uriHint);
    else if (!url.isValid() || (!ldaps && url.scheme() != QLatin1String("ldap")))
        c.error(QStringLiteral("directory.uri"),
                SiteProfileCheck::tr("\"%1\" is not an LDAP URI").arg(dir.uri), uriHint);
    else if (url.host().isEmpty())
        c.error(QStringLiteral("directory.uri"), SiteProfileCheck::tr("the URI names no server"), uriHint);
    else if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        c.error(QStringLiteral("directory.uri"),
                SiteProfileCheck::tr("the URI has a path; the base DN goes in its own field"), uriHint);

    if (ldaps && dir.startTls)
        c.error(QStringLiteral("directory.startTls"),
                SiteProfileCheck::tr("StartTLS on an ldaps:// connection, which is encrypted from the start"),
                SiteProfileCheck::tr("turn StartTLS off, or use ldap:// with StartTLS"));
    // Without StartTLS to another machine it is an error (siteProfileTrustProblems) unless the profile
    // allows it; allowed, or on this machine, it is still worth a word.
    if (!ldaps && url.scheme() == QLatin1String("ldap") && !dir.startTls &&
        (dir.allowUnencrypted || !ldapSendsPasswordInClear(dir.uri, dir.startTls)))
        c.warn(QStringLiteral("directory.startTls"),
               SiteProfileCheck::tr("the password and the records travel unencrypted"),
               SiteProfileCheck::tr("turn StartTLS on, or use ldaps://"));

    const QString dnHint = SiteProfileCheck::tr("a DN such as dc=vsp,dc=example,dc=org (RFC 4514)");
    if (dir.baseDn.isEmpty())
        c.error(QStringLiteral("directory.baseDn"), SiteProfileCheck::tr("required"), dnHint);
    else if (!isValidDn(dir.baseDn))
        c.error(QStringLiteral("directory.baseDn"),
                SiteProfileCheck::tr("\"%1\" is not a valid DN").arg(dir.baseDn), dnHint);
    if (!dir.bindDn.isEmpty() && !isValidDn(dir.bindDn))
        c.error(QStringLiteral("directory.bindDn"),
                SiteProfileCheck::tr("\"%1\" is not a valid DN").arg(dir.bindDn), dnHint);
    if (!dir.vo.isEmpty()) {
        if (const Status vo = checkVoName(dir.vo); !vo)
            c.error(QStringLiteral("directory.vo"), vo.error().what, vo.error().hint);
    }

    if (!dir.caFile.isEmpty()) {
        const QFileInfo ca(resolved(dir.caFile, baseDir));
        if (!ca.isFile() || !ca.isReadable())
            c.error(QStringLiteral("directory.caFile"),
                    SiteProfileCheck::tr("%1 does not exist or is not readable").arg(dir.caFile),
                    SiteProfileCheck::tr("the PEM file of the CA that signed the directory's certificate"));
    }
    if (!dir.passwordFile.isEmpty()) {
        const QFileInfo file(resolved(dir.passwordFile, baseDir));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!file.isFile())
            c.error(QStringLiteral("directory.passwordFile"),
                    SiteProfileCheck::tr("%1 does not exist").arg(dir.passwordFile),
                    SiteProfileCheck::tr("a file holding only the service account's password"));
        else if (file.permissions() & others)
            c.error(QStringLiteral("directory.passwordFile"),
                    SiteProfileCheck::tr("%1 is readable by others than its owner").arg(dir.passwordFile),
                    SiteProfileCheck::tr("chmod 600 %1").arg(dir.passwordFile));
    }
}

// The provider's admin profile does what only root may on the hosts (make and remove VO accounts) and
// binds as the directory's admin: its hosts are reached as root, through the system libvirt.
void checkAdminKind(SiteProfileChecker& c, const SiteProfile& profile)
{
    if (profile.kind() != SiteProfileKind::ProviderAdmin)
        return;
    for (qsizetype i = 0; i < profile.hosts.size(); ++i) {
        const QUrl url(profile.hosts.at(i).uri);
        if (url.path() == QLatin1String("/session") ||
            (!url.userName().isEmpty() && url.userName() != u"root"))
            c.error(QStringLiteral("hosts[%1].uri").arg(i),
                    SiteProfileCheck::tr("a provider admin profile reaches its hosts as root (system "
                                         "libvirt), not as %1")
                        .arg(url.userName().isEmpty() ? url.path() : url.userName()),
                    SiteProfileCheck::tr("use qemu+ssh://root@HOST/system"));
    }
    if (profile.directory.bindDn.isEmpty())
        c.error(QStringLiteral("directory.bindDn"),
                SiteProfileCheck::tr("a provider admin profile binds as the directory's admin"),
                SiteProfileCheck::tr("e.g. cn=admin,%1").arg(profile.directory.baseDn));
}

} // namespace

Problems validateSiteProfile(const SiteProfile& profile)
{
    return validateSiteProfile(profile, {});
}

Problems validateSiteProfile(const SiteProfile& profile, const QString& profileDir)
{
    SiteProfileChecker c;
    if (profile.name.trimmed().isEmpty())
        c.error(QStringLiteral("name"), SiteProfileCheck::tr("required"),
                SiteProfileCheck::tr("a short name for the site, e.g. sandbox"));
    checkHosts(c, profile.hosts);
    checkStorage(c, profile.storage);
    checkNetwork(c, profile.network);
    checkDirectory(c, profile.directory, profileDir);
    checkAdminKind(c, profile);
    c.problems += siteProfileTrustProblems(profile, profileDir);
    return std::move(c.problems);
}

} // namespace voc
