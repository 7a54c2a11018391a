// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteShell over OpenSSH without a network: the URI's command= points at a fake ssh that records
// its arguments and runs the command string with sh -c, as a remote login shell would. Hostile
// arguments must arrive unchanged; ssh's own failures, timeouts and cancel become errors.
#include "remote/opensshshell.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

const char fakeSsh[] = R"(#!/bin/sh
# A stand-in for ssh: records its arguments, fails like ssh when asked to, else runs the command
# string (its last argument) with sh -c like the remote login shell does.
printf '%s\0' "$@" > "$FAKE_SSH_LOG"
case "$FAKE_SSH_FAIL" in
  hostkey) echo "Host key verification failed." >&2; exit 255 ;;
  denied) echo "root@10.0.0.1: Permission denied (publickey)." >&2; exit 255 ;;
esac
for last; do :; done
exec sh -c "$last"
)";

// All fields spelled out (GCC warns about designated initializers that leave some out).
SshTarget makeTarget(const QString& program, const QString& user, const QString& host, int port,
                     const QString& keyFile, const QString& knownHostsFile)
{
    SshTarget target;
    target.program = program;
    target.user = user;
    target.host = host;
    target.port = port;
    target.keyFile = keyFile;
    target.knownHostsFile = knownHostsFile;
    return target;
}

const QString ssh = QStringLiteral("ssh");

QList<QByteArray> splitNul(const QByteArray& bytes)
{
    QList<QByteArray> parts = bytes.split('\0');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

class TestRemoteShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void targetFromUri_data();
    void targetFromUri();
    void sshArguments();
    void shellQuote_data();
    void shellQuote();
    void hostileArguments_data();
    void hostileArguments();
    void exitCodeOutputAndInput();
    void sshFailures_data();
    void sshFailures();
    void timeoutAndCancel();
    void refusedInput();
    void localShellForLocalUri();

private:
    std::unique_ptr<RemoteShell> shell(const QString& query = {}) const;

    QTemporaryDir m_dir;
    QString m_ssh;
    QString m_log;
};

void TestRemoteShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ssh = m_dir.filePath(QStringLiteral("fake ssh")); // a space in the path, as site dirs may have
    QFile script(m_ssh);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(fakeSsh);
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_log = m_dir.filePath(QStringLiteral("argv"));
    qputenv("FAKE_SSH_LOG", m_log.toLocal8Bit());
}

void TestRemoteShell::init()
{
    qunsetenv("FAKE_SSH_FAIL");
}

std::unique_ptr<RemoteShell> TestRemoteShell::shell(const QString& query) const
{
    const QString uri = QStringLiteral("qemu+ssh://root@10.0.0.1/system?keyfile=/k/id&command=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(m_ssh)) + query;
    Result<std::unique_ptr<RemoteShell>> made = remoteShellForUri(uri);
    return made ? std::move(made).value() : nullptr;
}

void TestRemoteShell::targetFromUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<SshTarget>("expected");

    QTest::newRow("sandbox host")
        << QStringLiteral(
               "qemu+ssh://root@10.213.0.11/system?keyfile=/d/ssh/id_ed25519&command=/d/ssh/ssh&no_tty=1")
        << true
        << makeTarget(QStringLiteral("/d/ssh/ssh"), QStringLiteral("root"), QStringLiteral("10.213.0.11"), -1,
                      QStringLiteral("/d/ssh/id_ed25519"), {});
    QTest::newRow("port, no user, plain ssh")
        << QStringLiteral("qemu+ssh://kvm1.example.org:2222/system") << true
        << makeTarget(ssh, {}, QStringLiteral("kvm1.example.org"), 2222, {}, {});
    QTest::newRow("encoded key path")
        << QStringLiteral("qemu+ssh://ops@kvm2/system?keyfile=/home/a%20b/id%26x") << true
        << makeTarget(ssh, QStringLiteral("ops"), QStringLiteral("kvm2"), -1,
                      QStringLiteral("/home/a b/id&x"), {});
    QTest::newRow("libssh, known_hosts, no_verify ignored")
        << QStringLiteral("qemu+libssh2://root@h/system?known_hosts=/kh&no_verify=1&command=/evil") << true
        << makeTarget(ssh, QStringLiteral("root"), QStringLiteral("h"), -1, {}, QStringLiteral("/kh"));
    QTest::newRow("local") << QStringLiteral("qemu:///system") << false << SshTarget{};
    QTest::newRow("tcp") << QStringLiteral("qemu+tcp://h/system") << false << SshTarget{};
    QTest::newRow("no host") << QStringLiteral("qemu+ssh:///system") << false << SshTarget{};
    QTest::newRow("not a URI") << QStringLiteral("%%%") << false << SshTarget{};
}

