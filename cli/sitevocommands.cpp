// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl site vo: the provider's tools for the VOs of a site shared by VOs, with the provider admin
// profile only (the directory's admin, hosts as root): add a VO (entry, grant, account, its accounts
// on the hosts, the profile to hand over), list, show, change a grant, remove.
#include "cli.h"

#include "directory/directory.h"
#include "directory/sitecredentials.h"
#include "directory/voadmindirectory.h"
#include "model/siteprofile.h"
#include "net/hostname.h"
#include "site/voadmin.h"
#include "site/voprovision.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace voc::cli {

namespace {

struct SiteVoCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("site vo");

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), SiteVoCommand::tr("Print JSON."));
}

// The grant's options, shared by add and grant.
struct GrantOptions
{
    QCommandLineOption range{
        QStringLiteral("range"),
        SiteVoCommand::tr("An address range FIRST-LAST the VO may give its VCNs (repeatable; "
                          "add: default a free block of the site's range)."),
        QStringLiteral("FIRST-LAST")};
    QCommandLineOption vcns{QStringLiteral("max-vcns"), SiteVoCommand::tr("VCNs at once (add: default 4)."),
                            QStringLiteral("N")};
    QCommandLineOption vcpus{QStringLiteral("max-vcpus"),
                             SiteVoCommand::tr("vCPUs of all VCNs together (add: default 4)."),
                             QStringLiteral("N")};
    QCommandLineOption memory{QStringLiteral("max-memory"),
                              SiteVoCommand::tr("Memory of all VCNs together, MiB (add: default 4096)."),
                              QStringLiteral("MiB")};
    QCommandLineOption storage{QStringLiteral("max-storage"),
                               SiteVoCommand::tr("Image storage in the VO's pool, MiB (add: default 10240)."),
                               QStringLiteral("MiB")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({range, vcns, vcpus, memory, storage}); }
};

struct HostOptions
{
    QCommandLineOption pools{QStringLiteral("pools"),
                             SiteVoCommand::tr("Where the hosts keep the VOs' pool directories (default: vos "
                                               "beside the admin profile's pool directory)."),
                             QStringLiteral("DIR")};
    QCommandLineOption hostTool{QStringLiteral("host-tool"),
                                SiteVoCommand::tr("The provider's script on the hosts (default %1).")
                                    .arg(QLatin1String(defaultVoHostTool)),
                                QStringLiteral("PATH")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({pools, hostTool}); }
};

// A whole number >= 0 from an option; an error naming it otherwise.
std::optional<qint64> number(const QCommandLineParser& parser, const QCommandLineOption& option, Io io,
                             bool* bad)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option);
    bool ok = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const qint64 value = ok ? text.toLongLong(&ok) : 0;
    if (!ok) {
        usageError(
            io, command,
            SiteVoCommand::tr("--%1: '%2' is not a whole number from 0").arg(option.names().first(), text));
        *bad = true;
        return std::nullopt;
    }
    return value;
}

// The grant options applied to `grant`; false (after printing why) when one is wrong.
bool applyGrantOptions(const QCommandLineParser& parser, const GrantOptions& options, VoGrant& grant, Io io)
{
    if (parser.isSet(options.range)) {
        grant.ranges.clear();
        for (const QString& text : parser.values(options.range)) {
            const Result<AddressRange> range = parseAddressRange(text, QStringLiteral("--range"));
            if (!range) {
                printError(io, range.error());
                return false;
            }
            grant.ranges << *range;
        }
    }
    bool bad = false;
    for (const auto& [option, field] :
         {std::pair{&options.vcns, &grant.maxVcns}, std::pair{&options.vcpus, &grant.maxVcpus},
          std::pair{&options.memory, &grant.maxMemoryMiB},
          std::pair{&options.storage, &grant.maxStorageMiB}}) {
        if (const std::optional<qint64> value = number(parser, *option, io, &bad))
            *field = *value;
        if (bad)
            return false;
    }
    return true;
}

QJsonObject grantJson(const VoGrant& grant)
{
    QJsonArray ranges;
    for (const AddressRange& range : grant.ranges)
        ranges << addressRangeText(range);
    return QJsonObject{{QStringLiteral("dn"), grant.dn},
                       {QStringLiteral("ranges"), ranges},
                       {QStringLiteral("maxVcns"), grant.maxVcns},
                       {QStringLiteral("maxVcpus"), grant.maxVcpus},
                       {QStringLiteral("maxMemoryMiB"), grant.maxMemoryMiB},
                       {QStringLiteral("maxStorageMiB"), grant.maxStorageMiB}};
}

