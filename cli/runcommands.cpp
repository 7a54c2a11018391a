// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl up / status / console / down: a VOC run on this workstation.
#include "cli.h"

#include "bench/resultsstore.h"
#include "bench/storerunjob.h"
#include "images/builtimages.h"
#include "model/designfile.h"
#include "model/plan.h"
#include "run/bootprobe.h"
#include "run/inventory.h"
#include "run/localrun.h"
#include "run/preflight.h"
#include "run/runjournal.h"
#include "run/runstatus.h"
#include "run/teardown.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace voc::cli {

namespace {

struct RunCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::RunCommands)
};

// The design of FILE; prints why not and returns the exit code otherwise.
std::variant<Design, int> loadDesign(const QString& file, Io io)
{
    const Result<ParsedDesign> parsed = loadDesignFile(file);
    if (!parsed) {
        printError(io, parsed.error());
        return parsed.error().code == ErrorCode::UnsupportedFormat ? int(ExitInvalid) : int(ExitUnreadable);
    }
    return parsed->design;
}

QString seconds(std::optional<qint64> ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 2) : QStringLiteral("-");
}

void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(qMax(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c == row.size() - 1 ? row.at(c) : row.at(c).leftJustified(widths.at(c));
        }
        out << line << '\n';
    }
}

QStringList phaseHeader()
{
    return {RunCommandsText::tr("RUNNING"), RunCommandsText::tr("KERNEL"), RunCommandsText::tr("INIT"),
            RunCommandsText::tr("NETWORK"), RunCommandsText::tr("READY")};
}

QJsonObject phasesJson(const QList<BootSample>& samples)
{
    QJsonObject phases;
    for (const BootSample& sample : samples)
        phases.insert(bootPhaseName(sample.phase), double(sample.ms));
    return phases;
}

std::optional<qint64> phaseMs(const QList<BootSample>& samples, BootPhase phase)
{
    for (const BootSample& sample : samples) {
        if (sample.phase == phase)
            return sample.ms;
    }
    return std::nullopt;
}

Result<std::unique_ptr<HypervisorConnection>> connectTo(const QString& uri)
{
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(uri);
    if (!connection && connection.error().hint.isEmpty()) {
        Error error = connection.error();
        error.hint = RunCommandsText::tr(
            "is libvirtd running? Start it (systemctl start libvirtd) or pass another --uri");
        return error;
    }
    return connection;
}

QCommandLineOption uriOption()
{
    return QCommandLineOption(QStringLiteral("uri"),
                              RunCommandsText::tr("libvirt connection (default qemu:///system)."),
                              QStringLiteral("URI"), QStringLiteral("qemu:///system"));
}

QCommandLineOption stateDirOption()
{
    return QCommandLineOption(QStringLiteral("state-dir"),
                              RunCommandsText::tr("Where run journals and serial logs live (default %1).")
                                  .arg(RunJournal::defaultStateDir()),
                              QStringLiteral("DIR"));
}

// The boot samples go into the results store, where the desktop's charts and exports find them; a
// store that cannot be written costs the run nothing but a warning.
std::optional<qint64> storeBootRun(const LocalRunResult& result, const QDateTime& started, Io io)
{
    const Result<qint64> id = storeRun(result.toBootRun(started));
    if (!id) {
        io.err
            << RunCommandsText::tr("warning: the boot times were not stored: %1").arg(id.error().toString())
            << '\n';
        return std::nullopt;
    }
    return *id;
}

} // namespace

