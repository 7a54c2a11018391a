// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommand.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "net/hostname.h"
#include "net/ipv4.h"
#include "remote/localshell.h"
#include "remote/opensshshell.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace voc {

namespace {

struct BenchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchCommand)
};

const QLatin1String workDirPrefix("/tmp/vocbench.");

// Options every ssh hop of a run shares: never a prompt (a run has no one to answer it), and a dead
// node is an error within seconds instead of a hang.
QStringList batchSshOptions()
{
    return {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
            QStringLiteral("ConnectTimeout=20")};
}

// "root@10.77.0.2" -> {"root", "10.77.0.2"}; a launcher without a user gives an empty user.
std::pair<QString, QString> splitLauncher(const QString& launcher)
{
    const qsizetype at = launcher.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {QString(), launcher};
    return {launcher.left(at), launcher.mid(at + 1)};
}

} // namespace

Status checkBenchNode(const QString& node)
{
    if (Ipv4Address::parse(node).ok())
        return Ok{};
    if (node.isEmpty() || !checkHostname(node).ok())
        return makeError(ErrorCode::InvalidInput,
                         BenchCommandText::tr("'%1' is not a host name or an IPv4 address").arg(node), node,
                         BenchCommandText::tr("give nodes as host names (letters, digits, hyphens and dots) "
                                              "or dotted IPv4 addresses"));
    return Ok{};
}

Status checkBenchEndpoint(const BenchEndpoint& endpoint)
{
    if (endpoint.nodes.isEmpty())
        return makeError(ErrorCode::InvalidInput, BenchCommandText::tr("no nodes to run on"), endpoint.label,
                         BenchCommandText::tr("the VOC needs at least one compute node"));
    QSet<QString> seen;
    for (const QString& node : endpoint.nodes) {
        if (Status valid = checkBenchNode(node); !valid)
            return valid;
        if (seen.contains(node))
            return makeError(ErrorCode::InvalidInput,
                             BenchCommandText::tr("node %1 is listed twice").arg(node), endpoint.label);
        seen.insert(node);
    }
    if (endpoint.slotsPerNode < 1)
        return makeError(
            ErrorCode::InvalidInput,
            BenchCommandText::tr("%1 ranks per node: at least 1 is needed").arg(endpoint.slotsPerNode),
            endpoint.label);
    if (!endpoint.launcher.isEmpty()) {
        const auto [user, host] = splitLauncher(endpoint.launcher);
        if (Status valid = checkBenchNode(host); !valid)
            return valid;
        static const QRegularExpression userPattern(QStringLiteral("^[a-z_][a-z0-9_.-]*$"));
        if (!user.isEmpty() && !userPattern.match(user).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             BenchCommandText::tr("'%1' is not a user name").arg(user), endpoint.launcher);
    }
    return Ok{};
}

Result<QByteArray> mpiHostFile(const QStringList& nodes, int slotCount)
{
    if (nodes.isEmpty() || slotCount < 1)
        return makeError(ErrorCode::InvalidInput,
                         BenchCommandText::tr("a host file needs nodes and at least one slot"));
    QByteArray text;
    for (const QString& node : nodes) {
        if (Status valid = checkBenchNode(node); !valid)
            return valid.error();
        text += node.toLatin1() + " slots=" + QByteArray::number(slotCount) + '\n';
    }
    return text;
}

bool isLauncherNode(const BenchEndpoint& endpoint, const QString& node)
{
    if (endpoint.launcher.isEmpty())
        return node == QLatin1String("localhost") || node == QLatin1String("127.0.0.1") ||
               node == QHostInfo::localHostName();
    return node == endpoint.head || node == splitLauncher(endpoint.launcher).second;
}

QStringList nodeCommand(const BenchEndpoint& endpoint, const QString& node, const QStringList& command)
{
    if (isLauncherNode(endpoint, node))
        return command;
    // ssh sends one string that the node's shell splits: quote it ourselves (the node name is checked).
    return QStringList{QStringLiteral("ssh")} + batchSshOptions() +
           QStringList{QStringLiteral("-T"), QStringLiteral("--"), node, shellCommandLine(command)};
}

QStringList makeWorkDirCommand()
{
    return {QStringLiteral("mktemp"), QStringLiteral("-d"), workDirPrefix + QStringLiteral("XXXXXXXX")};
}

Result<QString> checkWorkDir(const QByteArray& mktempOutput, const QString& where)
{
    const QString dir = QString::fromUtf8(mktempOutput).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^/tmp/vocbench\\.[A-Za-z0-9]{8}$"));
    if (!pattern.match(dir).hasMatch())
        return makeError(ErrorCode::External,
                         BenchCommandText::tr("mktemp gave no usable work folder: '%1'").arg(dir.left(200)),
                         where, BenchCommandText::tr("is /tmp writable on that machine?"));
    return dir;
}