QJsonObject summaryJson(const VoSummary& summary)
{
    QJsonObject object{{QStringLiteral("vo"), summary.vo},
                       {QStringLiteral("grant"), grantJson(summary.grant)},
                       {QStringLiteral("vocs"), QJsonArray::fromStringList(summary.usage.vocs)},
                       {QStringLiteral("vcns"), summary.usage.vcns}};
    if (summary.account)
        object.insert(QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("dn"), summary.account->dn},
                                  {QStringLiteral("uidNumber"), summary.account->uidNumber},
                                  {QStringLiteral("gidNumber"), summary.account->gidNumber},
                                  {QStringLiteral("homeDirectory"), summary.account->homeDirectory}});
    else
        object.insert(QStringLiteral("account"), QJsonValue::Null);
    return object;
}

QString rangesText(const VoGrant& grant)
{
    QStringList ranges;
    for (const AddressRange& range : grant.ranges)
        ranges << addressRangeText(range);
    return ranges.join(QLatin1Char(','));
}

void printSummary(QTextStream& out, const VoSummary& s)
{
    out << terminalLine(
        SiteVoCommand::tr("%1  uid %2  range %3  VCNs %4/%5  vCPUs %6  memory %7 MiB  storage %8 "
                          "MiB  VOCs: %9\n")
            .arg(s.vo, -10)
            .arg(s.account ? QString::number(s.account->uidNumber) : SiteVoCommand::tr("(none)"))
            .arg(rangesText(s.grant))
            .arg(s.usage.vcns)
            .arg(s.grant.maxVcns)
            .arg(s.grant.maxVcpus)
            .arg(s.grant.maxMemoryMiB)
            .arg(s.grant.maxStorageMiB)
            .arg(s.usage.vocs.isEmpty() ? SiteVoCommand::tr("none")
                                        : s.usage.vocs.join(QStringLiteral(", "))));
}

// The admin profile, loaded and of the provider-admin kind, and its directory bound as the admin.
struct AdminSite
{
    QString path;
    SiteProfile profile;
    std::unique_ptr<VoAdminDirectory> directory;
};

std::optional<AdminSite> openAdminSite(const QString& site, Io io)
{
    AdminSite admin;
    admin.path = resolveSiteProfile(site);
    Result<SiteProfile> profile = loadSiteProfile(admin.path);
    if (!profile) {
        printError(io, profile.error(), admin.path);
        return std::nullopt;
    }
    if (const Status kind = requireProviderAdmin(*profile, admin.path); !kind) {
        printError(io, kind.error());
        return std::nullopt;
    }
    // The profile's own rules too (its hosts as root, a bind DN): it is about to make accounts.
    bool invalid = false;
    for (const Problem& problem : validateSiteProfile(*profile, QFileInfo(admin.path).absolutePath())) {
        if (problem.severity != Problem::Severity::Error)
            continue;
        printError(io, makeError(ErrorCode::InvalidInput, problem.message,
                                 admin.path + QStringLiteral(": ") + problem.path, problem.hint));
        invalid = true;
    }
    if (invalid)
        return std::nullopt;
    const Result<QString> password =
        directoryPassword(profile->directory, QFileInfo(admin.path).absolutePath());
    if (!password) {
        printError(io, password.error(), admin.path);
        return std::nullopt;
    }
    Result<std::unique_ptr<VoAdminDirectory>> directory =
        connectLdapVoAdmin(DirectoryConfig::fromSite(profile->directory, *password));
    if (!directory) {
        printError(io, directory.error(), profile->directory.uri);
        return std::nullopt;
    }
    admin.profile = std::move(*profile);
    admin.directory = std::move(*directory);
    return admin;
}

VoAdminContext contextFor(const AdminSite& admin, const QCommandLineParser& parser, const HostOptions& hosts,
                          Io io)
{
    VoAdminContext context;
    context.admin = admin.profile;
    context.directory = admin.directory.get();
    if (parser.isSet(hosts.hostTool))
        context.hostTool = parser.value(hosts.hostTool);
    if (parser.isSet(hosts.pools))
        context.poolsDir = parser.value(hosts.pools);
    QTextStream* err = &io.err;
    context.progress = [err](const QString& line) {
        *err << terminalLine(line) << '\n';
        err->flush();
    };
    return context;
}