int runUp(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RunCommandsText::tr("Starts a design's VOC on this workstation: an isolated network, "
                            "copy-on-write disks, every VCN booted and timed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), RunCommandsText::tr("the design to start"));
    const QCommandLineOption local(QStringLiteral("local"),
                                   RunCommandsText::tr("Run on this workstation (libvirt)."));
    const QCommandLineOption accel(QStringLiteral("accel"),
                                   RunCommandsText::tr("auto, kvm or tcg (default auto)."),
                                   QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        RunCommandsText::tr("Seconds until every VCN must be ready (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption watchdog(
        QStringLiteral("watchdog"),
        RunCommandsText::tr("Seconds until every VCN must show its kernel banner (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption overlayDir(
        QStringLiteral("overlay-dir"),
        RunCommandsText::tr("Folder for the VCNs' overlay disks; QEMU must read it (default %1).")
            .arg(RunJournal::defaultOverlayDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption keep(
        QStringLiteral("keep-on-failure"),
        RunCommandsText::tr("Leave the VCNs of a failed boot running to look at them."));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait"),
        RunCommandsText::tr("Return once every domain runs, without waiting for the boot."));
    const QCommandLineOption json(QStringLiteral("json"), RunCommandsText::tr("Print the result as JSON."));
    const QCommandLineOption uri = uriOption();
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({local, accel, timeout, watchdog, uri, overlayDir, stateDir, keep, noWait, json});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("up"), args, io))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, QStringLiteral("up"), RunCommandsText::tr("give exactly one FILE"));
    if (!parser.isSet(local))
        return usageError(io, QStringLiteral("up"),
                          RunCommandsText::tr("only --local is supported until site profiles exist"));

    LocalRunOptions options;
    if (!fromString(parser.value(accel), &options.accel))
        return usageError(io, QStringLiteral("up"), RunCommandsText::tr("--accel takes auto, kvm or tcg"));
    bool ok = false;
    options.bootTimeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options.bootTimeoutSeconds <= 0)
        return usageError(io, QStringLiteral("up"),
                          RunCommandsText::tr("--timeout takes a positive number of seconds"));
    options.watchdogSeconds = parser.value(watchdog).toInt(&ok);
    if (!ok || options.watchdogSeconds <= 0)
        return usageError(io, QStringLiteral("up"),
                          RunCommandsText::tr("--watchdog takes a positive number of seconds"));
    std::variant<Design, int> design = loadDesign(files.first(), io);
    if (const int* exit = std::get_if<int>(&design))
        return *exit;
    // Roles that name a built image take it from the build cache now, so the design needs no wiring.
    const Result<Design> resolved = resolveBuiltImages(std::get<Design>(design));
    if (!resolved) {
        printError(io, resolved.error(), files.first());
        return ExitInvalid;
    }
    options.design = *resolved;
    options.designDir = QFileInfo(files.first()).absolutePath();
    options.uri = parser.value(uri);
    options.overlayDir = parser.value(overlayDir);
    options.stateDir = parser.value(stateDir);
    options.keepOnBootFailure = parser.isSet(keep);
    options.waitForReady = !parser.isSet(noWait);

    const bool asJson = parser.isSet(json);
    QTextStream& progressOut = asJson ? io.err : io.out;
    LocalRunJob job(options);
    QObject::connect(&job, &Job::progress, [&progressOut](int, int, const QString& text) {
        progressOut << QStringLiteral("  ") << text << Qt::endl;
    });
    const QDateTime started = QDateTime::currentDateTimeUtc();
    job.exec();
    const Result<LocalRunResult> result = *job.result();
    if (!result) {
        printError(io, result.error());
        return ExitInvalid;
    }
    const std::optional<qint64> runId =
        options.waitForReady ? storeBootRun(*result, started, io) : std::nullopt;

    if (asJson) {
        QJsonArray vcns;
        for (const VcnRun& vcn : result->vcns)
            vcns.append(QJsonObject{{QStringLiteral("hostname"), vcn.entry.hostname},
                                    {QStringLiteral("domain"), vcn.domain},
                                    {QStringLiteral("ip"), vcn.address},
                                    {QStringLiteral("leaseHostname"), vcn.leaseHostname},
                                    {QStringLiteral("ready"), vcn.ready},
                                    {QStringLiteral("overlay"), vcn.overlay},
                                    {QStringLiteral("serialLog"), vcn.serialLog},
                                    {QStringLiteral("phasesMs"), phasesJson(vcn.samples)}});
        printJson(io.out, QJsonDocument(QJsonObject{
                              {QStringLiteral("design"), result->design},
                              {QStringLiteral("uri"), result->uri},
                              {QStringLiteral("network"), result->network},
                              {QStringLiteral("accel"), toString(result->accel)},
                              {QStringLiteral("launchMs"), double(result->launchMs)},
                              {QStringLiteral("startToRunningMs"), double(result->startToRunningMs)},
                              {QStringLiteral("resultsRunId"), runId ? double(*runId) : -1.0},
                              {QStringLiteral("vcns"), vcns}}));
    } else {
        QList<QStringList> rows{QStringList{RunCommandsText::tr("VCN"), RunCommandsText::tr("IP")} +
                                phaseHeader()};
        for (const VcnRun& vcn : result->vcns) {
            QStringList row{vcn.entry.hostname, vcn.address.isEmpty() ? vcn.entry.ip : vcn.address};
            for (int p = 0; p < bootPhaseCount; ++p)
                row.append(seconds(phaseMs(vcn.samples, BootPhase(p))));
            rows.append(row);
        }
        io.out << '\n';
        printTable(io.out, rows);
        io.out << RunCommandsText::tr(
                      "%1 VCNs ready (%2), all domains running after %3 s; phases in seconds from the first "
                      "start call.\nRemove them with: vocctl down %4\n")
                      .arg(QString::number(result->vcns.size()), toString(result->accel),
                           seconds(result->launchMs), files.first());
        if (runId)
            io.out << RunCommandsText::tr("Boot times stored as run %1 in %2\n")
                          .arg(*runId)
                          .arg(ResultsStore::defaultPath());
    }
    return ExitOk;
}

