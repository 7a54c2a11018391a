// SPDX-License-Identifier: GPL-3.0-or-later
// A VSP directory shared by two VOs, alpha and beta, against a real slapd made from the provider's
// files (resources/provider: VOC Studio's schema and access rules, loaded by scripts/slapd-instance as
// docs/provider-guide.md loads them). Each VO binds as its own account uid=<vo>,ou=people and
// writes its VOCs' records below its own entry ou=<vo>,ou=vocs, where the provider keeps its grant.
// Every row is one thing a VO tries with the OpenLDAP tools; what the server answers is what any
// client (VOC Studio or not) gets. Nothing of the other VO may change while the rows run.
#include "slapdinstance.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr char suffix[] = "dc=vsp,dc=test";

QString dn(const char* relative)
{
    return QString::fromLatin1(relative) + QLatin1Char(',') + QLatin1String(suffix);
}

QString voDn(const QString& vo)
{
    return QStringLiteral("uid=%1,ou=people,%2").arg(vo, QLatin1String(suffix));
}

// The entry of VO `vo` with its grant, its account, one VOC and one VCN record in it.
QByteArray voLdif(const QString& vo, int number)
{
    const QString base = QLatin1String(suffix);
    return QStringLiteral("dn: ou=%1,ou=vocs,%2\n"
                          "objectClass: organizationalUnit\n"
                          "objectClass: vocsVirtualOrganization\n"
                          "ou: %1\n"
                          "vocsGrantAddressRange: 10.213.0.%3-10.213.0.%4\n"
                          "vocsGrantMaxVcns: 8\n"
                          "vocsGrantMaxVcpus: 16\n"
                          "vocsGrantMaxMemoryMiB: 16384\n"
                          "vocsGrantMaxStorageMiB: 20480\n"
                          "owner: uid=%1,ou=people,%2\n"
                          "\n"
                          "dn: uid=%1,ou=people,%2\n"
                          "objectClass: account\n"
                          "objectClass: posixAccount\n"
                          "uid: %1\n"
                          "cn: %1\n"
                          "uidNumber: %5\n"
                          "gidNumber: %5\n"
                          "homeDirectory: /home/%1\n"
                          "userPassword: %1-secret\n"
                          "\n"
                          "dn: ou=demo,ou=%1,ou=vocs,%2\n"
                          "objectClass: organizationalUnit\n"
                          "ou: demo\n"
                          "\n"
                          "dn: cn=%1-head,ou=demo,ou=%1,ou=vocs,%2\n"
                          "objectClass: device\n"
                          "objectClass: ipHost\n"
                          "objectClass: ieee802Device\n"
                          "cn: %1-head\n"
                          "ipHostNumber: 10.213.0.%3\n"
                          "macAddress: 02:00:00:00:00:%6\n")
        .arg(vo, base)
        .arg(100 + 50 * number)
        .arg(149 + 50 * number)
        .arg(20001 + number)
        .arg(number + 1, 2, 16, QLatin1Char('0'))
        .toUtf8();
}

} // namespace

class TestDirectoryTenancyE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void voRefusedOutsideItsSubtree_data();
    void voRefusedOutsideItsSubtree();
    void voWritesItsOwnRecords();
    void voSeesOnlyItsOwn();
    void netsyncReadsEveryVoAndWritesNothing();
    void cleanupTestCase();

private:
    ToolRun as(const QString& vo, const char* tool, const QStringList& arguments,
               const QByteArray& input = {});
    QByteArray betaAsAdminSees();

    QTemporaryDir m_tmp;
    SlapdInstance m_slapd;
    QByteArray m_betaBefore;
};

ToolRun TestDirectoryTenancyE2e::as(const QString& vo, const char* tool, const QStringList& arguments,
                                    const QByteArray& input)
{
    const QStringList bind{QStringLiteral("-x"), QStringLiteral("-ZZ"), QStringLiteral("-H"),
                           m_slapd.url(),        QStringLiteral("-D"),  voDn(vo),
                           QStringLiteral("-w"), vo + u"-secret"_s};
    return runTool(QLatin1String(tool), bind + arguments, input, m_slapd.ca());
}

