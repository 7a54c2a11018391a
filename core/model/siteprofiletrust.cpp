// SPDX-License-Identifier: GPL-3.0-or-later
// What makes a site profile safe to use at all, whoever wrote it. A profile comes from a provider,
// often by mail: libvirt would run any program its URI names (the ext transport, ssh's command=),
// reach this machine's own daemons (qemu:///, xen:///, an empty URI), and the directory section
// decides whether a password crosses the network in clear. loadSiteProfile refuses a profile that
// breaks one of these rules, before any command or page uses it.
#include "siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace voc {

namespace {

struct SiteProfileTrust
{
    Q_DECLARE_TR_FUNCTIONS(voc::SiteProfileCheck)
};

const QString commandParameter = QStringLiteral("command");

// URI parameters that name a file on this machine: relative ones are taken against the profile's
// folder, like caFile and passwordFile.
const QSet<QString>& fileParameters()
{
    static const QSet<QString> names{QStringLiteral("keyfile"), commandParameter,
                                     QStringLiteral("known_hosts"), QStringLiteral("pkipath")};
    return names;
}

// Every other parameter libvirt's remote driver knows and that runs nothing here. netcat= is left
// out: it is a command line for the remote shell, and nothing VOC Studio needs.
const QSet<QString>& harmlessParameters()
{
    static const QSet<QString> names{QStringLiteral("no_verify"), QStringLiteral("no_tty"),
                                     QStringLiteral("sshauth"),   QStringLiteral("known_hosts_verify"),
                                     QStringLiteral("socket"),    QStringLiteral("mode"),
                                     QStringLiteral("proxy"),     QStringLiteral("tls_priority")};
    return names;
}

QString resolvedAgainst(const QString& path, const QString& profileDir)
{
    if (path.isEmpty() || profileDir.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QDir(profileDir).absoluteFilePath(path));
}

bool isInside(const QString& canonicalPath, const QString& canonicalDir)
{
    return !canonicalDir.isEmpty() && canonicalPath.startsWith(canonicalDir.endsWith(QLatin1Char('/'))
                                                                   ? canonicalDir
                                                                   : canonicalDir + QLatin1Char('/'));
}

struct TrustChecker
{
    Problems problems;
    QString profileDir;

    void error(const QString& path, const QString& message, const QString& hint)
    {
        problems.append(Problem{path, message, hint, Problem::Severity::Error});
    }

    // command= makes libvirt run that program instead of ssh: only a wrapper that came with the
    // profile (a file in its folder, links resolved) may be named.
    void checkWrapper(const QString& path, const QString& wrapper)
    {
        const QString hint = SiteProfileTrust::tr(
            "command= may only name the site's ssh wrapper, a file in the profile's folder; remove it to "
            "use ssh itself");
        if (profileDir.isEmpty()) {
            error(path,
                  SiteProfileTrust::tr("command=%1 runs a program, and this profile has no folder it "
                                       "could come from")
                      .arg(wrapper),
                  hint);
            return;
        }
        const QFileInfo info(resolvedAgainst(wrapper, profileDir));
        const QString canonical = info.canonicalFilePath();
        const QString folder = QFileInfo(profileDir).canonicalFilePath();
        if (canonical.isEmpty())
            error(path, SiteProfileTrust::tr("command=%1 does not exist").arg(wrapper), hint);
        else if (!isInside(canonical, folder))
            error(path,
                  SiteProfileTrust::tr("command=%1 would run a program outside the profile's folder %2")
                      .arg(wrapper, QDir::toNativeSeparators(profileDir)),
                  hint);
        else if (!QFileInfo(canonical).isFile() || !QFileInfo(canonical).isExecutable())
            error(path, SiteProfileTrust::tr("command=%1 is not an executable file").arg(wrapper), hint);
    }

