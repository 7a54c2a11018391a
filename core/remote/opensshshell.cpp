// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensshshell.h"

#include "common/logging.h"
#include "localshell.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace voc {

namespace {

struct OpenSshText
{
    Q_DECLARE_TR_FUNCTIONS(voc::OpenSshShell)
};

// ssh reserves exit status 255 for its own failures (connection, authentication, host key).
constexpr int sshFailureExit = 255;

QString sshHint(const QString& stderrText, const SshTarget& target)
{
    if (stderrText.contains(QLatin1String("Host key verification failed")) ||
        stderrText.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")))
        return OpenSshText::tr("the host's key is unknown or changed: compare it with the one the site's "
                               "administrator publishes and add it to %1")
            .arg(target.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts")
                                                 : target.knownHostsFile);
    if (stderrText.contains(QLatin1String("Permission denied")))
        return OpenSshText::tr("the host refused the key%1: is its public key in the host's authorized_keys?")
            .arg(target.keyFile.isEmpty() ? QString() : QStringLiteral(" ") + target.keyFile);
    return OpenSshText::tr("is the host up and its sshd running? check the address in the site profile");
}

} // namespace

Result<SshTarget> sshTargetFromUri(const QString& libvirtUri)
{
    const QUrl url(libvirtUri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    const QString transport = scheme.section(QLatin1Char('+'), 1);
    if (!url.isValid() || !(transport == QLatin1String("ssh") || transport == QLatin1String("libssh") ||
                            transport == QLatin1String("libssh2")))
        return makeError(
            ErrorCode::InvalidInput, OpenSshText::tr("not a libvirt URI over ssh"), libvirtUri,
            OpenSshText::tr("commands reach a host over ssh: give it a qemu+ssh://user@host/system URI"));
    SshTarget target;
    target.host = url.host();
    if (target.host.isEmpty() || target.host.startsWith(QLatin1Char('-')))
        return makeError(ErrorCode::InvalidInput, OpenSshText::tr("the URI names no host"), libvirtUri);
    target.user = url.userName();
    target.port = url.port(-1);
    const QUrlQuery query(url);
    target.keyFile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    target.knownHostsFile = query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded);
    // libssh transports have no command=; their client is built in, ours is OpenSSH.
    const QString command = query.queryItemValue(QStringLiteral("command"), QUrl::FullyDecoded);
    if (transport == QLatin1String("ssh") && !command.isEmpty())
        target.program = command;
    return target;
}

OpenSshShell::OpenSshShell(SshTarget target)
    : m_target(std::move(target))
{}

QString OpenSshShell::host() const
{
    QString text = m_target.user.isEmpty() ? m_target.host : m_target.user + QLatin1Char('@') + m_target.host;
    if (m_target.port > 0)
        text += QLatin1Char(':') + QString::number(m_target.port);
    return text;
}

QStringList OpenSshShell::sshArguments(const QStringList& command) const
{
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                     QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                     QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
                     QStringLiteral("-T")};
    if (m_target.port > 0)
        args << QStringLiteral("-p") << QString::number(m_target.port);
    if (!m_target.keyFile.isEmpty())
        args << QStringLiteral("-i") << m_target.keyFile << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    if (!m_target.knownHostsFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + m_target.knownHostsFile;
    if (!m_target.user.isEmpty())
        args << QStringLiteral("-l") << m_target.user;
    // "--" ends ssh's options; ssh joins what follows the host with spaces into one command string
    // for the remote shell, so the command goes as one string we quoted ourselves.
    args << QStringLiteral("--") << m_target.host << shellCommandLine(command);
    return args;
}

Result<RemoteCommandResult> OpenSshShell::run(const QStringList& command, const RemoteCommandOptions& options)
{
    const QString place = host();
    if (command.isEmpty())
        return makeError(ErrorCode::Internal, OpenSshText::tr("no command to run"), place);
    for (const QString& arg : command)
        if (arg.contains(QChar(0)))
            return makeError(ErrorCode::InvalidInput, OpenSshText::tr("an argument contains a NUL character"),
                             place);

    Result<RemoteCommandResult> ran =
        runProcess(m_target.program, sshArguments(command), options, place, command.first());
    if (!ran) {
        Error error = ran.error();
        if (error.code == ErrorCode::NotFound)
            error.hint = OpenSshText::tr("install openssh-client, or fix command= in the host's URI");
        return error;
    }
    const RemoteCommandResult& result = *ran;
    if (result.exitCode == sshFailureExit) {
        const QString reason = QString::fromUtf8(result.standardError).trimmed();
        return makeError(
            ErrorCode::External,
            OpenSshText::tr("could not run %1 over ssh: %2")
                .arg(command.first(), reason.isEmpty() ? OpenSshText::tr("ssh exited with 255") : reason),
            place, sshHint(reason, m_target));
    }
    return result;
}

Result<std::unique_ptr<RemoteShell>> remoteShellForUri(const QString& libvirtUri)
{
    // qemu:///system and friends: the host is this machine.
    const QUrl url(libvirtUri, QUrl::StrictMode);
    if (url.isValid() && url.host().isEmpty() && !url.scheme().contains(QLatin1Char('+')))
        return std::unique_ptr<RemoteShell>(new LocalShell);
    Result<SshTarget> target = sshTargetFromUri(libvirtUri);
    if (!target)
        return target.error();
    return std::unique_ptr<RemoteShell>(new OpenSshShell(std::move(target).value()));
}

} // namespace voc
