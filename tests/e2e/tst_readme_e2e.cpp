// SPDX-License-Identifier: GPL-3.0-or-later
// The README's vocctl walk-through, run as written: every `$ vocctl ...` line of its ```console
// blocks, in order, with only the binary's path put in, from the source tree as the README assumes,
// and the output it shows compared with what vocctl prints ("..." in the README stands for lines
// left out). As root the demo boots under TCG beside a private libvirtd (tests/e2e/libvirt-sandbox)
// with the images scripts/build-vcn-image built, found through the demo design's "build" names, and
// its overlays in root's default folder, /var/lib/vocstudio/overlays. Not root, the commands that need
// no libvirt still run.
#include "images/builtimages.h"
#include "sandboxmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct ReadmeCommand
{
    int line = 0;       // in README.md, 1-based
    QString text;       // as written, without the "$ " and the trailing comment
    QStringList args;   // after "vocctl"
    QStringList output; // the lines the README shows under it
};

const QString readmePath = QStringLiteral(VOC_SOURCE_DIR "/README.md");

// Every `$ vocctl` line of a ```console block, with the lines shown under it. Any other `$` line in
// such a block is returned with empty args so the test fails on it: a walk-through line nobody runs.
QList<ReadmeCommand> readmeCommands()
{
    QFile file(readmePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<ReadmeCommand> commands;
    bool inConsole = false;
    bool inCommand = false;
    static const QRegularExpression comment(u"\\s+#.*$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (!inConsole) {
            inConsole = line.trimmed() == u"```console"_s;
            continue;
        }
        if (line.trimmed() == u"```"_s) {
            inConsole = inCommand = false;
            continue;
        }
        if (line.startsWith(u"$ "_s)) {
            ReadmeCommand command;
            command.line = int(i) + 1;
            command.text = line.mid(2);
            command.text.remove(comment);
            const QStringList words = command.text.split(u' ', Qt::SkipEmptyParts);
            if (words.value(0) == u"vocctl"_s)
                command.args = words.mid(1);
            commands.append(command);
            inCommand = true;
        } else if (inCommand) {
            commands.last().output.append(line);
        }
    }
    return commands;
}

// The README's lines against vocctl's: all of them, or with "..." the ones before it at the start and
// the ones after it at the end. Empty when they match, else what differs.
QString compareOutput(const QStringList& shown, const QString& printed)
{
    QStringList actual = printed.split(u'\n');
    while (!actual.isEmpty() && actual.last().isEmpty())
        actual.removeLast();
    for (QString& line : actual)
        line = line.trimmed();
    QStringList expected;
    for (const QString& line : shown)
        expected.append(line.trimmed());
    const qsizetype gap = expected.indexOf(u"..."_s);
    const QStringList head = gap < 0 ? expected : expected.mid(0, gap);
    const QStringList tail = gap < 0 ? QStringList() : expected.mid(gap + 1);
    const bool matches = gap < 0 ? actual == expected
                                 : actual.size() >= head.size() + tail.size() &&
                                       actual.mid(0, head.size()) == head &&
                                       actual.mid(actual.size() - tail.size()) == tail;
    if (matches)
        return {};
    return u"the README shows:\n  %1\nvocctl printed:\n  %2"_s.arg(expected.join(u"\n  "_s),
                                                                   actual.join(u"\n  "_s));
}

// Commands the README shows that need a VSP site named "sandbox" (scripts/vsp-sandbox up --name
// sandbox: slapd, dnsmasq, two host namespaces with libvirtd and sshd, a minute or two to start).
// They are run against such a site by tst_vspsandbox_e2e, tst_directorycli_e2e and
// tst_netsync_e2e; here they are listed, not run.
const QHash<QString, QString>& notRunHere()
{
    static const QHash<QString, QString> reasons{
        {u"site"_s,
         u"needs the VSP sandbox site 'sandbox' (scripts/vsp-sandbox up); see tst_vspsandbox_e2e"_s},
        {u"directory"_s,
         u"needs the VSP sandbox site 'sandbox' and its vcns.csv; see tst_directorycli_e2e"_s},
        {u"netsync"_s, u"needs the VSP sandbox site 'sandbox'; see tst_netsync_e2e"_s},
    };
    return reasons;
}

// Commands that talk to libvirt and boot the demo VCNs: root only, beside the private libvirtd.
bool needsLibvirt(const QString& subcommand)
{
    return subcommand == u"up"_s || subcommand == u"status"_s || subcommand == u"console"_s ||
           subcommand == u"down"_s;
}

// The README says which exit status goes with which output: 1 for an invalid design.
int expectedExitCode(const ReadmeCommand& command)
{
    return command.args.value(0) == u"validate"_s && command.args.value(1).endsWith(u"bad.voc"_s) ? 1 : 0;
}

const QString overlayDir = QStringLiteral("/var/lib/vocstudio/overlays");

} // namespace

class TestReadmeE2e : public QObject
{
    Q_OBJECT

public:
    // The demo's five VCNs boot under TCG on a busy machine: minutes, not Qt Test's 5.
    TestReadmeE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "1500000"); }

private slots:
    void initTestCase();
    void walkThrough_data();
    void walkThrough();
    void cleanupTestCase();

private:
    QString m_libvirtSkip; // why the libvirt commands do not run here; empty when they do
    bool m_upRan = false;
};

