// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl deploy / deployments / resume / destroy: a design to a VSP site in one command, the list of
// deployments from their journals, and their resume and removal.
#include "cancelonsignal.h"
#include "cli.h"

#include "bench/storerunjob.h"

#include "deploy/deployjob.h"
#include "deploy/deploymentsurvey.h"
#include "directory/sitecredentials.h"
#include "images/builtimages.h"
#include "model/designfile.h"
#include "model/siteprofile.h"
#include "run/bootprobe.h"
#include "run/runjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace voc::cli {

namespace {

struct DeployCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

QCommandLineOption stateDirOption()
{
    return QCommandLineOption(
        QStringLiteral("state-dir"),
        DeployCommandsText::tr("Where deployment journals live (default %1).").arg(DeployJournal::folder()),
        QStringLiteral("DIR"));
}

QString secondsText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(double(ms) / 1000.0, 'f', 1);
}

void printPlan(QTextStream& out, const SitePlan& plan)
{
    out << DeployCommandsText::tr("Plan for %1 at %2: %3\n").arg(plan.design, plan.site, plan.summary);
    for (const SiteVcn& vcn : plan.vcns)
        out << QStringLiteral("  %1  %2  %3  %4  %5 vCPUs  %6 MiB\n")
                   .arg(vcn.entry.hostname, -20)
                   .arg(vcn.host, -8)
                   .arg(vcn.entry.ip, -15)
                   .arg(vcn.entry.mac)
                   .arg(vcn.entry.vcpus)
                   .arg(vcn.entry.memoryMiB);
    for (const ImageUpload& upload : plan.uploads)
        out << DeployCommandsText::tr("  image %1 -> %2 in pool %3 on %4\n")
                   .arg(QFileInfo(upload.localPath).fileName(), upload.volume, plan.pool,
                        upload.hosts.join(u','));
}

// The password of a site's directory as vocctl finds it (environment or the profile's 0600 file).
std::optional<QString> sitePassword(const SiteProfile& profile, const QString& profilePath, Io io)
{
    Result<QString> secret = directoryPassword(profile.directory, QFileInfo(profilePath).absolutePath());
    if (!secret) {
        printError(io, secret.error(), profilePath);
        return std::nullopt;
    }
    return *secret;
}

QJsonObject resultJson(const DeployResult& result)
{
    QJsonArray vcns;
    for (const DeployedVcn& vcn : result.vcns) {
        QJsonObject phases;
        for (const BootSample& sample : vcn.samples)
            phases.insert(bootPhaseName(sample.phase), double(sample.ms));
        vcns.append(QJsonObject{{QStringLiteral("hostname"), vcn.hostname},
                                {QStringLiteral("role"), toString(vcn.role)},
                                {QStringLiteral("host"), vcn.host},
                                {QStringLiteral("domain"), vcn.domain},
                                {QStringLiteral("overlayVolume"), vcn.overlayVolume},
                                {QStringLiteral("mac"), vcn.mac},
                                {QStringLiteral("ip"), vcn.ip},
                                {QStringLiteral("address"), vcn.address},
                                {QStringLiteral("leaseHostname"), vcn.leaseHostname},
                                {QStringLiteral("ready"), vcn.ready},
                                {QStringLiteral("serialLog"), vcn.serialLog},
                                {QStringLiteral("phasesMs"), phases}});
    }
    QJsonObject stages;
    for (DeployStage stage : allDeployStages)
        stages.insert(toString(stage), double(result.stageMs[size_t(stage)]));
    QJsonArray images;
    for (const PushedImage& image : result.images)
        images.append(QJsonObject{{QStringLiteral("volume"), image.volume},
                                  {QStringLiteral("host"), image.host},
                                  {QStringLiteral("uploaded"), image.uploaded},
                                  {QStringLiteral("bytes"), double(image.bytes)},
                                  {QStringLiteral("ms"), double(image.ms)}});
    return {{QStringLiteral("id"), result.id},
            {QStringLiteral("site"), result.site},
            {QStringLiteral("design"), result.design},
            {QStringLiteral("journal"), result.journalPath},
            {QStringLiteral("accel"), toString(result.accel)},
            {QStringLiteral("totalMs"), double(result.totalMs)},
            {QStringLiteral("stageMs"), stages},
            {QStringLiteral("images"), images},
            {QStringLiteral("vcns"), vcns}};
}

