// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's tools' rules that need no directory and no host: only a provider admin profile
// runs them, a new VO's name, its uid, its range, its {SSHA} password and the profile handed to it.
#include "site/voprovision.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

SiteProfile adminProfile()
{
    SiteProfile p;
    p.name = u"site"_s;
    p.providerAdmin = true;
    p.hosts = {{u"kvm1"_s,
                u"qemu+ssh://root@10.1.0.11/system?keyfile=/srv/ssh/id&command=/srv/ssh/ssh&no_tty=1"_s, 8,
                16384},
               {u"kvm2"_s, u"qemu+ssh://root@10.1.0.12:2222/system"_s, 0, 0}};
    p.storage.path = u"/var/lib/libvirt/images/vocstudio"_s;
    p.network = {u"br0"_s,      u"10.1.0.0/24"_s, u"10.1.0.100"_s, u"10.1.0.199"_s,
                 u"10.1.0.1"_s, u"vsp.test"_s,    u"10.1.0.2"_s};
    p.directory.uri = u"ldap://10.1.0.2"_s;
    p.directory.baseDn = u"dc=vsp,dc=test"_s;
    p.directory.bindDn = u"cn=admin,dc=vsp,dc=test"_s;
    p.directory.passwordFile = u"/srv/admin.password"_s;
    return p;
}

AddressRange range(const char* first, const char* last)
{
    return qMakePair(*Ipv4Address::parse(QLatin1String(first)), *Ipv4Address::parse(QLatin1String(last)));
}

VoGrant grantOf(const QList<AddressRange>& ranges)
{
    VoGrant grant;
    grant.ranges = ranges;
    return grant;
}

} // namespace

class TestVoProvision : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheAdminKind_data();
    void onlyTheAdminKind();
    void newVoName_data();
    void newVoName();
    void voId_data();
    void voId();
    void addressRange_data();
    void addressRange();
    void rangesInSite_data();
    void rangesInSite();
    void defaultRange_data();
    void defaultRange();
    void ssha();
    void passwordsDiffer();
    void hostUri_data();
    void hostUri();
    void voProfile();
    void poolsDir_data();
    void poolsDir();
};

void TestVoProvision::onlyTheAdminKind_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("vo");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("provider admin") << true << QString() << QString();
    QTest::newRow("VO") << false << u"alpha"_s << u"this is VO alpha's profile"_s;
    QTest::newRow("single-tenant") << false << QString() << u"this is a single-tenant profile"_s;
}

void TestVoProvision::onlyTheAdminKind()
{
    QFETCH(bool, admin);
    QFETCH(QString, vo);
    QFETCH(QString, refusal);
    SiteProfile profile = adminProfile();
    profile.providerAdmin = admin;
    profile.directory.vo = vo;
    const Status status = requireProviderAdmin(profile, u"/srv/site.json"_s);
    QCOMPARE(status.ok(), refusal.isEmpty());
    if (!status) {
        QVERIFY2(status.error().what.contains(refusal), qPrintable(status.error().what));
        QCOMPARE(status.error().where, u"/srv/site.json"_s);
        QVERIFY2(status.error().hint.contains(u"provider-admin"_s), qPrintable(status.error().hint));
    }
}

void TestVoProvision::newVoName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("alpha") << u"alpha"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("digits after") << u"vo2026"_s << true;
    QTest::newRow("16 characters") << u"abcdefghijklmnop"_s << true;
    QTest::newRow("17 characters") << u"abcdefghijklmnopq"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Alpha"_s << false;
    QTest::newRow("digit first") << u"1alpha"_s << false;
    QTest::newRow("hyphen") << u"al-pha"_s << false;
    QTest::newRow("dn") << u"alpha,ou=people"_s << false;
    QTest::newRow("path") << u"../etc"_s << false;
    QTest::newRow("space") << u"al pha"_s << false;
    QTest::newRow("root") << u"root"_s << false;
    QTest::newRow("newline") << u"alpha\nbeta"_s << false;
}

void TestVoProvision::newVoName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status status = checkNewVoName(name);
    QCOMPARE(status.ok(), valid);
    if (!status) {
        QCOMPARE(status.error().where, u"NAME"_s);
        QVERIFY(!status.error().what.contains(u'\n'));
    }
}

void TestVoProvision::voId_data()
{
    QTest::addColumn<QList<qint64>>("used");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << QList<qint64>{} << qint64(20001);
    QTest::newRow("first taken") << QList<qint64>{20001} << qint64(20002);
    QTest::newRow("a gap") << QList<qint64>{20001, 20003} << qint64(20002);
    QTest::newRow("others below") << QList<qint64>{0, 1000, 1001} << qint64(20001);
    QTest::newRow("a group's gid") << QList<qint64>{20001, 20002, 20004} << qint64(20003);
}

