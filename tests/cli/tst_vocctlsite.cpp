// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl site check against hostile and broken site profiles: a host URI that would run a program
// (libvirt's ext transport, ssh's command=) or reach this machine's own libvirt is refused before
// libvirt sees it, and the program never runs; duplicate keys, a cleartext bind password and a
// profile with no host each fail with their reason.
#include "vocctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using voc::test::vocctl;

namespace {

// A profile that passes everything but what a test row changes.
QJsonObject baseProfile(const QJsonArray& hosts)
{
    return QJsonObject{{u"format"_s, u"vocstudio-site/1"_s},
                       {u"name"_s, u"hostile"_s},
                       {u"hosts"_s, hosts},
                       {u"storage"_s, QJsonObject{{u"pool"_s, u"vocstudio"_s}, {u"sharing"_s, u"shared"_s}}},
                       {u"network"_s, QJsonObject{{u"bridge"_s, u"vspbr0"_s},
                                                  {u"subnet"_s, u"10.213.0.0/24"_s},
                                                  {u"rangeStart"_s, u"10.213.0.100"_s},
                                                  {u"rangeEnd"_s, u"10.213.0.199"_s},
                                                  {u"dnsDomain"_s, u"vsp.test"_s}}},
                       {u"directory"_s, QJsonObject{{u"uri"_s, u"ldap://127.0.0.1:1"_s},
                                                    {u"baseDn"_s, u"dc=vsp,dc=test"_s},
                                                    {u"startTls"_s, true}}}};
}

} // namespace

class TestVocctlSite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hostUris_data();
    void hostUris();
    void duplicateKeyIsNamed();
    void cleartextPasswordIsRefused();
    void noHostsSaysWhy();

private:
    // Writes `json` as site.json in a folder of its own; its path.
    QString writeProfile(const QByteArray& json);
    // A shell script that creates `marker` when it runs (and fails, like an ssh that cannot connect).
    QString writeScript(const QString& path, const QString& marker);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestVocctlSite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"site"_s)));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"elsewhere"_s)));
}

QString TestVocctlSite::writeProfile(const QByteArray& json)
{
    const QString path = m_dir->filePath(u"site/site.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(json);
    return path;
}

QString TestVocctlSite::writeScript(const QString& path, const QString& marker)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\ntouch '" + marker.toUtf8() + "'\nexit 1\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestVocctlSite::hostUris_data()
{
    QTest::addColumn<QString>("uri"); // %S: the script beside the profile, %E: one elsewhere
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("message"); // in the refusal
    QTest::addColumn<bool>("scriptRuns"); // the allowed wrapper is run (the marker proves it)

    // Refused by the loader: nothing of libvirt runs, the script least of all.
    QTest::newRow("ext transport runs its command") << u"qemu+ext:///system?command=%E"_s << false << true
                                                    << u"unsupported scheme \"qemu+ext\""_s << false;
    QTest::newRow("ext with the script beside the profile")
        << u"qemu+ext:///system?command=%S"_s << false << true << u"unsupported scheme \"qemu+ext\""_s
        << false;
    QTest::newRow("xen reaches the local libvirt")
        << u"xen:///system"_s << false << true << u"unsupported scheme \"xen\""_s << false;
    QTest::newRow("empty URI is libvirt's default") << u""_s << false << true << u"required"_s << false;
    QTest::newRow("blank URI") << u"   "_s << false << true << u"required"_s << false;
    QTest::newRow("qemu+unix is the local socket")
        << u"qemu+unix:///system"_s << false << true << u"unsupported scheme \"qemu+unix\""_s << false;
    QTest::newRow("qemu+tcp is unencrypted") << u"qemu+tcp://kvm1.example/system"_s << false << true
                                             << u"unsupported scheme \"qemu+tcp\""_s << false;
    QTest::newRow("local qemu on a host not marked local")
        << u"qemu:///system"_s << false << true << u"not marked local"_s << false;
    QTest::newRow("test driver on a host not marked local")
        << u"test:///default"_s << false << true << u"not marked local"_s << false;
    QTest::newRow("qemu with a host leaves the transport open")
        << u"qemu://kvm1.example/system"_s << false << true << u"leaves the transport"_s << false;
    QTest::newRow("ssh command= elsewhere") << u"qemu+ssh://root@kvm1.example/system?command=%E"_s << false
                                            << true << u"outside the profile's folder"_s << false;
    QTest::newRow("ssh command= by a relative way out")
        << u"qemu+ssh://root@kvm1.example/system?command=../elsewhere/script"_s << false << true
        << u"outside the profile's folder"_s << false;
    QTest::newRow("ssh command= on PATH") << u"qemu+ssh://root@kvm1.example/system?command=sh"_s << false
                                          << true << u"does not exist"_s << false;
    QTest::newRow("ssh netcat=") << u"qemu+ssh://root@kvm1.example/system?netcat=%E"_s << false << true
                                 << u"netcat="_s << false;
    QTest::newRow("tls command=") << u"qemu+tls://kvm1.example/system?command=%S"_s << false << true
                                  << u"command="_s << false;
    QTest::newRow("unknown parameter") << u"qemu+ssh://root@kvm1.example/system?name=qemu:///system"_s
                                       << false << true << u"name="_s << false;

    // Accepted: the check goes on to connect (and fails, no such host), and only the site's own
    // wrapper runs.
    QTest::newRow("ssh with the wrapper beside the profile")
        << u"qemu+ssh://root@kvm1.invalid/system?command=%S&no_tty=1"_s << false << false << QString()
        << true;
    QTest::newRow("ssh wrapper relative to the profile")
        << u"qemu+ssh://root@kvm1.invalid/system?command=wrapper&no_tty=1"_s << false << false << QString()
        << true;
    QTest::newRow("tls") << u"qemu+tls://kvm1.invalid/system"_s << false << false << QString() << false;
    QTest::newRow("test driver on a host marked local")
        << u"test:///default"_s << true << false << QString() << false;
}

void TestVocctlSite::hostUris()
{
    QFETCH(QString, uri);
    QFETCH(bool, local);
    QFETCH(bool, refused);
    QFETCH(QString, message);
    QFETCH(bool, scriptRuns);

    const QString marker = m_dir->filePath(u"script-ran"_s);
    const QString beside = writeScript(m_dir->filePath(u"site/wrapper"_s), marker);
    const QString elsewhere = writeScript(m_dir->filePath(u"elsewhere/script"_s), marker);
    QVERIFY(!beside.isEmpty() && !elsewhere.isEmpty());
    uri.replace(u"%S"_s, beside).replace(u"%E"_s, elsewhere);

    QJsonObject host{{u"name"_s, u"kvm1"_s}, {u"uri"_s, uri}};
    if (local)
        host.insert(u"local"_s, true);
    const QString path = writeProfile(QJsonDocument(baseProfile(QJsonArray{host})).toJson());
    QVERIFY(!path.isEmpty());

    const voc::test::VocctlRun run =
        vocctl({u"site"_s, u"check"_s, u"--site"_s, path, u"--hosts-only"_s}, {.timeoutMs = 60000});
    qInfo("%s", qPrintable(run.err));
    if (refused) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"hosts[0].uri"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // no host was checked
    } else {
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"the profile was not used"_s), qPrintable(run.err));
    }
    QCOMPARE(QFileInfo::exists(marker), scriptRuns);
}