int runDown(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RunCommandsText::tr("Removes a design's local run: domains, overlays, network, "
                            "DHCP leases, serial logs and the run journal."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 RunCommandsText::tr("the design whose run to remove"));
    const QCommandLineOption overlayDir(QStringLiteral("overlay-dir"),
                                        RunCommandsText::tr("Overlay folder of a run whose journal is lost."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption uri = uriOption();
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({uri, overlayDir, stateDir});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("down"), args, io))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, QStringLiteral("down"), RunCommandsText::tr("give exactly one FILE"));
    std::variant<Design, int> loaded = loadDesign(files.first(), io);
    if (const int* exit = std::get_if<int>(&loaded))
        return *exit;
    const Design& design = std::get<Design>(loaded);

    TeardownOptions options{.designName = design.name, .stateDir = parser.value(stateDir)};
    options.overlayDir =
        parser.isSet(overlayDir) ? parser.value(overlayDir) : RunJournal::defaultOverlayDir(options.stateDir);
    // An invalid design still names its run; its hostnames only add exact names to look for.
    if (Result<Plan> plan = planLocal(design)) {
        for (const PlanEntry& entry : plan->entries)
            options.hostnames.append(entry.hostname);
    }
    Result<std::unique_ptr<HypervisorConnection>> connection = connectTo(parser.value(uri));
    if (!connection) {
        printError(io, connection.error());
        return ExitInvalid;
    }
    const Result<TeardownReport> report = tearDownRun(**connection, options);
    if (!report) {
        printError(io, report.error());
        return ExitInvalid;
    }
    for (const QString& domain : report->domains)
        io.out << RunCommandsText::tr("removed domain %1").arg(domain) << '\n';
    for (const QString& overlay : report->overlays)
        io.out << RunCommandsText::tr("removed overlay %1").arg(overlay) << '\n';
    for (const QString& network : report->networks)
        io.out << RunCommandsText::tr("removed network %1").arg(network) << '\n';
    for (const QString& file : report->files)
        io.out << RunCommandsText::tr("removed file %1").arg(file) << '\n';
    if (report->isEmpty())
        io.out << RunCommandsText::tr("nothing of %1 was left").arg(design.name) << '\n';
    return ExitOk;
}

