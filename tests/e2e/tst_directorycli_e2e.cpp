// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl directory against a private slapd: every write is checked before the first byte goes to
// the directory, so a bad record, a conflict or a bad password leaves the directory as it was;
// concurrent writers of the same name, IP or MAC are told apart by the server (slapo-unique); the
// profile's relative caFile means the file beside the profile, and a base DN that matches nothing is
// an error, not an empty list. A VO's profile (directory.vo) shows the VO's grant and, in site check,
// the VO.
#include "model/siteprofile.h"
#include "slapdinstance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace voc::test;
using namespace Qt::StringLiterals;

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDirectoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void addListRemove();
    void refused_data();
    void refused();
    void dryRun();
    void importAllOrNothing_data();
    void importAllOrNothing();
    void exportRoundTrip();
    void removeWholeVoc();
    void credentials_data();
    void credentials();
    void concurrentAddsOneWins_data();
    void concurrentAddsOneWins();
    void caFileBesideTheProfile_data();
    void caFileBesideTheProfile();
    void listOfMissingBaseIsAnError();
    void grantOfAVoProfile();

private:
    Output vocctl(const QStringList& args, const QString& password = u"vocstudio-secret"_s) const;
    // Any vocctl command (no "directory" put in front), from `workingDir` when given.
    Output run(const QStringList& args, const QString& password = u"vocstudio-secret"_s,
               const QString& workingDir = {}) const;
    QStringList hostnames(const QString& voc = {}) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    SlapdInstance m_slapd;
    QString m_site;
};

void TestDirectoryCli::initTestCase()
{
    if (const QString missing = missingSlapdTools(); !missing.isEmpty())
        QFAIL(qPrintable(u"'%1' is missing: run scripts/setup"_s.arg(missing)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(m_slapd.start(m_dir->filePath(u"slapd"_s)), m_slapd.log().constData());

    Result<SiteProfile> profile =
        loadSiteProfile(QStringLiteral(VOC_SOURCE_DIR "/tests/fixtures/sites/sandbox.json"));
    QVERIFY(profile.ok());
    profile->directory.uri = m_slapd.url();
    profile->directory.baseDn = m_slapd.suffix();
    profile->directory.bindDn = m_slapd.value("service_dn");
    profile->directory.caFile = m_slapd.ca();
    profile->directory.passwordFile.clear();
    m_site = m_dir->filePath(u"site.json"_s);
    QVERIFY(saveSiteProfile(m_site, *profile).ok());
}

void TestDirectoryCli::cleanupTestCase()
{
    m_slapd.stop();
}

// Each test starts from an empty ou=vocs, whatever the previous one left after a failure.
void TestDirectoryCli::cleanup()
{
    QSet<QString> vocs;
    for (const QString& name : hostnames())
        vocs << name.section(u'/', 0, 0);
    for (const QString& voc : std::as_const(vocs))
        vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, voc});
}

Output TestDirectoryCli::vocctl(const QStringList& args, const QString& password) const
{
    return run(QStringList{u"directory"_s} + args, password);
}

Output TestDirectoryCli::run(const QStringList& args, const QString& password,
                             const QString& workingDir) const
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VOCSTUDIO_LDAP_PASSWORD"_s);
    if (!password.isNull())
        env.insert(u"VOCSTUDIO_LDAP_PASSWORD"_s, password);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VOC_VOCCTL), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestDirectoryCli::hostnames(const QString& voc) const
{
    QStringList args{u"list"_s, u"--site"_s, m_site, u"--json"_s};
    if (!voc.isEmpty())
        args << u"--voc"_s << voc;
    const Output list = vocctl(args);
    if (list.exitCode != 0)
        return {u"list failed: "_s + list.err};
    QStringList names;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        names << v[u"voc"_s].toString() + u'/' + v[u"hostname"_s].toString();
    return names;
}

