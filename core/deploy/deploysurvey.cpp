// SPDX-License-Identifier: GPL-3.0-or-later
// What a deployment learns about a site before it changes anything: hosts, their load, the
// directory, the images; and PlanSiteJob, the plan preview built from it.
#include "common/logging.h"
#include "deploystate.h"
#include "images/builtimages.h"
#include "images/imageinfo.h"
#include "model/validation.h"
#include "run/preflight.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace voc {

namespace {

struct DeploySurveyText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJob)
};

Error onHost(Error error, const QString& host)
{
    if (!error.where.startsWith(host))
        error.where = error.where.isEmpty() ? host : host + QLatin1String(": ") + error.where;
    return error;
}

Result<HostLink> connectHost(const SiteHost& host, const SiteProfile& profile, Hypervisor& hypervisor,
                             Acceleration accel, bool check)
{
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(host.uri);
    if (!connection) {
        Error error = connection.error();
        if (error.hint.isEmpty())
            error.hint = DeploySurveyText::tr("check that the host is up and its libvirtd runs (vocctl site "
                                              "check)");
        return onHost(error, host.name);
    }
    HostLink link;
    link.host = host;
    link.connection = std::shared_ptr<HypervisorConnection>(std::move(connection).value());
    Result<HostInfo> info = link.connection->hostInfo();
    if (!info)
        return onHost(info.error(), host.name);
    link.info = *info;
    if (!check)
        return link;
    Result<StoragePoolInfo> pool = link.connection->storagePool(profile.storage.pool);
    if (!pool)
        return onHost(pool.error(), host.name);
    if (!pool->active)
        return makeError(
            ErrorCode::External,
            DeploySurveyText::tr("%1: the storage pool %2 is not active").arg(host.name, pool->name),
            host.name, DeploySurveyText::tr("start it on the host: virsh pool-start %1").arg(pool->name));
    link.pool = *pool;
    Result<bool> bridge = link.connection->hasBridge(profile.network.bridge);
    if (!bridge)
        return onHost(bridge.error(), host.name);
    if (!*bridge)
        return makeError(ErrorCode::NotFound,
                         DeploySurveyText::tr("%1 has no bridge %2").arg(host.name, profile.network.bridge),
                         host.name,
                         DeploySurveyText::tr("create the bridge on the host or fix the site profile"));
    Result<Acceleration> resolved = resolveAcceleration(accel, *link.connection);
    if (!resolved)
        return onHost(resolved.error(), host.name);
    link.accel = *resolved;
    return link;
}

} // namespace

Result<HostLinks> connectHosts(const SiteProfile& profile, Hypervisor& hypervisor, Acceleration accel,
                               bool checkPoolAndBridge, QHash<QString, Error>* unreachable)
{
    if (profile.hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         DeploySurveyText::tr("the site %1 has no hosts").arg(profile.name), profile.name);
    QList<std::optional<Result<HostLink>>> links(profile.hosts.size());
    QList<int> indexes(profile.hosts.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(int(qMin<qsizetype>(8, indexes.size())));
    QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
        links[i].emplace(connectHost(profile.hosts.at(i), profile, hypervisor, accel, checkPoolAndBridge));
    });
    HostLinks result;
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (!*links[i]) {
            if (!unreachable)
                return links[i]->error();
            unreachable->insert(profile.hosts.at(i).name, links[i]->error());
            continue;
        }
        result.emplace(profile.hosts.at(i).name, std::move(*links[i]).value());
    }
    return result;
}

