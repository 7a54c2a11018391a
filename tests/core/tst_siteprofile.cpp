// SPDX-License-Identifier: GPL-3.0-or-later
// Site profiles ("vocstudio-site/1"): what is written is read back unchanged, damaged files are
// refused with the place they go wrong, and validation finds each broken field at its JSON path.
#include "model/siteprofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace voc;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(SiteProfile&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QString fixture = QStringLiteral(VOC_FIXTURES_DIR "/sites/sandbox.json");

SiteProfile validProfile()
{
    SiteProfile p;
    p.name = QStringLiteral("site");
    p.hosts = {{QStringLiteral("kvm1"), QStringLiteral("qemu+ssh://root@10.1.0.11/system"), 0, 0},
               {QStringLiteral("kvm2"), QStringLiteral("qemu:///system"), 4, 8192, true}};
    p.network = {QStringLiteral("br0"),        QStringLiteral("10.1.0.0/24"), QStringLiteral("10.1.0.100"),
                 QStringLiteral("10.1.0.200"), QStringLiteral("10.1.0.1"),    QStringLiteral("vsp.test"),
                 QStringLiteral("10.1.0.2")};
    p.directory.uri = QStringLiteral("ldap://10.1.0.2");
    p.directory.baseDn = QStringLiteral("dc=vsp,dc=test");
    p.directory.bindDn = QStringLiteral("cn=vocstudio,ou=services,dc=vsp,dc=test");
    return p;
}

QStringList errorPaths(const Problems& problems)
{
    QStringList paths;
    for (const Problem& p : problems)
        if (p.severity == Problem::Severity::Error)
            paths.append(p.path);
    return paths;
}

} // namespace

class TestSiteProfile : public QObject
{
    Q_OBJECT

private slots:
    void fixtureLoadsAndIsValid();
    void roundTrip_data();
    void roundTrip();
    void badFile_data();
    void badFile();
    void validation_data();
    void validation();
    void passwordFileMode_data();
    void passwordFileMode();
    void relativePathsFollowTheProfile();
    void loaderResolvesPathsAgainstTheProfile();
    void kindFollowsTheFile_data();
    void kindFollowsTheFile();
};

void TestSiteProfile::fixtureLoadsAndIsValid()
{
    const Result<SiteProfile> profile = loadSiteProfile(fixture);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
    QCOMPARE(profile->name, QStringLiteral("sandbox"));
    QCOMPARE(profile->hosts.size(), 2);
    QCOMPARE(profile->hosts[1].memoryMiB, 4096);
    QCOMPARE(profile->storage.sharing, StorageSharing::Shared);
    QCOMPARE(profile->network.bridge, QStringLiteral("vspbr0"));
    QVERIFY(profile->directory.startTls);
    const Problems problems = validateSiteProfile(*profile);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
}

void TestSiteProfile::roundTrip_data()
{
    QTest::addColumn<SiteProfile>("profile");
    QTest::newRow("valid") << validProfile();
    SiteProfile odd = validProfile();
    odd.description = QStringLiteral("\"quoted\"\nline two \u00e9 \U0001F600 \\ /");
    odd.storage = {QStringLiteral("pool with space"), StorageSharing::PerHost, QStringLiteral("/srv/ä")};
    odd.directory.startTls = false;
    odd.directory.allowUnencrypted = true;
    odd.directory.caFile = QStringLiteral("/etc/ssl/ca.pem");
    odd.hosts[0].memoryMiB = qint64(1) << 40;
    odd.directory.vo = u"alpha-2"_s;
    QTest::newRow("every field set") << odd;
    SiteProfile admin = validProfile();
    admin.providerAdmin = true;
    admin.directory.bindDn = u"cn=admin,dc=vsp,dc=test"_s;
    QTest::newRow("provider admin") << admin;
    QTest::newRow("empty") << SiteProfile{};
}