QString TestDirectoryCli::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestDirectoryCli::addListRemove()
{
    const Output add = vocctl({u"add"_s, u"--site"_s, m_site, u"--voc"_s, u"alpha"_s, u"--hostname"_s,
                               u"Alpha-Head"_s, u"--ip"_s, u"10.213.0.100"_s, u"--mac"_s,
                               u"02-AA-00-00-00-01"_s, u"--description"_s, u"head of alpha"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.out, u"added 1 VCN record(s)\n"_s);
    const Output list = vocctl({u"list"_s, u"--site"_s, m_site, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(records.size(), 1);
    // Stored normalised: lower-case name, colon MAC.
    QCOMPARE(records.at(0)[u"hostname"_s].toString(), u"alpha-head"_s);
    QCOMPARE(records.at(0)[u"mac"_s].toString(), u"02:aa:00:00:00:01"_s);
    QCOMPARE(records.at(0)[u"dn"_s].toString().toLower(),
             u"cn=alpha-head,ou=alpha,ou=vocs,%1"_s.arg(m_slapd.suffix()).toLower());
    const Output text = vocctl({u"list"_s, u"--site"_s, m_site});
    QVERIFY(text.out.contains(u"alpha-head"_s) && text.out.contains(u"10.213.0.100"_s));

    const Output remove =
        vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"alpha"_s, u"--hostname"_s, u"alpha-head"_s});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    QCOMPARE(hostnames(), QStringList{});
    const Output again =
        vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"alpha"_s, u"--hostname"_s, u"alpha-head"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"no such VCN record"_s));
}

void TestDirectoryCli::refused_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("field"); // named in the error
    QTest::newRow("filter injection")
        << u"*)(cn=*"_s << u"10.213.0.101"_s << u"02:00:00:00:01:01"_s << u"cn"_s;
    QTest::newRow("DN injection") << u",ou=x"_s << u"10.213.0.101"_s << u"02:00:00:00:01:01"_s << u"cn"_s;
    QTest::newRow("non-ASCII") << u"nöde"_s << u"10.213.0.101"_s << u"02:00:00:00:01:01"_s << u"cn"_s;
    QTest::newRow("300 characters") << QString(300, u'a') << u"10.213.0.101"_s << u"02:00:00:00:01:01"_s
                                    << u"cn"_s;
    QTest::newRow("bad IP") << u"node01"_s << u"10.213.0.300"_s << u"02:00:00:00:01:01"_s
                            << u"ipHostNumber"_s;
    QTest::newRow("multicast MAC") << u"node01"_s << u"10.213.0.101"_s << u"03:00:00:00:01:01"_s
                                   << u"macAddress"_s;
    QTest::newRow("global MAC") << u"node01"_s << u"10.213.0.101"_s << u"00:16:3e:00:01:01"_s
                                << u"macAddress"_s;
    QTest::newRow("IP taken") << u"node02"_s << u"10.213.0.150"_s << u"02:00:00:00:01:02"_s
                              << u"ipHostNumber"_s;
    QTest::newRow("MAC taken") << u"node02"_s << u"10.213.0.151"_s << u"02:00:00:00:01:50"_s
                               << u"macAddress"_s;
    QTest::newRow("name taken in another VOC")
        << u"taken"_s << u"10.213.0.151"_s << u"02:00:00:00:01:02"_s << u"(cn)"_s;
}

void TestDirectoryCli::refused()
{
    QFETCH(QString, hostname);
    QFETCH(QString, ip);
    QFETCH(QString, mac);
    QFETCH(QString, field);
    const Output seed =
        vocctl({u"add"_s, u"--site"_s, m_site, u"--voc"_s, u"other"_s, u"--hostname"_s, u"taken"_s, u"--ip"_s,
                u"10.213.0.150"_s, u"--mac"_s, u"02:00:00:00:01:50"_s});
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.err));
    const QStringList before = hostnames();
    const Output add = vocctl({u"add"_s, u"--site"_s, m_site, u"--voc"_s, u"beta"_s, u"--hostname"_s,
                               hostname, u"--ip"_s, ip, u"--mac"_s, mac});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(field), qPrintable(add.err));
    QVERIFY(add.err.contains(u"nothing was written"_s));
    QCOMPARE(hostnames(), before);
}