std::pair<int, qint64> domainDemand(const QString& xml)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    int vcpus = 0;
    qint64 memoryMiB = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth != 2)
                continue;
            if (reader.name() == QLatin1String("vcpu")) {
                vcpus = reader.readElementText().trimmed().toInt();
                --depth;
            } else if (reader.name() == QLatin1String("memory")) {
                const QString unit = reader.attributes().value(QLatin1String("unit")).toString().toLower();
                const qint64 value = reader.readElementText().trimmed().toLongLong();
                --depth;
                if (unit == QLatin1String("b") || unit == QLatin1String("bytes"))
                    memoryMiB = value / (1024 * 1024);
                else if (unit == QLatin1String("mib") || unit == QLatin1String("m"))
                    memoryMiB = value;
                else if (unit == QLatin1String("gib") || unit == QLatin1String("g"))
                    memoryMiB = value * 1024;
                else // KiB is libvirt's default and what it reports
                    memoryMiB = value / 1024;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return {vcpus, memoryMiB};
}

Result<HostCapacity> measureCapacity(HostLink& link)
{
    HostCapacity capacity{.name = link.host.name,
                          .cpus = link.info.cpus,
                          .memoryMiB = link.info.memoryKiB / 1024,
                          .usedVcpus = 0,
                          .usedMemoryMiB = 0};
    Result<QList<DomainInfo>> domains = link.connection->listDomains();
    if (!domains)
        return onHost(domains.error(), link.host.name);
    for (const DomainInfo& domain : *domains) {
        Result<QString> xml = link.connection->domainXml(domain.name);
        if (!xml)
            continue; // gone meanwhile
        const auto [vcpus, memory] = domainDemand(*xml);
        capacity.usedVcpus += vcpus;
        capacity.usedMemoryMiB += memory;
    }
    return capacity;
}

Result<std::unique_ptr<Directory>> openDirectory(const SiteProfile& profile, const QString& profilePath,
                                                 const QString& password, const DirectoryConnector& connector)
{
    DirectoryConfig config = DirectoryConfig::fromSite(profile.directory, password);
    if (!config.caFile.isEmpty() && !profilePath.isEmpty())
        config.caFile = QDir(QFileInfo(profilePath).absolutePath()).absoluteFilePath(config.caFile);
    Result<std::unique_ptr<Directory>> directory =
        connector ? connector(config) : connectLdapDirectory(config);
    if (!directory) {
        Error error = directory.error();
        if (error.where.isEmpty())
            error.where = profile.directory.uri;
        return error;
    }
    return directory;
}

Status checkDesign(const Design& design)
{
    for (const Problem& problem : validateDesign(design)) {
        if (problem.severity == Problem::Severity::Error)
            return makeError(ErrorCode::InvalidInput, problem.message, problem.path,
                             problem.hint.isEmpty()
                                 ? DeploySurveyText::tr("run `vocctl validate` on the design")
                                 : problem.hint);
    }
    return Ok{};
}

Status inspectDesignImages(const Design& unresolved, const QString& designDir, SitePlanInput& input,
                           const std::function<bool()>& cancelled)
{
    // A role that names a built image ("image": {"build": "head"}) gets that build's files, here on
    // the job's thread, for every caller (vocctl deploy, the Deploy page, resume).
    Result<Design> resolved = resolveBuiltImages(unresolved);
    if (!resolved)
        return resolved.error();
    input.design = std::move(resolved).value();
    const Design& design = input.design;
    // Only files the design's validation accepts go to a site: never a host file a design points at.
    for (const Problem& problem : validateDesignFiles(design, designDir)) {
        if (problem.severity == Problem::Severity::Error)
            return makeError(ErrorCode::InvalidInput, problem.message, problem.path, problem.hint);
    }
    const QDir dir(designDir.isEmpty() ? QDir::currentPath() : designDir);
    auto checksum = [&](const QString& path, const QString& known) -> Status {
        QString sha256 = known.toLower();
        if (sha256.isEmpty()) {
            Result<QString> computed = fileSha256(path, cancelled);
            if (!computed)
                return computed.error();
            sha256 = *computed;
        }
        input.imageSha256.insert(path, sha256);
        input.imageBytes.insert(path, QFileInfo(path).size());
        return Ok{};
    };
    for (const Role& role : design.roles) {
        const QString path = QDir::cleanPath(dir.absoluteFilePath(role.image.path));
        if (!input.imageFormat.contains(path)) {
            Result<ImageInfo> info = inspectImage(path);
            if (!info)
                return info.error();
            input.imageFormat.insert(path, info->format);
            if (Status done = checksum(path, role.image.sha256); !done)
                return done;
        }
        if (role.image.bootMode != BootMode::Kernel)
            continue;
        // Kernel boot: kernel and initrd go to the site as raw volumes.
        for (const QString& file : {role.image.kernel, role.image.initrd}) {
            if (file.isEmpty())
                continue;
            const QString filePath = QDir::cleanPath(dir.absoluteFilePath(file));
            if (input.imageFormat.contains(filePath))
                continue;
            if (!QFileInfo(filePath).isFile())
                return makeError(ErrorCode::NotFound,
                                 DeploySurveyText::tr("the kernel or initrd does not exist"), filePath,
                                 DeploySurveyText::tr("check the image paths of the design"));
            input.imageFormat.insert(filePath, QStringLiteral("raw"));
            if (Status done = checksum(filePath, QString()); !done)
                return done;
        }
    }
    return Ok{};
}

