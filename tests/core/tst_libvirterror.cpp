// SPDX-License-Identifier: GPL-3.0-or-later
// libvirt errors converted from real failing calls, and LibvirtHypervisor against libvirt's
// in-process mock driver test:///default (no daemon needed).
#include "model/plan.h"
#include "virt/domainxml.h"
#include "virt/eventloop.h"
#include "virt/handles.h"
#include "virt/libvirterror.h"
#include "virt/libvirthypervisor.h"
#include "virt/overlay.h"

#include <QTemporaryFile>
#include <QTest>

#include <libvirt/virterror.h>

#include <cerrno>
#include <csignal>
#include <signal.h>
#include <unistd.h>

using namespace voc;

Q_DECLARE_METATYPE(voc::QemuAccount)

namespace {

const QString testUri = QStringLiteral("test:///default");

// The calls that fail, each on a fresh connection where it needs one.
Error failingCall(const QString& call)
{
    const QString what = QStringLiteral("doing ") + call;
    const QString where = QStringLiteral("somewhere");
    if (call == QLatin1String("no daemon")) {
        // The remote driver to a socket nobody listens on: what a stopped libvirtd looks like.
        ConnectHandle c(virConnectOpen("qemu:///system?socket=/nonexistent/voc-test/libvirt-sock"));
        return c ? Error{} : libvirtError(what, where);
    }
    ConnectHandle c(virConnectOpen("test:///default"));
    if (!c)
        return libvirtError(QStringLiteral("opening test:///default"), where);
    if (call == QLatin1String("missing domain")) {
        DomainHandle d(virDomainLookupByName(c.get(), "voc-no-such-domain"));
        return d ? Error{} : libvirtError(what, where);
    }
    if (call == QLatin1String("missing network")) {
        NetworkHandle n(virNetworkLookupByName(c.get(), "voc-no-such-network"));
        return n ? Error{} : libvirtError(what, where);
    }
    if (call == QLatin1String("malformed XML")) {
        DomainHandle d(virDomainCreateXML(c.get(), "<domain", 0));
        return d ? Error{} : libvirtError(what, where);
    }
    if (call == QLatin1String("unsupported")) {
        return virConnectSetKeepAlive(c.get(), 5, 3) == 0 ? Error{} : libvirtError(what, where);
    }
    if (call == QLatin1String("resume running, fallback conflict")) {
        DomainHandle d(virDomainLookupByName(c.get(), "test"));
        return virDomainResume(d.get()) == 0 ? Error{} : libvirtError(what, where, ErrorCode::Conflict);
    }
    if (call == QLatin1String("nothing failed")) {
        virResetLastError();
        return libvirtError(what, where, ErrorCode::Io);
    }
    return Error{};
}

PlanEntry testEntry(const QString& hostname, const QString& ip, const QString& mac)
{
    PlanEntry e;
    e.hostname = hostname;
    e.ip = ip;
    e.mac = mac;
    e.memoryMiB = 128;
    return e;
}

} // namespace

class TestLibvirtError : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void converter_data();
    void converter();
    void permissionHints_data();
    void permissionHints();
    void qemuAccountOfUri_data();
    void qemuAccountOfUri();
    void quietStderr();
    void connectErrors_data();
    void connectErrors();
    void sshThatExitsAtOnce();
    void eventLoop();
    void hostInfo();
    void domainLifecycle_data();
    void domainLifecycle();
    void duplicateDomain();
    void missingDomain_data();
    void missingDomain();
    void networkLifecycle();
    void consoleUnsupported();
    void overlaysInUse();

private:
    std::unique_ptr<HypervisorConnection> connect();
};

