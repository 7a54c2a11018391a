// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl directory: the site's VCN records in LDAP, one at a time or in batches (CSV, LDIF). The
// paper's "LDAP-aware batch remote administration tool", with checks before any write.
#include "cli.h"

#include "common/atomicfile.h"
#include "common/terminaltext.h"
#include "directory/directory.h"
#include "directory/sitecredentials.h"
#include "directory/vcnconflicts.h"
#include "directory/vcnexchange.h"
#include "model/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace voc::cli {

namespace {

struct DirectoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("directory");

QCommandLineOption vocOption()
{
    return QCommandLineOption(QStringLiteral("voc"), DirectoryCommand::tr("The VOC (its ou under ou=vocs)."),
                              QStringLiteral("VOC"));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(QStringLiteral("dry-run"),
                              DirectoryCommand::tr("Check everything against the directory, write nothing."));
}

struct OpenSite
{
    SiteProfile profile;
    std::unique_ptr<Directory> directory;
};

// Loads the profile, finds the password and binds. Prints the error and returns nothing on failure.
std::optional<OpenSite> openSite(const QString& site, Io io)
{
    const QString path = resolveSiteProfile(site);
    Result<SiteProfile> profile = loadSiteProfile(path);
    if (!profile) {
        printError(io, profile.error(), path);
        return std::nullopt;
    }
    const Result<QString> password = directoryPassword(profile->directory, QFileInfo(path).absolutePath());
    if (!password) {
        printError(io, password.error(), path);
        return std::nullopt;
    }
    Result<std::unique_ptr<Directory>> directory =
        connectLdapDirectory(DirectoryConfig::fromSite(profile->directory, *password));
    if (!directory) {
        printError(io, directory.error(), profile->directory.uri);
        return std::nullopt;
    }
    return OpenSite{std::move(*profile), std::move(*directory)};
}

QJsonObject recordJson(const VcnRecord& r)
{
    QJsonObject object{{QStringLiteral("voc"), r.voc},
                       {QStringLiteral("hostname"), r.hostname},
                       {QStringLiteral("ip"), r.ip},
                       {QStringLiteral("mac"), r.mac},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("dn"), r.dn}};
    if (!r.vo.isEmpty())
        object.insert(QStringLiteral("vo"), r.vo);
    return object;
}

void printTable(QTextStream& out, const QList<VcnRecord>& records)
{
    int vocWidth = 3;
    int nameWidth = 8;
    for (const VcnRecord& r : records) {
        vocWidth = std::max(vocWidth, int(escapeForTerminal(r.voc).size()));
        nameWidth = std::max(nameWidth, int(escapeForTerminal(r.hostname).size()));
    }
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(DirectoryCommand::tr("VOC"), -vocWidth)
               .arg(DirectoryCommand::tr("HOSTNAME"), -nameWidth)
               .arg(DirectoryCommand::tr("IP"), -15)
               .arg(DirectoryCommand::tr("MAC"), -17)
               .arg(DirectoryCommand::tr("DESCRIPTION"));
    // The values are the directory's: a description holding a newline or an escape sequence shows as
    // such, in its row.
    for (const VcnRecord& r : records)
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(escapeForTerminal(r.voc), -vocWidth)
                   .arg(escapeForTerminal(r.hostname), -nameWidth)
                   .arg(escapeForTerminal(r.ip), -15)
                   .arg(escapeForTerminal(r.mac), -17)
                   .arg(escapeForTerminal(r.description));
}

// Normalises a batch and checks it against the directory; prints every problem. True when the
// batch can be written as it is.
bool checkBatch(QList<VcnRecord>& batch, Directory& directory, Io io)
{
    bool ok = true;
    for (VcnRecord& record : batch) {
        Result<VcnRecord> normal = normalizeVcnRecord(record);
        if (!normal) {
            printError(io, normal.error());
            ok = false;
            continue;
        }
        record = *normal;
    }
    if (!ok)
        return false;
    const Result<QList<VcnRecord>> existing = directory.listVcns();
    if (!existing) {
        printError(io, existing.error(), directory.uri());
        return false;
    }
    for (const VcnConflict& conflict : findVcnConflicts(batch, *existing)) {
        const VcnRecord& r = batch.at(conflict.index);
        io.err << escapeForTerminal(QStringLiteral("%1/%2: ").arg(r.voc, r.hostname)) << conflict.toString()
               << '\n';
        ok = false;
    }
    return ok;
}

