// SPDX-License-Identifier: GPL-3.0-or-later
// The one LDAP error converter: what a VO's account is told when the server refuses it (the provider's
// access rules, slapo-unique), and that nothing changes for a single-tenant site's account.
#include "directory/ldaperror.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QString alphaDn = u"uid=alpha,ou=people,dc=vsp,dc=test"_s;
const QString alphaEntry = u"ou=alpha,ou=vocs,dc=vsp,dc=test"_s;
const QString base = u"dc=vsp,dc=test"_s;

} // namespace

class TestLdapError : public QObject
{
    Q_OBJECT

private slots:
    void voAccount_data();
    void voAccount();
    void converted_data();
    void converted();
};

void TestLdapError::voAccount_data()
{
    QTest::addColumn<QString>("bindDn");
    QTest::addColumn<QString>("ownDn"); // empty: not a VO's account
    QTest::newRow("a VO's account") << alphaDn << alphaEntry;
    QTest::newRow("spelled otherwise") << u"UID=alpha, OU=People, dc=VSP,dc=test"_s << alphaEntry;
    QTest::newRow("the single-tenant service") << u"cn=vocstudio,ou=services,dc=vsp,dc=test"_s << QString();
    QTest::newRow("the admin") << u"cn=admin,dc=vsp,dc=test"_s << QString();
    QTest::newRow("anonymous") << QString() << QString();
    QTest::newRow("another base") << u"uid=alpha,ou=people,dc=other,dc=test"_s << QString();
    QTest::newRow("deeper") << u"uid=alpha,ou=x,ou=people,dc=vsp,dc=test"_s << QString();
}

void TestLdapError::voAccount()
{
    QFETCH(QString, bindDn);
    QFETCH(QString, ownDn);
    const std::optional<LdapVoAccount> account = ldapVoAccount(bindDn, base);
    QCOMPARE(account.has_value(), !ownDn.isEmpty());
    if (account) {
        QCOMPARE(account->boundDn, bindDn);
        QCOMPARE(account->ownDn, ownDn);
        QCOMPARE(account->vocsDn, u"ou=vocs,dc=vsp,dc=test"_s);
    }
}

void TestLdapError::converted_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<bool>("asAlpha");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("said");    // in what
    QTest::addColumn<QString>("notSaid"); // not in what (empty: no check)
    QTest::addColumn<QString>("hinted");  // in the hint

    const QString betaHead = u"cn=beta-head,ou=demo,ou=beta,ou=vocs,dc=vsp,dc=test"_s;
    const QString alphaHead = u"cn=alpha-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test"_s;
    const QString onlyBelow =
        u"the account uid=alpha,ou=people,dc=vsp,dc=test may write only below its own entry "
        "ou=alpha,ou=vocs,dc=vsp,dc=test"_s;
    const QString unique = u"non-unique attributes found with (&(objectClass=ipHost)(|(%1)))"_s;

    QTest::newRow("insufficient access to beta's record")
        << 50 << betaHead << QString() << true << ErrorCode::External << onlyBelow + u", and "_s + betaHead
        << QString() << u"directory.vo"_s;
    QTest::newRow("insufficient access to its own grant")
        << 50 << alphaEntry << QString() << true << ErrorCode::External << onlyBelow << QString()
        << u"directory.vo"_s;
    QTest::newRow("beta's record does not exist for alpha")
        << 32 << betaHead << QString() << true << ErrorCode::NotFound << onlyBelow + u", and "_s + betaHead
        << QString() << u"directory.vo"_s;
    QTest::newRow("its own record gone") << 32 << alphaHead << QString() << true << ErrorCode::NotFound
                                         << alphaHead << onlyBelow << u"base DN"_s;
    QTest::newRow("a missing base is not about VOs")
        << 32 << u"dc=nowhere,dc=test"_s << QString() << true << ErrorCode::NotFound << u"No such object"_s
        << onlyBelow << u"base DN"_s;
    QTest::newRow("single-tenant account refused")
        << 50 << betaHead << QString() << false << ErrorCode::External << betaHead << u"may write only"_s
        << u"olcAccess"_s;
    QTest::newRow("single-tenant account, no such object")
        << 32 << betaHead << QString() << false << ErrorCode::NotFound << betaHead << u"may write only"_s
        << u"base DN"_s;
    QTest::newRow("beta's IP") << 19 << alphaHead << unique.arg(u"ipHostNumber=10.213.0.150"_s) << true
                               << ErrorCode::Conflict
                               << u"ipHostNumber 10.213.0.150 is held by another entry"_s << QString()
                               << u"holds this ipHostNumber"_s;
    QTest::newRow("beta's MAC") << 19 << alphaHead << unique.arg(u"macAddress=02:00:00:00:00:02"_s) << true
                                << ErrorCode::Conflict << u"macAddress 02:00:00:00:00:02 is held"_s
                                << QString() << u"holds this macAddress"_s;
    QTest::newRow("beta's hostname, single-tenant account")
        << 19 << alphaHead << unique.arg(u"cn=beta-head"_s) << false << ErrorCode::Conflict
        << u"cn beta-head is held"_s << QString() << u"holds this cn"_s;
    QTest::newRow("one URI for all three: no field to name")
        << 19 << alphaHead << unique.arg(u"cn=a)(ipHostNumber=10.0.0.1)(macAddress=02:00:00:00:00:01"_s)
        << true << ErrorCode::Conflict << u"Constraint violation"_s << u"is held by"_s
        << u"name, address or MAC"_s;
    QTest::newRow("the older wording")
        << 19 << alphaHead << u"some attributes not unique"_s << true << ErrorCode::Conflict
        << u"some attributes not unique"_s << u"is held by"_s << u"name, address or MAC"_s;
    QTest::newRow("another constraint")
        << 19 << alphaHead << u"attribute 'cn' cannot have multiple values"_s << true
        << ErrorCode::InvalidInput << u"multiple values"_s << u"is held by"_s << QString();
}

void TestLdapError::converted()
{
    QFETCH(int, code);
    QFETCH(QString, where);
    QFETCH(QString, diagnostic);
    QFETCH(bool, asAlpha);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, said);
    QFETCH(QString, notSaid);
    QFETCH(QString, hinted);
    const std::optional<LdapVoAccount> alpha = ldapVoAccount(alphaDn, base);
    QVERIFY(alpha);
    const Error error = ldapError(code, u"could not add %1"_s.arg(where), where, nullptr, diagnostic,
                                  asAlpha ? &*alpha : nullptr);
    QCOMPARE(error.code, expected);
    QCOMPARE(error.where, where);
    QVERIFY2(error.what.contains(said), qPrintable(error.what));
    if (!notSaid.isEmpty())
        QVERIFY2(!error.what.contains(notSaid), qPrintable(error.what));
    QVERIFY2(error.hint.contains(hinted), qPrintable(error.hint));
}

QTEST_GUILESS_MAIN(TestLdapError)
#include "tst_ldaperror.moc"