void TestSiteProfile::roundTrip()
{
    QFETCH(SiteProfile, profile);
    const QByteArray json = siteProfileToJson(profile);
    const Result<SiteProfile> parsed = parseSiteProfile(json, QStringLiteral("mem"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, profile);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.json"));
    QVERIFY(saveSiteProfile(path, profile).ok());
    SiteProfile changed = profile;
    changed.name = QStringLiteral("second");
    QVERIFY(saveSiteProfile(path, changed).ok());
    const Result<SiteProfile> loaded = loadSiteProfile(path);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, changed);
    // The previous version stays beside it, and no temporary file is left.
    QCOMPARE(*loadSiteProfile(path + QStringLiteral(".bak")), profile);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestSiteProfile::badFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("whereContains");
    QTest::addColumn<QString>("whatContains");

    const QByteArray head = "{\"format\": \"vocstudio-site/1\", ";
    QTest::newRow("not utf-8") << QByteArray("{\"name\": \"\xff\"}") << ErrorCode::Parse << u"f.json"_s
                               << u"0xff at offset 10"_s;
    QTest::newRow("empty") << QByteArray(" \n") << ErrorCode::Parse << u"f.json"_s << u"empty"_s;
    QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"vocstudio-site/1\",\n  \"name\" \"x\"\n}")
                            << ErrorCode::Parse << u"f.json:3:"_s << u"malformed JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << ErrorCode::Parse << u"f.json"_s << u"not an object"_s;
    QTest::newRow("no format") << QByteArray("{\"name\": \"x\"}") << ErrorCode::Parse << u"f.json"_s
                               << u"\"format\" key is missing"_s;
    QTest::newRow("design") << QByteArray("{\"format\": \"vocstudio-design/1\"}")
                            << ErrorCode::UnsupportedFormat << u"f.json"_s << u"unknown format"_s;
    QTest::newRow("newer") << QByteArray("{\"format\": \"vocstudio-site/2\"}") << ErrorCode::UnsupportedFormat
                           << u"f.json"_s << u"newer"_s;
    QTest::newRow("name number") << head + "\"name\": 5}" << ErrorCode::Parse << u"f.json: name"_s
                                 << u"expected a string, found a number"_s;
    QTest::newRow("hosts object") << head + "\"hosts\": {}}" << ErrorCode::Parse << u"f.json: hosts"_s
                                  << u"expected an array"_s;
    QTest::newRow("host uri") << head + "\"hosts\": [{\"name\": \"a\"}, {\"uri\": true}]}" << ErrorCode::Parse
                              << u"f.json: hosts[1].uri"_s << u"found a boolean"_s;
    QTest::newRow("host string") << head + "\"hosts\": [\"kvm1\"]}" << ErrorCode::Parse << u"hosts[0]"_s
                                 << u"expected an object"_s;
    QTest::newRow("cpus fraction") << head + "\"hosts\": [{\"cpus\": 1.5}]}" << ErrorCode::Parse
                                   << u"hosts[0].cpus"_s << u"whole number"_s;
    QTest::newRow("cpus negative") << head + "\"hosts\": [{\"cpus\": -1}]}" << ErrorCode::Parse
                                   << u"hosts[0].cpus"_s << u"whole number"_s;
    QTest::newRow("sharing") << head + "\"storage\": {\"sharing\": \"nfs\"}}" << ErrorCode::Parse
                             << u"storage.sharing"_s << u"\"nfs\""_s;
    QTest::newRow("network array") << head + "\"network\": []}" << ErrorCode::Parse << u"network"_s
                                   << u"expected an object"_s;
    QTest::newRow("startTls string") << head + "\"directory\": {\"startTls\": \"yes\"}}" << ErrorCode::Parse
                                     << u"directory.startTls"_s << u"true or false"_s;
    QTest::newRow("local string") << head + "\"hosts\": [{\"local\": \"yes\"}]}" << ErrorCode::Parse
                                  << u"hosts[0].local"_s << u"true or false"_s;
    // The VO's name goes into DNs: the loader refuses what is not one, naming the file and the field.
    QTest::newRow("vo upper case") << head + "\"directory\": {\"vo\": \"Alpha\"}}" << ErrorCode::Parse
                                   << u"f.json: directory.vo"_s << u"'Alpha' is not a VO name"_s;
    QTest::newRow("vo with a DN in it") << head + "\"directory\": {\"vo\": \"alpha,ou=people\"}}"
                                        << ErrorCode::Parse << u"f.json: directory.vo"_s << u"a-z, 0-9"_s;
    QTest::newRow("vo trailing dash") << head + "\"directory\": {\"vo\": \"alpha-\"}}" << ErrorCode::Parse
                                      << u"f.json: directory.vo"_s << u"'-'"_s;
    QTest::newRow("vo empty") << head + "\"directory\": {\"vo\": \"\"}}" << ErrorCode::Parse
                              << u"f.json: directory.vo"_s << u"empty"_s;
    QTest::newRow("vo 64 characters") << head + "\"directory\": {\"vo\": \"" + QByteArray(64, 'a') + "\"}}"
                                      << ErrorCode::Parse << u"f.json: directory.vo"_s << u"64 characters"_s;
    QTest::newRow("vo number") << head + "\"directory\": {\"vo\": 7}}" << ErrorCode::Parse
                               << u"f.json: directory.vo"_s << u"a string"_s;
    // "kind" says whose profile it is, and must agree with directory.vo.
    QTest::newRow("kind unknown") << head + "\"kind\": \"root\"}" << ErrorCode::Parse << u"f.json: kind"_s
                                  << u"unknown kind \"root\""_s;
    QTest::newRow("kind number") << head + "\"kind\": 1}" << ErrorCode::Parse << u"f.json: kind"_s
                                 << u"a string"_s;
    QTest::newRow("kind vo without a vo")
        << head + "\"kind\": \"vo\"}" << ErrorCode::Parse << u"f.json: kind"_s << u"names its VO"_s;
    QTest::newRow("provider admin naming a vo")
        << head + "\"kind\": \"provider-admin\", \"directory\": {\"vo\": \"alpha\"}}" << ErrorCode::Parse
        << u"f.json: directory.vo"_s << u"a provider admin profile names no VO"_s;
    QTest::newRow("single-tenant naming a vo")
        << head + "\"kind\": \"single-tenant\", \"directory\": {\"vo\": \"alpha\"}}" << ErrorCode::Parse
        << u"f.json: directory.vo"_s << u"a single-tenant profile names no VO"_s;
    // One value for a reviewer, another for the program: refused, naming the key.
    QTest::newRow("duplicate top-level key") << head + "\"name\": \"a\", \"name\": \"b\"}" << ErrorCode::Parse
                                             << u"f.json:1:"_s << u"\"name\" appears twice"_s;
    QTest::newRow("duplicate key, escaped")
        << head + "\"hosts\": [{\"uri\": \"qemu+tls://a/system\", \"\\u0075ri\": \"xen:///\"}]}"
        << ErrorCode::Parse << u"f.json:1:"_s << u"\"hosts[0].uri\" appears twice"_s;
    QTest::newRow("duplicate nested key")
        << head + "\"directory\": {\"caFile\": \"a\",\n \"caFile\": \"b\"}}" << ErrorCode::Parse
        << u"f.json:2:2"_s << u"\"directory.caFile\" appears twice"_s;
}

