// SPDX-License-Identifier: GPL-3.0-or-later
// DeployJob's middle stages: the images to the site's pool, the VCNs into its directory, and the
// wait for netsync to publish them in the site's DNS.
#include "common/logging.h"
#include "deploystate.h"
#include "images/imagepush.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QEventLoop>
#include <QHostAddress>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace voc {

namespace {

struct DeployStepsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJob)
};

// The A record of `name` at `server` (port 53), or empty when it has none (yet).
QString resolveAt(const QString& name, const QHostAddress& server, int timeoutMs)
{
    QDnsLookup lookup(QDnsLookup::A, name, server);
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    lookup.lookup();
    if (!lookup.isFinished())
        loop.exec();
    if (!lookup.isFinished()) {
        lookup.abort();
        return {};
    }
    const QList<QDnsHostAddressRecord> records = lookup.hostAddressRecords();
    return records.isEmpty() ? QString() : records.first().value().toString();
}

} // namespace

Status DeployJob::pushImages(StageState* stageState)
{
    State& s = *m_state;
    bool uploadedAny = false;
    for (const ImageUpload& upload : s.plan.uploads) {
        for (const QString& hostName : upload.hosts) {
            HostLink& link = s.hosts.at(hostName);
            Result<std::optional<VolumeInfo>> found = link.connection->findVolume(s.plan.pool, upload.volume);
            if (!found)
                return found.error();
            const QJsonObject where{{QStringLiteral("host"), hostName},
                                    {QStringLiteral("pool"), s.plan.pool},
                                    {QStringLiteral("uploaded"), true}};
            const bool willUpload = !found->has_value();
            if (willUpload) {
                if (Status written = s.journal->intent(JournalStep::Volume, upload.volume, where); !written)
                    return written;
            }
            ImagePushJob push(ImagePushRequest{.imagePath = upload.localPath,
                                               .sha256 = upload.sha256,
                                               .format = upload.format,
                                               .targets = {{hostName, link.host.uri, s.plan.pool}},
                                               .sparse = true,
                                               .verifyOnHost = true});
            std::shared_ptr<HypervisorConnection> connection = link.connection;
            push.setConnector(
                [connection](const ImagePushTarget&) -> Result<std::shared_ptr<HypervisorConnection>> {
                    return connection;
                });
            connect(
                &push, &Job::progress, this,
                [this](int done, int total, const QString& text) { reportProgress(done, total, text); },
                Qt::DirectConnection);
            log(DeployStepsText::tr("%1: %2 %3 (%4)")
                    .arg(hostName,
                         willUpload ? DeployStepsText::tr("pushing") : DeployStepsText::tr("checking"),
                         upload.volume, upload.localPath));
            QThreadPool pool;
            push.start(&pool);
            while (!push.isFinished()) {
                if (isCancelled())
                    push.cancel();
                QThread::msleep(50);
            }
            pool.waitForDone();
            const Result<ImagePushResult> result = *push.result();
            if (!result) {
                if (willUpload) // the push job deletes the partial volume it made
                    (void)s.journal->done(JournalStep::Removed, upload.volume,
                                          {{QStringLiteral("host"), hostName},
                                           {QStringLiteral("kind"), QStringLiteral("volume")}});
                return result.error();
            }
            for (const ImagePushTargetResult& target : result->targets) {
                if (target.uploaded || target.replacedCorrupt) {
                    uploadedAny = true;
                    if (Status written = s.journal->done(JournalStep::Volume, upload.volume, where); !written)
                        return written;
                }
                s.result.images.append(PushedImage{.volume = upload.volume,
                                                   .host = hostName,
                                                   .uploaded = target.uploaded,
                                                   .bytes = target.bytes,
                                                   .ms = qint64(target.uploadSeconds * 1000)});
                log(target.uploaded ? DeployStepsText::tr("%1: uploaded %2 (%3) in %4 s, %5 MiB/s, %6")
                                          .arg(hostName, upload.volume, formatBytes(target.bytes))
                                          .arg(target.uploadSeconds, 0, 'f', 1)
                                          .arg(target.mibPerSecond(), 0, 'f', 0)
                                          .arg(toString(target.verification))
                                    : DeployStepsText::tr("%1: %2 is there already (%3)")
                                          .arg(hostName, upload.volume, toString(target.verification)));
            }
        }
    }
    if (!uploadedAny)
        *stageState = StageState::Skipped;
    return Ok{};
}