void TestDirectoryCli::dryRun()
{
    const Output add =
        vocctl({u"add"_s, u"--site"_s, m_site, u"--voc"_s, u"gamma"_s, u"--hostname"_s, u"g1"_s, u"--ip"_s,
                u"10.213.0.120"_s, u"--mac"_s, u"02:00:00:00:02:01"_s, u"--dry-run"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(add.out.startsWith(u"would add 1 VCN record(s)"_s));
    QCOMPARE(hostnames(), QStringList{});
}

void TestDirectoryCli::importAllOrNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("after");
    const QByteArray good = "voc,hostname,ip,mac,description\n"
                            "delta,d1,10.213.0.130,02:00:00:00:03:01,head\n"
                            "delta,d2,10.213.0.131,02:00:00:00:03:02,compute\n"
                            "delta,d3,10.213.0.132,02:00:00:00:03:03,compute\n";
    QTest::newRow("csv") << u"good.csv"_s << good << 0
                         << QStringList{u"delta/d1"_s, u"delta/d2"_s, u"delta/d3"_s};
    QTest::newRow("csv, conflict in the last row")
        << u"clash.csv"_s
        << QByteArray("voc,hostname,ip,mac\ndelta,d1,10.213.0.130,02:00:00:00:03:01\n"
                      "delta,d2,10.213.0.131,02:00:00:00:03:02\ndelta,d3,10.213.0.131,02:00:00:00:03:03\n")
        << 1 << QStringList{};
    QTest::newRow("csv, a bad MAC in the middle")
        << u"badmac.csv"_s
        << QByteArray("voc,hostname,ip,mac\ndelta,d1,10.213.0.130,02:00:00:00:03:01\n"
                      "delta,d2,10.213.0.131,ff:ff:ff:ff:ff:ff\ndelta,d3,10.213.0.132,02:00:00:00:03:03\n")
        << 1 << QStringList{};
    QTest::newRow("csv, broken quoting")
        << u"broken.csv"_s << QByteArray("voc,hostname,ip,mac\n\"delta,d1\n") << 2 << QStringList{};
    QTest::newRow("ldif") << u"good.ldif"_s
                          << QByteArray(
                                 "dn: cn=e1,ou=epsilon,ou=vocs,dc=example\nobjectClass: ipHost\ncn: e1\n"
                                 "ipHostNumber: 10.213.0.140\nmacAddress: 02:00:00:00:04:01\n")
                          << 0 << QStringList{u"epsilon/e1"_s};
    QTest::newRow("unknown type") << u"records.txt"_s << good << 2 << QStringList{};
}

void TestDirectoryCli::importAllOrNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, after);
    const QString path = writeFile(name, content);
    QVERIFY(!path.isEmpty());
    const Output imported = vocctl({u"import"_s, u"--site"_s, m_site, path});
    QVERIFY2(imported.exitCode == exitCode, qPrintable(imported.err));
    if (exitCode != 0)
        QVERIFY(!imported.err.isEmpty());
    QStringList names = hostnames();
    names.sort();
    QCOMPARE(names, after);
}

void TestDirectoryCli::exportRoundTrip()
{
    const QString csv = writeFile(u"zeta.csv"_s, "voc,hostname,ip,mac,description\n"
                                                 "zeta,z1,10.213.0.160,02:00:00:00:05:01,\"head, main\"\n"
                                                 "zeta,z2,10.213.0.161,02:00:00:00:05:02,Rechenknoten ü\n");
    QCOMPARE(vocctl({u"import"_s, u"--site"_s, m_site, csv}).exitCode, 0);
    const Output exported = vocctl({u"export"_s, u"--site"_s, m_site, u"--csv"_s});
    QCOMPARE(exported.exitCode, 0);
    QFile original(csv);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(exported.out.toUtf8(), original.readAll());

    const QString ldif = m_dir->filePath(u"zeta.ldif"_s);
    const Output toFile = vocctl({u"export"_s, u"--site"_s, m_site, u"--ldif"_s, u"-o"_s, ldif});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    // Back in under another VOC name: the LDIF holds what is needed to register them again.
    QCOMPARE(vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"zeta"_s}).exitCode, 0);
    const Output again = vocctl({u"import"_s, u"--site"_s, m_site, ldif});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(hostnames(u"zeta"_s), (QStringList{u"zeta/z1"_s, u"zeta/z2"_s}));
    QCOMPARE(vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"zeta"_s}).exitCode, 0);
}