int writeBatch(QList<VcnRecord> batch, Directory& directory, bool dryRun, Io io)
{
    if (!checkBatch(batch, directory, io)) {
        io.err << DirectoryCommand::tr("nothing was written\n");
        return ExitInvalid;
    }
    if (dryRun) {
        io.out << DirectoryCommand::tr("would add %n VCN record(s):\n", nullptr, int(batch.size()));
        printTable(io.out, batch);
        return ExitOk;
    }
    if (const Status added = directory.addVcns(batch); !added) {
        printError(io, added.error(), directory.uri());
        io.err << DirectoryCommand::tr("nothing was written\n");
        return ExitInvalid;
    }
    io.out << DirectoryCommand::tr("added %n VCN record(s)\n", nullptr, int(batch.size()));
    return ExitOk;
}

int runList(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DirectoryCommand::tr("Lists the VCN records of a site, or of one VOC."));
    const QCommandLineOption site = siteOption(), voc = vocOption();
    const QCommandLineOption json(QStringLiteral("json"), DirectoryCommand::tr("Print JSON."));
    parser.addOptions({site, voc, json});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" list"), args, io))
        return *exit;
    if (!parser.isSet(site))
        return usageError(io, command, DirectoryCommand::tr("list needs --site"));
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    const Result<QList<VcnRecord>> records = open->directory->listVcns(parser.value(voc));
    if (!records) {
        printError(io, records.error(), open->directory->uri());
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const VcnRecord& r : *records)
            array << recordJson(r);
        printJson(io.out, QJsonDocument(array));
    } else {
        printTable(io.out, *records);
    }
    return ExitOk;
}

int runAdd(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DirectoryCommand::tr("Registers one VCN: hostname, IP and MAC."));
    const QCommandLineOption site = siteOption(), voc = vocOption(), dryRun = dryRunOption();
    const QCommandLineOption hostname(QStringLiteral("hostname"), DirectoryCommand::tr("The VCN's name."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption ip(QStringLiteral("ip"), DirectoryCommand::tr("Its IPv4 address."),
                                QStringLiteral("IP"));
    const QCommandLineOption mac(QStringLiteral("mac"), DirectoryCommand::tr("Its locally administered MAC."),
                                 QStringLiteral("MAC"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         DirectoryCommand::tr("Role and owner, free text."),
                                         QStringLiteral("TEXT"));
    parser.addOptions({site, voc, hostname, ip, mac, description, dryRun});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" add"), args, io))
        return *exit;
    for (const QCommandLineOption& required : {site, voc, hostname, ip, mac}) {
        if (!parser.isSet(required))
            return usageError(io, command,
                              DirectoryCommand::tr("add needs --%1").arg(required.names().constFirst()));
    }
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    const VcnRecord record{parser.value(voc), parser.value(hostname),    parser.value(ip),
                           parser.value(mac), parser.value(description), {}};
    return writeBatch({record}, *open->directory, parser.isSet(dryRun), io);
}