void TestRemoteShell::targetFromUri()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    QFETCH(SshTarget, expected);
    const Result<SshTarget> target = sshTargetFromUri(uri);
    QCOMPARE(target.ok(), valid);
    if (!valid) {
        QCOMPARE(target.error().code, ErrorCode::InvalidInput);
        QCOMPARE(target.error().where, uri);
        return;
    }
    QCOMPARE(target->program, expected.program);
    QCOMPARE(target->user, expected.user);
    QCOMPARE(target->host, expected.host);
    QCOMPARE(target->port, expected.port);
    QCOMPARE(target->keyFile, expected.keyFile);
    QCOMPARE(target->knownHostsFile, expected.knownHostsFile);
}

void TestRemoteShell::sshArguments()
{
    const OpenSshShell shell(makeTarget(ssh, QStringLiteral("root"), QStringLiteral("10.0.0.1"), 2222,
                                        QStringLiteral("/k/id"), QStringLiteral("/k/known")));
    QCOMPARE(shell.host(), QStringLiteral("root@10.0.0.1:2222"));
    const QStringList expected{QStringLiteral("-o"),
                               QStringLiteral("BatchMode=yes"),
                               QStringLiteral("-o"),
                               QStringLiteral("StrictHostKeyChecking=yes"),
                               QStringLiteral("-o"),
                               QStringLiteral("ConnectTimeout=10"),
                               QStringLiteral("-T"),
                               QStringLiteral("-p"),
                               QStringLiteral("2222"),
                               QStringLiteral("-i"),
                               QStringLiteral("/k/id"),
                               QStringLiteral("-o"),
                               QStringLiteral("IdentitiesOnly=yes"),
                               QStringLiteral("-o"),
                               QStringLiteral("UserKnownHostsFile=/k/known"),
                               QStringLiteral("-l"),
                               QStringLiteral("root"),
                               QStringLiteral("--"),
                               QStringLiteral("10.0.0.1"),
                               QStringLiteral("sha256sum '/a b/c'")};
    QCOMPARE(shell.sshArguments({QStringLiteral("sha256sum"), QStringLiteral("/a b/c")}), expected);
}

void TestRemoteShell::shellQuote_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("/var/lib/x.qcow2") << QStringLiteral("/var/lib/x.qcow2");
    QTest::newRow("option") << QStringLiteral("--output") << QStringLiteral("--output");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("substitution") << QStringLiteral("$(reboot)") << QStringLiteral("'$(reboot)'");
    QTest::newRow("equals") << QStringLiteral("=x") << QStringLiteral("'=x'");
    QTest::newRow("tilde") << QStringLiteral("~root") << QStringLiteral("'~root'");
}

void TestRemoteShell::shellQuote()
{
    QFETCH(QString, arg);
    QFETCH(QString, quoted);
    QCOMPARE(voc::shellQuote(arg), quoted);
}

void TestRemoteShell::hostileArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("quotes") << QStringList{QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("'\\''"),
                                           QStringLiteral("a'b\"c")};
    QTest::newRow("substitutions") << QStringList{QStringLiteral("$(touch /tmp/voc-pwned)"),
                                                  QStringLiteral("`touch /tmp/voc-pwned`"),
                                                  QStringLiteral("$HOME"), QStringLiteral("${IFS}")};
    QTest::newRow("operators") << QStringList{QStringLiteral("; touch /tmp/voc-pwned"),
                                              QStringLiteral("| cat"),
                                              QStringLiteral("&& x"),
                                              QStringLiteral("& x"),
                                              QStringLiteral("> /tmp/voc-pwned"),
                                              QStringLiteral("<x"),
                                              QStringLiteral("#comment")};
    QTest::newRow("whitespace") << QStringList{QStringLiteral(" "), QStringLiteral("a\nb"),
                                               QStringLiteral("\t"), QStringLiteral("  two  spaces  ")};
    QTest::newRow("globs and tildes")
        << QStringList{QStringLiteral("*"), QStringLiteral("?"),     QStringLiteral("[a]"),
                       QStringLiteral("~"), QStringLiteral("~root"), QStringLiteral("{a,b}")};
    QTest::newRow("dashes, empty, backslashes")
        << QStringList{QStringLiteral("-n"),  QString(),          QStringLiteral("--"), QStringLiteral("\\"),
                       QStringLiteral("\\n"), QStringLiteral("!")};
    QTest::newRow("unicode") << QStringList{QStringLiteral("Grüße"), QStringLiteral("日本"),
                                            QStringLiteral("é'é")};
}

void TestRemoteShell::hostileArguments()
{
    QFETCH(QStringList, args);
    std::unique_ptr<RemoteShell> remote = shell();
    QVERIFY(remote);
    const Result<QByteArray> out =
        remote->runChecked(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + args);
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QList<QByteArray> expected;
    for (const QString& arg : args)
        expected.append(arg.toUtf8());
    QCOMPARE(splitNul(*out), expected);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/voc-pwned")));

    // What ssh got: our options, "--", the host, and exactly one command string.
    QFile log(m_log);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> argv = splitNul(log.readAll());
    QVERIFY(argv.contains("BatchMode=yes"));
    QVERIFY(argv.contains("StrictHostKeyChecking=yes"));
    QCOMPARE(argv.at(argv.size() - 3), QByteArray("--"));
    QCOMPARE(argv.at(argv.size() - 2), QByteArray("10.0.0.1"));
}