void TestSiteProfile::badFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, whereContains);
    QFETCH(QString, whatContains);
    const Result<SiteProfile> parsed = parseSiteProfile(bytes, QStringLiteral("f.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().where.contains(whereContains), qPrintable(parsed.error().where));
    QVERIFY2(parsed.error().what.contains(whatContains), qPrintable(parsed.error().what));
    QVERIFY(!parsed.error().hint.isEmpty());
}

void TestSiteProfile::validation_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("paths"); // every error expected, in order

    auto row = [](const char* name, Mutation m, QStringList paths) { QTest::newRow(name) << m << paths; };
    row("valid", [](SiteProfile&) {}, {});
    row("no name", [](SiteProfile& p) { p.name = QString(); }, {u"name"_s});
    row("no hosts", [](SiteProfile& p) { p.hosts.clear(); }, {u"hosts"_s});
    row("duplicate host", [](SiteProfile& p) { p.hosts[1].name = u"KVM1"_s; }, {u"hosts[1].name"_s});
    row("bad host name", [](SiteProfile& p) { p.hosts[0].name = u"kvm_1"_s; }, {u"hosts[0].name"_s});
    row("no uri", [](SiteProfile& p) { p.hosts[0].uri = QString(); }, {u"hosts[0].uri"_s});
    row("http uri", [](SiteProfile& p) { p.hosts[0].uri = u"http://kvm1/system"_s; }, {u"hosts[0].uri"_s});
    row("xen uri", [](SiteProfile& p) { p.hosts[0].uri = u"xen:///system"_s; }, {u"hosts[0].uri"_s});
    row("bad path", [](SiteProfile& p) { p.hosts[0].uri = u"qemu+ssh://kvm1/root"_s; }, {u"hosts[0].uri"_s});
    row("remote no host", [](SiteProfile& p) { p.hosts[0].uri = u"qemu+tcp:///system"_s; },
        {u"hosts[0].uri"_s});
    row("test uri", [](SiteProfile& p) { p.hosts[0].uri = u"test:///default"_s; }, {u"hosts[0].uri"_s});
    row("test uri on a local host",
        [](SiteProfile& p) {
            p.hosts[0].uri = u"test:///default"_s;
            p.hosts[0].local = true;
        },
        {});
    row("local qemu, not marked local", [](SiteProfile& p) { p.hosts[1].local = false; },
        {u"hosts[1].uri"_s});
    row("ext uri", [](SiteProfile& p) { p.hosts[0].uri = u"qemu+ext:///system?command=/bin/sh"_s; },
        {u"hosts[0].uri"_s});
    row("tcp uri", [](SiteProfile& p) { p.hosts[0].uri = u"qemu+tcp://kvm1/system"_s; }, {u"hosts[0].uri"_s});
    row("ssh command= with no profile folder",
        [](SiteProfile& p) { p.hosts[0].uri = u"qemu+ssh://kvm1/system?command=/bin/sh"_s; },
        {u"hosts[0].uri"_s});
    row("ldap without StartTLS to another machine", [](SiteProfile& p) { p.directory.startTls = false; },
        {u"directory.startTls"_s});
    row("ldap without StartTLS, allowed",
        [](SiteProfile& p) {
            p.directory.startTls = false;
            p.directory.allowUnencrypted = true;
        },
        {});
    row("ldap without StartTLS on this machine",
        [](SiteProfile& p) {
            p.directory.uri = u"ldap://127.0.0.1:389"_s;
            p.directory.startTls = false;
        },
        {});
    row("libssh uri",
        [](SiteProfile& p) { p.hosts[0].uri = u"qemu+libssh://root@kvm1/system?known_hosts=/k"_s; }, {});
    row("no pool", [](SiteProfile& p) { p.storage.pool = QString(); }, {u"storage.pool"_s});
    row("pool slash", [](SiteProfile& p) { p.storage.pool = u"a/b"_s; }, {u"storage.pool"_s});
    row("no bridge", [](SiteProfile& p) { p.network.bridge = QString(); }, {u"network.bridge"_s});
    row("long bridge", [](SiteProfile& p) { p.network.bridge = u"bridge-name-too-long"_s; },
        {u"network.bridge"_s});
    row("bad subnet", [](SiteProfile& p) { p.network.subnet = u"10.1.0.1/24"_s; }, {u"network.subnet"_s});
    row("range outside", [](SiteProfile& p) { p.network.rangeEnd = u"10.1.1.10"_s; },
        {u"network.rangeEnd"_s});
    row("range reversed", [](SiteProfile& p) { p.network.rangeStart = u"10.1.0.250"_s; },
        {u"network.rangeEnd"_s});
    row("range broadcast", [](SiteProfile& p) { p.network.rangeEnd = u"10.1.0.255"_s; },
        {u"network.rangeEnd"_s});
    row("range not ip", [](SiteProfile& p) { p.network.rangeStart = u"10.1.0"_s; },
        {u"network.rangeStart"_s});
    row("gateway outside", [](SiteProfile& p) { p.network.gateway = u"192.168.0.1"_s; },
        {u"network.gateway"_s});
    row("gateway in range", [](SiteProfile& p) { p.network.gateway = u"10.1.0.150"_s; },
        {u"network.gateway"_s});
    row("no gateway", [](SiteProfile& p) { p.network.gateway = QString(); }, {});
    row("dns outside", [](SiteProfile& p) { p.network.dnsServer = u"8.8.8.8"_s; }, {u"network.dnsServer"_s});
    row("bad domain", [](SiteProfile& p) { p.network.dnsDomain = u"-vsp.test"_s; }, {u"network.dnsDomain"_s});
    row("underscore domain", [](SiteProfile& p) { p.network.dnsDomain = u"vsp_test"_s; },
        {u"network.dnsDomain"_s});
    row("http directory", [](SiteProfile& p) { p.directory.uri = u"http://ldap"_s; }, {u"directory.uri"_s});
    row("no directory", [](SiteProfile& p) { p.directory.uri = QString(); }, {u"directory.uri"_s});
    row("ldaps starttls", [](SiteProfile& p) { p.directory.uri = u"ldaps://ldap:636"_s; },
        {u"directory.startTls"_s});
    row("ldaps",
        [](SiteProfile& p) {
            p.directory.uri = u"ldaps://ldap:636"_s;
            p.directory.startTls = false;
        },
        {});
    row("no base", [](SiteProfile& p) { p.directory.baseDn = QString(); }, {u"directory.baseDn"_s});
    row("bad base", [](SiteProfile& p) { p.directory.baseDn = u"dc=vsp,,dc=test"_s; },
        {u"directory.baseDn"_s});
    row("base no equals", [](SiteProfile& p) { p.directory.baseDn = u"vsp.test"_s; },
        {u"directory.baseDn"_s});
    row("bind stray comma", [](SiteProfile& p) { p.directory.bindDn = u"cn=a,b,dc=test"_s; },
        {u"directory.bindDn"_s});
    row("bind escaped", [](SiteProfile& p) { p.directory.bindDn = u"cn=a\\,b,dc=vsp,dc=test"_s; }, {});
    row("bind nul", [](SiteProfile& p) { p.directory.bindDn = u"cn=a"_s + QChar(0) + u",dc=x"_s; },
        {u"directory.bindDn"_s});
    row("anonymous", [](SiteProfile& p) { p.directory.bindDn = QString(); }, {});
    row("a VO's profile", [](SiteProfile& p) { p.directory.vo = u"alpha"_s; }, {});
    row("a VO of 63", [](SiteProfile& p) { p.directory.vo = QString(63, u'7'); }, {});
    row("vo with a blank", [](SiteProfile& p) { p.directory.vo = u"al pha"_s; }, {u"directory.vo"_s});
    row("vo with an underscore", [](SiteProfile& p) { p.directory.vo = u"al_pha"_s; }, {u"directory.vo"_s});
    row("vo leading dash", [](SiteProfile& p) { p.directory.vo = u"-alpha"_s; }, {u"directory.vo"_s});
    row("provider admin", [](SiteProfile& p) { p.providerAdmin = true; }, {});
    row("provider admin reaching a host as a VO",
        [](SiteProfile& p) {
            p.providerAdmin = true;
            p.hosts[0].uri = u"qemu+ssh://alpha@10.1.0.11/session"_s;
        },
        {u"hosts[0].uri"_s});
    row("provider admin with no bind DN",
        [](SiteProfile& p) {
            p.providerAdmin = true;
            p.directory.bindDn.clear();
        },
        {u"directory.bindDn"_s});
    row("ca missing", [](SiteProfile& p) { p.directory.caFile = u"/nonexistent/ca.pem"_s; },
        {u"directory.caFile"_s});
    row("password missing", [](SiteProfile& p) { p.directory.passwordFile = u"/nonexistent/pw"_s; },
        {u"directory.passwordFile"_s});
    row("everything",
        [](SiteProfile& p) {
            p = SiteProfile{};
            p.storage.pool = QString();
        },
        {u"name"_s, u"hosts"_s, u"storage.pool"_s, u"network.bridge"_s, u"network.subnet"_s,
         u"network.rangeStart"_s, u"network.rangeEnd"_s, u"network.dnsDomain"_s, u"directory.uri"_s,
         u"directory.baseDn"_s});
}

