// SPDX-License-Identifier: GPL-3.0-or-later
// A VSP directory shared by two VOs, alpha and beta, against a real slapd made from the provider's
// files (resources/provider: VOC Studio's schema and access rules, loaded by scripts/slapd-instance as
// docs/provider-guide.md loads them). Each VO binds as its own account uid=<vo>,ou=people and
// writes its VOCs' records below its own entry ou=<vo>,ou=vocs, where the provider keeps its grant.
// Every row is one thing a VO tries with the OpenLDAP tools; what the server answers is what any
// client (VOC Studio or not) gets. Then VOC Studio's own Directory, bound as alpha with alpha's
// profile (directory.vo), does its work below alpha's entry, is told why when it reaches for beta's,
// and reads alpha's grant; bound as netsync it reads both VOs' records with their VO. Nothing of the
// other VO may change while the rows run.
#include "slapdinstance.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace voc::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::VcnRecord)

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

VcnRecord alphaRecord(const char* voc, const char* hostname, const char* ip, const char* mac)
{
    return VcnRecord{
        QLatin1String(voc), QLatin1String(hostname), QLatin1String(ip), QLatin1String(mac), {}, {}};
}

QStringList namesOf(const QList<VcnRecord>& records)
{
    QStringList names;
    for (const VcnRecord& r : records)
        names << r.vo + u'/' + r.voc + u'/' + r.hostname;
    names.sort();
    return names;
}

