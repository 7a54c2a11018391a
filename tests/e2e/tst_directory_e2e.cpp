// SPDX-License-Identifier: GPL-3.0-or-later
// The LDAP directory against a real slapd (scripts/slapd-instance on 127.0.0.1, no root): binds and
// their failures (password, CA, unreachable, no StartTLS), VCN records added all-or-nothing,
// conflicts and injection attempts refused with nothing written, paged results past the server's
// size limit, removal of a VOC, and a reconnect after the server restarted.
#include "directory/directory.h"
#include "slapdinstance.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace voc::test;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

VcnRecord vcn(const QString& voc, int index, const QString& description = {})
{
    return VcnRecord{voc,
                     QStringLiteral("%1-node%2").arg(voc).arg(index, 4, 10, QLatin1Char('0')),
                     QStringLiteral("10.%1.%2.%3").arg(voc.size()).arg(index / 250).arg(index % 250 + 1),
                     QStringLiteral("02:%1:00:00:%2:%3")
                         .arg(voc.size(), 2, 16, QLatin1Char('0'))
                         .arg(index / 256, 2, 16, QLatin1Char('0'))
                         .arg(index % 256, 2, 16, QLatin1Char('0')),
                     description,
                     {}};
}

// Refused before anything reached the server (a failed Result, never a thrown access).
template<typename T> bool refusedAsInvalid(const Result<T>& result)
{
    return !result.ok() && result.error().code == ErrorCode::InvalidInput;
}

QStringList hostnames(const QList<VcnRecord>& records)
{
    QStringList names;
    for (const VcnRecord& r : records)
        names << r.hostname;
    return names;
}

} // namespace

class TestDirectoryE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bindsWithStartTls();
    void refusedConnections_data();
    void refusedConnections();
    void addListRemove();
    void conflictsWriteNothing_data();
    void conflictsWriteNothing();
    void injectionRefusedWithoutWrite_data();
    void injectionRefusedWithoutWrite();
    void failureMidwayRollsBack();
    void pagedResultsPastSizeLimit();
    void reconnectsAfterRestart();

private:
    std::unique_ptr<Directory> connect();
    QList<VcnRecord> everything(Directory& directory);

    QTemporaryDir m_tmp;
    SlapdInstance m_slapd;
    SlapdInstance m_plain; // --no-tls: a server that offers no StartTLS
    QString m_otherCa;
};

void TestDirectoryE2e::initTestCase()
{
    if (const QString missing = missingSlapdTools(); !missing.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1 is not installed; scripts/setup installs slapd, ldap-utils and openssl")
                .arg(missing)));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(m_slapd.start(m_tmp.filePath(u("slapd"))), m_slapd.log().constData());
    QVERIFY(!m_slapd.ca().isEmpty());
    QVERIFY2(m_plain.start(m_tmp.filePath(u("plain")), {u("--no-tls")}), m_plain.log().constData());
    // A CA that signed nothing the server has: TLS must fail with it.
    m_otherCa = m_tmp.filePath(u("other-ca.pem"));
    const ToolRun ca = runTool(u("openssl"), {u("req"), u("-x509"), u("-newkey"), u("ec"), u("-pkeyopt"),
                                              u("ec_paramgen_curve:prime256v1"), u("-nodes"), u("-days"),
                                              u("1"), u("-subj"), u("/CN=Some other CA"), u("-keyout"),
                                              m_tmp.filePath(u("other-ca.key")), u("-out"), m_otherCa});
    QCOMPARE(ca.exitCode, 0);
}

std::unique_ptr<Directory> TestDirectoryE2e::connect()
{
    Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(m_slapd.serviceConfig());
    if (!directory) {
        qWarning("%s", qPrintable(directory.error().toString()));
        return {};
    }
    return std::move(directory.value());
}

QList<VcnRecord> TestDirectoryE2e::everything(Directory& directory)
{
    const Result<QList<VcnRecord>> all = directory.listVcns();
    return all ? *all : QList<VcnRecord>{};
}

void TestDirectoryE2e::bindsWithStartTls()
{
    const auto directory = connect();
    QVERIFY(directory);
    const Result<DirectoryInfo> info = directory->info();
    QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
    QCOMPARE(info->boundAs, u("dn:") + m_slapd.value("service_dn"));
    QVERIFY(info->tls);
    QCOMPARE(info->baseDn, m_slapd.suffix());
    QCOMPARE(info->uri, m_slapd.url());
}