int runImport(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DirectoryCommand::tr(
        "Registers every VCN of a CSV (voc,hostname,ip,mac,description) or LDIF file: all or nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), DirectoryCommand::tr("a .csv or .ldif file"));
    const QCommandLineOption site = siteOption(), voc = vocOption(), dryRun = dryRunOption();
    parser.addOptions({site, voc, dryRun});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" import"), args, io))
        return *exit;
    if (!parser.isSet(site) || parser.positionalArguments().size() != 1)
        return usageError(io, command, DirectoryCommand::tr("import needs --site and one FILE"));
    const QString path = parser.positionalArguments().first();
    const Result<VcnFileFormat> format = vcnFileFormatFor(path);
    if (!format)
        return usageError(io, command, format.error().what, format.error().hint);
    const Result<QByteArray> bytes = readFileLimited(path);
    if (!bytes) {
        printError(io, bytes.error(), path);
        return ExitUnreadable;
    }
    Result<QList<VcnRecord>> records =
        *format == VcnFileFormat::Csv ? parseVcnCsv(*bytes, path) : parseVcnLdif(*bytes, path);
    if (!records) {
        printError(io, records.error(), path);
        return ExitUnreadable;
    }
    if (records->isEmpty()) {
        io.err << DirectoryCommand::tr("%1: no VCN records in the file\n").arg(path);
        return ExitInvalid;
    }
    if (parser.isSet(voc)) {
        for (VcnRecord& r : *records) {
            r.voc = parser.value(voc);
            r.dn.clear();
        }
    }
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    return writeBatch(*records, *open->directory, parser.isSet(dryRun), io);
}

int runRemove(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DirectoryCommand::tr("Removes VCN records: the named ones, or with no --hostname the whole VOC."));
    const QCommandLineOption site = siteOption(), voc = vocOption(), dryRun = dryRunOption();
    const QCommandLineOption hostname(QStringLiteral("hostname"),
                                      DirectoryCommand::tr("A VCN to remove (repeat for more)."),
                                      QStringLiteral("NAME"));
    parser.addOptions({site, voc, hostname, dryRun});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" remove"), args, io))
        return *exit;
    if (!parser.isSet(site) || !parser.isSet(voc))
        return usageError(io, command, DirectoryCommand::tr("remove needs --site and --voc"));
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    const QString vocName = parser.value(voc);
    const Result<QList<VcnRecord>> present = open->directory->listVcns(vocName);
    if (!present) {
        printError(io, present.error(), open->directory->uri());
        return ExitInvalid;
    }
    QStringList names = parser.values(hostname);
    for (const QString& name : std::as_const(names)) {
        const bool known = std::any_of(present->begin(), present->end(), [&](const VcnRecord& r) {
            return r.hostname.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            io.err << DirectoryCommand::tr("%1/%2: no such VCN record; nothing was removed\n")
                          .arg(vocName, name);
            return ExitInvalid;
        }
    }
    if (parser.isSet(dryRun)) {
        io.out << DirectoryCommand::tr("would remove %n VCN record(s)\n", nullptr,
                                       int(names.isEmpty() ? present->size() : names.size()));
        return ExitOk;
    }
    if (names.isEmpty()) {
        const Result<int> removed = open->directory->removeVoc(vocName);
        if (!removed) {
            printError(io, removed.error(), open->directory->uri());
            return ExitInvalid;
        }
        io.out << DirectoryCommand::tr("removed VOC %1 and its %n VCN record(s)\n", nullptr, *removed)
                      .arg(vocName);
        return ExitOk;
    }
    for (const QString& name : std::as_const(names)) {
        if (const Status removed = open->directory->removeVcn(vocName, name); !removed) {
            printError(io, removed.error(), open->directory->uri());
            return ExitInvalid;
        }
        io.out << DirectoryCommand::tr("removed %1/%2\n").arg(vocName, name);
    }
    return ExitOk;
}