QString text(const Error& error)
{
    return error.toString();
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
    void directoryAsVoWorksBelowItsEntry();
    void directoryAsVoCannotTakeBetasValues_data();
    void directoryAsVoCannotTakeBetasValues();
    void directoryAsVoRemovesNothingOfBeta();
    void directoryWithAnotherVosNameIsToldWhy();
    void grantOfTheVo();
    void netsyncDirectoryAndWatchSeeEveryVo();
    void cleanupTestCase();

private:
    // VOC Studio's Directory bound as `vo`'s account with a profile for VO `profileVo`.
    std::unique_ptr<Directory> connectAs(const QString& vo, const QString& profileVo);
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

std::unique_ptr<Directory> TestDirectoryTenancyE2e::connectAs(const QString& vo, const QString& profileVo)
{
    DirectoryConfig config = m_slapd.config(voDn(vo), vo + u"-secret"_s);
    config.vo = profileVo;
    Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(config);
    if (!directory)
        qWarning("%s", qPrintable(directory.error().toString()));
    return directory ? std::move(*directory) : nullptr;
}

// alpha's VOCs, records and their removal, all below ou=alpha,ou=vocs; it sees nothing of beta.
void TestDirectoryTenancyE2e::directoryAsVoWorksBelowItsEntry()
{
    const std::unique_ptr<Directory> alpha = connectAs(u"alpha"_s, u"alpha"_s);
    QVERIFY(alpha);
    const Result<DirectoryInfo> info = alpha->info();
    QVERIFY2(info.ok(), qPrintable(info ? QString() : text(info.error())));
    QCOMPARE(info->vo, u"alpha"_s);
    QCOMPARE(info->boundAs, u"dn:"_s + voDn(u"alpha"_s));
    QCOMPARE(info->vocCount, 1);
    QCOMPARE(info->vcnCount, 1);
    QCOMPARE(*alpha->listVocs(), QStringList{u"demo"_s});
    const Result<QList<VcnRecord>> before = alpha->listVcns();
    QVERIFY2(before.ok(), qPrintable(before ? QString() : text(before.error())));
    QCOMPARE(namesOf(*before), QStringList{u"alpha/demo/alpha-head"_s});
    QCOMPARE(before->first().dn, dn("cn=alpha-head,ou=demo,ou=alpha,ou=vocs"));

    const Status added =
        alpha->addVcns({alphaRecord("second", "alpha-s1", "10.213.0.110", "02:00:00:00:03:01"),
                        alphaRecord("second", "alpha-s2", "10.213.0.111", "02:00:00:00:03:02")});
    QVERIFY2(added.ok(), qPrintable(added ? QString() : text(added.error())));
    QCOMPARE(namesOf(*alpha->listVcns(u"second"_s)),
             (QStringList{u"alpha/second/alpha-s1"_s, u"alpha/second/alpha-s2"_s}));
    QCOMPARE(*alpha->listVocs(), (QStringList{u"demo"_s, u"second"_s}));
    // Where they went, as the admin sees it.
    const ToolRun written = m_slapd.admin(
        "ldapsearch", {u"-LLL"_s, u"-b"_s, dn("ou=second,ou=alpha,ou=vocs"), u"(cn=alpha-s1)"_s, u"dn"_s});
    QVERIFY2(written.out.contains("dn: cn=alpha-s1,ou=second,ou=alpha,ou=vocs,dc=vsp,dc=test"),
             written.out.constData());

    const Status removed = alpha->removeVcn(u"second"_s, u"alpha-s2"_s);
    QVERIFY2(removed.ok(), qPrintable(removed ? QString() : text(removed.error())));
    const Result<int> vocGone = alpha->removeVoc(u"second"_s);
    QVERIFY2(vocGone.ok(), qPrintable(vocGone ? QString() : text(vocGone.error())));
    QCOMPARE(*vocGone, 1);
    QCOMPARE(namesOf(*alpha->listVcns()), QStringList{u"alpha/demo/alpha-head"_s});
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

// alpha cannot see beta's records, so only the server (slapo-unique) finds the clash; the error is the
// Conflict VOC Studio's own check gives, naming the field, and nothing of the batch is kept.
void TestDirectoryTenancyE2e::directoryAsVoCannotTakeBetasValues_data()
{
    QTest::addColumn<VcnRecord>("record");
    QTest::addColumn<QString>("said");
    QTest::newRow("beta's IP") << alphaRecord("demo", "alpha-c1", "10.213.0.150", "02:00:00:00:03:11")
                               << u"ipHostNumber 10.213.0.150"_s;
    QTest::newRow("beta's MAC") << alphaRecord("demo", "alpha-c1", "10.213.0.112", "02:00:00:00:00:02")
                                << u"macAddress 02:00:00:00:00:02"_s;
    QTest::newRow("beta's hostname") << alphaRecord("demo", "beta-head", "10.213.0.112", "02:00:00:00:03:11")
                                     << u"cn beta-head"_s;
}

void TestDirectoryTenancyE2e::directoryAsVoCannotTakeBetasValues()
{
    QFETCH(VcnRecord, record);
    QFETCH(QString, said);
    const std::unique_ptr<Directory> alpha = connectAs(u"alpha"_s, u"alpha"_s);
    QVERIFY(alpha);
    // A free record first: the batch is all or nothing.
    const Status added =
        alpha->addVcns({alphaRecord("demo", "alpha-free", "10.213.0.120", "02:00:00:00:03:20"), record});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::Conflict);
    QVERIFY2(added.error().what.contains(said + u" is held by another entry"_s),
             qPrintable(text(added.error())));
    QVERIFY2(added.error().hint.contains(u"nothing of this batch was kept"_s),
             qPrintable(text(added.error())));
    QCOMPARE(namesOf(*alpha->listVcns()), QStringList{u"alpha/demo/alpha-head"_s});
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

// With alpha's profile, beta's names address alpha's own subtree: nothing there, nothing of beta's gone.
void TestDirectoryTenancyE2e::directoryAsVoRemovesNothingOfBeta()
{
    const std::unique_ptr<Directory> alpha = connectAs(u"alpha"_s, u"alpha"_s);
    QVERIFY(alpha);
    const Status vcn = alpha->removeVcn(u"demo"_s, u"beta-head"_s);
    QVERIFY(!vcn.ok());
    QCOMPARE(vcn.error().code, ErrorCode::NotFound);
    QVERIFY2(vcn.error().where == dn("cn=beta-head,ou=demo,ou=alpha,ou=vocs"), qPrintable(text(vcn.error())));
    const Result<int> voc = alpha->removeVoc(u"beta"_s);
    QVERIFY(!voc.ok());
    QCOMPARE(voc.error().code, ErrorCode::NotFound);
    QCOMPARE(namesOf(*alpha->listVcns()), QStringList{u"alpha/demo/alpha-head"_s});
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

// A profile that names beta's VO with alpha's account: every write lands outside what alpha may
// touch, and the server's refusal comes back saying where alpha may write.
void TestDirectoryTenancyE2e::directoryWithAnotherVosNameIsToldWhy()
{
    const std::unique_ptr<Directory> wrong = connectAs(u"alpha"_s, u"beta"_s);
    QVERIFY(wrong);
    const QString onlyBelow = u"the account %1 may write only below its own entry %2"_s.arg(
        voDn(u"alpha"_s), dn("ou=alpha,ou=vocs"));

    const Status removed = wrong->removeVcn(u"demo"_s, u"beta-head"_s);
    QVERIFY(!removed.ok());
    QVERIFY2(
        removed.error().what.contains(onlyBelow + u", and "_s + dn("cn=beta-head,ou=demo,ou=beta,ou=vocs")),
        qPrintable(text(removed.error())));
    QVERIFY2(removed.error().hint.contains(u"directory.vo"_s), qPrintable(text(removed.error())));

    const Status added =
        wrong->addVcns({alphaRecord("demo", "alpha-c2", "10.213.0.113", "02:00:00:00:03:21")});
    QVERIFY(!added.ok());
    QVERIFY2(added.error().what.contains(onlyBelow), qPrintable(text(added.error())));

    // Reading: beta's entry does not exist for alpha, and the error says which entry is missing.
    const Result<QList<VcnRecord>> listed = wrong->listVcns();
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, ErrorCode::NotFound);
    QVERIFY2(listed.error().what.contains(dn("ou=beta,ou=vocs")), qPrintable(text(listed.error())));
    QCOMPARE(wrong->grant().error().code, ErrorCode::NotFound);
    QCOMPARE(betaAsAdminSees(), m_betaBefore);
}

void TestDirectoryTenancyE2e::grantOfTheVo()
{
    const std::unique_ptr<Directory> alpha = connectAs(u"alpha"_s, u"alpha"_s);
    QVERIFY(alpha);
    const Result<VoGrant> grant = alpha->grant();
    QVERIFY2(grant.ok(), qPrintable(grant ? QString() : text(grant.error())));
    QCOMPARE(grant->vo, u"alpha"_s);
    QCOMPARE(grant->dn, dn("ou=alpha,ou=vocs"));
    QCOMPARE(grant->ranges.size(), 1);
    QCOMPARE(grant->ranges.first().first.toString(), u"10.213.0.100"_s);
    QCOMPARE(grant->ranges.first().second.toString(), u"10.213.0.149"_s);
    QCOMPARE(grant->maxVcns, 8);
    QCOMPARE(grant->maxVcpus, 16);
    QCOMPARE(grant->maxMemoryMiB, 16384);
    QCOMPARE(grant->maxStorageMiB, 20480);

    // A range the provider wrote backwards is refused, naming the attribute and the entry.
    const QByteArray backwards =
        "dn: ou=alpha,ou=vocs,dc=vsp,dc=test\nchangetype: modify\nadd: vocsGrantAddressRange\n"
        "vocsGrantAddressRange: 10.213.0.99-10.213.0.90\n";
    QVERIFY(m_slapd.admin("ldapmodify", {}, backwards).exitCode == 0);
    const Result<VoGrant> broken = alpha->grant();
    QByteArray undo = backwards;
    undo.replace("add:", "delete:");
    QVERIFY(m_slapd.admin("ldapmodify", {}, undo).exitCode == 0);
    QVERIFY(!broken.ok());
    QVERIFY2(
        broken.error().what.startsWith(u"vocsGrantAddressRange of the VO entry "_s + dn("ou=alpha,ou=vocs")),
        qPrintable(text(broken.error())));

    // A single-tenant profile has no VO and so no grant.
    Result<std::unique_ptr<Directory>> service = connectLdapDirectory(m_slapd.serviceConfig());
    QVERIFY(service.ok());
    const Result<VoGrant> none = (*service)->grant();
    QVERIFY(!none.ok());
    QVERIFY2(none.error().what.contains(u"names no VO"_s), qPrintable(text(none.error())));
}

// The provider's side reads both layouts: every VO's records, each with its VO.
void TestDirectoryTenancyE2e::netsyncDirectoryAndWatchSeeEveryVo()
{
    const QStringList both{u"alpha/demo/alpha-head"_s, u"beta/demo/beta-head"_s};
    Result<std::unique_ptr<Directory>> netsync = connectLdapDirectory(m_slapd.netsyncConfig());
    QVERIFY(netsync.ok());
    const Result<QList<VcnRecord>> listed = (*netsync)->listVcns();
    QVERIFY2(listed.ok(), qPrintable(listed ? QString() : text(listed.error())));
    QCOMPARE(namesOf(*listed), both);

    const std::unique_ptr<DirectoryWatch> watch = createLdapWatch(m_slapd.netsyncConfig());
    DirectorySyncState state;
    QList<VcnRecord> seen;
    const Status ran = watch->run(state, [&](const DirectorySyncState& current) {
        seen = current.entries.values();
        watch->stop();
    });
    QVERIFY2(ran.ok(), qPrintable(ran ? QString() : text(ran.error())));
    QCOMPARE(namesOf(seen), both);
}

void TestDirectoryTenancyE2e::cleanupTestCase()
{
    m_slapd.stop();
}

QTEST_GUILESS_MAIN(TestDirectoryTenancyE2e)
#include "tst_directorytenancy_e2e.moc"
