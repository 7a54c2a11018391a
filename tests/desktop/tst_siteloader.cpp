// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's site list (Sites, Deploy and Benchmarks pages) and vocctl read a site profile with
// the same loader: a profile whose host URI would run a program is refused by both, with the same
// message, and the program runs for neither.
#include "sites/sitejobs.h"

#include "../cli/vocctlrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSiteLoader : public QObject
{
    Q_OBJECT

private slots:
    void guiAndCliRefuseTheSameProfile_data();
    void guiAndCliRefuseTheSameProfile();
};

void TestSiteLoader::guiAndCliRefuseTheSameProfile_data()
{
    QTest::addColumn<QString>("uri"); // %S: a script that leaves a marker when it runs
    QTest::newRow("ext transport") << u"qemu+ext:///system?command=%S"_s;
    QTest::newRow("ssh wrapper outside the profile's folder") << u"qemu+ssh://root@kvm1/system?command=%S"_s;
    QTest::newRow("xen") << u"xen:///system"_s;
}

void TestSiteLoader::guiAndCliRefuseTheSameProfile()
{
    QFETCH(QString, uri);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sites = dir.filePath(u"sites"_s);
    QVERIFY(QDir().mkpath(sites));
    const QString marker = dir.filePath(u"ran"_s);
    QFile script(dir.filePath(u"script"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\ntouch '" + marker.toUtf8() + "'\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    uri.replace(u"%S"_s, script.fileName());

    const QString path = sites + u"/hostile.json"_s;
    QFile profile(path);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"format": "vocstudio-site/1", "name": "hostile",
                      "hosts": [{"name": "kvm1", "uri": ")" +
                  uri.toUtf8() + R"("}],
                      "network": {"bridge": "br0", "subnet": "10.0.0.0/24", "rangeStart": "10.0.0.10",
                                  "rangeEnd": "10.0.0.20", "dnsDomain": "site.test"},
                      "directory": {"uri": "ldaps://127.0.0.1:1", "baseDn": "dc=site,dc=test",
                                    "startTls": false}})");
    profile.close();

    // The pages' list of profiles.
    const QList<voc::SiteEntry> entries = voc::loadSiteEntries({}, sites);
    QCOMPARE(entries.size(), 1);
    const QString guiError = entries.first().error;
    QVERIFY2(guiError.contains(u"hosts[0].uri"_s), qPrintable(guiError));

    // vocctl's first line is the same "file: path: what", its hint the same hint.
    const voc::test::VocctlRun run =
        voc::test::vocctl({u"site"_s, u"check"_s, u"--site"_s, path, u"--hosts-only"_s});
    QCOMPARE(run.exitCode, 2);
    const QString cliError = run.err.section(u'\n', 0, 0);
    QVERIFY2(!cliError.isEmpty() && guiError.startsWith(cliError),
             qPrintable(u"GUI: %1\nCLI: %2"_s.arg(guiError, run.err)));
    QVERIFY(!QFileInfo::exists(marker));
}

QTEST_MAIN(TestSiteLoader)
#include "tst_siteloader.moc"
