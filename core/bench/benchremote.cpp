// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchremote.h"

#include "benchcommand.h"
#include "common/logging.h"
#include "remote/remoteshell.h"

#include <QCoreApplication>

#include <chrono>
#include <future>

namespace voc {

namespace {

struct BenchRemoteText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplBenchJob)
};

constexpr int stepTimeoutMs = 120000;

class HpccSession
{
public:
    HpccSession(const HpccRunRequest& request, const HpccRunHooks& hooks)
        : m_request(request)
        , m_hooks(hooks)
        , m_shell(launcherShell(request.endpoint))
    {}

    Result<HpccRunOutput> run();

private:
    void log(const QString& line) const
    {
        qCInfo(lcBench).noquote() << line;
        if (m_hooks.log)
            m_hooks.log(line);
    }
    bool cancelled() const { return m_hooks.cancelled && m_hooks.cancelled(); }
    RemoteCommandOptions stepOptions(const QByteArray& input = {}) const
    {
        RemoteCommandOptions options;
        options.timeoutMs = stepTimeoutMs;
        options.input = input;
        options.cancelled = m_hooks.cancelled;
        return options;
    }
    Result<QByteArray> onNode(const QString& node, const QStringList& command, const QByteArray& input = {})
    {
        return m_shell->runChecked(nodeCommand(m_request.endpoint, node, command), stepOptions(input));
    }
    Status prepare();
    Result<RemoteCommandResult> runMpirun();
    // New complete lines of rank 0's output file since the last look, passed to the log.
    void follow(bool final, const QByteArray& whole = {});
    void stopMpirun();
    void cleanUp();

    const HpccRunRequest& m_request;
    const HpccRunHooks& m_hooks;
    std::unique_ptr<RemoteShell> m_shell;
    QString m_workDir;
    QStringList m_preparedNodes; // nodes whose work folder exists
    qint64 m_followed = 0;       // bytes of the output already passed on as lines
    QByteArray m_partialLine;
};

Status HpccSession::prepare()
{
    const BenchEndpoint& endpoint = m_request.endpoint;
    if (Status known = ensureLauncherKnown(endpoint); !known)
        return known;
    log(BenchRemoteText::tr("making a work folder on %1").arg(m_shell->host()));
    Result<QByteArray> made = m_shell->runChecked(makeWorkDirCommand(), stepOptions());
    if (!made)
        return made.error();
    Result<QString> dir = checkWorkDir(*made, m_shell->host());
    if (!dir)
        return dir.error();
    m_workDir = *dir;
    Result<QByteArray> hosts = mpiHostFile(m_request.nodes, m_request.slotsPerNode);
    if (!hosts)
        return hosts.error();
    const QString inputFile = m_workDir + QStringLiteral("/hpccinf.txt");
    for (const auto& [file, bytes] : {std::pair{inputFile, m_request.input},
                                      std::pair{QString(m_workDir + QStringLiteral("/hosts")), *hosts}}) {
        Result<QByteArray> written = m_shell->runChecked(
            {QStringLiteral("dd"), QStringLiteral("of=") + file, QStringLiteral("status=none")},
            stepOptions(bytes));
        if (!written)
            return written.error();
    }
    // mpirun's --wdir must exist on every node; hpcc reads its input on rank 0 only (the first node).
    for (const QString& node : m_request.nodes) {
        if (isLauncherNode(endpoint, node))
            continue;
        log(BenchRemoteText::tr("preparing %1").arg(node));
        if (Result<QByteArray> dir = onNode(node, {QStringLiteral("mkdir"), QStringLiteral("-p"), m_workDir});
            !dir)
            return dir.error();
        m_preparedNodes.append(node);
        if (node == m_request.nodes.first()) {
            if (Result<QByteArray> copied = onNode(
                    node,
                    {QStringLiteral("dd"), QStringLiteral("of=") + inputFile, QStringLiteral("status=none")},
                    m_request.input);
                !copied)
                return copied.error();
        }
    }
    return Ok{};
}

Result<RemoteCommandResult> HpccSession::runMpirun()
{
    MpirunOptions options;
    options.workDir = m_workDir;
    options.processes = m_request.processes;
    options.timeoutSeconds = std::max(1, m_request.timeoutMs / 1000);
    const QStringList command = mpirunCommand(options);
    log(BenchRemoteText::tr("running on %1: %2").arg(m_shell->host(), shellCommandLine(command)));
    RemoteCommandOptions runOptions;
    // Our own limit comes after the remote `timeout`'s, so the remote one ends mpirun cleanly first.
    runOptions.timeoutMs = m_request.timeoutMs + 60000;
    runOptions.cancelled = m_hooks.cancelled;
    // The run blocks its thread; this one follows the output meanwhile (RemoteShell::run is thread-safe).
    std::future<Result<RemoteCommandResult>> ran = std::async(
        std::launch::async, [this, command, runOptions] { return m_shell->run(command, runOptions); });
    const QString first = m_request.nodes.first();
    const int pollMs = m_hooks.pollMs > 0 ? m_hooks.pollMs
                       : isLauncherNode(m_request.endpoint, first) && m_request.endpoint.launcher.isEmpty()
                           ? 2000
                           : 15000;
    while (ran.wait_for(std::chrono::milliseconds(pollMs)) != std::future_status::ready) {
        if (!cancelled())
            follow(false);
    }
    return ran.get();
}