void TestSiteProfile::validation()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, paths);
    SiteProfile profile = validProfile();
    mutate(profile);
    const Problems problems = validateSiteProfile(profile);
    QCOMPARE(errorPaths(problems), paths);
    for (const Problem& p : problems) {
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.path));
        QVERIFY2(!p.hint.isEmpty(), qPrintable(p.toString()));
    }
}

void TestSiteProfile::passwordFileMode_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0600") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner) << true;
    QTest::newRow("0400") << int(QFileDevice::ReadOwner) << true;
    QTest::newRow("0640") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup)
                          << false;
    QTest::newRow("0604") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther)
                          << false;
}

void TestSiteProfile::passwordFileMode()
{
    QFETCH(int, permissions);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(permissions)));
    SiteProfile profile = validProfile();
    profile.directory.passwordFile = path;
    const QStringList paths = errorPaths(validateSiteProfile(profile));
    QCOMPARE(paths.isEmpty(), accepted);
    if (!accepted)
        QVERIFY(validateSiteProfile(profile).first().hint.contains(QStringLiteral("chmod 600")));
}

void TestSiteProfile::relativePathsFollowTheProfile()
{
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();
    SiteProfile profile = validProfile();
    profile.directory.caFile = QStringLiteral("ca.pem");
    QVERIFY(validateSiteProfile(profile, dir.path()).isEmpty());
    QCOMPARE(errorPaths(validateSiteProfile(profile, QDir::rootPath())),
             QStringList{QStringLiteral("directory.caFile")});
}

