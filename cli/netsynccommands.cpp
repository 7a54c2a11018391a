// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl netsync: the site's DHCP and DNS files from its directory, once or following every change.
#include "cli.h"

#include "common/terminaltext.h"
#include "directory/directory.h"
#include "directory/sitecredentials.h"
#include "model/siteprofile.h"
#include "netsync/netsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace voc::cli {

namespace {

struct NetsyncCommandText
{
    Q_DECLARE_TR_FUNCTIONS(voc::NetsyncCommand)
};

const QString command = QStringLiteral("netsync");

// SIGTERM and SIGINT only write a byte here; the event loop reads it and stops the watch. Nothing
// else is safe inside a signal handler.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &byte, 1);
}

struct SignalGuard
{
    struct sigaction oldTerm = {};
    struct sigaction oldInt = {};
    bool installed = false;

    bool install()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
            return false;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &oldTerm);
        ::sigaction(SIGINT, &action, &oldInt);
        installed = true;
        return true;
    }
    ~SignalGuard()
    {
        if (!installed)
            return;
        ::sigaction(SIGTERM, &oldTerm, nullptr);
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
};

QString fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& path : paths)
        names.append(QFileInfo(path).fileName());
    return names.join(QStringLiteral(", "));
}

// One line on stdout per write; the reasons for skipped records on stderr, only when they differ
// from the last ones printed (a lasting conflict must not repeat on every change).
class ReportPrinter
{
public:
    explicit ReportPrinter(Io io)
        : m_io(io)
    {}

    void print(const Result<NetsyncReport>& report)
    {
        if (!report) {
            printError(m_io, report.error());
            m_io.err.flush();
            return;
        }
        QStringList reasons;
        for (const NetsyncProblem& problem : report->skipped)
            reasons.append(problem.toString());
        if (reasons != m_lastReasons) {
            for (const QString& reason : std::as_const(reasons))
                m_io.err << NetsyncCommandText::tr("skipped: %1").arg(reason) << '\n';
            m_io.err.flush();
            m_lastReasons = reasons;
        }
        QString line = report->changed()
                           ? NetsyncCommandText::tr("netsync: %1 records, %2 skipped: wrote %3")
                                 .arg(report->records)
                                 .arg(report->skipped.size())
                                 .arg(fileNames(report->written))
                           : NetsyncCommandText::tr("netsync: %1 records, %2 skipped: no change")
                                 .arg(report->records)
                                 .arg(report->skipped.size());
        if (report->nft == NftUpdate::Ruleset)
            line += NetsyncCommandText::tr("; bridge rules applied");
        else if (report->nft == NftUpdate::Elements)
            line += NetsyncCommandText::tr("; bridge rules updated in place");
        if (report->reloaded)
            line += NetsyncCommandText::tr("; dnsmasq reloaded");
        if (!report->released.isEmpty())
            line += NetsyncCommandText::tr("; released the lease of %1")
                        .arg(escapeForTerminal(report->released.join(QLatin1String(", "))));
        m_io.out << line << '\n';
        m_io.out.flush();
    }

private:
    Io m_io;
    QStringList m_lastReasons;
};