void TestDirectoryE2e::refusedConnections_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("bindDn");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("inWhat");
    QTest::addColumn<QString>("inHint");

    const QString uri = m_slapd.url();
    const QString service = m_slapd.value("service_dn");
    const QString ca = m_slapd.ca();
    const QString closed = u("ldap://127.0.0.1:%1").arg(freeLoopbackPort());
    QTest::newRow("wrong password") << uri << service << u("not-the-password") << ca << true
                                    << ErrorCode::External << service << u("check the bind DN and password");
    const QString nobody = u("cn=nobody,ou=services,") + m_slapd.suffix();
    QTest::newRow("unknown bind DN") << uri << nobody << u("x") << ca << true << ErrorCode::External << nobody
                                     << u("check the bind DN and password");
    QTest::newRow("CA that does not match")
        << uri << service << u("vocstudio-secret") << m_otherCa << true << ErrorCode::External
        << u("could not start TLS") << u("CA file");
    QTest::newRow("CA file missing") << uri << service << u("vocstudio-secret")
                                     << m_tmp.filePath(u("none.pem")) << true << ErrorCode::NotFound
                                     << u("none.pem") << u("CA file");
    QTest::newRow("unreachable server") << closed << service << u("vocstudio-secret") << ca << true
                                        << ErrorCode::External << closed << closed;
    QTest::newRow("server without StartTLS")
        << m_plain.url() << m_plain.value("service_dn") << u("vocstudio-secret") << ca << true
        << ErrorCode::External << u("does not offer StartTLS") << u("enable TLS on the server");
    QTest::newRow("bind in clear text refused by the server")
        << uri << service << u("vocstudio-secret") << ca << false << ErrorCode::External << service
        << u("requires TLS");
    QTest::newRow("not an LDAP URI") << u("http://127.0.0.1:80") << service << u("x") << ca << true
                                     << ErrorCode::InvalidInput << u("http://127.0.0.1:80") << u("ldap://");
}

void TestDirectoryE2e::refusedConnections()
{
    QFETCH(QString, uri);
    QFETCH(QString, bindDn);
    QFETCH(QString, password);
    QFETCH(QString, caFile);
    QFETCH(bool, startTls);
    QFETCH(ErrorCode, code);
    QFETCH(QString, inWhat);
    QFETCH(QString, inHint);

    DirectoryConfig config = m_slapd.serviceConfig();
    config.uri = uri;
    config.bindDn = bindDn;
    config.password = password;
    config.caFile = caFile;
    config.startTls = startTls;
    QElapsedTimer timer;
    timer.start();
    const Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(config);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!directory);
    const Error& error = directory.error();
    qInfo("%s (%lld ms)", qPrintable(error.toString()), elapsed);
    QCOMPARE(error.code, code);
    QVERIFY2(error.what.contains(inWhat), qPrintable(error.what));
    QVERIFY2(error.hint.contains(inHint), qPrintable(error.hint));
    QVERIFY2(elapsed < config.timeoutMs + 1000, qPrintable(QString::number(elapsed)));
}