// NAME, the one positional argument; nullopt after printing why.
std::optional<QString> voName(const QCommandLineParser& parser, const QString& sub, Io io, bool newVo)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1) {
        usageError(io, command + QLatin1Char(' ') + sub,
                   names.isEmpty() ? SiteVoCommand::tr("%1 needs the VO's NAME").arg(sub)
                                   : SiteVoCommand::tr("one NAME only (got %1)").arg(names.size()));
        return std::nullopt;
    }
    const Status valid = newVo ? checkNewVoName(names.first()) : checkVoName(names.first());
    if (!valid) {
        printError(io, valid.error(), QStringLiteral("NAME"));
        return std::nullopt;
    }
    return names.first();
}

bool needSite(const QCommandLineParser& parser, const QCommandLineOption& site, const QString& sub, Io io)
{
    if (parser.isSet(site))
        return true;
    usageError(io, command + QLatin1Char(' ') + sub,
               SiteVoCommand::tr("%1 needs --site ADMIN_PROFILE").arg(sub),
               SiteVoCommand::tr("the provider admin profile (\"kind\": \"provider-admin\")"));
    return false;
}

int runAdd(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SiteVoCommand::tr("Adds a VO: its directory entry with the grant and its account "
                          "(uid=NAME,ou=people), its account, home, "
                          "ssh key and session pool on every host (as root, with the provider's script), and "
                          "writes DIR/site.json "
                          "(the VO's profile to hand over), DIR/directory.password (0600) and DIR/ssh/."));
    parser.addPositionalArgument(QStringLiteral("NAME"), SiteVoCommand::tr("The VO's name."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption out(
        QStringLiteral("out"), SiteVoCommand::tr("The folder for the VO's profile (made; absent or empty)."),
        QStringLiteral("DIR"));
    const QCommandLineOption json = jsonOption();
    const GrantOptions grant;
    const HostOptions hosts;
    parser.addOptions({site, out, json});
    grant.addTo(parser);
    hosts.addTo(parser);
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" add"), args, io))
        return *exit;
    const std::optional<QString> name = voName(parser, QStringLiteral("add"), io, true);
    if (!name)
        return ExitUnreadable;
    if (!needSite(parser, site, QStringLiteral("add"), io))
        return ExitUnreadable;
    if (!parser.isSet(out))
        return usageError(io, command + QStringLiteral(" add"), SiteVoCommand::tr("add needs --out DIR"),
                          SiteVoCommand::tr("the folder for the VO's profile, password and key"));
    VoGrant requested;
    requested.maxVcns = VoAddRequest{}.maxVcns;
    requested.maxVcpus = VoAddRequest{}.maxVcpus;
    requested.maxMemoryMiB = VoAddRequest{}.maxMemoryMiB;
    requested.maxStorageMiB = VoAddRequest{}.maxStorageMiB;
    if (!applyGrantOptions(parser, grant, requested, io))
        return ExitUnreadable;

    std::optional<AdminSite> admin = openAdminSite(parser.value(site), io);
    if (!admin)
        return ExitInvalid;
    const VoAdminContext context = contextFor(*admin, parser, hosts, io);
    const VoAddRequest request{*name,
                               requested.ranges,
                               requested.maxVcns,
                               requested.maxVcpus,
                               requested.maxMemoryMiB,
                               requested.maxStorageMiB,
                               parser.value(out)};
    const Result<VoAddResult> added = addVo(context, request);
    if (!added) {
        printError(io, added.error());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{{QStringLiteral("vo"), *name},
                                                    {QStringLiteral("profile"), added->profilePath},
                                                    {QStringLiteral("passwordFile"), added->passwordPath},
                                                    {QStringLiteral("uidNumber"), added->account.uidNumber},
                                                    {QStringLiteral("account"), added->account.dn},
                                                    {QStringLiteral("grant"), grantJson(added->grant)}}));
        return ExitOk;
    }
    io.out << terminalLine(SiteVoCommand::tr("VO %1: profile %2, directory password %3 (0600), account %4 "
                                             "(uidNumber %5), range %6\n")
                               .arg(*name, added->profilePath, added->passwordPath, added->account.dn)
                               .arg(added->account.uidNumber)
                               .arg(rangesText(added->grant)));
    return ExitOk;
}