void TestReadmeE2e::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(VOC_VOCCTL)), "vocctl is not built");
    m_libvirtSkip = voc::e2e::sandboxSkipReason();
    if (!m_libvirtSkip.isEmpty())
        return;
    // The demo's images, where `vocctl up` will look for them.
    for (const QString& role : {u"head"_s, u"compute"_s}) {
        const voc::Result<voc::ImageInfo> image = voc::findBuiltImage(role);
        if (!image) {
            m_libvirtSkip = u"the demo images are not built (scripts/build-vcn-image --role all): %1"_s.arg(
                image.error().toString());
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL(qPrintable(m_libvirtSkip));
            return;
        }
    }
    // Root's default folders, as the README's commands use them, but each a tmpfs of this sandbox's
    // own mount namespace (libvirtd and QEMU share it): a run of the demo elsewhere on this machine,
    // or a journal or results database of root's, is neither seen nor touched.
    const QString state =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/vocstudio"_s;
    QVERIFY2(qEnvironmentVariableIsEmpty("VOC_STATE_DIR") && qEnvironmentVariableIsEmpty("XDG_DATA_HOME"),
             "VOC_STATE_DIR and XDG_DATA_HOME must be unset: the test checks root's default folders");
    for (const QString& dir : {state, QFileInfo(overlayDir).path()}) {
        QVERIFY2(QDir().mkpath(dir), qPrintable(dir));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "mode=0755") == 0,
                 qPrintable(u"could not mount a tmpfs on %1: %2"_s.arg(
                     dir, QString::fromLocal8Bit(strerror(errno)))));
    }
}

void TestReadmeE2e::walkThrough_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("output");

    const QList<ReadmeCommand> commands = readmeCommands();
    QVERIFY2(!commands.isEmpty(), "README.md has no ```console block with a $ line");
    for (const ReadmeCommand& c : commands) {
        // Listed with their reason in the log, not as skipped rows: a skip fails the run in CI.
        if (const auto reason = notRunHere().constFind(c.args.value(0)); reason != notRunHere().constEnd()) {
            qInfo("README.md:%d %s: not run here, %s", c.line, qPrintable(c.text), qPrintable(*reason));
            continue;
        }
        QTest::addRow("README.md:%d %s", c.line, qPrintable(c.text))
            << c.line << c.text << c.args << c.output;
    }
}

void TestReadmeE2e::walkThrough()
{
    QFETCH(int, line);
    QFETCH(QString, text);
    QFETCH(QStringList, args);
    QFETCH(QStringList, output);

    QVERIFY2(!args.isEmpty(),
             qPrintable(u"README.md:%1: \"%2\" is not a vocctl command; run it here or move it out of the "
                        "console block"_s.arg(line)
                            .arg(text)));
    const QString subcommand = args.first();
    QVERIFY2(needsLibvirt(subcommand) || subcommand == u"validate"_s || subcommand == u"plan"_s ||
                 subcommand == u"hpl-size"_s,
             qPrintable(
                 u"README.md:%1: vocctl %2 is new to this test: decide whether it runs here"_s.arg(line).arg(
                     subcommand)));
    if (needsLibvirt(subcommand) && !m_libvirtSkip.isEmpty())
        QSKIP(qPrintable(m_libvirtSkip));

    QProcess vocctl;
    vocctl.setWorkingDirectory(QStringLiteral(VOC_SOURCE_DIR));
    vocctl.start(QStringLiteral(VOC_VOCCTL), args);
    QVERIFY2(vocctl.waitForStarted(), qPrintable(vocctl.errorString()));
    if (subcommand == u"up"_s)
        m_upRan = true;
    const bool finished = vocctl.waitForFinished(20 * 60 * 1000);
    const QString out = QString::fromUtf8(vocctl.readAllStandardOutput());
    const QString err = QString::fromUtf8(vocctl.readAllStandardError());
    if (!finished)
        vocctl.kill();
    QVERIFY2(finished && vocctl.exitStatus() == QProcess::NormalExit,
             qPrintable(u"%1 did not end\n%2%3"_s.arg(text, out, err)));
    QVERIFY2(vocctl.exitCode() == expectedExitCode({line, text, args, output}),
             qPrintable(
                 u"%1 exited %2\nstdout:\n%3\nstderr:\n%4"_s.arg(text).arg(vocctl.exitCode()).arg(out, err)));
    if (!output.isEmpty()) {
        const QString difference = compareOutput(output, out);
        QVERIFY2(difference.isEmpty(), qPrintable(u"README.md:%1: %2\n%3"_s.arg(line).arg(text, difference)));
    }

    // The overlays where QEMU, running as its own user, can read them, and gone after down.
    const QStringList overlays = QDir(overlayDir).entryList({u"voc-demo-*.qcow2"_s}, QDir::Files);
    if (subcommand == u"up"_s) {
        QCOMPARE(overlays.size(), 5);
        QVERIFY2(!err.contains(u"run as root"_s), qPrintable(err));
    } else if (subcommand == u"down"_s) {
        QVERIFY2(overlays.isEmpty(), qPrintable(overlays.join(u", "_s)));
        m_upRan = false;
    } else if (subcommand == u"console"_s) {
        QVERIFY2(!out.trimmed().isEmpty(), "the serial log is empty");
    }
}

void TestReadmeE2e::cleanupTestCase()
{
    if (!m_upRan)
        return;
    // A failed row left the demo up: the pid namespace ends its QEMUs, down its files.
    QProcess down;
    down.setWorkingDirectory(QStringLiteral(VOC_SOURCE_DIR));
    down.start(QStringLiteral(VOC_VOCCTL), {u"down"_s, u"resources/demo/demo.voc"_s});
    down.waitForFinished(120000);
}

VOC_E2E_MAIN(TestReadmeE2e)
#include "tst_readme_e2e.moc"