void TestDirectoryE2e::addListRemove()
{
    const auto directory = connect();
    QVERIFY(directory);
    QList<VcnRecord> records{vcn(u("alpha"), 1, u("head, physics-vo")), vcn(u("alpha"), 2),
                             vcn(u("alpha"), 3)};
    records[1].hostname = records[1].hostname.toUpper(); // stored lower-case
    records[2].mac = records[2].mac.toUpper().replace(QLatin1Char(':'), QLatin1Char('-'));
    QVERIFY2(directory->addVcns(records).ok(), "");

    const Result<QList<VcnRecord>> listed = directory->listVcns(u("alpha"));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const VcnRecord expected = *normalizeVcnRecord(records[i]);
        const VcnRecord& got = listed->at(i);
        QCOMPARE(got.voc, expected.voc);
        QCOMPARE(got.hostname, expected.hostname);
        QCOMPARE(got.ip, expected.ip);
        QCOMPARE(got.mac, expected.mac);
        QCOMPARE(got.description, expected.description);
        QCOMPARE(got.dn, u("cn=%1,ou=alpha,ou=vocs,%2").arg(expected.hostname, m_slapd.suffix()));
    }
    QCOMPARE(*directory->listVocs(), QStringList{u("alpha")});
    QCOMPARE(directory->info()->vcnCount, 3);

    QVERIFY(directory->removeVcn(u("alpha"), listed->at(1).hostname));
    QCOMPARE(directory->listVcns(u("alpha"))->size(), 2);
    const Status again = directory->removeVcn(u("alpha"), listed->at(1).hostname);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);

    const Result<int> removed = directory->removeVoc(u("alpha"));
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().toString()));
    QCOMPARE(*removed, 2);
    QVERIFY(directory->listVocs()->isEmpty());
    QVERIFY(directory->listVcns(u("alpha"))->isEmpty());
    const Result<int> gone = directory->removeVoc(u("alpha"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestDirectoryE2e::conflictsWriteNothing_data()
{
    QTest::addColumn<QList<VcnRecord>>("batch");
    QTest::addColumn<QString>("field");

    // The directory holds beta-node0001 (10.4.0.2, 02:04:00:00:00:01) while these run.
    const VcnRecord existing = vcn(u("beta"), 1);
    VcnRecord sameIp = vcn(u("gamma"), 7);
    sameIp.ip = existing.ip;
    VcnRecord sameMac = vcn(u("gamma"), 8);
    sameMac.mac = existing.mac.toUpper().replace(QLatin1Char(':'), QLatin1Char('-'));
    VcnRecord sameName = vcn(u("gamma"), 9);
    sameName.hostname = existing.hostname;
    QTest::newRow("IP in the directory") << QList<VcnRecord>{vcn(u("gamma"), 1), sameIp} << u("ipHostNumber");
    QTest::newRow("MAC in the directory") << QList<VcnRecord>{sameMac, vcn(u("gamma"), 2)} << u("macAddress");
    QTest::newRow("hostname in another VOC") << QList<VcnRecord>{sameName} << u("cn");
    VcnRecord twin = vcn(u("gamma"), 3);
    twin.hostname = u("gamma-other");
    QTest::newRow("same IP twice in the batch")
        << QList<VcnRecord>{vcn(u("gamma"), 3), twin} << u("ipHostNumber");
}

void TestDirectoryE2e::conflictsWriteNothing()
{
    QFETCH(QList<VcnRecord>, batch);
    QFETCH(QString, field);
    const auto directory = connect();
    QVERIFY(directory);
    QVERIFY(directory->addVcns({vcn(u("beta"), 1)}));
    const QList<VcnRecord> before = everything(*directory);

    const Status added = directory->addVcns(batch);
    QVERIFY(!added);
    qInfo("%s", qPrintable(added.error().toString()));
    QCOMPARE(added.error().code, ErrorCode::Conflict);
    QVERIFY2(added.error().what.contains(field), qPrintable(added.error().what));
    QCOMPARE(everything(*directory), before);
    QCOMPARE(*directory->listVocs(), QStringList{u("beta")}); // no ou=gamma either
    QCOMPARE(*directory->removeVoc(u("beta")), 1);
}

void TestDirectoryE2e::injectionRefusedWithoutWrite_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const char* field : {"hostname", "voc", "ip", "mac"}) {
        QTest::addRow("%s *)(cn=*", field) << u(field) << u("*)(cn=*");
        QTest::addRow("%s ,ou=x", field) << u(field) << u(",ou=x");
        QTest::addRow("%s \\00", field) << u(field) << u("a\\00");
        QTest::addRow("%s NUL", field) << u(field) << (u("a") + QChar(0) + u("b"));
        QTest::addRow("%s non-ASCII", field) << u(field) << u("n\u00f6de");
        QTest::addRow("%s 300 characters", field) << u(field) << QString(300, QLatin1Char('a'));
    }
}

void TestDirectoryE2e::injectionRefusedWithoutWrite()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto directory = connect();
    QVERIFY(directory);
    QVERIFY(directory->addVcns({vcn(u("delta"), 1)}));
    const QList<VcnRecord> before = everything(*directory);

    VcnRecord record = vcn(u("delta"), 2);
    (field == u("hostname") ? record.hostname
     : field == u("voc")    ? record.voc
     : field == u("ip")     ? record.ip
                            : record.mac) = value;
    const Status added = directory->addVcns({vcn(u("delta"), 3), record});
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QCOMPARE(everything(*directory), before);
    if (field == u("hostname") || field == u("voc")) {
        const QString voc = field == u("voc") ? value : u("delta");
        const QString host = field == u("hostname") ? value : u("delta-node0001");
        QVERIFY(refusedAsInvalid(directory->removeVcn(voc, host)));
        if (field == u("voc")) {
            QVERIFY(refusedAsInvalid(directory->listVcns(value)));
            QVERIFY(refusedAsInvalid(directory->removeVoc(value)));
        }
    }
    QCOMPARE(everything(*directory), before);
    QCOMPARE(*directory->removeVoc(u("delta")), 1);
}

