// SPDX-License-Identifier: GPL-3.0-or-later
// Where a benchmark runs: a local run's or a deployment's VOC (from their journals) or bare metal.
#include "benchrun.h"

#include "common/logging.h"
#include "deploy/deployjournal.h"
#include "images/builtimages.h"
#include "model/designfile.h"
#include "model/siteprofile.h"
#include "remote/opensshshell.h"
#include "run/bootprobe.h"
#include "run/preflight.h"
#include "run/runjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace voc {

namespace {

struct BenchEndpointText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchEndpoint)
};

QString nicName(NicModel nic)
{
    return nic == NicModel::E1000 ? QStringLiteral("e1000") : QStringLiteral("virtio");
}

// The VO key the VCNs of an image accept: build-vcn-image writes it into the manifest beside the disk
// ("voKey"); VOC_VO_KEY overrides, and the demo key of build-vcn-image is the last resort.
QString voKeyFor(const QString& imagePath)
{
    const QString fromEnv = qEnvironmentVariable("VOC_VO_KEY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile manifest(QFileInfo(imagePath).absolutePath() + QStringLiteral("/manifest.json"));
    if (manifest.size() < 1024 * 1024 && manifest.open(QIODevice::ReadOnly)) {
        const QString key =
            QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("voKey")).toString();
        if (!key.isEmpty())
            return key;
    }
    const QString configHome =
        qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    const QString demoKey = configHome + QStringLiteral("/vocstudio/vo-keys/vocstudio-demo");
    return QFileInfo::exists(demoKey) ? demoKey : QString();
}

// Compute VCNs in plan order, their vCPUs (the fewest, so no node gets more ranks than CPUs) and every
// VCN's NIC model.
void addVcns(BenchEndpoint& endpoint, const QList<PlanEntry>& entries)
{
    int slotCount = 0;
    for (const PlanEntry& entry : entries) {
        endpoint.nicByNode.insert(entry.hostname, nicName(entry.nic));
        if (entry.role == RoleKind::Head) {
            endpoint.head = entry.hostname;
            continue;
        }
        endpoint.nodes.append(entry.hostname);
        slotCount = slotCount == 0 ? entry.vcpus : std::min(slotCount, entry.vcpus);
        if (endpoint.nic.isEmpty())
            endpoint.nic = nicName(entry.nic);
        else if (!endpoint.nic.split(QLatin1Char('/')).contains(nicName(entry.nic)))
            endpoint.nic += QLatin1Char('/') + nicName(entry.nic);
    }
    endpoint.slotsPerNode = std::max(1, slotCount);
}

} // namespace

