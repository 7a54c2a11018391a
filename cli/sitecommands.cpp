// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl site: the site profiles this machine knows, and the Sites page's "Test connection" on the
// command line: every host's libvirt over its URI (qemu+ssh at a real site) and the directory.
#include "cli.h"

#include "directory/sitecredentials.h"
#include "model/siteprofile.h"
#include "site/sitecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace voc::cli {

namespace {

struct SiteCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("site");

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1);
}

QJsonValue errorJson(const std::optional<Error>& error)
{
    if (!error)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("what"), error->what},
                       {QStringLiteral("where"), error->where},
                       {QStringLiteral("hint"), error->hint}};
}

QJsonObject reportJson(const SiteCheckReport& report)
{
    QJsonArray hosts;
    for (const HostCheck& h : report.hosts) {
        QJsonObject host{{QStringLiteral("name"), h.name},
                         {QStringLiteral("uri"), h.uri},
                         {QStringLiteral("ok"), h.ok()},
                         {QStringLiteral("error"), errorJson(h.connectError)},
                         {QStringLiteral("elapsedMs"), h.elapsedMs}};
        if (h.connected()) {
            host.insert(QStringLiteral("hostname"), h.host.hostname);
            host.insert(QStringLiteral("libvirtVersion"), h.host.libvirtVersion);
            host.insert(QStringLiteral("hypervisorVersion"), h.host.hypervisorVersion);
            host.insert(QStringLiteral("cpus"), h.host.cpus);
            host.insert(QStringLiteral("memoryKiB"), h.host.memoryKiB);
            if (h.pool)
                host.insert(QStringLiteral("pool"),
                            QJsonObject{{QStringLiteral("name"), h.pool->name},
                                        {QStringLiteral("active"), h.pool->active},
                                        {QStringLiteral("path"), h.pool->targetPath},
                                        {QStringLiteral("capacityBytes"), h.pool->capacityBytes},
                                        {QStringLiteral("availableBytes"), h.pool->availableBytes}});
            else
                host.insert(QStringLiteral("poolError"), errorJson(h.poolError));
            if (h.bridge)
                host.insert(QStringLiteral("bridge"), *h.bridge);
            else
                host.insert(QStringLiteral("bridgeError"), errorJson(h.bridgeError));
        }
        hosts << host;
    }
    QJsonObject directory{{QStringLiteral("checked"), report.directory.checked},
                          {QStringLiteral("ok"), report.directory.ok()},
                          {QStringLiteral("error"), errorJson(report.directory.error)}};
    if (report.directory.ok()) {
        directory.insert(QStringLiteral("uri"), report.directory.info.uri);
        directory.insert(QStringLiteral("boundAs"), report.directory.info.boundAs);
        directory.insert(QStringLiteral("baseDn"), report.directory.info.baseDn);
        if (!report.directory.info.vo.isEmpty())
            directory.insert(QStringLiteral("vo"), report.directory.info.vo);
        directory.insert(QStringLiteral("tls"), report.directory.info.tls);
        directory.insert(QStringLiteral("vocs"), report.directory.info.vocCount);
        directory.insert(QStringLiteral("vcns"), report.directory.info.vcnCount);
    }
    return QJsonObject{{QStringLiteral("site"), report.site},
                       {QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("hosts"), hosts},
                       {QStringLiteral("directory"), directory}};
}

// Host names, URIs, pools and the hosts' answers are the profile's or the hosts': every line is escaped.
void printReport(QTextStream& out, const SiteCheckReport& report)
{
    for (const HostCheck& h : report.hosts) {
        if (!h.connected()) {
            out << terminalLine(
                SiteCommand::tr("%1  %2: not reachable: %3\n").arg(h.name, h.uri, h.connectError->what));
            continue;
        }
        out << terminalLine(SiteCommand::tr("%1  %2: libvirt %3, QEMU %4, %5 CPUs, %6 GiB memory (%7 ms)\n")
                                .arg(h.name, h.host.hostname, h.host.libvirtVersion, h.host.hypervisorVersion)
                                .arg(h.host.cpus)
                                .arg(gib(h.host.memoryKiB * 1024))
                                .arg(h.elapsedMs));
        if (h.pool)
            out << terminalLine(
                SiteCommand::tr("    pool %1: %2, %3 GiB free of %4 GiB at %5\n")
                    .arg(h.pool->name,
                         h.pool->active ? SiteCommand::tr("active") : SiteCommand::tr("not active"),
                         gib(h.pool->availableBytes), gib(h.pool->capacityBytes), h.pool->targetPath));
        else if (h.poolError)
            out << terminalLine(SiteCommand::tr("    pool %1: %2\n").arg(report.pool, h.poolError->what));
        if (h.bridge)
            out << terminalLine((*h.bridge ? SiteCommand::tr("    bridge %1: present\n").arg(report.bridge)
                                           : SiteCommand::tr("    bridge %1: missing\n").arg(report.bridge)));
        else if (h.bridgeError)
            out << terminalLine(
                SiteCommand::tr("    bridge %1: %2\n").arg(report.bridge, h.bridgeError->what));
    }
    const DirectoryCheck& d = report.directory;
    if (!d.checked)
        out << terminalLine(SiteCommand::tr("directory: not checked\n"));
    else if (d.error)
        out << terminalLine(SiteCommand::tr("directory: %1\n").arg(d.error->what));
    else if (d.info.vo.isEmpty())
        out << terminalLine(
            SiteCommand::tr("directory %1: bound as %2%3, base %4, %5 VOC(s), %6 VCN record(s) (%7 ms)\n")
                .arg(d.info.uri, d.info.boundAs,
                     d.info.tls ? SiteCommand::tr(" over TLS") : SiteCommand::tr(" WITHOUT TLS"),
                     d.info.baseDn)
                .arg(d.info.vocCount)
                .arg(d.info.vcnCount)
                .arg(d.elapsedMs));
    else
        out << terminalLine(
            SiteCommand::tr(
                "directory %1: bound as %2%3, base %4, VO %5: %6 VOC(s), %7 VCN record(s) (%8 ms)\n")
                .arg(d.info.uri, d.info.boundAs,
                     d.info.tls ? SiteCommand::tr(" over TLS") : SiteCommand::tr(" WITHOUT TLS"),
                     d.info.baseDn, d.info.vo)
                .arg(d.info.vocCount)
                .arg(d.info.vcnCount)
                .arg(d.elapsedMs));
}