void TestLibvirtError::initTestCase()
{
    // Qt Test catches SIGPIPE as a fatal signal; vocctl and vocstudio leave it at its default,
    // which is what initLibvirt must find to do its part (see sshThatExitsAtOnce).
    struct sigaction byDefault = {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    QCOMPARE(::sigaction(SIGPIPE, &byDefault, nullptr), 0);
    initLibvirt();
}

std::unique_ptr<HypervisorConnection> TestLibvirtError::connect()
{
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(testUri);
    if (!connection) {
        qWarning().noquote() << connection.error().toString();
        return nullptr;
    }
    return std::move(connection).value();
}

void TestLibvirtError::converter_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("hintContains");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("no daemon") << QStringLiteral("no daemon") << ErrorCode::External
                               << QStringLiteral("libvirtd -d")
                               << QStringLiteral("/nonexistent/voc-test/libvirt-sock");
    QTest::newRow("missing domain") << QStringLiteral("missing domain") << ErrorCode::NotFound << QString()
                                    << QStringLiteral("not found");
    QTest::newRow("missing network") << QStringLiteral("missing network") << ErrorCode::NotFound << QString()
                                     << QStringLiteral("not found");
    QTest::newRow("malformed XML") << QStringLiteral("malformed XML") << ErrorCode::InvalidInput << QString()
                                   << QString();
    QTest::newRow("unsupported") << QStringLiteral("unsupported") << ErrorCode::External
                                 << QStringLiteral("cannot do that") << QStringLiteral("not supported");
    QTest::newRow("resume running, fallback conflict")
        << QStringLiteral("resume running, fallback conflict") << ErrorCode::Conflict << QString()
        << QStringLiteral("not paused");
    QTest::newRow("nothing failed") << QStringLiteral("nothing failed") << ErrorCode::Io
                                    << QStringLiteral("no reason") << QString();
}

void TestLibvirtError::converter()
{
    QFETCH(QString, call);
    QFETCH(ErrorCode, code);
    QFETCH(QString, hintContains);
    QFETCH(QString, messageContains);

    const Error error = failingCall(call);
    QVERIFY2(!error.what.isEmpty(), "the call did not fail");
    QCOMPARE(error.code, code);
    QCOMPARE(error.where, QStringLiteral("somewhere"));
    QVERIFY(error.what.startsWith(QStringLiteral("doing ") + call));
    if (!messageContains.isEmpty())
        QVERIFY2(error.what.contains(messageContains, Qt::CaseInsensitive), qPrintable(error.what));
    if (!hintContains.isEmpty())
        QVERIFY2(error.hint.contains(hintContains), qPrintable(error.hint));
    // The converter consumed the error: a later failure without one is not blamed on it.
    QVERIFY(virGetLastError() == nullptr);
}

// Errors a test driver cannot produce on demand, as libvirt records them: the
// hint for a refused file names QEMU's user (the VO's own account in a session, where the way out is
// the VO's own pool), and nobody is told to become what they are already.
void TestLibvirtError::permissionHints_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("errnum");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hintContains");
    QTest::addColumn<QemuAccount>("qemu");

    QTest::newRow("storage file as QEMU's user")
        << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_STORAGE) << EACCES
        << QStringLiteral(
               "Cannot access storage file '/root/.local/share/vocstudio/overlays/voc-demo-demo-head.qcow2' "
               "(as uid:64055, gid:64055): Permission denied")
        << QStringLiteral("libvirt-qemu") << QemuAccount::Service;
    QTest::newRow("QEMU could not open its disk")
        << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_QEMU) << 0
        << QStringLiteral("process exited while connecting to monitor: Could not open '/root/x.qcow2': "
                          "Permission denied")
        << QStringLiteral("libvirt-qemu") << QemuAccount::Service;
    // As tst_vohosts_e2e sees it: alpha's session QEMU naming a file in beta's pool.
    QTest::newRow("session QEMU could not open another VO's kernel")
        << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_QEMU) << 0
        << QStringLiteral("process exited while connecting to monitor: qemu: could not open kernel file "
                          "'/var/lib/libvirt/images/vos/beta/tiny-vmlinuz': Permission denied")
        << QStringLiteral("your own storage pool") << QemuAccount::Session;
    QTest::newRow("session storage file")
        << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_STORAGE) << EACCES
        << QStringLiteral("cannot open '/var/lib/libvirt/images/vos/beta/base.qcow2': Permission denied")
        << QStringLiteral("your account") << QemuAccount::Session;
    QTest::newRow("daemon socket refused")
        << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << EACCES
        << QStringLiteral("Failed to connect socket to '/run/libvirt/libvirt-sock': Permission denied")
        << (::geteuid() == 0 ? QStringLiteral("libvirtd.conf") : QStringLiteral("'libvirt' group"))
        << QemuAccount::Service;
}