void TestDirectoryCli::removeWholeVoc()
{
    QStringList lines{u"voc,hostname,ip,mac"_s};
    for (int i = 0; i < 40; ++i)
        lines << u"eta,eta%1,10.213.0.%2,02:00:00:00:06:%3"_s.arg(i, 2, 10, QChar(u'0'))
                     .arg(100 + i)
                     .arg(i, 2, 16, QChar(u'0'));
    const QString csv = writeFile(u"eta.csv"_s, lines.join(u'\n').toUtf8());
    QCOMPARE(vocctl({u"import"_s, u"--site"_s, m_site, csv}).exitCode, 0);
    QCOMPARE(hostnames(u"eta"_s).size(), 40);
    const Output dry = vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"eta"_s, u"--dry-run"_s});
    QCOMPARE(dry.out, u"would remove 40 VCN record(s)\n"_s);
    QCOMPARE(hostnames(u"eta"_s).size(), 40);
    const Output removed = vocctl({u"remove"_s, u"--site"_s, m_site, u"--voc"_s, u"eta"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(removed.out.contains(u"40"_s));
    QCOMPARE(hostnames(), QStringList{});
}

void TestDirectoryCli::credentials_data()
{
    QTest::addColumn<QString>("password"); // null: none in the environment
    QTest::addColumn<QByteArray>("fileContent");
    QTest::addColumn<int>("fileMode"); // octal permissions; 0: no file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << u"wrong"_s << QByteArray() << 0 << 1 << u"cn=vocstudio"_s;
    QTest::newRow("no password anywhere")
        << QString() << QByteArray() << 0 << 1 << u"VOCSTUDIO_LDAP_PASSWORD"_s;
    QTest::newRow("password file 0600")
        << QString() << QByteArray("vocstudio-secret\n") << 0600 << 0 << QString();
    QTest::newRow("password file readable by others")
        << QString() << QByteArray("vocstudio-secret\n") << 0644 << 1 << u"chmod 600"_s;
}

void TestDirectoryCli::credentials()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, fileContent);
    QFETCH(int, fileMode);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString site = m_site;
    if (fileMode != 0) {
        const QString secret = writeFile(u"secret"_s, fileContent);
        QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        if (fileMode & 044)
            perms |= QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(secret, perms));
        Result<SiteProfile> profile = loadSiteProfile(m_site);
        QVERIFY(profile.ok());
        profile->directory.passwordFile = u"secret"_s;
        site = m_dir->filePath(u"site-with-file.json"_s);
        QVERIFY(saveSiteProfile(site, *profile).ok());
    }
    const Output list = vocctl({u"list"_s, u"--site"_s, site}, password);
    QVERIFY2(list.exitCode == exitCode, qPrintable(list.err));
    if (!message.isEmpty())
        QVERIFY2(list.err.contains(message), qPrintable(list.err));
}

void TestDirectoryCli::concurrentAddsOneWins_data()
{
    QTest::addColumn<QStringList>("vocs");  // per writer
    QTest::addColumn<QStringList>("names"); // per writer
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("macs");
    QTest::addColumn<QString>("field"); // what the losers are told is taken
    const auto five = [](const QString& pattern) {
        QStringList values;
        for (int i = 1; i <= 5; ++i)
            values << pattern.arg(i);
        return values;
    };
    const auto same = [](const QString& value) { return QStringList(5, value); };
    QTest::newRow("same IP") << same(u"race"_s) << five(u"race-node%1"_s) << same(u"10.213.0.150"_s)
                             << five(u"02:aa:00:00:05:0%1"_s) << u"ipHostNumber"_s;
    QTest::newRow("same MAC") << same(u"race"_s) << five(u"race-node%1"_s) << five(u"10.213.0.15%1"_s)
                              << same(u"02:aa:00:00:05:01"_s) << u"macAddress"_s;
    QTest::newRow("same hostname in different VOCs")
        << five(u"race%1"_s) << same(u"race-head"_s) << five(u"10.213.0.15%1"_s)
        << five(u"02:aa:00:00:05:0%1"_s) << u"cn"_s;
}