int runStatus(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RunCommandsText::tr("Lists the VCNs of local runs: state, address and boot phase "
                            "times (seconds from the first start call)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 RunCommandsText::tr("only this design's run (optional)"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption json(QStringLiteral("json"), RunCommandsText::tr("Print the status as JSON."));
    const QCommandLineOption uri = uriOption();
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({uri, stateDir, json});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("status"), args, io))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usageError(io, QStringLiteral("status"), RunCommandsText::tr("give at most one FILE"));
    QString only;
    if (!files.isEmpty()) {
        std::variant<Design, int> design = loadDesign(files.first(), io);
        if (const int* exit = std::get_if<int>(&design))
            return *exit;
        only = std::get<Design>(design).name;
    }
    Result<std::unique_ptr<HypervisorConnection>> connection = connectTo(parser.value(uri));
    if (!connection) {
        printError(io, connection.error());
        return ExitInvalid;
    }
    const Result<QList<RunningVcn>> running = localRunStatus(**connection, only, parser.value(stateDir));
    if (!running) {
        printError(io, running.error());
        return ExitInvalid;
    }

    QJsonArray vcns;
    QList<QStringList> rows{
        QStringList{RunCommandsText::tr("DOMAIN"), RunCommandsText::tr("STATE"), RunCommandsText::tr("IP")} +
        phaseHeader()};
    for (const RunningVcn& vcn : *running) {
        QStringList row{vcn.domain, vcn.state, vcn.address.isEmpty() ? QStringLiteral("-") : vcn.address};
        for (int p = 0; p < bootPhaseCount; ++p)
            row.append(seconds(phaseMs(vcn.samples, BootPhase(p))));
        rows.append(row);
        vcns.append(QJsonObject{{QStringLiteral("domain"), vcn.domain},
                                {QStringLiteral("design"), vcn.design},
                                {QStringLiteral("hostname"), vcn.hostname},
                                {QStringLiteral("state"), vcn.state},
                                {QStringLiteral("ip"), vcn.address},
                                {QStringLiteral("phasesMs"), phasesJson(vcn.samples)}});
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{{QStringLiteral("vcns"), vcns}}));
        return ExitOk;
    }
    if (vcns.isEmpty()) {
        io.out << (only.isEmpty() ? RunCommandsText::tr("no local run is up")
                                  : RunCommandsText::tr("%1 is not running").arg(only))
               << '\n';
        return ExitOk;
    }
    printTable(io.out, rows);
    return ExitOk;
}

namespace {

// What is typed on stdin goes to the console: a terminal is put into raw mode (keys as they are
// typed, Ctrl-C included, as `virsh console` does) and restored when this ends; Ctrl-] leaves. Piped
// input is forwarded as it comes; at its end the console is only watched.
class ConsoleInput
{
public:
    ConsoleInput(Console& console, QEventLoop& loop, std::shared_ptr<Status> result)
        : m_console(console)
        , m_loop(loop)
        , m_result(std::move(result))
        , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios raw = m_saved;
            ::cfmakeraw(&raw);
            raw.c_oflag = m_saved.c_oflag; // output as before: the guest's "\n" still starts a line
            m_raw = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
        }
        QObject::connect(&m_notifier, &QSocketNotifier::activated, [this] { forward(); });
    }
    ~ConsoleInput()
    {
        if (m_raw)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    ConsoleInput(const ConsoleInput&) = delete;
    ConsoleInput& operator=(const ConsoleInput&) = delete;

private:
    void forward()
    {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                return;
            m_notifier.setEnabled(false); // end of the input: keep watching
            return;
        }
        QByteArray bytes(buffer, got);
        const qsizetype escape = bytes.indexOf('\x1d'); // Ctrl-], as in virsh console
        if (escape >= 0)
            bytes.truncate(escape);
        if (!bytes.isEmpty()) {
            if (const Status sent = m_console.send(bytes); !sent) {
                *m_result = sent;
                m_loop.quit();
                return;
            }
        }
        if (escape >= 0)
            m_loop.quit();
    }

    Console& m_console;
    QEventLoop& m_loop;
    std::shared_ptr<Status> m_result;
    QSocketNotifier m_notifier;
    termios m_saved{};
    bool m_raw = false;
};

} // namespace

