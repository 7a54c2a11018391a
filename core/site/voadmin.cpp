// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/voadmin.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "common/process.h"
#include "common/regularfile.h"
#include "net/hostname.h"
#include "remote/opensshshell.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

namespace voc {

namespace {

struct VoAdminText
{
    Q_DECLARE_TR_FUNCTIONS(voc::VoAdmin)
};

void voReport(const VoAdminContext& context, const QString& line)
{
    if (context.progress)
        context.progress(line);
}

Result<std::unique_ptr<RemoteShell>> adminShell(const VoAdminContext& context, const SiteHost& host)
{
    if (context.shellFor)
        return context.shellFor(host);
    return remoteShellForUri(host.uri);
}

QString poolsDirOf(const VoAdminContext& context)
{
    return context.poolsDir.isEmpty() ? defaultVoPoolsDir(context.admin) : context.poolsDir;
}

QString poolDirOf(const VoAdminContext& context, const QString& vo)
{
    return poolsDirOf(context) + QLatin1Char('/') + vo;
}

// `vocstudio-vo-host COMMAND VO ARGS...` as root on `host`; stdout, or the script's error naming the host.
Result<QByteArray> runHostTool(const VoAdminContext& context, const SiteHost& host,
                               const QStringList& arguments, const QByteArray& input = {})
{
    Result<std::unique_ptr<RemoteShell>> shell = adminShell(context, host);
    if (!shell)
        return shell.error();
    RemoteCommandOptions options;
    options.timeoutMs = 60000;
    options.input = input;
    Result<QByteArray> out = (*shell)->runChecked(QStringList{context.hostTool} + arguments, options);
    if (!out) {
        Error error = out.error();
        error.where = host.name + QStringLiteral(" (") + error.where + QLatin1Char(')');
        if (error.what.contains(QLatin1String("not found")) ||
            error.what.contains(QLatin1String("exit code 127")))
            error.hint = VoAdminText::tr("install resources/provider/vocstudio-vo-host on the host as %1 "
                                         "(docs/provider-guide.md), or name it with --host-tool")
                             .arg(context.hostTool);
        return error;
    }
    return out;
}

QHash<QString, QString> voToolValues(const QByteArray& text)
{
    QHash<QString, QString> values;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

Status makePrivateDir(const QString& path)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
        return makeError(ErrorCode::Io,
                         VoAdminText::tr("cannot create the folder: %1").arg(qt_error_string(errno)), path,
                         VoAdminText::tr("check the parent folder's permissions"));
    return Ok{};
}

Status writeVoFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    Result<std::unique_ptr<QFile>> file = createNewFile(path, permissions);
    if (!file)
        return file.error();
    if ((*file)->write(bytes) != bytes.size() || !(*file)->flush())
        return makeError(ErrorCode::Io, VoAdminText::tr("cannot write: %1").arg((*file)->errorString()),
                         path);
    // The mode asked for, whatever the umask took away (the wrapper must stay executable).
    (*file)->setPermissions(permissions);
    return Ok{};
}

// The known_hosts lines the admin's ssh (with its wrapper's configuration) holds for `host`: a VO
// checks the hosts' keys as strictly as the provider does, with no file of the provider's.
Result<QByteArray> knownHostLines(const SiteHost& host)
{
    const Result<SshTarget> target = sshTargetFromUri(host.uri);
    if (!target)
        return target.error();
    QStringList files;
    if (!target->knownHostsFile.isEmpty()) {
        files << target->knownHostsFile;
    } else {
        QStringList args{QStringLiteral("-G")};
        if (target->port > 0)
            args << QStringLiteral("-p") << QString::number(target->port);
        args << QStringLiteral("--") << target->host;
        ProcessOptions options;
        options.timeoutMs = 10000;
        const Result<ProcessResult> config =
            runProcessChecked(target->program, args, options, host.name, QStringLiteral("ssh -G"));
        if (!config)
            return config.error();
        for (const QByteArray& line : config->standardOutput.split('\n')) {
            if (!line.startsWith("userknownhostsfile "))
                continue;
            for (const QByteArray& file : line.mid(19).split(' ')) {
                QString path = QString::fromUtf8(file.trimmed());
                if (path.startsWith(QLatin1String("~/")))
                    path = QDir::homePath() + path.mid(1);
                if (!path.isEmpty())
                    files << path;
            }
        }
    }
    const QString pattern = target->port > 0 && target->port != 22
                                ? QStringLiteral("[%1]:%2").arg(target->host).arg(target->port)
                                : target->host;
    QByteArray lines;
    for (const QString& file : std::as_const(files)) {
        if (!QFileInfo(file).isFile())
            continue;
        ProcessOptions options;
        options.timeoutMs = 10000;
        const Result<ProcessResult> found = runProcess(
            QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), pattern, QStringLiteral("-f"), file},
            options, file, QStringLiteral("ssh-keygen -F"));
        if (!found)
            return found.error();
        for (const QByteArray& line : found->standardOutput.split('\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                lines += line + '\n';
        }
    }
    if (lines.isEmpty())
        return makeError(ErrorCode::NotFound,
                         VoAdminText::tr("the admin's ssh knows no host key of %1 (known_hosts: %2)")
                             .arg(pattern, files.join(QStringLiteral(", "))),
                         host.name,
                         VoAdminText::tr("connect once as the admin (vocctl site check --site ADMIN) after "
                                         "checking the host's key"));
    return lines;
}