// Runs a deploy (or resume) job in this thread, printing stages and boot phases as they come.
int runDeployJob(DeployOptions options, bool asJson, Io io)
{
    QTextStream& progress = asJson ? io.err : io.out;
    const bool waitedForBoot = options.waitForReady;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    DeployJob job(std::move(options));
    QObject::connect(&job, &DeployJob::stageChanged,
                     [&progress](DeployStage stage, StageState state, const QString& detail) {
                         if (state == StageState::Running)
                             progress << QStringLiteral("== %1\n").arg(deployStageTitle(stage)) << Qt::flush;
                         else
                             progress << QStringLiteral("   %1: %2\n").arg(toString(state), detail)
                                      << Qt::flush;
                     });
    QObject::connect(&job, &DeployJob::logLine, [&progress](const QString& line) {
        progress << QStringLiteral("   ") << line << Qt::endl;
    });
    CancelOnSignal cancelOnSignal(job);
    job.exec();
    const Result<DeployResult> result = *job.result();
    if (!result) {
        printError(io, result.error());
        if (!job.deploymentId().isEmpty())
            io.err << DeployCommandsText::tr("deployment %1: see `vocctl deployments`\n")
                          .arg(job.deploymentId());
        return ExitInvalid;
    }
    if (asJson) {
        printJson(io.out, QJsonDocument(resultJson(*result)));
    } else {
        io.out << DeployCommandsText::tr("\nDeployment %1: %2 VCNs of %3 ready at %4 in %5 s\n")
                      .arg(result->id)
                      .arg(result->vcns.size())
                      .arg(result->design, result->site, secondsText(result->totalMs));
        for (DeployStage stage : allDeployStages)
            io.out << QStringLiteral("  %1 %2 s\n")
                          .arg(deployStageTitle(stage), -20)
                          .arg(secondsText(result->stageMs[size_t(stage)]));
        io.out << DeployCommandsText::tr(
            "VCN                  host     address          running kernel init network ready\n");
        for (const DeployedVcn& vcn : result->vcns) {
            QStringList phases;
            for (BootPhase phase : allBootPhases) {
                qint64 ms = -1;
                for (const BootSample& sample : vcn.samples) {
                    if (sample.phase == phase)
                        ms = sample.ms;
                }
                phases.append(secondsText(ms));
            }
            io.out << QStringLiteral("%1 %2 %3 %4\n")
                          .arg(vcn.hostname, -20)
                          .arg(vcn.host, -8)
                          .arg(vcn.address.isEmpty() ? vcn.ip : vcn.address, -16)
                          .arg(phases.join(QLatin1Char(' ')));
        }
        io.out << DeployCommandsText::tr("Remove it with: vocctl destroy %1\n").arg(result->id);
    }
    // The boot times go into the results store beside the local runs' (the Benchmarks page charts
    // them); a store that cannot be written costs the deployment nothing but a warning.
    if (waitedForBoot) {
        const Result<qint64> stored = storeRun(result->toBootRun(started));
        if (!stored)
            io.err << DeployCommandsText::tr("warning: the boot times were not stored: %1\n")
                          .arg(stored.error().toString());
        else if (!asJson)
            io.out << DeployCommandsText::tr("Boot times stored as run %1 (vocctl results show %1)\n")
                          .arg(*stored);
    }
    // --no-wait: done once every domain runs; nobody waited for ready.
    bool allReady = true;
    for (const DeployedVcn& vcn : result->vcns)
        allReady = allReady && vcn.ready;
    return allReady || !waitedForBoot ? ExitOk : ExitInvalid;
}

} // namespace