void TestSiteProfile::loaderResolvesPathsAgainstTheProfile()
{
    // Whatever the working directory, a relative path in a profile means the file beside it.
    QTemporaryDir dir;
    SiteProfile profile = validProfile();
    profile.directory.caFile = u"tls/ca.pem"_s;
    profile.directory.passwordFile = u"secret"_s;
    profile.hosts[0].uri = u"qemu+ssh://root@10.1.0.11/system?keyfile=ssh/id&command=ssh/wrapper&no_tty=1"_s;
    QVERIFY(QDir(dir.path()).mkpath(u"ssh"_s));
    QFile wrapper(dir.filePath(u"ssh/wrapper"_s));
    QVERIFY(wrapper.open(QIODevice::WriteOnly));
    wrapper.close();
    QVERIFY(wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString path = dir.filePath(u"site.json"_s);
    QVERIFY(saveSiteProfile(path, profile).ok());

    const Result<SiteProfile> loaded = loadSiteProfile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->directory.caFile, dir.filePath(u"tls/ca.pem"_s));
    QCOMPARE(loaded->directory.passwordFile, dir.filePath(u"secret"_s));
    QCOMPARE(loaded->hosts[0].uri,
             u"qemu+ssh://root@10.1.0.11/system?keyfile=%1/ssh/id&command=%1/ssh/wrapper&no_tty=1"_s.arg(
                 dir.path()));
    QCOMPARE(loaded->hosts[1].uri, u"qemu:///system"_s);
}