QByteArray sshConfigFor(const QString& vo, const QString& sshDir)
{
    return QStringLiteral("# VO %1: its own key and the site's host keys only; ~/.ssh is never read.\n"
                          "Host *\n"
                          "  User %1\n"
                          "  IdentityFile %2/id_ed25519\n"
                          "  IdentitiesOnly yes\n"
                          "  UserKnownHostsFile %2/known_hosts\n"
                          "  GlobalKnownHostsFile /dev/null\n"
                          "  StrictHostKeyChecking yes\n"
                          "  UpdateHostKeys no\n"
                          "  BatchMode yes\n"
                          "  ConnectTimeout 5\n")
        .arg(vo, sshDir)
        .toUtf8();
}

// The VO's ssh folder: key pair, the hosts' keys, a config with only those, and the wrapper its URIs
// name (command=), which runs ssh with that config.
Result<QByteArray> makeSshFolder(const VoAdminContext& context, const QString& vo, const QString& sshDir)
{
    if (Status made = makePrivateDir(sshDir); !made)
        return made.error();
    QByteArray knownHosts;
    for (const SiteHost& host : context.admin.hosts) {
        const Result<QByteArray> lines = knownHostLines(host);
        if (!lines)
            return lines.error();
        if (!knownHosts.contains(*lines))
            knownHosts += *lines;
    }
    const QString key = sshDir + QStringLiteral("/id_ed25519");
    ProcessOptions options;
    options.timeoutMs = 30000;
    const Result<ProcessResult> keygen = runProcessChecked(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
         QString(), QStringLiteral("-C"), QStringLiteral("vocstudio VO %1").arg(vo), QStringLiteral("-f"),
         key},
        options, key, QStringLiteral("ssh-keygen"), VoAdminText::tr("install openssh-client"));
    if (!keygen)
        return keygen.error();
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (Status written = writeVoFile(sshDir + QStringLiteral("/known_hosts"), knownHosts, readable); !written)
        return written.error();
    if (Status written = writeVoFile(sshDir + QStringLiteral("/config"), sshConfigFor(vo, sshDir), readable);
        !written)
        return written.error();
    QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        ssh = QStringLiteral("/usr/bin/ssh");
    const QByteArray wrapper =
        QStringLiteral("#!/bin/sh\n# ssh for VO %1's libvirt URIs (command= in the URI)\n"
                       "exec %2 -F %3/config \"$@\"\n")
            .arg(vo, ssh, sshDir)
            .toUtf8();
    if (Status written =
            writeVoFile(sshDir + QStringLiteral("/ssh"), wrapper,
                        readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        !written)
        return written.error();
    const Result<QByteArray> publicKey = readFileLimited(key + QStringLiteral(".pub"), 4096);
    if (!publicKey)
        return publicKey.error();
    return publicKey->trimmed();
}

