// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl site vo's refusals before it touches a directory or a host: wrong arguments (exit 2, saying
// which), a VO's or a single-tenant profile where the provider admin profile belongs (exit 1, saying
// which kind it is), and an admin profile that claims a VO's hosts.
#include "vocctlrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using voc::test::vocctl;

namespace {

// A profile of the given kind ("provider-admin", "vo" with directory.vo alpha, or none) whose directory
// is nowhere (port 1): a command that got as far as binding would fail with "could not connect".
QByteArray profileJson(const QString& kind, const QString& hostUser = u"root"_s)
{
    QJsonObject directory{{u"uri"_s, u"ldap://127.0.0.1:1"_s},
                          {u"baseDn"_s, u"dc=vsp,dc=test"_s},
                          {u"bindDn"_s, u"cn=admin,dc=vsp,dc=test"_s},
                          {u"startTls"_s, true},
                          {u"passwordFile"_s, u"password"_s}};
    QJsonObject root{
        {u"format"_s, u"vocstudio-site/1"_s},
        {u"name"_s, u"site"_s},
        {u"hosts"_s, QJsonArray{QJsonObject{
                         {u"name"_s, u"kvm1"_s},
                         {u"uri"_s, u"qemu+ssh://%1@192.0.2.11/%2"_s.arg(
                                        hostUser, hostUser == u"root"_s ? u"system"_s : u"session"_s)}}}},
        {u"storage"_s, QJsonObject{{u"pool"_s, u"vocstudio"_s}, {u"sharing"_s, u"shared"_s}}},
        {u"network"_s, QJsonObject{{u"bridge"_s, u"vocbr0"_s},
                                   {u"subnet"_s, u"10.213.0.0/24"_s},
                                   {u"rangeStart"_s, u"10.213.0.100"_s},
                                   {u"rangeEnd"_s, u"10.213.0.199"_s},
                                   {u"dnsDomain"_s, u"vsp.test"_s}}}};
    if (kind == u"vo"_s) {
        directory.insert(u"vo"_s, u"alpha"_s);
        directory.insert(u"bindDn"_s, u"uid=alpha,ou=people,dc=vsp,dc=test"_s);
    }
    if (!kind.isEmpty())
        root.insert(u"kind"_s, kind);
    root.insert(u"directory"_s, directory);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestVocctlSiteVo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void help();
    void argumentErrors_data();
    void argumentErrors();
    void notTheAdminProfile_data();
    void notTheAdminProfile();
    void adminReachingHostsAsAVo();

private:
    QString writeProfile(const QString& name, const QByteArray& json);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_admin;
};

void TestVocctlSiteVo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_admin = writeProfile(u"admin"_s, profileJson(u"provider-admin"_s));
    QVERIFY(!m_admin.isEmpty());
}