Result<BenchEndpoint> benchEndpointForLocalRun(const QString& designFile, const QString& stateDir)
{
    Result<ParsedDesign> parsed = loadDesignFile(designFile);
    if (!parsed)
        return parsed.error();
    // A built image's manifest names the VO key its VCNs trust.
    const Result<Design> resolved = resolveBuiltImages(parsed->design);
    if (!resolved)
        return resolved.error();
    const Design& design = *resolved;
    Result<Plan> plan = resolveLocalPlan(design, QFileInfo(designFile).absolutePath());
    if (!plan)
        return plan.error();
    const QString dir = stateDir.isEmpty() ? RunJournal::defaultStateDir() : stateDir;
    const QString journalPath = RunJournal::pathFor(design.name, dir);
    Result<QList<JournalRecord>> records = RunJournal::read(journalPath);
    if (!records) {
        if (records.error().code != ErrorCode::NotFound)
            return records.error();
        return makeError(ErrorCode::NotFound,
                         BenchEndpointText::tr("%1 does not run locally").arg(design.name), designFile,
                         BenchEndpointText::tr("start it first: vocctl up %1 --local").arg(designFile));
    }
    const JournalSummary summary = RunJournal::summarize(*records);
    if (!summary.upReached)
        return makeError(ErrorCode::NotFound,
                         BenchEndpointText::tr("the local run of %1 has not come up").arg(design.name),
                         journalPath,
                         BenchEndpointText::tr("wait for `vocctl up` to finish, or start it again"));

    BenchEndpoint endpoint;
    endpoint.target = RunTarget::Local;
    endpoint.design = design.name;
    endpoint.label = BenchEndpointText::tr("%1 (local run)").arg(design.name);
    endpoint.hypervisorHosts = {QStringLiteral("localhost")};
    addVcns(endpoint, plan->entries);
    for (const JournalRecord& record : *records)
        if (record.step == JournalStep::Run && !record.done)
            endpoint.accel = record.extra.value(QLatin1String("accel")).toString();

    const auto head = std::find_if(plan->entries.begin(), plan->entries.end(),
                                   [](const PlanEntry& e) { return e.role == RoleKind::Head; });
    if (head == plan->entries.end())
        return makeError(ErrorCode::InvalidInput, BenchEndpointText::tr("the design has no head node"),
                         designFile);
    // The probe saw the head's sshd answer before the run counted as up; its key is made at first boot.
    const bool headReady =
        std::any_of(summary.phases.begin(), summary.phases.end(), [&](const JournalRecord& r) {
            return r.name == head->hostname &&
                   r.extra.value(QLatin1String("phase")).toString() == bootPhaseName(BootPhase::Ready);
        });
    if (!headReady)
        return makeError(
            ErrorCode::NotFound,
            BenchEndpointText::tr("the head %1 never answered over ssh").arg(head->hostname), journalPath,
            BenchEndpointText::tr("look at its console: vocctl console %1 --log").arg(head->hostname));
    endpoint.launcher = QStringLiteral("root@") + head->ip;
    endpoint.sshKey = voKeyFor(head->image.path);
    // One known_hosts per run (the pid of the `up` that made it): a new run has new host keys.
    endpoint.knownHostsFile =
        QStringLiteral("%1/runs/%2/bench-known_hosts-%3").arg(dir, design.name).arg(summary.pid);
    qCDebug(lcBench).noquote() << "local run endpoint" << endpoint.launcher << endpoint.nodes;
    return endpoint;
}

Result<BenchEndpoint> benchEndpointForDeployment(const QString& deploymentId, const QString& stateDir)
{
    Result<DeploymentSummary> found = findDeployment(deploymentId, stateDir);
    if (!found)
        return found.error();
    const DeploymentSummary& deployment = *found;
    if (deployment.state != DeploymentState::Running || !deployment.plan)
        return makeError(ErrorCode::NotFound,
                         BenchEndpointText::tr("deployment %1 is %2, not running")
                             .arg(deployment.id, toString(deployment.state)),
                         deployment.journalPath,
                         BenchEndpointText::tr("benchmarks run on a deployment whose VCNs all came up"));
    const SitePlan& plan = *deployment.plan;
    BenchEndpoint endpoint;
    endpoint.target = RunTarget::Site;
    endpoint.design = deployment.design;
    endpoint.label = BenchEndpointText::tr("%1 at %2").arg(deployment.design, deployment.site);
    endpoint.accel = deployment.accel;
    QList<PlanEntry> entries;
    for (const SiteVcn& vcn : plan.vcns) {
        entries.append(vcn.entry);
        if (!endpoint.hypervisorHosts.contains(vcn.host))
            endpoint.hypervisorHosts.append(vcn.host);
    }
    addVcns(endpoint, entries);
    const auto head = std::find_if(entries.begin(), entries.end(),
                                   [](const PlanEntry& e) { return e.role == RoleKind::Head; });
    if (head == entries.end() || head->ip.isEmpty())
        return makeError(ErrorCode::InvalidInput, BenchEndpointText::tr("the deployment has no head address"),
                         deployment.journalPath);
    // VCNs take the VO key directly; a site's ssh wrapper is for its hypervisor hosts only.
    endpoint.launcher = QStringLiteral("root@") + head->ip;
    endpoint.sshKey = voKeyFor(head->image.path);
    endpoint.knownHostsFile = QFileInfo(deployment.journalPath).absolutePath() + QLatin1Char('/') +
                              deployment.id + QStringLiteral(".known_hosts");
    return endpoint;
}