void TestLibvirtError::permissionHints()
{
    QFETCH(int, code);
    QFETCH(int, domain);
    QFETCH(int, errnum);
    QFETCH(QString, message);
    QFETCH(QString, hintContains);
    QFETCH(QemuAccount, qemu);

    QByteArray text = message.toUtf8();
    virError recorded{};
    recorded.code = code;
    recorded.domain = domain;
    recorded.level = VIR_ERR_ERROR;
    recorded.message = text.data();
    recorded.int1 = errnum;
    const Error error = libvirtError(recorded, QStringLiteral("could not start the domain"),
                                     QStringLiteral("voc-demo"), ErrorCode::External, qemu);
    QVERIFY2(error.hint.contains(hintContains), qPrintable(error.hint));
    if (::geteuid() == 0)
        QVERIFY2(!error.hint.contains(QStringLiteral("run as root")), qPrintable(error.hint));
    // A session's QEMU is the VO's own account: the system QEMU user's advice would mislead.
    if (qemu == QemuAccount::Session)
        QVERIFY2(!error.hint.contains(QStringLiteral("libvirt-qemu")), qPrintable(error.hint));
}

void TestLibvirtError::qemuAccountOfUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QemuAccount>("qemu");
    QTest::newRow("local system") << QStringLiteral("qemu:///system") << QemuAccount::Service;
    QTest::newRow("local session") << QStringLiteral("qemu:///session") << QemuAccount::Session;
    QTest::newRow("root over ssh") << QStringLiteral("qemu+ssh://root@10.213.0.11/system?keyfile=/k&no_tty=1")
                                   << QemuAccount::Service;
    QTest::newRow("a VO over ssh")
        << QStringLiteral("qemu+ssh://alpha@10.213.0.11/session?keyfile=/s/vos/alpha/ssh/id_ed25519&no_tty=1")
        << QemuAccount::Session;
    QTest::newRow("test driver") << QStringLiteral("test:///default") << QemuAccount::Service;
    QTest::newRow("a host named session")
        << QStringLiteral("qemu+ssh://session/system") << QemuAccount::Service;
}

void TestLibvirtError::qemuAccountOfUri()
{
    QFETCH(QString, uri);
    QFETCH(QemuAccount, qemu);
    QVERIFY(qemuAccountOf(uri) == qemu);
}

void TestLibvirtError::quietStderr()
{
    // libvirt's default handler prints every error to stderr; ours must not.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    const int saved = ::dup(STDERR_FILENO);
    QVERIFY(saved >= 0);
    ::fflush(stderr);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
    const Error error = failingCall(QStringLiteral("missing domain"));
    ::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    QCOMPARE(error.code, ErrorCode::NotFound);
    capture.seek(0);
    QCOMPARE(capture.readAll(), QByteArray());
}

void TestLibvirtError::connectErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("daemon not running")
        << QStringLiteral("qemu:///system?socket=/nonexistent/voc-test/libvirt-sock") << ErrorCode::External;
    QTest::newRow("ssh command gone")
        << QStringLiteral("qemu+ssh://root@127.0.0.1/system?command=/nonexistent/voc-test/ssh&no_tty=1")
        << ErrorCode::NotFound;
    QTest::newRow("ssh command is a folder")
        << QStringLiteral("qemu+ssh://root@127.0.0.1/system?command=/etc&no_tty=1") << ErrorCode::NotFound;
    QTest::newRow("ssh command not on PATH")
        << QStringLiteral("qemu+ssh://root@127.0.0.1/system?command=voc-no-such-ssh&no_tty=1")
        << ErrorCode::NotFound;
    QTest::newRow("mock driver without its file")
        << QStringLiteral("test:///nonexistent-voc-file.xml") << ErrorCode::InvalidInput;
}

void TestLibvirtError::connectErrors()
{
    QFETCH(QString, uri);
    QFETCH(ErrorCode, code);
    LibvirtHypervisor hypervisor;
    const Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(uri);
    QVERIFY(!connection.ok());
    QCOMPARE(connection.error().code, code);
    QCOMPARE(connection.error().where, uri);
}

void TestLibvirtError::sshThatExitsAtOnce()
{
    // A host whose ssh ends before libvirt sends its first packet (a site taken down: "Network is
    // unreachable" at once). libvirt's write() then raises SIGPIPE, which used to end the process
    // without a word; now every attempt is an error value. The race is lost on some tries, so a
    // few dozen make it likely; the disposition is checked as well. No traffic leaves: /bin/true
    // is the "ssh".
    struct sigaction current = {};
    QCOMPARE(::sigaction(SIGPIPE, nullptr, &current), 0);
    QVERIFY(current.sa_handler == SIG_IGN);
    LibvirtHypervisor hypervisor;
    const QString uri = QStringLiteral("qemu+ssh://root@127.0.0.1/system?command=/bin/true&no_tty=1");
    for (int attempt = 0; attempt < 60; ++attempt) {
        const Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(uri);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().where, uri);
        QVERIFY(!connection.error().what.isEmpty());
    }
}