void TestDirectoryCli::concurrentAddsOneWins()
{
    QFETCH(QStringList, vocs);
    QFETCH(QStringList, names);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, macs);
    QFETCH(QString, field);
    // Five vocctl processes at once: each one's own check (read, then write) may pass, so only the
    // server can tell them apart. A few rounds, so that a race the checks win by luck once does
    // not hide a missing server-side rule.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VOCSTUDIO_LDAP_PASSWORD"_s, u"vocstudio-secret"_s);
    int refusedByServer = 0;
    for (int round = 0; round < 4; ++round) {
        std::vector<std::unique_ptr<QProcess>> writers;
        for (qsizetype i = 0; i < vocs.size(); ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(VOC_VOCCTL),
                           {u"directory"_s, u"add"_s, u"--site"_s, m_site, u"--voc"_s, vocs.at(i),
                            u"--hostname"_s, names.at(i), u"--ip"_s, ips.at(i), u"--mac"_s, macs.at(i)});
            writers.push_back(std::move(process));
        }
        int succeeded = 0;
        for (const auto& process : writers) {
            QVERIFY(process->waitForFinished(60000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                ++succeeded;
                continue;
            }
            QCOMPARE(process->exitCode(), 1);
            // A loser whose check ran after the winner's write hears it from vocctl's check ("is
            // taken by"); one whose check ran before it is refused by the server, and hears the
            // same conflict with the entry that holds the value ("is already used by").
            QVERIFY2(err.contains(field) &&
                         (err.contains(u"is taken by"_s) || err.contains(u"is already used by"_s)),
                     qPrintable(err));
            QVERIFY2(err.contains(u"nothing was written"_s), qPrintable(err));
            refusedByServer += err.contains(u"is already used by"_s) ? 1 : 0;
        }
        QCOMPARE(succeeded, 1);
        QCOMPARE(hostnames().size(), 1);
        cleanup(); // empty again for the next round
    }
    qInfo("%d losers of 16 refused by the server", refusedByServer);
}

void TestDirectoryCli::caFileBesideTheProfile_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("expected"); // in stdout: the command bound over TLS
    QTest::newRow("directory list") << QStringList{u"directory"_s, u"list"_s} << u"HOSTNAME"_s;
    QTest::newRow("site check") << QStringList{u"site"_s, u"check"_s} << u"over TLS"_s;
}

void TestDirectoryCli::caFileBesideTheProfile()
{
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    // The profile says "caFile": "ca.pem" and has the site's CA beside it; the working directory
    // has another ca.pem, of a CA that signed nothing of this server.
    const QString profileDir = m_dir->filePath(u"profile-with-ca"_s);
    const QString cwd = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(profileDir) && QDir().mkpath(cwd));
    QFile::remove(profileDir + u"/ca.pem"_s);
    QVERIFY(QFile::copy(m_slapd.ca(), profileDir + u"/ca.pem"_s));
    const ToolRun other = runTool(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s,
                                                 u"2"_s, u"-subj"_s, u"/CN=another CA"_s, u"-keyout"_s,
                                                 cwd + u"/ca.key"_s, u"-out"_s, cwd + u"/ca.pem"_s});
    QVERIFY2(other.exitCode == 0, other.err.constData());

    Result<SiteProfile> profile = loadSiteProfile(m_site);
    QVERIFY(profile.ok());
    profile->directory.caFile = u"ca.pem"_s;
    // site check needs a host: libvirt's test driver, on this machine.
    profile->hosts = {SiteHost{u"kvm1"_s, u"test:///default"_s, 0, 0, true}};
    const QString site = profileDir + u"/site.json"_s;
    QVERIFY(saveSiteProfile(site, *profile).ok());

    const Output output = run(command + QStringList{u"--site"_s, site}, u"vocstudio-secret"_s, cwd);
    QVERIFY2(output.out.contains(expected), qPrintable(output.out + output.err));
    QVERIFY2(!output.err.contains(u"TLS"_s), qPrintable(output.err));
}