int runDeploy(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("deploy");
    QCommandLineParser parser;
    parser.setApplicationDescription(DeployCommandsText::tr(
        "Deploys a design to a VSP site: plan, push the images, register the VCNs in the directory, wait "
        "for netsync, launch on every host, wait until every VCN answers ssh. Rolled back on failure or "
        "Ctrl-C."));
    parser.addPositionalArgument(QStringLiteral("FILE"), DeployCommandsText::tr("The .voc design."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 DeployCommandsText::tr("Deploy without asking."));
    const QCommandLineOption placement(QStringLiteral("placement"),
                                       DeployCommandsText::tr("spread (default) or pack."),
                                       QStringLiteral("MODE"), QStringLiteral("spread"));
    const QCommandLineOption overcommit(
        QStringLiteral("overcommit"),
        DeployCommandsText::tr("vCPUs per host CPU (default %1); memory is never overcommitted.")
            .arg(defaultVcpuOvercommit),
        QStringLiteral("RATIO"), QString::number(defaultVcpuOvercommit));
    const QCommandLineOption accel(QStringLiteral("accel"),
                                   DeployCommandsText::tr("auto, kvm or tcg (default auto)."),
                                   QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        DeployCommandsText::tr("Seconds until every VCN must be ready (default 600)."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait"),
        DeployCommandsText::tr("Done once every domain runs: do not wait for the VCNs to boot."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  DeployCommandsText::tr("Print the result as JSON."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        DeployCommandsText::tr("Plan and check only (hosts, directory, and at a site shared by VOs the "
                               "VO's grant), print the plan, deploy nothing."));
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({site, yes, placement, overcommit, accel, timeout, noWait, dryRun, stateDir, json});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, command, DeployCommandsText::tr("give exactly one FILE"));
    if (!parser.isSet(site))
        return usageError(io, command, DeployCommandsText::tr("deploy needs --site"));

    DeployOptions options;
    if (!fromString(parser.value(placement), &options.placement))
        return usageError(io, command, DeployCommandsText::tr("--placement takes spread or pack"));
    if (!fromString(parser.value(accel), &options.accel))
        return usageError(io, command, DeployCommandsText::tr("--accel takes auto, kvm or tcg"));
    bool ok = false;
    options.vcpuOvercommit = parser.value(overcommit).toDouble(&ok);
    if (!ok || options.vcpuOvercommit < 1)
        return usageError(io, command, DeployCommandsText::tr("--overcommit takes a number of at least 1"));
    options.bootTimeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options.bootTimeoutSeconds <= 0)
        return usageError(io, command,
                          DeployCommandsText::tr("--timeout takes a positive number of seconds"));
    const Result<ParsedDesign> parsed = loadDesignFile(files.first());
    if (!parsed) {
        printError(io, parsed.error());
        return parsed.error().code == ErrorCode::UnsupportedFormat ? ExitInvalid : ExitUnreadable;
    }
    const Result<Design> resolved = resolveBuiltImages(parsed->design);
    if (!resolved) {
        printError(io, resolved.error(), files.first());
        return ExitInvalid;
    }
    options.design = *resolved;
    options.designFile = QFileInfo(files.first()).absoluteFilePath();
    options.designDir = QFileInfo(files.first()).absolutePath();
    options.profilePath = resolveSiteProfile(parser.value(site));
    const Result<SiteProfile> profile = loadSiteProfile(options.profilePath);
    if (!profile) {
        printError(io, profile.error(), options.profilePath);
        return ExitUnreadable;
    }
    options.profile = *profile;
    const std::optional<QString> password = sitePassword(*profile, options.profilePath, io);
    if (!password)
        return ExitInvalid;
    options.ldapPassword = *password;
    options.stateDir = parser.value(stateDir);
    options.waitForReady = !parser.isSet(noWait);

    const bool asJson = parser.isSet(json);
    QTextStream& progress = asJson ? io.err : io.out;
    if (!parser.isSet(yes) || parser.isSet(dryRun)) {
        // The user confirms the plan that is then deployed as it is.
        PlanSiteJob planJob(options);
        QObject::connect(&planJob, &Job::progress, [&progress](int, int, const QString& text) {
            progress << QStringLiteral("   ") << text << Qt::endl;
        });
        planJob.exec();
        const Result<SitePlan> plan = *planJob.result();
        if (!plan) {
            printError(io, plan.error());
            return ExitInvalid;
        }
        if (parser.isSet(dryRun)) {
            printPlan(io.out, *plan);
            return ExitOk;
        }
        printPlan(progress, *plan);
        progress << DeployCommandsText::tr("Deploy? [y/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            progress << DeployCommandsText::tr("Nothing deployed.\n");
            return ExitInvalid;
        }
        options.plan = *plan;
    }
    return runDeployJob(std::move(options), asJson, io);
}

int runDeployments(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("deployments");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DeployCommandsText::tr("Lists the deployments this machine made, from their journals."));
    const QCommandLineOption json(QStringLiteral("json"), DeployCommandsText::tr("Print JSON."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        DeployCommandsText::tr("Also destroyed, rolled-back and retired (gone) ones."));
    const QCommandLineOption stateDir = stateDirOption();
    parser.addOptions({json, all, stateDir});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    const Result<QList<DeploymentSummary>> list = listDeployments(parser.value(stateDir));
    if (!list) {
        printError(io, list.error());
        return ExitUnreadable;
    }
    QJsonArray array;
    for (const DeploymentSummary& d : *list) {
        const bool gone = d.state == DeploymentState::Destroyed || d.state == DeploymentState::RolledBack ||
                          d.state == DeploymentState::Gone;
        if (gone && !parser.isSet(all) && !parser.isSet(json))
            continue;
        QJsonArray hosts;
        QJsonArray domains;
        for (const DeployedObject& domain : d.domains) {
            domains.append(QStringLiteral("%1: %2").arg(domain.host, domain.name));
            if (!hosts.contains(domain.host))
                hosts.append(domain.host);
        }
        array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("design"), d.design},
                                 {QStringLiteral("site"), d.site},
                                 {QStringLiteral("state"), toString(d.state)},
                                 {QStringLiteral("started"), d.started.toString(Qt::ISODate)},
                                 {QStringLiteral("vcns"), d.plan ? int(d.plan->vcns.size()) : 0},
                                 {QStringLiteral("hosts"), hosts},
                                 {QStringLiteral("domains"), domains},
                                 {QStringLiteral("entries"), int(d.entries.size())},
                                 {QStringLiteral("overlays"), int(d.overlays.size())},
                                 {QStringLiteral("volumes"), int(d.volumes.size())},
                                 {QStringLiteral("error"), d.error},
                                 {QStringLiteral("journal"), d.journalPath}});
        if (!parser.isSet(json))
            io.out << QStringLiteral("%1  %2  %3 VCNs  %4\n")
                          .arg(d.id, -40)
                          .arg(deploymentStateTitle(d.state), -12)
                          .arg(d.plan ? d.plan->vcns.size() : 0)
                          .arg(d.error);
    }
    if (parser.isSet(json))
        printJson(io.out, QJsonDocument(array));
    else if (array.isEmpty())
        io.out << DeployCommandsText::tr("No deployments.\n");
    return ExitOk;
}