Status DeployJob::registerVcns(StageState* stageState)
{
    State& s = *m_state;
    QList<VcnRecord> records = s.plan.directoryRecords();
    if (s.resumed) {
        // What an earlier attempt registered is there already; the rest is added.
        Result<QList<VcnRecord>> existing = s.directory->listVcns(s.plan.design);
        if (!existing)
            return existing.error();
        records.removeIf([&](const VcnRecord& r) {
            for (const VcnRecord& e : *existing) {
                if (e.hostname == r.hostname && e.ip == r.ip && e.mac.toLower() == r.mac)
                    return true;
            }
            return false;
        });
        if (records.isEmpty()) {
            *stageState = StageState::Skipped;
            return Ok{};
        }
    }
    QList<JournalRecord> intents;
    for (const VcnRecord& record : records)
        intents.append({JournalStep::DirectoryEntry,
                        false,
                        record.hostname,
                        {{QStringLiteral("voc"), record.voc}, {QStringLiteral("vcn"), record.hostname}}});
    if (Status written = s.journal->append(intents); !written)
        return written;
    reportProgress(0, 1, DeployStepsText::tr("adding %1 VCNs to the directory").arg(records.size()));
    Status added = s.directory->addVcns(records);
    QList<JournalRecord> outcome;
    for (const VcnRecord& record : records) {
        if (added)
            outcome.append({JournalStep::DirectoryEntry, true, record.hostname, {}});
        else // all or nothing: none of them is ours
            outcome.append({JournalStep::Removed,
                            true,
                            record.hostname,
                            {{QStringLiteral("kind"), QStringLiteral("entry")}}});
    }
    (void)s.journal->append(outcome);
    if (added)
        log(DeployStepsText::tr("%1 VCNs registered in %2")
                .arg(records.size())
                .arg(s.options.profile.directory.uri));
    return added;
}

Status DeployJob::waitForPublish(StageState* stageState)
{
    State& s = *m_state;
    const QHostAddress server(s.plan.dnsServer);
    if (s.plan.dnsServer.isEmpty() || server.isNull()) {
        log(DeployStepsText::tr("the site names no DNS server: not waiting for netsync"));
        *stageState = StageState::Skipped;
        return Ok{};
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(s.options.publishTimeoutSeconds) * 1000;
    QStringList pending;
    for (const SiteVcn& vcn : s.plan.vcns)
        pending.append(vcn.entry.hostname);
    while (!pending.isEmpty()) {
        if (Status stop = checkCancelled(s.plan.design); !stop)
            return stop;
        const QString hostname = pending.first();
        const QString name =
            s.plan.dnsDomain.isEmpty() ? hostname : hostname + QLatin1Char('.') + s.plan.dnsDomain;
        const QString expected = s.plan.vcns.at(int(s.plan.vcns.size() - pending.size())).entry.ip;
        const QString answer = resolveAt(name, server, 1000);
        if (answer == expected) {
            pending.removeFirst();
            reportProgress(int(s.plan.vcns.size() - pending.size()), int(s.plan.vcns.size()),
                           DeployStepsText::tr("%1 resolves to %2").arg(name, answer));
            continue;
        }
        if (clock.elapsed() >= deadline)
            return makeError(
                ErrorCode::External,
                answer.isEmpty() ? DeployStepsText::tr("the site's DNS %1 does not know %2 after %3 s")
                                       .arg(s.plan.dnsServer, name)
                                       .arg(s.options.publishTimeoutSeconds)
                                 : DeployStepsText::tr("the site's DNS %1 answers %2 for %3, not %4")
                                       .arg(s.plan.dnsServer, answer, name, expected),
                hostname,
                DeployStepsText::tr("check that the site's netsync (vocctl netsync --watch) runs and "
                                    "reads the directory %1")
                    .arg(s.options.profile.directory.uri));
        QThread::msleep(200);
    }
    log(DeployStepsText::tr("netsync published %1 names in %2 ms")
            .arg(s.plan.vcns.size())
            .arg(clock.elapsed()));
    return Ok{};
}

} // namespace voc