void TestDirectoryE2e::failureMidwayRollsBack()
{
    const auto directory = connect();
    QVERIFY(directory);
    // An entry the conflict check cannot see (a device, not an ipHost) in the way of the third
    // record: the server refuses that add after two records and a new ou were written.
    const QString blocker = u("cn=epsilon-node0003,ou=epsilon,ou=vocs,") + m_slapd.suffix();
    const QByteArray ldif = u("dn: ou=epsilon,ou=vocs,%1\nobjectClass: organizationalUnit\nou: epsilon\n\n"
                              "dn: %2\nobjectClass: device\ncn: epsilon-node0003\n")
                                .arg(m_slapd.suffix(), blocker)
                                .toUtf8();
    const ToolRun add = m_slapd.admin("ldapadd", {}, ldif);
    QVERIFY2(add.exitCode == 0, add.err.constData());

    const Status added = directory->addVcns({vcn(u("zeta"), 1), vcn(u("zeta"), 2), vcn(u("epsilon"), 3)});
    QVERIFY(!added);
    qInfo("%s", qPrintable(added.error().toString()));
    QCOMPARE(added.error().code, ErrorCode::Conflict);
    QVERIFY(added.error().what.contains(blocker));
    QVERIFY2(added.error().hint.contains(u("nothing of this batch was kept")),
             qPrintable(added.error().hint));
    QVERIFY(everything(*directory).isEmpty());
    QCOMPARE(*directory->listVocs(),
             QStringList{u("epsilon")}); // ou=zeta was made by the batch and went with it
    QCOMPARE(*directory->removeVoc(u("epsilon")), 0);
}

void TestDirectoryE2e::pagedResultsPastSizeLimit()
{
    const auto directory = connect();
    QVERIFY(directory);
    QList<VcnRecord> records;
    for (int i = 0; i < 1200; ++i)
        records << vcn(u("big"), i);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(directory->addVcns(records));
    qInfo("added 1200 VCN records in %lld ms", timer.restart());

    // The server gives the service account 500 entries per plain search ...
    const ToolRun plain = runTool(u("ldapsearch"),
                                  {u("-x"), u("-ZZ"), u("-H"), m_slapd.url(), u("-D"),
                                   m_slapd.value("service_dn"), u("-w"), u("vocstudio-secret"), u("-b"),
                                   u("ou=vocs,") + m_slapd.suffix(), u("(objectClass=ipHost)"), u("1.1")},
                                  {}, m_slapd.ca());
    QCOMPARE(plain.exitCode, 4); // sizeLimitExceeded
    // ... and the directory reads all of them, 500 per page.
    const Result<QList<VcnRecord>> listed = directory->listVcns(u("big"));
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error().toString()));
    qInfo("listed 1200 VCN records in %lld ms", timer.restart());
    QCOMPARE(listed->size(), 1200);
    QCOMPARE(listed->first().hostname, u("big-node0000"));
    QCOMPARE(listed->last().hostname, u("big-node1199"));
    QCOMPARE(directory->info()->vcnCount, 1200);

    const Result<int> removed = directory->removeVoc(u("big"));
    QVERIFY(removed);
    QCOMPARE(*removed, 1200);
    qInfo("removed them in %lld ms", timer.elapsed());
}

void TestDirectoryE2e::reconnectsAfterRestart()
{
    const auto directory = connect();
    QVERIFY(directory);
    QVERIFY(directory->addVcns({vcn(u("eta"), 1)}));

    m_slapd.stop();
    const Result<QStringList> down = directory->listVocs();
    QVERIFY(!down);
    QCOMPARE(down.error().code, ErrorCode::External);
    QCOMPARE(down.error().where, m_slapd.url());

    QVERIFY2(m_slapd.restart(), m_slapd.log().constData());
    // The same Directory object goes on: one reconnect, no error to the caller.
    const Result<QList<VcnRecord>> listed = directory->listVcns(u("eta"));
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error().toString()));
    QCOMPARE(hostnames(*listed), QStringList{u("eta-node0001")});
    QCOMPARE(*directory->removeVoc(u("eta")), 1);
}

QTEST_GUILESS_MAIN(TestDirectoryE2e)
#include "tst_directory_e2e.moc"