    void checkHost(qsizetype index, const SiteHost& host)
    {
        const QString path = QStringLiteral("hosts[%1].uri").arg(index);
        const QString uriHint = SiteProfileTrust::tr(
            "a libvirt URI such as qemu+ssh://root@kvm1.example/system (or qemu+tls://)");
        if (host.uri.trimmed().isEmpty()) {
            // libvirt takes an empty URI as "the default hypervisor here".
            error(path, SiteProfileTrust::tr("required"), uriHint);
            return;
        }
        const QUrl url(host.uri, QUrl::StrictMode);
        if (!url.isValid()) {
            error(path, SiteProfileTrust::tr("not a valid URI: %1").arg(url.errorString()), uriHint);
            return;
        }
        const QString scheme = url.scheme();
        const bool localScheme = scheme == QLatin1String("qemu") || scheme == QLatin1String("test");
        const bool remoteScheme = scheme == QLatin1String("qemu+ssh") ||
                                  scheme == QLatin1String("qemu+tls") ||
                                  scheme == QLatin1String("qemu+libssh");
        if (localScheme && !url.host().isEmpty()) {
            error(path,
                  SiteProfileTrust::tr("\"%1://%2\" leaves the transport to libvirt").arg(scheme, url.host()),
                  SiteProfileTrust::tr("name it: qemu+ssh://%1/system or qemu+tls://%1/system")
                      .arg(url.host()));
            return;
        }
        if (localScheme && !host.local) {
            error(path,
                  SiteProfileTrust::tr("%1 is this machine's own libvirt, and the host is not marked local")
                      .arg(host.uri),
                  SiteProfileTrust::tr("set \"local\": true on the host if this machine is one of the site's "
                                       "hosts; otherwise use qemu+ssh:// or qemu+tls://"));
            return;
        }
        if (!localScheme && !remoteScheme) {
            error(path, SiteProfileTrust::tr("unsupported scheme \"%1\"").arg(scheme),
                  SiteProfileTrust::tr("use qemu+ssh or qemu+tls (qemu:/// for a host marked local); %1")
                      .arg(uriHint));
            return;
        }
        if (scheme != QLatin1String("test") && url.path() != QLatin1String("/system") &&
            url.path() != QLatin1String("/session")) {
            error(path,
                  SiteProfileTrust::tr("the path must be /system or /session, not \"%1\"").arg(url.path()),
                  uriHint);
            return;
        }
        if (remoteScheme && url.host().isEmpty()) {
            error(path, SiteProfileTrust::tr("a remote URI needs a host name"), uriHint);
            return;
        }
        const QUrlQuery query(url);
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (name == commandParameter && scheme == QLatin1String("qemu+ssh"))
                checkWrapper(path, value);
            else if (name == commandParameter ||
                     (!fileParameters().contains(name) && !harmlessParameters().contains(name)))
                error(path,
                      SiteProfileTrust::tr("the parameter %1= is not accepted in a site profile").arg(name),
                      SiteProfileTrust::tr("libvirt would run or reach something on this machine with it; "
                                           "remove it"));
        }
    }

    void checkDirectory(const SiteDirectory& directory)
    {
        if (ldapSendsPasswordInClear(directory.uri, directory.startTls) && !directory.allowUnencrypted)
            error(
                QStringLiteral("directory.startTls"),
                SiteProfileTrust::tr("without StartTLS the bind password and the records cross the network "
                                     "to %1 unencrypted")
                    .arg(QUrl(directory.uri).host()),
                SiteProfileTrust::tr("turn StartTLS on or use ldaps://; a directory that really has no TLS "
                                     "needs \"allowUnencrypted\": true in the profile's directory section"));
    }
};

} // namespace

bool ldapSendsPasswordInClear(const QString& uri, bool startTls)
{
    const QUrl url(uri);
    if (url.scheme() != QLatin1String("ldap") || startTls)
        return false; // ldaps:// is TLS from the start; ldapi:// is a local socket
    const QString host = url.host();
    if (host.isEmpty() || host == QLatin1String("localhost"))
        return false; // libldap's default: this machine
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

void resolveSiteProfilePaths(SiteProfile& profile, const QString& profileDir)
{
    if (profileDir.isEmpty())
        return;
    profile.directory.caFile = resolvedAgainst(profile.directory.caFile, profileDir);
    profile.directory.passwordFile = resolvedAgainst(profile.directory.passwordFile, profileDir);
    for (SiteHost& host : profile.hosts) {
        QUrl url(host.uri, QUrl::StrictMode);
        if (!url.isValid() || !url.hasQuery())
            continue;
        QUrlQuery query(url);
        bool changed = false;
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto& [name, value] : items) {
            if (!fileParameters().contains(name) || value.isEmpty() || QDir::isAbsolutePath(value))
                continue;
            value = resolvedAgainst(value, profileDir);
            changed = true;
        }
        if (!changed)
            continue;
        QUrlQuery resolved;
        resolved.setQueryItems(items);
        url.setQuery(resolved);
        host.uri = url.toString();
    }
}

Problems siteProfileTrustProblems(const SiteProfile& profile, const QString& profileDir)
{
    TrustChecker checker{{}, profileDir};
    for (qsizetype i = 0; i < profile.hosts.size(); ++i)
        checker.checkHost(i, profile.hosts.at(i));
    checker.checkDirectory(profile.directory);
    return std::move(checker.problems);
}

} // namespace voc