int runConsole(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RunCommandsText::tr("Attaches to a VCN's serial console: what it prints is shown live and "
                            "what you type goes to it, until the console ends, Ctrl-] or Ctrl-C. "
                            "With --log it prints what the VCN printed so far."));
    parser.addPositionalArgument(QStringLiteral("VCN"),
                                 RunCommandsText::tr("the VCN's hostname or domain name"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 RunCommandsText::tr("Print the captured serial log and exit."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      RunCommandsText::tr("Only watch: nothing typed goes to the VCN."));
    const QCommandLineOption uri = uriOption();
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({log, readOnly, uri, stateDir});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("console"), args, io))
        return *exit;
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return usageError(io, QStringLiteral("console"), RunCommandsText::tr("give exactly one VCN"));
    const QString vcn = names.first();

    Result<std::unique_ptr<HypervisorConnection>> connection = connectTo(parser.value(uri));
    std::optional<RunVcn> found;
    if (connection) {
        if (Result<QList<RunVcn>> domains = listRunVcns(**connection)) {
            for (const RunVcn& domain : *domains) {
                if (domain.domain == vcn || domain.hostname == vcn)
                    found = domain;
            }
        }
    }

    if (parser.isSet(log)) {
        QString path = found ? found->serialLog : QString();
        if (path.isEmpty()) {
            // The VCN is gone: its log may still be in the state folder.
            const QString runs =
                (parser.value(stateDir).isEmpty() ? RunJournal::defaultStateDir() : parser.value(stateDir)) +
                QStringLiteral("/runs");
            for (const QString& design : QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString candidate =
                    runs + QLatin1Char('/') + design + QLatin1Char('/') + vcn + QStringLiteral(".serial.log");
                if (QFile::exists(candidate))
                    path = candidate;
            }
        }
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            printError(io,
                       makeError(ErrorCode::NotFound, RunCommandsText::tr("no serial log"), vcn,
                                 RunCommandsText::tr("is the name right? `vocctl status` lists the VCNs")));
            return ExitInvalid;
        }
        io.out.flush();
        while (!file.atEnd()) {
            const QByteArray block = file.read(64 * 1024);
            if (::write(STDOUT_FILENO, block.constData(), size_t(block.size())) < 0)
                break;
        }
        return ExitOk;
    }

    if (!connection) {
        printError(io, connection.error());
        return ExitInvalid;
    }
    if (!found) {
        printError(io, makeError(ErrorCode::NotFound, RunCommandsText::tr("no running VCN of that name"), vcn,
                                 RunCommandsText::tr("`vocctl status` lists the VCNs")));
        return ExitInvalid;
    }
    QEventLoop loop;
    auto result = std::make_shared<Status>(Ok{});
    ConsoleCallbacks callbacks;
    // On libvirt's event loop thread: write straight to the file descriptor, not through QTextStream.
    callbacks.onData = [](const QByteArray& bytes) {
        if (::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) < 0)
            return;
    };
    callbacks.onClosed = [&loop, result](const Status& status) {
        *result = status;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    };
    io.out.flush();
    Result<std::unique_ptr<Console>> console =
        (*connection)->openConsole(found->domain, std::move(callbacks));
    if (!console) {
        printError(io, console.error());
        return ExitInvalid;
    }
    std::unique_ptr<ConsoleInput> input;
    if (!parser.isSet(readOnly))
        input = std::make_unique<ConsoleInput>(**console, loop, result);
    io.err << (input ? RunCommandsText::tr("connected to %1 (Ctrl-] or Ctrl-C to leave)")
                     : RunCommandsText::tr("watching %1 (Ctrl-C to leave)"))
                  .arg(found->domain)
           << Qt::endl;
    loop.exec();
    input.reset(); // the terminal back as it was, before any message
    console->reset();
    if (!*result) {
        printError(io, result->error());
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace voc::cli