int runCheck(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SiteCommand::tr(
        "Connects to every host of a site (libvirt version, CPUs, memory, storage pool, bridge) and "
        "binds to its directory, as the Sites page's Test connection does."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json(QStringLiteral("json"), SiteCommand::tr("Print JSON."));
    const QCommandLineOption hostsOnly(QStringLiteral("hosts-only"), SiteCommand::tr("Skip the directory."));
    parser.addOptions({site, json, hostsOnly});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" check"), args, io))
        return *exit;
    if (!parser.isSet(site))
        return usageError(io, command, SiteCommand::tr("check needs --site"));
    const QString path = resolveSiteProfile(parser.value(site));
    const Result<SiteProfile> profile = loadSiteProfile(path);
    if (!profile) {
        printError(io, profile.error(), path);
        return ExitUnreadable;
    }
    QString password;
    if (!parser.isSet(hostsOnly)) {
        const Result<QString> secret = directoryPassword(profile->directory, QFileInfo(path).absolutePath());
        if (!secret) {
            printError(io, secret.error(), path);
            return ExitInvalid;
        }
        password = *secret;
    }
    SiteCheckJob job(*profile, password);
    job.setCheckDirectory(!parser.isSet(hostsOnly));
    job.exec();
    const Result<SiteCheckReport> report = *job.result();
    if (!report) {
        printError(io, report.error(), path);
        return ExitInvalid;
    }
    if (parser.isSet(json))
        printJson(io.out, QJsonDocument(reportJson(*report)));
    else
        printReport(io.out, *report);
    for (const QString& failure : report->failures())
        io.err << terminalLine(failure) << '\n';
    return report->ok() ? ExitOk : ExitInvalid;
}

int runList(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SiteCommand::tr("Lists the site profiles in ~/.local/share/vocstudio/sites (scripts/vsp-sandbox "
                        "writes its profile there)."));
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" list"), args, io))
        return *exit;
    const QDir dir(siteProfilesFolder());
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const Result<SiteProfile> profile = loadSiteProfile(file.filePath());
        if (profile)
            io.out << terminalLine(
                QStringLiteral("%1  %2  %3  %4\n")
                    .arg(file.completeBaseName(), -12)
                    .arg(SiteCommand::tr("%n host(s)", nullptr, int(profile->hosts.size())), -10)
                    .arg(profile->kind() == SiteProfileKind::Vo
                             ? QStringLiteral("vo:") + profile->directory.vo
                             : siteProfileKindName(profile->kind()),
                         -14)
                    .arg(profile->description));
        else
            io.out << terminalLine(
                QStringLiteral("%1  %2\n").arg(file.completeBaseName(), -12).arg(profile.error().what));
    }
    return ExitOk;
}

} // namespace

QCommandLineOption siteOption()
{
    return QCommandLineOption(
        QStringLiteral("site"),
        SiteCommand::tr("The site profile: a vocstudio-site/1 file, or the name of one in "
                        "~/.local/share/vocstudio/sites."),
        QStringLiteral("SITE"));
}

int runSite(const QStringList& args, Io io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out)
            << SiteCommand::tr("Usage: vocctl site list | check --site SITE [--json] [--hosts-only]\n"
                               "       vocctl site vo add|list|show|grant|remove ... --site ADMIN (the "
                               "provider's tools)\n");
        return args.isEmpty() ? ExitUnreadable : ExitOk;
    }
    if (args.first() == QLatin1String("check"))
        return runCheck(args.mid(1), io);
    if (args.first() == QLatin1String("list"))
        return runList(args.mid(1), io);
    if (args.first() == QLatin1String("vo"))
        return runSiteVo(args.mid(1), io);
    return usageError(io, command, SiteCommand::tr("unknown subcommand '%1'").arg(args.first()),
                      SiteCommand::tr("use list, check or vo"));
}

} // namespace voc::cli