// Every attribute of every entry of beta (its subtree and its account), as the admin reads them.
QByteArray TestDirectoryTenancyE2e::betaAsAdminSees()
{
    QByteArray all;
    for (const QString& base : {dn("ou=beta,ou=vocs"), voDn(QStringLiteral("beta"))}) {
        const ToolRun run = m_slapd.admin("ldapsearch", {QStringLiteral("-LLL"), QStringLiteral("-b"), base,
                                                         QStringLiteral("(objectClass=*)"),
                                                         QStringLiteral("*"), QStringLiteral("+")});
        all += run.out;
    }
    return all;
}

void TestDirectoryTenancyE2e::initTestCase()
{
    const QString missing = missingSlapdTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(m_slapd.start(m_tmp.filePath(QStringLiteral("slapd"))), m_slapd.log().constData());
    QCOMPARE(m_slapd.suffix(), QLatin1String(suffix));
    const ToolRun added = m_slapd.admin(
        "ldapadd", {}, voLdif(QStringLiteral("alpha"), 0) + "\n" + voLdif(QStringLiteral("beta"), 1));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    m_betaBefore = betaAsAdminSees();
    QVERIFY(m_betaBefore.contains("dn: cn=beta-head,ou=demo,ou=beta,ou=vocs,dc=vsp,dc=test"));
    QVERIFY(m_betaBefore.contains("vocsGrantMaxVcns: 8"));
}