void TestVoProvision::voId()
{
    QFETCH(QList<qint64>, used);
    QFETCH(qint64, expected);
    const Result<qint64> id = allocateVoId(QSet<qint64>(used.begin(), used.end()));
    QVERIFY(id.ok());
    QCOMPARE(*id, expected);
}

void TestVoProvision::addressRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("range") << u"10.1.0.100-10.1.0.149"_s << u"10.1.0.100-10.1.0.149"_s;
    QTest::newRow("one address") << u"10.1.0.100-10.1.0.100"_s << u"10.1.0.100-10.1.0.100"_s;
    QTest::newRow("blanks") << u"10.1.0.100 - 10.1.0.149"_s << u"10.1.0.100-10.1.0.149"_s;
    QTest::newRow("backwards") << u"10.1.0.149-10.1.0.100"_s << QString();
    QTest::newRow("one end") << u"10.1.0.100"_s << QString();
    QTest::newRow("cidr") << u"10.1.0.0/24"_s << QString();
    QTest::newRow("bad octet") << u"10.1.0.300-10.1.0.301"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestVoProvision::addressRange()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<AddressRange> parsed = parseAddressRange(text, u"--range"_s);
    QCOMPARE(parsed.ok(), !expected.isEmpty());
    if (parsed)
        QCOMPARE(addressRangeText(*parsed), expected);
    else
        QCOMPARE(parsed.error().where, u"--range"_s);
}

void TestVoProvision::rangesInSite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inside");
    QTest::newRow("inside") << u"10.1.0.100-10.1.0.149"_s << true;
    QTest::newRow("whole subnet") << u"10.1.0.1-10.1.0.254"_s << true;
    QTest::newRow("network address") << u"10.1.0.0-10.1.0.10"_s << false;
    QTest::newRow("broadcast") << u"10.1.0.250-10.1.0.255"_s << false;
    QTest::newRow("another subnet") << u"10.2.0.100-10.2.0.149"_s << false;
    QTest::newRow("across") << u"10.1.0.200-10.1.1.10"_s << false;
}