int runList(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SiteVoCommand::tr("Lists the site's VOs: grant, account and what they hold in the directory."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({site, json});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" list"), args, io))
        return *exit;
    if (!needSite(parser, site, QStringLiteral("list"), io))
        return ExitUnreadable;
    std::optional<AdminSite> admin = openAdminSite(parser.value(site), io);
    if (!admin)
        return ExitInvalid;
    const Result<QList<VoSummary>> vos = admin->directory->listVos();
    if (!vos) {
        printError(io, vos.error());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const VoSummary& vo : *vos)
            array << summaryJson(vo);
        printJson(io.out, QJsonDocument(array));
        return ExitOk;
    }
    for (const VoSummary& vo : *vos)
        printSummary(io.out, vo);
    if (vos->isEmpty())
        io.out << SiteVoCommand::tr("no VOs\n");
    return ExitOk;
}

int runShow(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SiteVoCommand::tr(
        "One VO: its grant, account and records, and on every host its account, processes and domains."));
    parser.addPositionalArgument(QStringLiteral("NAME"), SiteVoCommand::tr("The VO's name."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json = jsonOption();
    const HostOptions hosts;
    parser.addOptions({site, json});
    hosts.addTo(parser);
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" show"), args, io))
        return *exit;
    const std::optional<QString> name = voName(parser, QStringLiteral("show"), io, false);
    if (!name)
        return ExitUnreadable;
    if (!needSite(parser, site, QStringLiteral("show"), io))
        return ExitUnreadable;
    std::optional<AdminSite> admin = openAdminSite(parser.value(site), io);
    if (!admin)
        return ExitInvalid;
    const Result<std::optional<VoSummary>> vo = admin->directory->findVo(*name);
    if (!vo) {
        printError(io, vo.error());
        return ExitInvalid;
    }
    if (!*vo) {
        printError(io, makeError(ErrorCode::NotFound,
                                 SiteVoCommand::tr("there is no VO %1 at this site").arg(*name),
                                 admin->directory->voDn(*name),
                                 SiteVoCommand::tr("list the VOs with vocctl site vo list")));
        return ExitInvalid;
    }
    const VoAdminContext context = contextFor(*admin, parser, hosts, io);
    const Result<QList<VoHostStatus>> statuses = voHostStatus(context, *name);
    if (!statuses) {
        printError(io, statuses.error());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        QJsonObject object = summaryJson(**vo);
        QJsonArray hostArray;
        for (const VoHostStatus& s : *statuses)
            hostArray << QJsonObject{{QStringLiteral("host"), s.host},
                                     {QStringLiteral("account"), s.account},
                                     {QStringLiteral("processes"), s.processes},
                                     {QStringLiteral("running"), s.running},
                                     {QStringLiteral("defined"), s.defined},
                                     {QStringLiteral("home"), s.home},
                                     {QStringLiteral("pool"), s.pool}};
        object.insert(QStringLiteral("hosts"), hostArray);
        printJson(io.out, QJsonDocument(object));
        return ExitOk;
    }
    printSummary(io.out, **vo);
    for (const VoHostStatus& s : *statuses)
        io.out << terminalLine(
            SiteVoCommand::tr("  %1: account %2, %3 process(es), %4 running and %5 defined "
                              "domain(s), home %6, pool %7\n")
                .arg(s.host, s.account ? SiteVoCommand::tr("yes") : SiteVoCommand::tr("no"))
                .arg(s.processes)
                .arg(s.running)
                .arg(s.defined)
                .arg(s.home ? SiteVoCommand::tr("yes") : SiteVoCommand::tr("no"),
                     s.pool ? SiteVoCommand::tr("yes") : SiteVoCommand::tr("no")));
    return ExitOk;
}