int runWatch(const DirectoryConfig& config, NetsyncWriter& writer, const QString& statePath, Io io)
{
    SignalGuard stopSignals;
    if (!stopSignals.install()) {
        io.err << NetsyncCommandText::tr("vocctl netsync: cannot set up signal handling") << '\n';
        return ExitInvalid;
    }
    NetsyncWatch watch(config, writer, NetsyncWatch::Options{.statePath = statePath});
    QEventLoop loop;
    QObject printerContext; // lives on this thread: the watch's callbacks print here, in order
    ReportPrinter printer(io);
    NetsyncWatch::Callbacks callbacks;
    callbacks.written = [&](const Result<NetsyncReport>& report) {
        QMetaObject::invokeMethod(
            &printerContext, [&printer, report] { printer.print(report); }, Qt::QueuedConnection);
    };
    callbacks.failed = [&](const Error& error, int retryMs) {
        QMetaObject::invokeMethod(
            &printerContext,
            [io, error, retryMs] {
                printError(io, error);
                io.err << NetsyncCommandText::tr("netsync: retrying in %1 s, then with growing pauses (up to "
                                                 "10 s), until the directory answers")
                              .arg(double(retryMs) / 1000.0, 0, 'f', 1)
                       << '\n';
                io.err.flush();
            },
            Qt::QueuedConnection);
    };
    callbacks.reconnected = [&] {
        QMetaObject::invokeMethod(
            &printerContext,
            [io] {
                io.err << NetsyncCommandText::tr("netsync: the directory is back") << '\n';
                io.err.flush();
            },
            Qt::QueuedConnection);
    };

    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &printerContext, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &byte, 1);
        watch.stop();
    });

    Status status = Ok{};
    QThread* thread = QThread::create([&] { status = watch.run(callbacks); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    QCoreApplication::sendPostedEvents(&printerContext); // what the watch reported last
    if (!status) {
        printError(io, status.error());
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace

int runNetsync(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NetsyncCommandText::tr(
        "Writes the site's dnsmasq DHCP hosts file (and optionally a hosts file and BIND zones) from the VCN "
        "records in its LDAP directory, once or following every change (RFC 4533), and reloads dnsmasq when "
        "they changed. Conflicting or invalid records, and a VO's records outside its grant, are reported "
        "and skipped. With --nft-ruleset it also keeps the site bridge's nftables rules (applied before the "
        "files): a VCN sends only from its own MAC and address, and never to another VO's VCNs. The password "
        "comes from VOCSTUDIO_LDAP_PASSWORD or the profile's passwordFile (mode 0600)."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption dhcpHosts(QStringLiteral("dnsmasq-hosts"),
                                       NetsyncCommandText::tr("dnsmasq's --dhcp-hostsfile to write."),
                                       NetsyncCommandText::tr("FILE"));
    const QCommandLineOption hosts(QStringLiteral("hosts"),
                                   NetsyncCommandText::tr("A hosts file (dnsmasq --addn-hosts) to write."),
                                   NetsyncCommandText::tr("FILE"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  NetsyncCommandText::tr("A BIND forward zone to write."),
                                  NetsyncCommandText::tr("FILE"));
    const QCommandLineOption reverseZone(QStringLiteral("reverse-zone"),
                                         NetsyncCommandText::tr("A BIND reverse zone to write."),
                                         NetsyncCommandText::tr("FILE"));
    const QCommandLineOption pidFile(QStringLiteral("pidfile"),
                                     NetsyncCommandText::tr("dnsmasq's pid file: SIGHUP after a change."),
                                     NetsyncCommandText::tr("FILE"));
    const QCommandLineOption release(
        QStringLiteral("release-leases"),
        NetsyncCommandText::tr("The interface dnsmasq serves DHCP on: leases of removed records are released "
                               "there at once (dhcp_release), so their address and name go with them."),
        NetsyncCommandText::tr("INTERFACE"));
    const QCommandLineOption nftRuleset(
        QStringLiteral("nft-ruleset"),
        NetsyncCommandText::tr(
            "The site bridge's nftables ruleset to write and apply (nft -f, as root in the "
            "bridge's network namespace) before the DHCP files; off by default. Without "
            "--dnsmasq-hosts, netsync keeps only the rules (a KVM host's bridge)."),
        NetsyncCommandText::tr("FILE"));
    const QCommandLineOption nftUplink(
        QStringLiteral("nft-uplink"),
        NetsyncCommandText::tr("A bridge port that is no VCN's, e.g. the host's link to the site network "
                               "(repeatable; a trailing * matches a prefix). Required with --nft-ruleset."),
        NetsyncCommandText::tr("INTERFACE"));
    const QCommandLineOption nftTable(QStringLiteral("nft-table"),
                                      NetsyncCommandText::tr("The bridge table netsync owns (default "
                                                             "vocstudio)."),
                                      NetsyncCommandText::tr("NAME"), QStringLiteral("vocstudio"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   NetsyncCommandText::tr("Where --watch keeps its sync state (default: "
                                                          "<dnsmasq-hosts>.netsync-state)."),
                                   NetsyncCommandText::tr("FILE"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  NetsyncCommandText::tr("Read everything, write, exit."));
    const QCommandLineOption watchMode(
        QStringLiteral("watch"), NetsyncCommandText::tr("Follow the directory until SIGTERM or SIGINT."));
    const QCommandLineOption ldapUri(QStringLiteral("ldap-uri"),
                                     NetsyncCommandText::tr("Override the profile's directory URI."),
                                     NetsyncCommandText::tr("URI"));
    const QCommandLineOption base(QStringLiteral("base"), NetsyncCommandText::tr("Override the base DN."),
                                  NetsyncCommandText::tr("DN"));
    const QCommandLineOption bindDn(QStringLiteral("bind-dn"),
                                    NetsyncCommandText::tr("Override the bind DN."),
                                    NetsyncCommandText::tr("DN"));
    const QCommandLineOption ca(QStringLiteral("ca"), NetsyncCommandText::tr("Override the CA file."),
                                NetsyncCommandText::tr("FILE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          NetsyncCommandText::tr("Override the password file (mode 0600)."),
                                          NetsyncCommandText::tr("FILE"));
    const QCommandLineOption allowEmpty(
        QStringLiteral("allow-empty"),
        NetsyncCommandText::tr("With --once: write the files even when the directory has no VCN record "
                               "(without it, netsync refuses to empty files that hold reservations)."));
    parser.addOptions({site, dhcpHosts, hosts, zone, reverseZone, pidFile, release, nftRuleset, nftUplink,
                       nftTable, state, once, watchMode, ldapUri, base, bindDn, ca, passwordFile,
                       allowEmpty});
    if (const auto exit = parseArguments(parser, command, args, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io, command,
            NetsyncCommandText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(once) == parser.isSet(watchMode))
        return usageError(io, command, NetsyncCommandText::tr("give exactly one of --once and --watch"));
    if (!parser.isSet(site))
        return usageError(io, command, NetsyncCommandText::tr("--site is required"));
    if (!parser.isSet(dhcpHosts) && !parser.isSet(nftRuleset))
        return usageError(io, command,
                          NetsyncCommandText::tr("--dnsmasq-hosts or --nft-ruleset is required"));
    if (parser.isSet(nftRuleset) && !parser.isSet(nftUplink))
        return usageError(io, command, NetsyncCommandText::tr("--nft-ruleset needs --nft-uplink"),
                          NetsyncCommandText::tr("name the bridge port towards the site network (e.g. eth0): "
                                                 "every other port is a VCN's"));
    if (!parser.isSet(nftRuleset) && (parser.isSet(nftUplink) || parser.isSet(nftTable)))
        return usageError(io, command,
                          NetsyncCommandText::tr("--nft-uplink and --nft-table need --nft-ruleset"));

    const QString sitePath = resolveSiteProfile(parser.value(site));
    Result<SiteProfile> profile = loadSiteProfile(sitePath);
    if (!profile) {
        printError(io, profile.error(), sitePath);
        return ExitUnreadable;
    }
    SiteDirectory& directory = profile->directory;
    const auto absolute = [](const QString& path) { return QFileInfo(path).absoluteFilePath(); };
    if (parser.isSet(ldapUri))
        directory.uri = parser.value(ldapUri);
    if (parser.isSet(base))
        directory.baseDn = parser.value(base);
    if (parser.isSet(bindDn))
        directory.bindDn = parser.value(bindDn);
    if (parser.isSet(ca))
        directory.caFile = absolute(parser.value(ca));
    if (parser.isSet(passwordFile))
        directory.passwordFile = absolute(parser.value(passwordFile));
    const QString profileDir = QFileInfo(sitePath).absolutePath();
    if (directory.uri.isEmpty() || directory.baseDn.isEmpty())
        return usageError(io, command,
                          NetsyncCommandText::tr("the site profile names no directory (URI and base DN)"),
                          NetsyncCommandText::tr("add its directory section, or give --ldap-uri and --base"));

    const Result<NetsyncSite> netsyncSite = NetsyncSite::fromNetwork(profile->network, sitePath);
    if (!netsyncSite) {
        printError(io, netsyncSite.error());
        return ExitUnreadable;
    }
    NetsyncOutputs outputs;
    if (parser.isSet(dhcpHosts))
        outputs.dhcpHosts = absolute(parser.value(dhcpHosts));
    if (parser.isSet(nftRuleset)) {
        outputs.nftRuleset = absolute(parser.value(nftRuleset));
        outputs.nft.table = parser.value(nftTable);
        outputs.nft.uplinks = parser.values(nftUplink);
    }
    for (const auto& [option, target] :
         {std::pair{&hosts, &outputs.hosts}, std::pair{&zone, &outputs.zone},
          std::pair{&reverseZone, &outputs.reverseZone}, std::pair{&pidFile, &outputs.pidFile}}) {
        if (parser.isSet(*option))
            *target = absolute(parser.value(*option));
    }
    outputs.releaseInterface = parser.value(release);
    if (const Status checked = NetsyncWriter::checkOutputs(*netsyncSite, outputs); !checked) {
        printError(io, checked.error());
        return ExitUnreadable;
    }

    QString password;
    if (!directory.bindDn.isEmpty()) {
        const Result<QString> secret = directoryPassword(directory, profileDir);
        if (!secret) {
            printError(io, secret.error());
            return ExitInvalid;
        }
        password = *secret;
    }
    const DirectoryConfig config = DirectoryConfig::fromSite(directory, password);
    NetsyncWriter writer(*netsyncSite, outputs);

    if (parser.isSet(watchMode)) {
        const QString statePath =
            parser.isSet(state) ? absolute(parser.value(state)) : defaultNetsyncStatePath(outputs);
        return runWatch(config, writer, statePath, io);
    }
    Result<std::unique_ptr<Directory>> connected = connectLdapDirectory(config);
    if (!connected) {
        printError(io, connected.error(), config.uri);
        return ExitInvalid;
    }
    const Result<NetsyncReport> report = netsyncOnce(**connected, writer, parser.isSet(allowEmpty));
    ReportPrinter(io).print(report);
    return report ? ExitOk : ExitInvalid;
}

} // namespace voc::cli