void TestRemoteShell::exitCodeOutputAndInput()
{
    std::unique_ptr<RemoteShell> remote = shell();
    QVERIFY(remote);
    QCOMPARE(remote->host(), QStringLiteral("root@10.0.0.1"));
    const Result<RemoteCommandResult> result = remote->run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")});
    QVERIFY(result.ok());
    QCOMPARE(result->exitCode, 3);
    QCOMPARE(result->standardOutput, QByteArray("out\n"));
    QCOMPARE(result->standardError, QByteArray("err\n"));

    const Result<QByteArray> checked = remote->runChecked(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo no such file >&2; exit 3")});
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::External);
    QCOMPARE(checked.error().where, QStringLiteral("root@10.0.0.1"));
    QVERIFY2(checked.error().what.contains(QStringLiteral("exit code 3")) &&
                 checked.error().what.contains(QStringLiteral("no such file")),
             qPrintable(checked.error().what));

    RemoteCommandOptions options;
    options.input = QByteArrayLiteral("line one\nline 'two'\n");
    const Result<QByteArray> echoed = remote->runChecked({QStringLiteral("cat")}, options);
    QVERIFY(echoed.ok());
    QCOMPARE(*echoed, options.input);
}

void TestRemoteShell::sshFailures_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("hintWord");
    QTest::newRow("unknown host key") << QByteArrayLiteral("hostkey") << QStringLiteral("known_hosts");
    QTest::newRow("key refused") << QByteArrayLiteral("denied") << QStringLiteral("authorized_keys");
}

void TestRemoteShell::sshFailures()
{
    QFETCH(QByteArray, mode);
    QFETCH(QString, hintWord);
    qputenv("FAKE_SSH_FAIL", mode);
    std::unique_ptr<RemoteShell> remote = shell();
    QVERIFY(remote);
    const Result<RemoteCommandResult> result = remote->run({QStringLiteral("true")});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::External);
    QCOMPARE(result.error().where, QStringLiteral("root@10.0.0.1"));
    QVERIFY2(result.error().hint.contains(hintWord), qPrintable(result.error().hint));

    OpenSshShell missing(
        makeTarget(m_dir.filePath(QStringLiteral("no-ssh")), {}, QStringLiteral("h"), -1, {}, {}));
    const Result<RemoteCommandResult> notStarted = missing.run({QStringLiteral("true")});
    QVERIFY(!notStarted.ok());
    QCOMPARE(notStarted.error().code, ErrorCode::NotFound);
}

void TestRemoteShell::timeoutAndCancel()
{
    std::unique_ptr<RemoteShell> remote = shell();
    QVERIFY(remote);
    QElapsedTimer timer;
    timer.start();
    RemoteCommandOptions options;
    options.timeoutMs = 300;
    const Result<RemoteCommandResult> slow =
        remote->run({QStringLiteral("sleep"), QStringLiteral("30")}, options);
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error().code, ErrorCode::External);
    QVERIFY(timer.elapsed() < 5000);

    timer.restart();
    RemoteCommandOptions cancelling;
    cancelling.cancelled = [&timer] { return timer.elapsed() > 200; };
    const Result<RemoteCommandResult> cancelled =
        remote->run({QStringLiteral("sleep"), QStringLiteral("30")}, cancelling);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRemoteShell::refusedInput()
{
    std::unique_ptr<RemoteShell> remote = shell();
    QVERIFY(remote);
    const Result<RemoteCommandResult> nul =
        remote->run({QStringLiteral("echo"), QStringLiteral("a") + QChar(0)});
    QVERIFY(!nul.ok());
    QCOMPARE(nul.error().code, ErrorCode::InvalidInput);
    QVERIFY(!remote->run({}).ok());
}

void TestRemoteShell::localShellForLocalUri()
{
    Result<std::unique_ptr<RemoteShell>> local = remoteShellForUri(QStringLiteral("qemu:///system"));
    QVERIFY(local.ok());
    QVERIFY((*local)->host().contains(QStringLiteral("this machine")));
    const QStringList args{QStringLiteral("$(reboot)"), QStringLiteral("a'b"), QString(),
                           QStringLiteral("*")};
    const Result<QByteArray> out =
        (*local)->runChecked(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + args);
    QVERIFY(out.ok());
    QCOMPARE(splitNul(*out), (QList<QByteArray>{"$(reboot)", "a'b", "", "*"}));
    QVERIFY(!remoteShellForUri(QStringLiteral("qemu+tcp://h/system")).ok());
}

QTEST_GUILESS_MAIN(TestRemoteShell)
#include "tst_remoteshell.moc"