int runGrant(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SiteVoCommand::tr("Changes what the provider grants a VO: the options given replace those values."));
    parser.addPositionalArgument(QStringLiteral("NAME"), SiteVoCommand::tr("The VO's name."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json = jsonOption();
    const GrantOptions grant;
    parser.addOptions({site, json});
    grant.addTo(parser);
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" grant"), args, io))
        return *exit;
    const std::optional<QString> name = voName(parser, QStringLiteral("grant"), io, false);
    if (!name)
        return ExitUnreadable;
    if (!needSite(parser, site, QStringLiteral("grant"), io))
        return ExitUnreadable;
    VoGrant probe;
    if (!applyGrantOptions(parser, grant, probe, io))
        return ExitUnreadable;
    std::optional<AdminSite> admin = openAdminSite(parser.value(site), io);
    if (!admin)
        return ExitInvalid;
    const Result<std::optional<VoSummary>> vo = admin->directory->findVo(*name);
    if (!vo || !*vo) {
        printError(io, vo ? makeError(ErrorCode::NotFound,
                                      SiteVoCommand::tr("there is no VO %1 at this site").arg(*name),
                                      admin->directory->voDn(*name))
                          : vo.error());
        return ExitInvalid;
    }
    VoGrant changed = (*vo)->grant;
    applyGrantOptions(parser, grant, changed, io);
    if (const Status inside = checkRangesInSite(changed.ranges, admin->profile.network); !inside) {
        printError(io, inside.error());
        return ExitInvalid;
    }
    if (const Status set = admin->directory->setGrant(changed); !set) {
        printError(io, set.error());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{{QStringLiteral("vo"), *name},
                                                    {QStringLiteral("grant"), grantJson(changed)}}));
        return ExitOk;
    }
    io.out << terminalLine(
        SiteVoCommand::tr("VO %1: range %2, %3 VCNs, %4 vCPUs, %5 MiB memory, %6 MiB storage\n")
            .arg(*name, rangesText(changed))
            .arg(changed.maxVcns)
            .arg(changed.maxVcpus)
            .arg(changed.maxMemoryMiB)
            .arg(changed.maxStorageMiB));
    return ExitOk;
}

int runRemove(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SiteVoCommand::tr(
        "Removes a VO: on every host its processes, home, pool directory and account, then its directory "
        "entries. Refused while it has VCN records or domains, unless --force, which destroys them."));
    parser.addPositionalArgument(QStringLiteral("NAME"), SiteVoCommand::tr("The VO's name."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption force(QStringLiteral("force"),
                                   SiteVoCommand::tr("Destroy its domains and records with the rest."));
    const HostOptions hosts;
    parser.addOptions({site, json, force});
    hosts.addTo(parser);
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" remove"), args, io))
        return *exit;
    const std::optional<QString> name = voName(parser, QStringLiteral("remove"), io, false);
    if (!name)
        return ExitUnreadable;
    if (!needSite(parser, site, QStringLiteral("remove"), io))
        return ExitUnreadable;
    std::optional<AdminSite> admin = openAdminSite(parser.value(site), io);
    if (!admin)
        return ExitInvalid;
    const VoAdminContext context = contextFor(*admin, parser, hosts, io);
    const Result<VoRemoveResult> removed = removeVo(context, *name, parser.isSet(force));
    if (!removed) {
        printError(io, removed.error());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{
                              {QStringLiteral("vo"), *name},
                              {QStringLiteral("vcns"), removed->usage.vcns},
                              {QStringLiteral("vocs"), QJsonArray::fromStringList(removed->usage.vocs)},
                              {QStringLiteral("domains"), removed->domains},
                              {QStringLiteral("entries"), removed->entries},
                              {QStringLiteral("hosts"), QJsonArray::fromStringList(removed->hosts)}}));
        return ExitOk;
    }
    io.out << terminalLine(SiteVoCommand::tr("VO %1 removed: %2 VCN record(s), %3 domain(s), %4 directory "
                                             "entr(y/ies), from %5\n")
                               .arg(*name)
                               .arg(removed->usage.vcns)
                               .arg(removed->domains)
                               .arg(removed->entries)
                               .arg(removed->hosts.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runSiteVo(const QStringList& args, Io io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << SiteVoCommand::tr(
            "Usage: vocctl site vo add NAME --site ADMIN --out DIR [--range FIRST-LAST]... [--max-vcns N] "
            "[--max-vcpus N] [--max-memory MiB] [--max-storage MiB]\n"
            "       vocctl site vo list|show NAME|grant NAME [...]|remove NAME [--force] --site ADMIN "
            "[--json]\n"
            "ADMIN is the provider admin profile (\"kind\": \"provider-admin\"), never a VO's.\n");
        return args.isEmpty() ? ExitUnreadable : ExitOk;
    }
    const QString sub = args.first();
    if (sub == QLatin1String("add"))
        return runAdd(args.mid(1), io);
    if (sub == QLatin1String("list"))
        return runList(args.mid(1), io);
    if (sub == QLatin1String("show"))
        return runShow(args.mid(1), io);
    if (sub == QLatin1String("grant"))
        return runGrant(args.mid(1), io);
    if (sub == QLatin1String("remove"))
        return runRemove(args.mid(1), io);
    return usageError(io, command, SiteVoCommand::tr("unknown subcommand '%1'").arg(sub),
                      SiteVoCommand::tr("use add, list, show, grant or remove"));
}

} // namespace voc::cli