BenchEndpoint benchEndpointForBareMetal(const QStringList& nodes, int slotCount)
{
    BenchEndpoint endpoint;
    endpoint.target = RunTarget::BareMetal;
    endpoint.nodes = nodes.isEmpty() ? QStringList{QStringLiteral("localhost")} : nodes;
    endpoint.slotsPerNode = std::max(1, slotCount);
    endpoint.nic = QStringLiteral("host");
    endpoint.hypervisorHosts = endpoint.nodes;
    endpoint.label = BenchEndpointText::tr("bare metal (%1)").arg(endpoint.nodes.join(QStringLiteral(", ")));
    for (const QString& node : endpoint.nodes)
        endpoint.nicByNode.insert(node, endpoint.nic);
    return endpoint;
}

Result<BenchEndpoint> benchEndpointForSiteHosts(const SiteProfile& site, const QStringList& hostNames,
                                                int slotCount)
{
    QList<SiteHost> hosts;
    for (const QString& name : hostNames) {
        const auto found = std::find_if(site.hosts.begin(), site.hosts.end(),
                                        [&](const SiteHost& host) { return host.name == name; });
        if (found == site.hosts.end()) {
            QStringList known;
            for (const SiteHost& host : site.hosts)
                known.append(host.name);
            return makeError(ErrorCode::InvalidInput,
                             BenchEndpointText::tr("%1 is not a host of site %2").arg(name, site.name), name,
                             BenchEndpointText::tr("its hosts: %1").arg(known.join(QStringLiteral(", "))));
        }
        if (std::any_of(hosts.begin(), hosts.end(), [&](const SiteHost& h) { return h.name == name; }))
            return makeError(ErrorCode::InvalidInput,
                             BenchEndpointText::tr("host %1 is listed twice").arg(name), site.name);
        hosts.append(*found);
    }
    if (hostNames.isEmpty())
        hosts = site.hosts;
    if (hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         BenchEndpointText::tr("site %1 has no hosts").arg(site.name), site.name);

    BenchEndpoint endpoint;
    endpoint.target = RunTarget::BareMetal;
    endpoint.slotsPerNode = std::max(1, slotCount);
    endpoint.nic = QStringLiteral("host");
    endpoint.acceptNewHostKey = false;
    QStringList names;
    for (const SiteHost& host : std::as_const(hosts)) {
        Result<SshTarget> ssh = sshTargetFromUri(host.uri);
        if (!ssh) {
            Error error = ssh.error();
            error.where = QStringLiteral("%1: %2").arg(host.name, error.where);
            error.hint = BenchEndpointText::tr("bare-metal runs reach a site's hosts over ssh: give %1 a "
                                               "qemu+ssh:// URI in the site profile")
                             .arg(host.name);
            return error;
        }
        if (endpoint.launcher.isEmpty()) {
            endpoint.launcher = ssh->user.isEmpty() ? ssh->host : ssh->user + QLatin1Char('@') + ssh->host;
            endpoint.sshKey = ssh->keyFile;
            endpoint.sshWrapper = ssh->program == QLatin1String("ssh") ? QString() : ssh->program;
            endpoint.sshPort = ssh->port;
            endpoint.knownHostsFile = ssh->knownHostsFile;
        }
        endpoint.nodes.append(ssh->host);
        endpoint.nicByNode.insert(ssh->host, endpoint.nic);
        endpoint.nameByNode.insert(ssh->host, host.name);
        endpoint.hypervisorHosts.append(host.name);
        names.append(host.name);
    }
    endpoint.label =
        BenchEndpointText::tr("bare metal at %1 (%2)").arg(site.name, names.join(QStringLiteral(", ")));
    return endpoint;
}

} // namespace voc