PlanSiteJob::PlanSiteJob(DeployOptions options, QObject* parent)
    : TypedJob<SitePlan>(parent)
    , m_options(std::move(options))
{}

PlanSiteJob::~PlanSiteJob() = default;

Result<SitePlan> PlanSiteJob::run()
{
    const auto cancelled = [this] { return isCancelled(); };
    SitePlanInput input{.design = m_options.design,
                        .designDir = m_options.designDir,
                        .profile = m_options.profile,
                        .hosts = {},
                        .directory = {},
                        .placement = m_options.placement,
                        .vcpuOvercommit = m_options.vcpuOvercommit,
                        .imageSha256 = {},
                        .imageFormat = {},
                        .imageBytes = {}};
    if (Status valid = checkDesign(m_options.design); !valid)
        return valid.error();
    reportProgress(0, 4, DeploySurveyText::tr("reading the images"));
    if (Status images = inspectDesignImages(m_options.design, m_options.designDir, input, cancelled); !images)
        return images.error();
    reportProgress(1, 4, DeploySurveyText::tr("connecting to the hosts of %1").arg(m_options.profile.name));
    LibvirtHypervisor libvirt;
    Hypervisor& hypervisor = m_options.hypervisor ? *m_options.hypervisor : libvirt;
    Result<HostLinks> hosts = connectHosts(m_options.profile, hypervisor, m_options.accel, false);
    if (!hosts)
        return hosts.error();
    for (auto& [name, link] : *hosts) {
        Result<HostCapacity> capacity = measureCapacity(link);
        if (!capacity)
            return capacity.error();
        input.hosts.append(*capacity);
    }
    if (Status stop = checkCancelled(); !stop)
        return stop.error();
    reportProgress(2, 4, DeploySurveyText::tr("reading the directory"));
    Result<std::unique_ptr<Directory>> directory = openDirectory(
        m_options.profile, m_options.profilePath, m_options.ldapPassword, m_options.connectDirectory);
    if (!directory)
        return directory.error();
    Result<QList<VcnRecord>> records = (*directory)->listVcns();
    if (!records)
        return records.error();
    input.directory = *records;
    reportProgress(3, 4, DeploySurveyText::tr("placing the VCNs"));
    Result<SitePlan> plan = planForSite(input);
    if (!plan)
        return plan;
    // At a site shared by VOs the preview refuses what the deployment's preflight would refuse.
    Result<std::optional<GrantVerdict>> verdict =
        checkDeploymentGrant(*plan, m_options.profile, *hosts, **directory, *records);
    if (!verdict)
        return verdict.error();
    if (*verdict) {
        if (Status fits = (*verdict)->toStatus(plan->site); !fits)
            return fits.error();
        plan->summary += QStringLiteral("; ") + (*verdict)->summary();
    }
    reportProgress(4, 4, plan->summary);
    return plan;
}

} // namespace voc