void TestVocctlSite::duplicateKeyIsNamed()
{
    // Two values for one key: a reviewer reads the first, Qt would take the second.
    const QByteArray json =
        QJsonDocument(baseProfile(QJsonArray{
                          QJsonObject{{u"name"_s, u"kvm1"_s}, {u"uri"_s, u"qemu+tls://kvm1/system"_s}}}))
            .toJson()
            .replace("\"uri\": \"qemu+tls://kvm1/system\"",
                     "\"uri\": \"qemu+tls://kvm1/system\", \"uri\": \"xen:///system\"");
    QVERIFY(json.contains("xen:"));
    const QString path = writeProfile(json);
    const voc::test::VocctlRun run = vocctl({u"site"_s, u"check"_s, u"--site"_s, path, u"--hosts-only"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"\"hosts[0].uri\" appears twice"_s), qPrintable(run.err));
}

void TestVocctlSite::cleartextPasswordIsRefused()
{
    QJsonObject profile = baseProfile(QJsonArray{
        QJsonObject{{u"name"_s, u"kvm1"_s}, {u"uri"_s, u"test:///default"_s}, {u"local"_s, true}}});
    QJsonObject directory = profile.value(u"directory"_s).toObject();
    directory.insert(u"uri"_s, u"ldap://192.0.2.1:389"_s);
    directory.insert(u"startTls"_s, false);
    profile.insert(u"directory"_s, directory);
    const QString path = writeProfile(QJsonDocument(profile).toJson());
    const voc::test::VocctlRun refused = vocctl({u"site"_s, u"check"_s, u"--site"_s, path},
                                                {.setVariables = {{u"VOCSTUDIO_LDAP_PASSWORD"_s, u"s"_s}}});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"directory.startTls"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"allowUnencrypted"_s), qPrintable(refused.err));

    // The provider says the directory has no TLS: the profile loads (the check then fails to
    // reach 192.0.2.1, a documentation address).
    directory.insert(u"allowUnencrypted"_s, true);
    profile.insert(u"directory"_s, directory);
    writeProfile(QJsonDocument(profile).toJson());
    const voc::test::VocctlRun allowed =
        vocctl({u"site"_s, u"check"_s, u"--site"_s, path, u"--hosts-only"_s});
    QVERIFY2(!allowed.err.contains(u"directory.startTls"_s), qPrintable(allowed.err));
}

void TestVocctlSite::noHostsSaysWhy()
{
    const QString path = writeProfile(QJsonDocument(baseProfile(QJsonArray{})).toJson());
    const voc::test::VocctlRun run = vocctl({u"site"_s, u"check"_s, u"--site"_s, path, u"--hosts-only"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"names no host"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestVocctlSite)
#include "tst_vocctlsite.moc"