QStringList mpirunCommand(const MpirunOptions& options)
{
    return {QStringLiteral("timeout"), QStringLiteral("--kill-after=15"),
            QString::number(options.timeoutSeconds), QStringLiteral("mpirun"),
            QStringLiteral("--allow-run-as-root"), QStringLiteral("--hostfile"),
            options.workDir + QStringLiteral("/hosts"), QStringLiteral("-np"),
            QString::number(options.processes), QStringLiteral("--wdir"), options.workDir,
            QStringLiteral("--report-pid"), options.workDir + QStringLiteral("/mpirun.pid"),
            // The ranks as many as the host file says, even above a VCN's vCPUs; no pinning to cores
            // that a VM's vCPUs only pretend to be.
            QStringLiteral("--bind-to"), QStringLiteral("none"),
            // TCP between nodes, as the paper's Ethernet; shared memory on one node without the
            // ptrace-based single copy that namespaces and containers refuse.
            QStringLiteral("--mca"), QStringLiteral("pml"), QStringLiteral("ob1"), QStringLiteral("--mca"),
            QStringLiteral("btl"), QStringLiteral("self,vader,tcp"), QStringLiteral("--mca"),
            QStringLiteral("btl_vader_single_copy_mechanism"), QStringLiteral("none"),
            // mpirun starts its daemons over ssh: never a prompt, a dead node fails fast.
            QStringLiteral("--mca"), QStringLiteral("plm_rsh_args"), batchSshOptions().join(QLatin1Char(' ')),
            options.program};
}

QStringList stopMpirunCommand(const QString& workDir, const QString& signal)
{
    return {QStringLiteral("pkill"), QStringLiteral("-") + signal, QStringLiteral("-F"),
            workDir + QStringLiteral("/mpirun.pid")};
}

QString hpccVersion(const QByteArray& output)
{
    static const QRegularExpression pattern(QStringLiteral("HPC Challenge Benchmark version ([0-9][0-9.]*)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject benchSettings(const BenchEndpoint& endpoint, const HplDatSettings& settings, int processes,
                          const QString& hpccVersionText)
{
    QJsonArray sizes, blocks, grids;
    for (qint64 n : settings.problemSizes)
        sizes.append(n);
    for (int nb : settings.blockSizes)
        blocks.append(nb);
    for (const HplGrid& grid : settings.grids)
        grids.append(QStringLiteral("%1x%2").arg(grid.p).arg(grid.q));
    QJsonObject object{{QStringLiteral("problemSizes"), sizes},
                       {QStringLiteral("blockSizes"), blocks},
                       {QStringLiteral("grids"), grids},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(endpoint.nodes)},
                       {QStringLiteral("slotsPerNode"), endpoint.slotsPerNode},
                       {QStringLiteral("processes"), processes},
                       {QStringLiteral("nic"), endpoint.nic},
                       {QStringLiteral("launcher"),
                        endpoint.launcher.isEmpty() ? QStringLiteral("localhost") : endpoint.launcher},
                       {QStringLiteral("endpoint"), endpoint.label},
                       {QStringLiteral("hpccVersion"), hpccVersionText}};
    if (!endpoint.accel.isEmpty())
        object.insert(QStringLiteral("accel"), endpoint.accel);
    return object;
}

std::unique_ptr<RemoteShell> launcherShell(const BenchEndpoint& endpoint)
{
    if (endpoint.launcher.isEmpty())
        return std::make_unique<LocalShell>();
    const auto [user, host] = splitLauncher(endpoint.launcher);
    SshTarget target;
    if (!endpoint.sshWrapper.isEmpty())
        target.program = endpoint.sshWrapper;
    target.user = user;
    target.host = host;
    target.port = endpoint.sshPort;
    target.keyFile = endpoint.sshKey;
    target.knownHostsFile = endpoint.knownHostsFile;
    return std::make_unique<OpenSshShell>(std::move(target));
}

Status ensureLauncherKnown(const BenchEndpoint& endpoint, int timeoutMs)
{
    if (endpoint.launcher.isEmpty() || endpoint.knownHostsFile.isEmpty() || !endpoint.acceptNewHostKey)
        return Ok{};
    const QString host = splitLauncher(endpoint.launcher).second;
    const QString file = endpoint.knownHostsFile;
    RemoteCommandOptions options;
    options.timeoutMs = timeoutMs;
    if (QFileInfo::exists(file)) {
        Result<RemoteCommandResult> known =
            runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), host, QStringLiteral("-f"), file},
                       options, file, QStringLiteral("ssh-keygen"));
        if (known && known->exitCode == 0)
            return Ok{};
    }
    Result<RemoteCommandResult> scanned =
        runProcess(QStringLiteral("ssh-keyscan"), {QStringLiteral("-T"), QStringLiteral("20"), host}, options,
                   host, QStringLiteral("ssh-keyscan"));
    if (!scanned)
        return scanned.error();
    QByteArray keys;
    for (const QByteArray& line : scanned->standardOutput.split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            keys += line.trimmed() + '\n';
    if (keys.isEmpty())
        return makeError(ErrorCode::External, BenchCommandText::tr("could not read the ssh host key"), host,
                         BenchCommandText::tr("is the node up and its sshd running?"));
    QByteArray existing;
    if (QFileInfo::exists(file)) {
        Result<QByteArray> read = readFileLimited(file, 16 * 1024 * 1024);
        if (!read)
            return read.error();
        existing = *read;
        if (!existing.isEmpty() && !existing.endsWith('\n'))
            existing += '\n';
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    qCInfo(lcBench).noquote() << "accepting the host key of" << host << "on first contact into" << file;
    return writeFileAtomically(file, existing + keys);
}

QString nicOfNodes(const BenchEndpoint& endpoint, const QStringList& nodes)
{
    QStringList models;
    for (const QString& node : nodes) {
        const QString nic = endpoint.nicByNode.value(node, endpoint.nic);
        if (!nic.isEmpty() && !models.contains(nic))
            models.append(nic);
    }
    return models.isEmpty() ? QStringLiteral("host") : models.join(QLatin1Char('/'));
}

} // namespace voc