QString TestVocctlSiteVo::writeProfile(const QString& name, const QByteArray& json)
{
    const QString folder = m_dir->filePath(name);
    if (!QDir().mkpath(folder))
        return {};
    QFile password(folder + u"/password"_s);
    if (!password.open(QIODevice::WriteOnly) || password.write("secret") != 6)
        return {};
    password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(folder + u"/site.json"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return file.fileName();
}

void TestVocctlSiteVo::help()
{
    const auto run = vocctl({u"site"_s, u"vo"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"vocctl site vo add NAME --site ADMIN --out DIR"_s), qPrintable(run.out));
    const auto add = vocctl({u"site"_s, u"vo"_s, u"add"_s, u"--help"_s});
    QCOMPARE(add.exitCode, 0);
    for (const QString& option : {u"--range"_s, u"--max-vcns"_s, u"--max-vcpus"_s, u"--max-memory"_s,
                                  u"--max-storage"_s, u"--out"_s, u"--pools"_s, u"--host-tool"_s})
        QVERIFY2(add.out.contains(option), qPrintable(option));
    const auto none = vocctl({u"site"_s, u"vo"_s});
    QCOMPARE(none.exitCode, 2);
}

void TestVocctlSiteVo::argumentErrors_data()
{
    QTest::addColumn<QStringList>(
        "args"); // after "site vo"; "ADMIN" becomes the admin profile, "OUT" a folder
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown subcommand") << QStringList{u"rename"_s} << u"unknown subcommand 'rename'"_s;
    QTest::newRow("add without a name")
        << QStringList{u"add"_s, u"--site"_s, u"ADMIN"_s, u"--out"_s, u"OUT"_s}
        << u"add needs the VO's NAME"_s;
    QTest::newRow("two names") << QStringList{u"add"_s,   u"a"_s,     u"b"_s,  u"--site"_s,
                                              u"ADMIN"_s, u"--out"_s, u"OUT"_s}
                               << u"one NAME only"_s;
    QTest::newRow("upper case") << QStringList{u"add"_s,   u"Alpha"_s, u"--site"_s,
                                               u"ADMIN"_s, u"--out"_s, u"OUT"_s}
                                << u"'Alpha' is not a VO name"_s;
    QTest::newRow("root") << QStringList{u"add"_s, u"root"_s, u"--site"_s, u"ADMIN"_s, u"--out"_s, u"OUT"_s}
                          << u"root is not a VO"_s;
    QTest::newRow("too long") << QStringList{u"add"_s,    u"abcdefghijklmnopq"_s,
                                             u"--site"_s, u"ADMIN"_s,
                                             u"--out"_s,  u"OUT"_s}
                              << u"is not a VO name"_s;
    QTest::newRow("a DN") << QStringList{u"add"_s,   u"a,ou=people"_s, u"--site"_s,
                                         u"ADMIN"_s, u"--out"_s,       u"OUT"_s}
                          << u"is not a VO name"_s;
    QTest::newRow("no site") << QStringList{u"add"_s, u"gamma"_s, u"--out"_s, u"OUT"_s}
                             << u"add needs --site"_s;
    QTest::newRow("no out") << QStringList{u"add"_s, u"gamma"_s, u"--site"_s, u"ADMIN"_s}
                            << u"add needs --out DIR"_s;
    QTest::newRow("bad range") << QStringList{u"add"_s,     u"gamma"_s,
                                              u"--site"_s,  u"ADMIN"_s,
                                              u"--out"_s,   u"OUT"_s,
                                              u"--range"_s, u"10.213.0.150-10.213.0.100"_s}
                               << u"ends before it starts"_s;
    QTest::newRow("negative quota") << QStringList{u"add"_s,   u"gamma"_s, u"--site"_s,       u"ADMIN"_s,
                                                   u"--out"_s, u"OUT"_s,   u"--max-vcns=-1"_s}
                                    << u"--max-vcns: '-1' is not a whole number"_s;
    QTest::newRow("quota not a number")
        << QStringList{u"grant"_s, u"gamma"_s, u"--site"_s, u"ADMIN"_s, u"--max-memory"_s, u"4G"_s}
        << u"--max-memory: '4G' is not a whole number"_s;
    QTest::newRow("remove without a name")
        << QStringList{u"remove"_s, u"--site"_s, u"ADMIN"_s} << u"remove needs the VO's NAME"_s;
    QTest::newRow("list without a site") << QStringList{u"list"_s} << u"list needs --site"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--site"_s, u"ADMIN"_s, u"--all"_s}
                                    << u"Unknown option 'all'"_s;
}

// Exit 2, the reason on stderr, nothing made.
void TestVocctlSiteVo::argumentErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString out = m_dir->filePath(u"out"_s);
    for (QString& arg : args) {
        if (arg == u"ADMIN"_s)
            arg = m_admin;
        else if (arg == u"OUT"_s)
            arg = out;
    }
    const auto run = vocctl(QStringList{u"site"_s, u"vo"_s} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestVocctlSiteVo::notTheAdminProfile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hostUser");
    QTest::addColumn<QString>("message");
    QTest::newRow("a VO's profile") << u"vo"_s << u"alpha"_s << u"this is VO alpha's profile"_s;
    QTest::newRow("no kind") << QString() << u"root"_s << u"this is a single-tenant profile"_s;
    QTest::newRow("single-tenant") << u"single-tenant"_s << u"root"_s << u"this is a single-tenant profile"_s;
}

// Every subcommand refuses the profile before it binds: the message names its kind, not a connection.
void TestVocctlSiteVo::notTheAdminProfile()
{
    QFETCH(QString, kind);
    QFETCH(QString, hostUser);
    QFETCH(QString, message);
    const QString profile = writeProfile(u"other"_s, profileJson(kind, hostUser));
    QVERIFY(!profile.isEmpty());
    const QString out = m_dir->filePath(u"out"_s);
    for (const QStringList& args :
         {QStringList{u"add"_s, u"gamma"_s, u"--out"_s, out}, QStringList{u"list"_s},
          QStringList{u"show"_s, u"alpha"_s}, QStringList{u"grant"_s, u"alpha"_s, u"--max-vcns"_s, u"8"_s},
          QStringList{u"remove"_s, u"alpha"_s, u"--force"_s}}) {
        const auto run = vocctl(QStringList{u"site"_s, u"vo"_s} + args + QStringList{u"--site"_s, profile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(args.first() + u": "_s + run.err));
        QVERIFY2(run.err.contains(u"provider-admin"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"connect"_s), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(out));
}

// An admin profile whose hosts are reached as a VO is refused before anything binds: the admin works
// as root.
void TestVocctlSiteVo::adminReachingHostsAsAVo()
{
    const QString profile = writeProfile(u"odd"_s, profileJson(u"provider-admin"_s, u"alpha"_s));
    const auto run = vocctl({u"site"_s, u"vo"_s, u"list"_s, u"--site"_s, profile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"hosts[0].uri: a provider admin profile reaches its hosts as root"_s),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"connect"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestVocctlSiteVo)
#include "tst_vocctlsitevo.moc"