namespace {

// Parses a command that takes one deployment ID (plus `options` and --state-dir) and finds the
// deployment's journal; nullopt after printing why (the exit code is in *exit).
std::optional<DeploymentSummary> parseDeploymentCommand(QCommandLineParser& parser, const QString& command,
                                                        const QStringList& args, Io io,
                                                        const QList<QCommandLineOption>& options,
                                                        const QCommandLineOption& stateDir, int* exit)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 DeployCommandsText::tr("The deployment (vocctl deployments)."));
    parser.addOptions(options);
    parser.addOption(stateDir);
    if (const std::optional<int> parsed = parseArguments(parser, command, args, io)) {
        *exit = *parsed;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        *exit = usageError(io, command, DeployCommandsText::tr("give exactly one ID"));
        return std::nullopt;
    }
    Result<DeploymentSummary> found =
        findDeployment(parser.positionalArguments().first(), parser.value(stateDir));
    if (!found) {
        printError(io, found.error());
        *exit = ExitInvalid;
        return std::nullopt;
    }
    return std::move(found).value();
}

} // namespace

int runResume(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("resume");
    QCommandLineParser parser;
    parser.setApplicationDescription(DeployCommandsText::tr(
        "Continues a deployment whose vocctl died: checks what exists and does the rest."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  DeployCommandsText::tr("Print the result as JSON."));
    const QCommandLineOption stateDir = stateDirOption();
    int exit = ExitInvalid;
    const std::optional<DeploymentSummary> found =
        parseDeploymentCommand(parser, command, args, io, {json}, stateDir, &exit);
    if (!found)
        return exit;
    const std::optional<QString> password = sitePassword(found->profile, found->profilePath, io);
    if (!password)
        return ExitInvalid;
    Result<DeployOptions> options = resumeOptions(found->id, *password, parser.value(stateDir));
    if (!options) {
        printError(io, options.error());
        return ExitInvalid;
    }
    return runDeployJob(std::move(options).value(), parser.isSet(json), io);
}

namespace {

// destroy --forget without --yes: shows what the site still holds of the deployment and what could
// not be checked, and asks. False when the user declines (or the survey itself failed).
bool confirmForget(const DeploymentSummary& found, const QString& password, const QString& stateDir, Io io)
{
    SurveyDeploymentJob survey(SurveyOptions{.id = found.id,
                                             .stateDir = stateDir,
                                             .ldapPassword = password,
                                             .hypervisor = nullptr,
                                             .connectDirectory = {}});
    QObject::connect(&survey, &Job::progress, [&io](int, int, const QString& text) {
        io.out << QStringLiteral("   ") << text << Qt::endl;
    });
    CancelOnSignal cancelOnSignal(survey);
    survey.exec();
    const Result<DeploymentSurvey> result = *survey.result();
    if (!result) {
        printError(io, result.error());
        return false;
    }
    const QStringList present = result->describe(Presence::Present);
    const QStringList unchecked = result->describe(Presence::Unchecked);
    if (!present.isEmpty()) {
        io.out << DeployCommandsText::tr("Still at %1 (removed now):\n").arg(found.site);
        for (const QString& line : present)
            io.out << QStringLiteral("  ") << line << '\n';
    }
    if (!unchecked.isEmpty()) {
        io.out << DeployCommandsText::tr("Could not be checked (forgotten if still there):\n");
        for (const QString& line : unchecked)
            io.out << QStringLiteral("  ") << line << '\n';
    }
    io.out << DeployCommandsText::tr("Remove what can be reached of %1 and drop its journal? [y/N] ")
                  .arg(found.id)
           << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int runDestroy(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("destroy");
    QCommandLineParser parser;
    parser.setApplicationDescription(DeployCommandsText::tr(
        "Removes a deployment from its journal: domains, overlays, directory entries, and the images it "
        "uploaded unless --keep-images or another deployment uses them. With --forget, what cannot be "
        "reached (a site taken down or wiped) is given up on and the journal is moved aside."));
    const QCommandLineOption keep(QStringLiteral("keep-images"),
                                  DeployCommandsText::tr("Keep the uploaded base images."));
    const QCommandLineOption forget(
        QStringLiteral("forget"),
        DeployCommandsText::tr("Remove what can be reached, then drop the journal (moved to %1) even if "
                               "hosts or the directory could not be checked. Asks first.")
            .arg(DeployJournal::forgottenFolder()));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 DeployCommandsText::tr("With --forget: do not ask."));
    const QCommandLineOption stateDir = stateDirOption();
    int exit = ExitInvalid;
    const std::optional<DeploymentSummary> found =
        parseDeploymentCommand(parser, command, args, io, {keep, forget, yes}, stateDir, &exit);
    if (!found)
        return exit;
    const bool forgetting = parser.isSet(forget);
    if (parser.isSet(yes) && !forgetting)
        return usageError(io, command, DeployCommandsText::tr("--yes goes with --forget"));
    if (forgetting && !parser.isSet(yes) && !::isatty(STDIN_FILENO)) {
        printError(io, Error{ErrorCode::InvalidInput,
                             DeployCommandsText::tr("--forget asks before it drops the journal, and there is "
                                                    "no terminal to ask on; nothing was changed"),
                             found->id,
                             DeployCommandsText::tr("check the site (vocctl deployments, vocctl site check), "
                                                    "then confirm with: vocctl destroy %1 --forget --yes")
                                 .arg(found->id)});
        return ExitInvalid;
    }
    QString password;
    if (!found->entries.isEmpty()) {
        // A site that is gone may have taken its password file along: forget goes on without.
        const Result<QString> secret =
            directoryPassword(found->profile.directory, QFileInfo(found->profilePath).absolutePath());
        if (secret) {
            password = *secret;
        } else if (forgetting) {
            io.err << DeployCommandsText::tr("warning: no directory password (%1): its entries cannot be "
                                             "checked\n")
                          .arg(secret.error().toString());
        } else {
            printError(io, secret.error(), found->profilePath);
            return ExitInvalid;
        }
    }
    if (forgetting && !parser.isSet(yes) && found->state != DeploymentState::Deploying &&
        !confirmForget(*found, password, parser.value(stateDir), io)) {
        io.out << DeployCommandsText::tr("Nothing changed.\n");
        return ExitInvalid;
    }
    DestroyDeploymentJob job(DestroyOptions{.id = found->id,
                                            .stateDir = parser.value(stateDir),
                                            .keepImages = parser.isSet(keep),
                                            .ldapPassword = password,
                                            .hypervisor = nullptr,
                                            .connectDirectory = {},
                                            .forget = forgetting});
    QObject::connect(&job, &DestroyDeploymentJob::logLine,
                     [&io](const QString& line) { io.out << QStringLiteral("   ") << line << Qt::endl; });
    job.exec();
    const Result<DestroyReport> report = *job.result();
    if (!report) {
        printError(io, report.error());
        return ExitInvalid;
    }
    if (!report->forgottenJournal.isEmpty()) {
        io.out << DeployCommandsText::tr("%1 forgotten: %2 domains, %3 overlays, %4 directory entries, %5 "
                                         "volumes removed; journal moved to %6\n")
                      .arg(report->id)
                      .arg(report->domains.size())
                      .arg(report->overlays.size())
                      .arg(report->entries.size())
                      .arg(report->volumes.size())
                      .arg(report->forgottenJournal);
        io.out << DeployCommandsText::tr("Not removed (check these by hand if the site comes back):\n");
        for (const QString& line : report->left)
            io.out << QStringLiteral("  ") << line << '\n';
        return ExitOk;
    }
    io.out
        << DeployCommandsText::tr(
               "%1 destroyed: %2 domains, %3 overlays, %4 directory entries, %5 volumes removed, %6 kept\n")
               .arg(report->id)
               .arg(report->domains.size())
               .arg(report->overlays.size())
               .arg(report->entries.size())
               .arg(report->volumes.size())
               .arg(report->kept.size());
    return ExitOk;
}

} // namespace voc::cli