void TestLibvirtError::eventLoop()
{
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    QVERIFY(LibvirtEventLoop::isRunning());
    QVERIFY(!LibvirtEventLoop::isLoopThread());
    LibvirtEventLoop::stop(); // must return promptly: the zero timeout wakes the loop
    QVERIFY(!LibvirtEventLoop::isRunning());
    QVERIFY(LibvirtEventLoop::ensureRunning().ok());
    QVERIFY(LibvirtEventLoop::isRunning());
    QVERIFY(connection->isAlive());
}

void TestLibvirtError::hostInfo()
{
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    QCOMPARE(connection->uri(), testUri);
    const Result<HostInfo> info = connection->hostInfo();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->driver, QStringLiteral("TEST"));
    QVERIFY(info->cpus > 0);
    QVERIFY(info->memoryKiB > 0);
    QVERIFY(!info->libvirtVersion.isEmpty());
    const Result<QString> caps = connection->capabilities();
    QVERIFY(caps.ok());
    QVERIFY(caps->contains(QLatin1String("<capabilities")));
}

void TestLibvirtError::domainLifecycle_data()
{
    QTest::addColumn<Acceleration>("accel");
    QTest::addColumn<NicModel>("nic");
    QTest::newRow("tcg, virtio") << Acceleration::Tcg << NicModel::Virtio;
    QTest::newRow("kvm, e1000") << Acceleration::Kvm << NicModel::E1000;
}

void TestLibvirtError::domainLifecycle()
{
    QFETCH(Acceleration, accel);
    QFETCH(NicModel, nic);
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);

    PlanEntry e =
        testEntry(QStringLiteral("node1"), QStringLiteral("10.77.0.2"), QStringLiteral("0a:00:00:00:00:02"));
    e.nic = nic;
    const QString name = domainName(QStringLiteral("lifecycle-") + toString(accel), e.hostname);
    const Result<QString> xml = domainXml(e, {.name = name,
                                              .designName = QStringLiteral("lifecycle"),
                                              .accel = accel,
                                              .overlayPath = QStringLiteral("/tmp/voc-test-overlay.qcow2"),
                                              .networkName = QStringLiteral("default")});
    QVERIFY(xml.ok());
    const Result<DomainInfo> created = connection->createDomainXml(*xml, false);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(created->name, name);
    QCOMPARE(created->uuid.size(), 36);

    const Result<QList<DomainInfo>> listed = connection->listDomains(name);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first(), *created);
    QCOMPARE(toString(connection->domainState(name).valueOr(DomainState::NoState)),
             toString(DomainState::Running));

    QVERIFY(connection->suspend(name).ok());
    QCOMPARE(toString(connection->domainState(name).valueOr(DomainState::NoState)),
             toString(DomainState::Paused));
    QVERIFY(connection->resume(name).ok());
    QCOMPARE(toString(connection->domainState(name).valueOr(DomainState::NoState)),
             toString(DomainState::Running));

    const Result<QString> live = connection->domainXml(name);
    QVERIFY(live.ok());
    QVERIFY(live->contains(QString::fromUtf16(vcnMetadataNamespace)));

    QVERIFY(connection->destroy(name).ok());
    const Result<DomainState> gone = connection->domainState(name);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    QCOMPARE(gone.error().where, name);
    QVERIFY(connection->listDomains(name)->isEmpty());
}

void TestLibvirtError::duplicateDomain()
{
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    const QString name = QStringLiteral("voc-dup-node1");
    const Result<QString> xml = domainXml(
        testEntry(QStringLiteral("node1"), QStringLiteral("10.77.0.2"), QStringLiteral("0a:00:00:00:00:02")),
        {.name = name,
         .accel = Acceleration::Tcg,
         .overlayPath = QStringLiteral("/tmp/o.qcow2"),
         .networkName = QStringLiteral("default")});
    QVERIFY(xml.ok());
    QVERIFY(connection->createDomainXml(*xml, false).ok());
    const Result<DomainInfo> again = connection->createDomainXml(*xml, false);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().where, name);
    QVERIFY(again.error().hint.contains(name));
    QVERIFY(connection->destroy(name).ok());
}