// What alpha tries against beta (and against its own grant), the LDAP result and what the server
// says about it (the tools print "ldap_<op>: <result> (<code>)" or "Result: <result> (<code>)").
void TestDirectoryTenancyE2e::voRefusedOutsideItsSubtree_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said");

    const QByteArray betaHead = dn("cn=beta-head,ou=demo,ou=beta,ou=vocs").toUtf8();
    const QByteArray record = "objectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n";
    QTest::newRow("add a VCN record in beta's VOC")
        << u"ldapadd"_s << QStringList{}
        << QByteArray("dn: cn=evil,ou=demo,ou=beta,ou=vocs,dc=vsp,dc=test\n" + record +
                      "cn: evil\nipHostNumber: 10.213.0.120\nmacAddress: 02:00:00:00:01:01\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("add a VOC under beta")
        << u"ldapadd"_s << QStringList{}
        << QByteArray(
               "dn: ou=evil,ou=beta,ou=vocs,dc=vsp,dc=test\nobjectClass: organizationalUnit\nou: evil\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("change the IP of beta's record")
        << u"ldapmodify"_s << QStringList{}
        << QByteArray("dn: " + betaHead +
                      "\nchangetype: modify\nreplace: ipHostNumber\nipHostNumber: 10.213.0.101\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("delete beta's record") << u"ldapdelete"_s << QStringList{QString::fromUtf8(betaHead)}
                                          << QByteArray() << 50 << QByteArray("Insufficient access");
    QTest::newRow("delete beta's VOC with its records")
        << u"ldapdelete"_s << QStringList{QStringLiteral("-r"), dn("ou=demo,ou=beta,ou=vocs")} << QByteArray()
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("move beta's record into alpha")
        << u"ldapmodrdn"_s
        << QStringList{QStringLiteral("-s"), dn("ou=demo,ou=alpha,ou=vocs"), QString::fromUtf8(betaHead),
                       QStringLiteral("cn=beta-head")}
        << QByteArray() << 50 << QByteArray("Insufficient access");
    QTest::newRow("raise its own VCN quota")
        << u"ldapmodify"_s << QStringList{}
        << QByteArray("dn: ou=alpha,ou=vocs,dc=vsp,dc=test\nchangetype: modify\nreplace: vocsGrantMaxVcns\n"
                      "vocsGrantMaxVcns: 99\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("widen its own address range")
        << u"ldapmodify"_s << QStringList{}
        << QByteArray("dn: ou=alpha,ou=vocs,dc=vsp,dc=test\nchangetype: modify\nadd: vocsGrantAddressRange\n"
                      "vocsGrantAddressRange: 10.213.0.150-10.213.0.199\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("delete its own grant") << u"ldapdelete"_s << QStringList{dn("ou=alpha,ou=vocs")}
                                          << QByteArray() << 50 << QByteArray("Insufficient access");
    QTest::newRow("make a second VO entry")
        << u"ldapadd"_s << QStringList{}
        << QByteArray("dn: ou=gamma,ou=vocs,dc=vsp,dc=test\nobjectClass: organizationalUnit\nou: gamma\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("take beta's IP")
        << u"ldapadd"_s << QStringList{}
        << QByteArray("dn: cn=alpha-c1,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\n" + record +
                      "cn: alpha-c1\nipHostNumber: 10.213.0.150\nmacAddress: 02:00:00:00:01:02\n")
        << 19 << QByteArray("Constraint violation");
    QTest::newRow("take beta's MAC")
        << u"ldapadd"_s << QStringList{}
        << QByteArray("dn: cn=alpha-c1,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\n" + record +
                      "cn: alpha-c1\nipHostNumber: 10.213.0.101\nmacAddress: 02:00:00:00:00:02\n")
        << 19 << QByteArray("Constraint violation");
    QTest::newRow("take beta's hostname")
        << u"ldapadd"_s << QStringList{}
        << QByteArray("dn: cn=beta-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\n" + record +
                      "cn: beta-head\nipHostNumber: 10.213.0.101\nmacAddress: 02:00:00:00:01:03\n")
        << 19 << QByteArray("Constraint violation");
    // ldappasswd exits 1 on any failure and prints the server's result.
    QTest::newRow("change beta's password")
        << u"ldappasswd"_s << QStringList{QStringLiteral("-s"), QStringLiteral("stolen"), voDn(u"beta"_s)}
        << QByteArray() << 1 << QByteArray("Insufficient access (50)");
    QTest::newRow("make itself uid 0")
        << u"ldapmodify"_s << QStringList{}
        << QByteArray("dn: uid=alpha,ou=people,dc=vsp,dc=test\nchangetype: modify\nreplace: uidNumber\n"
                      "uidNumber: 0\n")
        << 50 << QByteArray("Insufficient access");
    QTest::newRow("add an account") << u"ldapadd"_s << QStringList{}
                                    << QByteArray("dn: uid=mallory,ou=people,dc=vsp,dc=test\nobjectClass: "
                                                  "account\nuid: mallory\n")
                                    << 50 << QByteArray("Insufficient access");
}

void TestDirectoryTenancyE2e::voRefusedOutsideItsSubtree()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);

    const ToolRun run = as(QStringLiteral("alpha"), tool.toUtf8().constData(), arguments, input);
    const QByteArray printed = run.out + run.err;
    QVERIFY2(run.exitCode == exitCode, printed.constData());
    QVERIFY2(printed.contains(said), printed.constData());
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

// Within its subtree a VO needs no one: a VOC, records, a change of address, removal.
void TestDirectoryTenancyE2e::voWritesItsOwnRecords()
{
    const QByteArray add = "dn: ou=second,ou=alpha,ou=vocs,dc=vsp,dc=test\n"
                           "objectClass: organizationalUnit\nou: second\n\n"
                           "dn: cn=second-head,ou=second,ou=alpha,ou=vocs,dc=vsp,dc=test\n"
                           "objectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n"
                           "cn: second-head\nipHostNumber: 10.213.0.110\nmacAddress: 02:00:00:00:02:01\n";
    ToolRun run = as(QStringLiteral("alpha"), "ldapadd", {}, add);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = as(QStringLiteral("alpha"), "ldapmodify", {},
             "dn: cn=second-head,ou=second,ou=alpha,ou=vocs,dc=vsp,dc=test\nchangetype: modify\n"
             "replace: ipHostNumber\nipHostNumber: 10.213.0.111\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = as(QStringLiteral("alpha"), "ldapsearch",
             {QStringLiteral("-LLL"), QStringLiteral("-b"), dn("ou=second,ou=alpha,ou=vocs"),
              QStringLiteral("(cn=second-head)"), QStringLiteral("ipHostNumber")});
    QVERIFY2(run.out.contains("ipHostNumber: 10.213.0.111"), run.out.constData());
    run = as(QStringLiteral("alpha"), "ldapdelete", {QStringLiteral("-r"), dn("ou=second,ou=alpha,ou=vocs")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Its own password it may change (and change back, so later rows still bind).
    run = as(QStringLiteral("alpha"), "ldappasswd", {QStringLiteral("-s"), QStringLiteral("alpha-secret")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

// alpha's searches return alpha's entries and its grant; beta's entries and account do not exist for
// it (no "insufficient access" that would confirm them).
void TestDirectoryTenancyE2e::voSeesOnlyItsOwn()
{
    const ToolRun all =
        as(QStringLiteral("alpha"), "ldapsearch",
           {QStringLiteral("-LLL"), QStringLiteral("-b"), QLatin1String(suffix),
            QStringLiteral("(objectClass=*)"), QStringLiteral("dn"), QStringLiteral("vocsGrantMaxVcns")});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QVERIFY2(all.out.contains("dn: cn=alpha-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test"),
             all.out.constData());
    QVERIFY2(all.out.contains("vocsGrantMaxVcns: 8"), all.out.constData());
    QVERIFY2(!all.out.contains("beta"), all.out.constData());
    QVERIFY2(!all.out.contains("ou=services"), all.out.constData());
    const ToolRun beta = as(QStringLiteral("alpha"), "ldapsearch",
                            {QStringLiteral("-LLL"), QStringLiteral("-b"), dn("ou=beta,ou=vocs")});
    QCOMPARE(beta.exitCode, 32); // noSuchObject
    QVERIFY(beta.out.isEmpty());
    const ToolRun passwords =
        as(QStringLiteral("alpha"), "ldapsearch",
           {QStringLiteral("-LLL"), QStringLiteral("-b"), voDn(u"alpha"_s), QStringLiteral("userPassword")});
    QVERIFY2(passwords.exitCode == 0, passwords.err.constData());
    QVERIFY2(!passwords.out.contains("userPassword"), passwords.out.constData());
}

// The provider's netsync account reads every VO's records (it writes DHCP and DNS for all of them)
// and writes nothing.
void TestDirectoryTenancyE2e::netsyncReadsEveryVoAndWritesNothing()
{
    QStringList bind{QStringLiteral("-x"), QStringLiteral("-ZZ"),
                     QStringLiteral("-H"), m_slapd.url(),
                     QStringLiteral("-D"), m_slapd.value("netsync_dn"),
                     QStringLiteral("-w"), QStringLiteral("netsync-secret")};
    const ToolRun read =
        runTool(QStringLiteral("ldapsearch"),
                bind + QStringList{QStringLiteral("-LLL"), QStringLiteral("-b"), dn("ou=vocs"),
                                   QStringLiteral("(objectClass=ipHost)"), QStringLiteral("cn")},
                {}, m_slapd.ca());
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QVERIFY2(read.out.contains("cn: alpha-head") && read.out.contains("cn: beta-head"), read.out.constData());
    const ToolRun write =
        runTool(QStringLiteral("ldapdelete"), bind + QStringList{dn("cn=beta-head,ou=demo,ou=beta,ou=vocs")},
                {}, m_slapd.ca());
    QCOMPARE(write.exitCode, 50);
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

void TestDirectoryTenancyE2e::cleanupTestCase()
{
    m_slapd.stop();
}

QTEST_GUILESS_MAIN(TestDirectoryTenancyE2e)
#include "tst_directorytenancy_e2e.moc"