// Undoes a half-made VO: its hosts (the script removes what is there), its directory entries, its
// folder. Returns what could not be undone.
QStringList rollBackVo(const VoAdminContext& context, const QString& vo, const QList<SiteHost>& hosts,
                       bool directory, const QString& outDir)
{
    QStringList left;
    for (const SiteHost& host : hosts) {
        voReport(context, VoAdminText::tr("%1: removing what was made of VO %2").arg(host.name, vo));
        const Result<QByteArray> removed =
            runHostTool(context, host,
                        {QStringLiteral("remove"), vo, QStringLiteral("--pool-dir"), poolDirOf(context, vo)});
        if (!removed)
            left << removed.error().toString();
    }
    if (directory) {
        const Result<int> removed = context.directory->removeVo(vo);
        if (!removed)
            left << removed.error().toString();
    }
    if (!outDir.isEmpty() && !QDir(outDir).removeRecursively())
        left << outDir;
    return left;
}

} // namespace

Result<VoAddResult> addVo(const VoAdminContext& context, const VoAddRequest& request)
{
    const QString& vo = request.vo;
    if (Status name = checkNewVoName(vo); !name)
        return name.error();
    if (Status admin = requireProviderAdmin(context.admin, context.admin.name); !admin)
        return admin.error();
    if (context.admin.hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput, VoAdminText::tr("the admin profile has no hosts"),
                         QStringLiteral("hosts"));
    const QString outDir = QDir::cleanPath(QFileInfo(request.outDir).absoluteFilePath());
    if (outDir.isEmpty() ||
        !QRegularExpression(QStringLiteral("^[A-Za-z0-9._/+-]+$")).match(outDir).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            VoAdminText::tr("the folder may hold only letters, digits and . _ / + - (it goes into "
                            "libvirt URIs and an ssh configuration)"),
            request.outDir, VoAdminText::tr("choose another --out"));
    const QFileInfo out(outDir);
    bool outExisted = false;
    if (out.exists() || out.isSymLink()) {
        if (!out.isDir() || out.isSymLink() ||
            !QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            return makeError(ErrorCode::Conflict, VoAdminText::tr("exists and is not an empty folder"),
                             outDir, VoAdminText::tr("choose another --out; nothing was made"));
        outExisted = true;
    }

    // The directory first: the name, the ids and the range are decided there.
    const Result<QString> holder = context.directory->nameHolder(vo);
    if (!holder)
        return holder.error();
    if (!holder->isEmpty())
        return makeError(ErrorCode::Conflict, VoAdminText::tr("the name %1 is taken by %2").arg(vo, *holder),
                         context.directory->uri(), VoAdminText::tr("choose another name; nothing was made"));
    const Result<QList<VoSummary>> others = context.directory->listVos();
    if (!others)
        return others.error();
    QList<VoGrant> grants;
    for (const VoSummary& other : *others)
        grants << other.grant;
    VoGrant grant;
    grant.vo = vo;
    grant.dn = context.directory->voDn(vo);
    grant.ranges = request.ranges;
    if (grant.ranges.isEmpty()) {
        const Result<AddressRange> range = defaultVoRange(context.admin.network, grants);
        if (!range)
            return range.error();
        grant.ranges << *range;
    }
    if (Status inside = checkRangesInSite(grant.ranges, context.admin.network); !inside)
        return inside.error();
    grant.maxVcns = request.maxVcns;
    grant.maxVcpus = request.maxVcpus;
    grant.maxMemoryMiB = request.maxMemoryMiB;
    grant.maxStorageMiB = request.maxStorageMiB;
    const Result<QSet<qint64>> used = context.directory->usedIds();
    if (!used)
        return used.error();
    const Result<qint64> id = allocateVoId(*used);
    if (!id)
        return id.error();
    const VoAccount account{context.directory->accountDn(vo), *id, *id, QStringLiteral("/home/") + vo};

    VoAddResult result;
    result.grant = grant;
    result.account = account;
    result.profilePath = outDir + QStringLiteral("/site.json");
    result.passwordPath = outDir + QStringLiteral("/directory.password");
    const VoProfileSpec spec{vo, outDir, poolsDirOf(context), grant.ranges.first()};
    Result<SiteProfile> profile = voSiteProfile(context.admin, spec);
    if (!profile)
        return profile.error();
    result.profile = std::move(*profile);

    // From here on every failure undoes what was made.
    QList<SiteHost> touched;
    bool inDirectory = false;
    bool madeOut = false;
    const auto fail = [&](const Error& error) -> Error {
        const QStringList left = rollBackVo(context, vo, touched, inDirectory, madeOut ? outDir : QString());
        if (outExisted)
            QDir().mkdir(outDir); // it was an empty folder, and stays one
        if (left.isEmpty())
            return Error{error.code, error.what, error.where,
                         error.hint.isEmpty()
                             ? VoAdminText::tr("nothing of VO %1 was kept").arg(vo)
                             : error.hint + VoAdminText::tr("; nothing of VO %1 was kept").arg(vo)};
        return Error{
            error.code,
            error.what + VoAdminText::tr("; could not undo: %1").arg(left.join(QStringLiteral("; "))),
            error.where, VoAdminText::tr("remove the rest with vocctl site vo remove %1 --force").arg(vo)};
    };

    if (outExisted && !QDir().rmdir(outDir))
        return makeError(ErrorCode::Io, VoAdminText::tr("cannot replace the empty folder"), outDir);
    if (Status made = makePrivateDir(outDir); !made)
        return made.error();
    madeOut = true;
    voReport(context, VoAdminText::tr("VO %1: key pair and the hosts' keys in %2/ssh").arg(vo, outDir));
    const Result<QByteArray> publicKey = makeSshFolder(context, vo, outDir + QStringLiteral("/ssh"));
    if (!publicKey)
        return fail(publicKey.error());
    const QByteArray password = generateVoPassword();
    QByteArray salt(8, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    if (Status written =
            writeVoFile(result.passwordPath, password, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !written)
        return fail(written.error());

    voReport(context, VoAdminText::tr("VO %1: its entry (grant %2, %3 VCNs, %4 vCPUs, %5 MiB memory, %6 MiB "
                                      "storage) and account uid=%1 (uidNumber %7) in %8")
                          .arg(vo, addressRangeText(grant.ranges.first()))
                          .arg(grant.maxVcns)
                          .arg(grant.maxVcpus)
                          .arg(grant.maxMemoryMiB)
                          .arg(grant.maxStorageMiB)
                          .arg(account.uidNumber)
                          .arg(context.directory->uri()));
    if (Status added = context.directory->addVo(grant, account, sshaPassword(password, salt)); !added)
        return fail(added.error());
    inDirectory = true;

    for (const SiteHost& host : context.admin.hosts) {
        voReport(context, VoAdminText::tr("%1: VO %2's account, home with its key, session pool on %3")
                              .arg(host.name, vo, spec.poolsDir + QLatin1Char('/') + vo));
        touched << host;
        const Result<QByteArray> added = runHostTool(
            context, host,
            {QStringLiteral("add"), vo, QStringLiteral("--uid"), QString::number(account.uidNumber),
             QStringLiteral("--gid"), QString::number(account.gidNumber), QStringLiteral("--pool-dir"),
             spec.poolsDir + QLatin1Char('/') + vo, QStringLiteral("--pool"), context.admin.storage.pool},
            *publicKey + '\n');
        if (!added)
            return fail(added.error());
    }

    if (Status saved = writeVoFile(result.profilePath, siteProfileToJson(result.profile),
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ReadOther);
        !saved)
        return fail(saved.error());
    // The handed-over profile must pass the one loader, as the VO's vocctl will load it.
    const Result<SiteProfile> loaded = loadSiteProfile(result.profilePath);
    if (!loaded)
        return fail(loaded.error());

    // A login with the VO's own key and wrapper, as libvirt will make it: the account is the VO's.
    for (const SiteHost& host : loaded->hosts) {
        const Result<std::unique_ptr<RemoteShell>> shell = remoteShellForUri(host.uri);
        if (!shell)
            return fail(shell.error());
        const Result<QByteArray> seen = (*shell)->runChecked({QStringLiteral("id"), QStringLiteral("-u")});
        if (!seen)
            return fail(seen.error());
        if (seen->trimmed() != QByteArray::number(account.uidNumber))
            return fail(makeError(ErrorCode::External,
                                  VoAdminText::tr("VO %1 logged in as uid %2, not %3")
                                      .arg(vo, QString::fromUtf8(seen->trimmed()))
                                      .arg(account.uidNumber),
                                  host.name, VoAdminText::tr("check the host's accounts (nslcd)")));
    }
    voReport(
        context,
        VoAdminText::tr("VO %1: logs in as itself on every host; profile %2").arg(vo, result.profilePath));
    result.profile = *loaded;
    return result;
}

Result<QList<VoHostStatus>> voHostStatus(const VoAdminContext& context, const QString& vo)
{
    QList<VoHostStatus> statuses;
    for (const SiteHost& host : context.admin.hosts) {
        const Result<QByteArray> out =
            runHostTool(context, host,
                        {QStringLiteral("status"), vo, QStringLiteral("--pool-dir"), poolDirOf(context, vo)});
        if (!out)
            return out.error();
        const QHash<QString, QString> values = voToolValues(*out);
        VoHostStatus status;
        status.host = host.name;
        status.account = values.value(QStringLiteral("account")) == QLatin1String("yes");
        status.processes = values.value(QStringLiteral("processes")).toInt();
        status.running = values.value(QStringLiteral("running")).toInt();
        status.defined = values.value(QStringLiteral("defined")).toInt();
        status.home = values.value(QStringLiteral("home")) == QLatin1String("yes");
        status.pool = values.value(QStringLiteral("pool")) == QLatin1String("yes");
        statuses << status;
    }
    return statuses;
}

Result<VoRemoveResult> removeVo(const VoAdminContext& context, const QString& vo, bool force)
{
    if (Status name = checkVoName(vo); !name)
        return Error{name.error().code, name.error().what, QStringLiteral("NAME"), name.error().hint};
    if (Status admin = requireProviderAdmin(context.admin, context.admin.name); !admin)
        return admin.error();
    const Result<std::optional<VoSummary>> summary = context.directory->findVo(vo);
    if (!summary)
        return summary.error();
    VoRemoveResult result;
    if (*summary)
        result.usage = (*summary)->usage;
    const Result<QList<VoHostStatus>> statuses = voHostStatus(context, vo);
    if (!statuses)
        return statuses.error();
    QStringList busyHosts;
    for (const VoHostStatus& status : *statuses) {
        const int domains = std::max(status.running, status.defined);
        result.domains += domains;
        if (domains > 0)
            busyHosts << (domains == 1 ? VoAdminText::tr("1 domain on %1").arg(status.host)
                                       : VoAdminText::tr("%1 domains on %2").arg(domains).arg(status.host));
    }
    if (!force && (result.usage.vcns > 0 || result.domains > 0)) {
        QString what;
        if (result.usage.vcns > 0)
            what = result.usage.vcns == 1 ? VoAdminText::tr("%1 has 1 VCN (%2)")
                                                .arg(vo, result.usage.vocs.join(QStringLiteral(", ")))
                                          : VoAdminText::tr("%1 has %2 VCNs (%3)")
                                                .arg(vo)
                                                .arg(result.usage.vcns)
                                                .arg(result.usage.vocs.join(QStringLiteral(", ")));
        if (!busyHosts.isEmpty())
            what += (what.isEmpty() ? VoAdminText::tr("%1 has ").arg(vo) : QStringLiteral(", ")) +
                    busyHosts.join(QStringLiteral(", "));
        return makeError(
            ErrorCode::Conflict, what + VoAdminText::tr(": destroy them or use --force"),
            context.directory->voDn(vo),
            VoAdminText::tr("the VO destroys its deployments with vocctl destroy; --force ends its "
                            "domains and removes its records, files and accounts"));
    }
    if (!*summary && std::none_of(statuses->begin(), statuses->end(),
                                  [](const VoHostStatus& s) { return s.account || s.home || s.pool; })) {
        const Result<QString> holder = context.directory->nameHolder(vo);
        if (holder && holder->isEmpty())
            return makeError(ErrorCode::NotFound, VoAdminText::tr("there is no VO %1 at this site").arg(vo),
                             context.directory->uri(),
                             VoAdminText::tr("list the VOs with vocctl site vo list"));
    }
    for (const SiteHost& host : context.admin.hosts) {
        voReport(context, VoAdminText::tr("%1: ending VO %2's processes, removing its home, pool and account")
                              .arg(host.name, vo));
        const Result<QByteArray> removed =
            runHostTool(context, host,
                        {QStringLiteral("remove"), vo, QStringLiteral("--pool-dir"), poolDirOf(context, vo)});
        if (!removed)
            return removed.error();
        result.hosts << host.name;
    }
    voReport(context, VoAdminText::tr("VO %1: its entries in %2").arg(vo, context.directory->uri()));
    const Result<int> entries = context.directory->removeVo(vo);
    if (!entries && entries.error().code != ErrorCode::NotFound)
        return entries.error();
    result.entries = entries ? *entries : 0;
    return result;
}

} // namespace voc