void TestSiteProfile::kindFollowsTheFile_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<SiteProfileKind>("kind");
    QTest::addColumn<bool>("written"); // "kind" is in the JSON written back
    QTest::newRow("none") << QByteArray() << SiteProfileKind::SingleTenant << false;
    QTest::newRow("a vo, no kind") << QByteArray("\"directory\": {\"vo\": \"alpha\"}, ")
                                   << SiteProfileKind::Vo << true;
    QTest::newRow("kind vo") << QByteArray("\"kind\": \"vo\", \"directory\": {\"vo\": \"alpha\"}, ")
                             << SiteProfileKind::Vo << true;
    QTest::newRow("single-tenant") << QByteArray("\"kind\": \"single-tenant\", ")
                                   << SiteProfileKind::SingleTenant << false;
    QTest::newRow("provider admin") << QByteArray("\"kind\": \"provider-admin\", ")
                                    << SiteProfileKind::ProviderAdmin << true;
}

void TestSiteProfile::kindFollowsTheFile()
{
    QFETCH(QByteArray, extra);
    QFETCH(SiteProfileKind, kind);
    QFETCH(bool, written);
    const Result<SiteProfile> parsed =
        parseSiteProfile("{" + extra + "\"format\": \"vocstudio-site/1\"}", QStringLiteral("f.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->kind(), kind);
    QCOMPARE(siteProfileToJson(*parsed).contains("\"kind\""), written);
}

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_siteprofile.moc"