void TestLibvirtError::missingDomain_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("state") << QStringLiteral("state");
    QTest::newRow("resume") << QStringLiteral("resume");
    QTest::newRow("suspend") << QStringLiteral("suspend");
    QTest::newRow("destroy") << QStringLiteral("destroy");
    QTest::newRow("xml") << QStringLiteral("xml");
    QTest::newRow("console") << QStringLiteral("console");
}

void TestLibvirtError::missingDomain()
{
    QFETCH(QString, operation);
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    const QString name = QStringLiteral("voc-missing-x");
    Error error;
    if (operation == QLatin1String("state"))
        error = connection->domainState(name).error();
    else if (operation == QLatin1String("resume"))
        error = connection->resume(name).error();
    else if (operation == QLatin1String("suspend"))
        error = connection->suspend(name).error();
    else if (operation == QLatin1String("destroy"))
        error = connection->destroy(name).error();
    else if (operation == QLatin1String("xml"))
        error = connection->domainXml(name).error();
    else
        error = connection->openConsole(name, {}).error();
    QCOMPARE(error.code, ErrorCode::NotFound);
    QCOMPARE(error.where, name);
}

void TestLibvirtError::networkLifecycle()
{
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    Plan plan;
    plan.subnet = QStringLiteral("10.79.0.0/24");
    plan.domain = QStringLiteral("voc.test");
    plan.entries = {
        testEntry(QStringLiteral("h"), QStringLiteral("10.79.0.2"), QStringLiteral("0a:00:00:00:01:02")),
        testEntry(QStringLiteral("c1"), QStringLiteral("10.79.0.3"), QStringLiteral("0a:00:00:00:01:03"))};
    const QString name = networkName(QStringLiteral("netlife"));
    const Result<QString> xml = networkXml(plan, {.name = name});
    QVERIFY(xml.ok());
    const Result<QString> created = connection->createNetworkXml(*xml);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(*created, name);
    QCOMPARE(connection->listNetworks(name).valueOr({}), QStringList{name});

    const Result<QString> again = connection->createNetworkXml(*xml);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().where, name);

    // The mock driver keeps no leases; the call still reaches libvirt and fails cleanly.
    const Result<QList<DhcpLease>> leases = connection->networkDhcpLeases(name);
    if (!leases.ok())
        QCOMPARE(leases.error().code, ErrorCode::External);

    QVERIFY(connection->destroyNetwork(name).ok());
    QVERIFY(connection->listNetworks(name)->isEmpty());
    const Status destroyedTwice = connection->destroyNetwork(name);
    QVERIFY(!destroyedTwice.ok());
    QCOMPARE(destroyedTwice.error().code, ErrorCode::NotFound);
}

void TestLibvirtError::consoleUnsupported()
{
    // The mock driver has no consoles: the error comes back as a value, nothing is left open.
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    const Result<std::unique_ptr<Console>> console = connection->openConsole(QStringLiteral("test"), {});
    QVERIFY(!console.ok());
    QCOMPARE(console.error().code, ErrorCode::External);
    QCOMPARE(console.error().where, QStringLiteral("test"));
}

void TestLibvirtError::overlaysInUse()
{
    std::unique_ptr<HypervisorConnection> connection = connect();
    QVERIFY(connection);
    const QString overlay = QStringLiteral("/tmp/voc-inuse/voc-inuse-node1.qcow2");
    const QString name = QStringLiteral("voc-inuse-node1");
    const Result<QString> xml = domainXml(
        testEntry(QStringLiteral("node1"), QStringLiteral("10.77.0.2"), QStringLiteral("0a:00:00:00:00:02")),
        {.name = name,
         .accel = Acceleration::Tcg,
         .overlayPath = overlay,
         .networkName = QStringLiteral("default")});
    QVERIFY(xml.ok());
    QVERIFY(connection->createDomainXml(*xml, false).ok());
    const Result<QSet<QString>> inUse =
        OverlayStore::overlaysInUse(*connection, QStringLiteral("voc-inuse-"));
    QVERIFY(inUse.ok());
    QCOMPARE(*inUse, QSet<QString>{overlay});
    QVERIFY(connection->destroy(name).ok());
    QVERIFY(OverlayStore::overlaysInUse(*connection, QStringLiteral("voc-inuse-"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestLibvirtError)
#include "tst_libvirterror.moc"