int runGrant(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DirectoryCommand::tr(
        "Shows what the provider granted the profile's VO: address ranges and quotas (from its entry "
        "ou=<vo>,ou=vocs in the site's directory)."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption json(QStringLiteral("json"), DirectoryCommand::tr("Print JSON."));
    parser.addOptions({site, json});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" grant"), args, io))
        return *exit;
    if (!parser.isSet(site))
        return usageError(io, command, DirectoryCommand::tr("grant needs --site"));
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    const Result<VoGrant> grant = open->directory->grant();
    if (!grant) {
        printError(io, grant.error(), open->directory->uri());
        return ExitInvalid;
    }
    QStringList ranges;
    for (const auto& [first, last] : grant->ranges)
        ranges << first.toString() + QLatin1Char('-') + last.toString();
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{
                              {QStringLiteral("vo"), grant->vo},
                              {QStringLiteral("dn"), grant->dn},
                              {QStringLiteral("addressRanges"), QJsonArray::fromStringList(ranges)},
                              {QStringLiteral("maxVcns"), grant->maxVcns},
                              {QStringLiteral("maxVcpus"), grant->maxVcpus},
                              {QStringLiteral("maxMemoryMiB"), grant->maxMemoryMiB},
                              {QStringLiteral("maxStorageMiB"), grant->maxStorageMiB}}));
        return ExitOk;
    }
    io.out << terminalLine(DirectoryCommand::tr("VO %1 (%2)\n").arg(grant->vo, grant->dn))
           << DirectoryCommand::tr("addresses  %1\n").arg(ranges.join(QLatin1String(", ")))
           << DirectoryCommand::tr("VCNs       %1\n").arg(grant->maxVcns)
           << DirectoryCommand::tr("vCPUs      %1\n").arg(grant->maxVcpus)
           << DirectoryCommand::tr("memory     %1 MiB\n").arg(grant->maxMemoryMiB)
           << DirectoryCommand::tr("storage    %1 MiB\n").arg(grant->maxStorageMiB);
    return ExitOk;
}

int runExport(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DirectoryCommand::tr("Writes the VCN records as CSV or LDIF."));
    const QCommandLineOption site = siteOption(), voc = vocOption();
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 DirectoryCommand::tr("CSV (voc,hostname,ip,mac,description)."));
    const QCommandLineOption ldif(QStringLiteral("ldif"), DirectoryCommand::tr("LDIF entries."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    DirectoryCommand::tr("Write to FILE (atomically) instead of stdout."),
                                    QStringLiteral("FILE"));
    parser.addOptions({site, voc, csv, ldif, output});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" export"), args, io))
        return *exit;
    if (!parser.isSet(site) || parser.isSet(csv) == parser.isSet(ldif))
        return usageError(io, command, DirectoryCommand::tr("export needs --site and one of --csv, --ldif"));
    std::optional<OpenSite> open = openSite(parser.value(site), io);
    if (!open)
        return ExitInvalid;
    const Result<QList<VcnRecord>> records = open->directory->listVcns(parser.value(voc));
    if (!records) {
        printError(io, records.error(), open->directory->uri());
        return ExitInvalid;
    }
    const QByteArray bytes = parser.isSet(csv) ? vcnRecordsToCsv(*records)
                                               : vcnRecordsToLdif(*records, open->profile.directory.baseDn);
    if (!parser.isSet(output)) {
        io.out << QString::fromUtf8(bytes);
        return ExitOk;
    }
    if (const Status written = writeFileAtomically(parser.value(output), bytes); !written) {
        printError(io, written.error(), parser.value(output));
        return ExitInvalid;
    }
    io.err << DirectoryCommand::tr("wrote %n VCN record(s) to %1\n", nullptr, int(records->size()))
                  .arg(parser.value(output));
    return ExitOk;
}

} // namespace

int runDirectory(const QStringList& args, Io io)
{
    struct Sub
    {
        const char* name;
        int (*run)(const QStringList&, Io);
    };
    static constexpr Sub subs[] = {{"list", runList},     {"add", runAdd},       {"remove", runRemove},
                                   {"import", runImport}, {"export", runExport}, {"grant", runGrant}};
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << DirectoryCommand::tr(
            "Usage: vocctl directory list|add|remove|import|export|grant --site SITE ...\n"
            "Run 'vocctl directory SUBCOMMAND --help' for its options.\n");
        return args.isEmpty() ? ExitUnreadable : ExitOk;
    }
    for (const Sub& sub : subs) {
        if (args.first() == QLatin1String(sub.name))
            return sub.run(args.mid(1), io);
    }
    return usageError(io, command, DirectoryCommand::tr("unknown subcommand '%1'").arg(args.first()),
                      DirectoryCommand::tr("use list, add, remove, import, export or grant"));
}

} // namespace voc::cli