void TestVoProvision::rangesInSite()
{
    QFETCH(QString, text);
    QFETCH(bool, inside);
    const Result<AddressRange> parsed = parseAddressRange(text, u"--range"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(checkRangesInSite({*parsed}, adminProfile().network).ok(), inside);
}

void TestVoProvision::defaultRange_data()
{
    QTest::addColumn<QList<VoGrant>>("others");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("expected"); // empty: exhausted
    QTest::newRow("no VOs") << QList<VoGrant>{} << 32 << u"10.1.0.100-10.1.0.131"_s;
    QTest::newRow("after alpha") << QList<VoGrant>{grantOf({range("10.1.0.100", "10.1.0.149")})} << 32
                                 << u"10.1.0.150-10.1.0.181"_s;
    QTest::newRow("a gap shorter than the size")
        << QList<VoGrant>{grantOf({range("10.1.0.100", "10.1.0.109")}),
                          grantOf({range("10.1.0.120", "10.1.0.199")})}
        << 32 << u"10.1.0.110-10.1.0.119"_s;
    QTest::newRow("the end of the range")
        << QList<VoGrant>{grantOf({range("10.1.0.100", "10.1.0.189")})} << 32 << u"10.1.0.190-10.1.0.199"_s;
    QTest::newRow("full") << QList<VoGrant>{grantOf({range("10.1.0.1", "10.1.0.254")})} << 32 << QString();
    QTest::newRow("two ranges of one VO")
        << QList<VoGrant>{grantOf({range("10.1.0.100", "10.1.0.104"), range("10.1.0.105", "10.1.0.110")})}
        << 4 << u"10.1.0.111-10.1.0.114"_s;
}

void TestVoProvision::defaultRange()
{
    QFETCH(QList<VoGrant>, others);
    QFETCH(int, size);
    QFETCH(QString, expected);
    const Result<AddressRange> chosen = defaultVoRange(adminProfile().network, others, size);
    QCOMPARE(chosen.ok(), !expected.isEmpty());
    if (chosen)
        QCOMPARE(addressRangeText(*chosen), expected);
    else
        QCOMPARE(chosen.error().code, ErrorCode::Exhausted);
}

// slapd's scheme: base64 of SHA-1(password + salt) followed by the salt.
void TestVoProvision::ssha()
{
    QCOMPARE(sshaPassword("secret", QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08", 8)),
             QByteArray("{SSHA}lHFzXul4wnzRItssVcTnvXWRjNgBAgMEBQYHCA=="));
}

void TestVoProvision::passwordsDiffer()
{
    const QByteArray a = generateVoPassword();
    const QByteArray b = generateVoPassword();
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    for (const char c : a)
        QVERIFY2(
            QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c),
            a.constData());
}

void TestVoProvision::hostUri_data()
{
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("root, wrapper")
        << u"qemu+ssh://root@10.1.0.11/system?keyfile=/a/id&command=/a/ssh&no_tty=1"_s
        << u"qemu+ssh://alpha@10.1.0.11/session?keyfile=/out/alpha/ssh/id_ed25519&command=/out/alpha/ssh/ssh&no_tty=1"_s;
    QTest::newRow("port")
        << u"qemu+ssh://root@kvm2.vsp.test:2222/system"_s
        << u"qemu+ssh://alpha@kvm2.vsp.test:2222/session?keyfile=/out/alpha/ssh/id_ed25519&command=/out/alpha/ssh/ssh&no_tty=1"_s;
    QTest::newRow("tls") << u"qemu+tls://kvm1/system"_s << QString();
    QTest::newRow("local") << u"qemu:///system"_s << QString();
    QTest::newRow("ext") << u"qemu+ext:///system?command=/bin/sh"_s << QString();
}

void TestVoProvision::hostUri()
{
    QFETCH(QString, admin);
    QFETCH(QString, expected);
    const Result<QString> uri = voHostUri(admin, u"alpha"_s, u"/out/alpha"_s);
    QCOMPARE(uri.ok(), !expected.isEmpty());
    if (uri)
        QCOMPARE(*uri, expected);
}

// The VO's profile: the VO's own accounts everywhere, nothing of the admin's credentials.
void TestVoProvision::voProfile()
{
    const SiteProfile admin = adminProfile();
    const Result<SiteProfile> vo =
        voSiteProfile(admin, {u"alpha"_s, u"/out/alpha"_s, u"/var/lib/libvirt/images/vos"_s,
                              range("10.1.0.100", "10.1.0.131")});
    QVERIFY(vo.ok());
    QCOMPARE(vo->kind(), SiteProfileKind::Vo);
    QCOMPARE(vo->directory.vo, u"alpha"_s);
    QCOMPARE(vo->directory.bindDn, u"uid=alpha,ou=people,dc=vsp,dc=test"_s);
    QCOMPARE(vo->directory.passwordFile, u"/out/alpha/directory.password"_s);
    QCOMPARE(vo->directory.uri, admin.directory.uri);
    QCOMPARE(vo->storage.path, u"/var/lib/libvirt/images/vos/alpha"_s);
    QCOMPARE(vo->storage.pool, admin.storage.pool);
    QCOMPARE(vo->network.rangeStart, u"10.1.0.100"_s);
    QCOMPARE(vo->network.rangeEnd, u"10.1.0.131"_s);
    QCOMPARE(vo->network.bridge, admin.network.bridge);
    QCOMPARE(vo->hosts.size(), 2);
    QCOMPARE(vo->hosts.at(0).cpus, 8);
    for (const SiteHost& host : vo->hosts) {
        QVERIFY2(host.uri.startsWith(u"qemu+ssh://alpha@"_s), qPrintable(host.uri));
        QVERIFY2(!host.uri.contains(u"root"_s) && !host.uri.contains(u"/srv/"_s), qPrintable(host.uri));
    }
    // It reads back as a VO's profile.
    const Result<SiteProfile> parsed = parseSiteProfile(siteProfileToJson(*vo), u"vo.json"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, *vo);
}

void TestVoProvision::poolsDir_data()
{
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sandbox") << u"/var/lib/libvirt/images/vocstudio"_s << u"/var/lib/libvirt/images/vos"_s;
    QTest::newRow("trailing slash") << u"/srv/nfs/pool/"_s << u"/srv/nfs/vos"_s;
    QTest::newRow("none") << QString() << u"/var/lib/libvirt/images/vos"_s;
    QTest::newRow("relative") << u"pool"_s << u"/var/lib/libvirt/images/vos"_s;
}

void TestVoProvision::poolsDir()
{
    QFETCH(QString, pool);
    QFETCH(QString, expected);
    SiteProfile admin = adminProfile();
    admin.storage.path = pool;
    QCOMPARE(defaultVoPoolsDir(admin), expected);
}

QTEST_GUILESS_MAIN(TestVoProvision)
#include "tst_voprovision.moc"