void HpccSession::follow(bool final, const QByteArray& whole)
{
    QByteArray fresh;
    if (final) {
        fresh = whole.mid(m_followed);
    } else {
        RemoteCommandOptions options;
        options.timeoutMs = 30000;
        options.cancelled = m_hooks.cancelled;
        Result<RemoteCommandResult> tail =
            m_shell->run(nodeCommand(m_request.endpoint, m_request.nodes.first(),
                                     {QStringLiteral("tail"), QStringLiteral("-c"),
                                      QStringLiteral("+%1").arg(m_followed + 1),
                                      m_workDir + QStringLiteral("/hpccoutf.txt")}),
                         options);
        if (!tail || tail->exitCode != 0)
            return; // not written yet, or a hiccup: the next look or the final read catches up
        fresh = tail->standardOutput;
    }
    m_followed += fresh.size();
    m_partialLine += fresh;
    const qsizetype end = m_partialLine.lastIndexOf('\n');
    if (end < 0 && !final)
        return;
    const QByteArray complete = final ? m_partialLine : m_partialLine.left(end + 1);
    m_partialLine = final ? QByteArray() : m_partialLine.mid(end + 1);
    if (!m_hooks.log)
        return;
    for (const QByteArray& line : complete.split('\n'))
        if (!line.trimmed().isEmpty())
            m_hooks.log(QString::fromUtf8(line));
}

void HpccSession::stopMpirun()
{
    if (m_workDir.isEmpty())
        return;
    RemoteCommandOptions options;
    options.timeoutMs = 30000; // no cancel callback: stopping must happen even after a cancel
    log(BenchRemoteText::tr("stopping mpirun on %1").arg(m_shell->host()));
    for (const QString& signal : {QStringLiteral("TERM"), QStringLiteral("KILL")}) {
        Result<RemoteCommandResult> stopped = m_shell->run(stopMpirunCommand(m_workDir, signal), options);
        if (!stopped || stopped->exitCode != 0)
            return; // no such process (any more)
        std::this_thread::sleep_for(std::chrono::seconds(3));
    }
}

void HpccSession::cleanUp()
{
    if (m_workDir.isEmpty())
        return;
    RemoteCommandOptions options;
    options.timeoutMs = 30000;
    const QStringList remove{QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), m_workDir};
    for (const QString& node : std::as_const(m_preparedNodes))
        if (Result<RemoteCommandResult> removed =
                m_shell->run(nodeCommand(m_request.endpoint, node, remove), options);
            !removed || removed->exitCode != 0)
            qCWarning(lcBench).noquote() << "could not remove" << m_workDir << "on" << node;
    if (Result<RemoteCommandResult> removed = m_shell->run(remove, options);
        !removed || removed->exitCode != 0)
        qCWarning(lcBench).noquote() << "could not remove" << m_workDir << "on" << m_shell->host();
    m_workDir.clear();
}

Result<HpccRunOutput> HpccSession::run()
{
    if (m_request.nodes.isEmpty())
        return makeError(ErrorCode::InvalidInput, BenchRemoteText::tr("no nodes to run on"),
                         m_request.endpoint.label);
    if (Status prepared = prepare(); !prepared) {
        cleanUp();
        return prepared.error();
    }
    Result<RemoteCommandResult> ran = runMpirun();
    if (!ran || cancelled()) {
        // Our ssh is gone; mpirun on the launcher is not: stop it, then its folders.
        stopMpirun();
        cleanUp();
        if (cancelled())
            return makeError(ErrorCode::Cancelled, BenchRemoteText::tr("benchmark cancelled"),
                             m_shell->host());
        return ran.error();
    }
    HpccRunOutput output;
    output.mpirunExit = ran->exitCode;
    output.mpirunErrors = QString::fromUtf8(ran->standardError.right(2000)).trimmed();
    log(BenchRemoteText::tr("mpirun exited with %1").arg(ran->exitCode));
    Result<QByteArray> read =
        onNode(m_request.nodes.first(), {QStringLiteral("cat"), m_workDir + QStringLiteral("/hpccoutf.txt")});
    cleanUp();
    if (!read) {
        QString what = BenchRemoteText::tr("hpcc wrote no output (mpirun exited with %1)").arg(ran->exitCode);
        if (!output.mpirunErrors.isEmpty())
            what += QStringLiteral(": ") + output.mpirunErrors.right(600);
        return makeError(
            ErrorCode::External, what, m_request.endpoint.label,
            ran->exitCode == 124
                ? BenchRemoteText::tr("the run hit its time limit: choose a smaller N or a longer "
                                      "timeout")
                : BenchRemoteText::tr("are openmpi-bin and hpcc installed on every node, and do the "
                                      "nodes reach each other over ssh?"));
    }
    output.output = *read;
    follow(true, output.output);
    output.version = hpccVersion(output.output);
    return output;
}

} // namespace

Result<HpccRunOutput> runHpcc(const HpccRunRequest& request, const HpccRunHooks& hooks)
{
    HpccSession session(request, hooks);
    return session.run();
}

} // namespace voc