void TestDirectoryCli::listOfMissingBaseIsAnError()
{
    Result<SiteProfile> profile = loadSiteProfile(m_site);
    QVERIFY(profile.ok());
    profile->directory.baseDn = u"dc=nowhere,dc=test"_s;
    const QString site = m_dir->filePath(u"site-nowhere.json"_s);
    QVERIFY(saveSiteProfile(site, *profile).ok());
    const Output list = vocctl({u"list"_s, u"--site"_s, site});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains(u"the base DN dc=nowhere,dc=test does not exist"_s), qPrintable(list.err));
    QVERIFY2(!list.out.contains(u"HOSTNAME"_s), qPrintable(list.out)); // no empty table
}

// The provider's entry for VO omega with its grant and omega's account, as docs/provider-guide.md adds
// them; omega's profile binds as that account. (Not a name the tests above give a VOC: those
// may stay as empty ou=<voc>,ou=vocs entries.)
void TestDirectoryCli::grantOfAVoProfile()
{
    const QString base = m_slapd.suffix();
    const QByteArray ldif =
        u"dn: ou=omega,ou=vocs,%1\nobjectClass: organizationalUnit\n"
        "objectClass: vocsVirtualOrganization\nou: omega\n"
        "vocsGrantAddressRange: 10.213.0.100-10.213.0.149\n"
        "vocsGrantAddressRange: 10.213.1.10-10.213.1.19\nvocsGrantMaxVcns: 8\n"
        "vocsGrantMaxVcpus: 16\nvocsGrantMaxMemoryMiB: 16384\nvocsGrantMaxStorageMiB: 20480\n\n"
        "dn: uid=omega,ou=people,%1\nobjectClass: account\nobjectClass: posixAccount\n"
        "uid: omega\ncn: omega\nuidNumber: 20001\ngidNumber: 20001\n"
        "homeDirectory: /home/omega\nuserPassword: omega-secret\n"_s.arg(base)
            .toUtf8();
    const ToolRun added = m_slapd.admin("ldapadd", {}, ldif);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const auto removeAlpha = qScopeGuard([&] {
        m_slapd.admin("ldapdelete", {u"ou=omega,ou=vocs,"_s + base, u"uid=omega,ou=people,"_s + base});
    });

    Result<SiteProfile> profile = loadSiteProfile(m_site);
    QVERIFY(profile.ok());
    profile->directory.bindDn = u"uid=omega,ou=people,"_s + base;
    profile->directory.vo = u"omega"_s;
    profile->hosts = {SiteHost{u"kvm1"_s, u"test:///default"_s, 0, 0, true}};
    const QString site = m_dir->filePath(u"omega.json"_s);
    QVERIFY(saveSiteProfile(site, *profile).ok());

    const Output json = vocctl({u"grant"_s, u"--site"_s, site, u"--json"_s}, u"omega-secret"_s);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject grant = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(grant[u"vo"_s].toString(), u"omega"_s);
    QCOMPARE(grant[u"dn"_s].toString(), u"ou=omega,ou=vocs,"_s + base);
    QCOMPARE(grant[u"addressRanges"_s].toArray(),
             (QJsonArray{u"10.213.0.100-10.213.0.149"_s, u"10.213.1.10-10.213.1.19"_s}));
    QCOMPARE(grant[u"maxVcns"_s].toInteger(), 8);
    QCOMPARE(grant[u"maxVcpus"_s].toInteger(), 16);
    QCOMPARE(grant[u"maxMemoryMiB"_s].toInteger(), 16384);
    QCOMPARE(grant[u"maxStorageMiB"_s].toInteger(), 20480);

    const Output table = vocctl({u"grant"_s, u"--site"_s, site}, u"omega-secret"_s);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(u"VCNs       8\n"_s) && table.out.contains(u"10.213.1.10-10.213.1.19"_s),
             qPrintable(table.out));

    const Output check = run({u"site"_s, u"check"_s, u"--site"_s, site}, u"omega-secret"_s);
    QVERIFY2(check.out.contains(u", VO omega: 0 VOC(s), 0 VCN record(s)"_s),
             qPrintable(check.out + check.err));

    // The single-tenant profile has no VO to ask for.
    const Output none = vocctl({u"grant"_s, u"--site"_s, m_site});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"names no VO"_s), qPrintable(none.err));
}

QTEST_GUILESS_MAIN(TestDirectoryCli)
#include "tst_directorycli_e2e.moc"
