// SPDX-License-Identifier: GPL-3.0-or-later
// VCN records in CSV and LDIF files (vocctl directory import/export), and conflicts in a batch.
#include "directory/vcnconflicts.h"
#include "directory/vcnexchange.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::VcnDnNames)

namespace {

VcnRecord record(const QString& voc, const QString& host, const QString& ip, const QString& mac,
                 const QString& description = {})
{
    return VcnRecord{voc, host, ip, mac, description, {}};
}

VcnRecord voRecord(const QString& vo, const QString& voc, const QString& host, const QString& ip,
                   const QString& mac, const QString& dn = {})
{
    return VcnRecord{voc, host, ip, mac, {}, dn, vo};
}

} // namespace

class TestVcnExchange : public QObject
{
    Q_OBJECT

private slots:
    void vcnDn_data();
    void vcnDn();
    void formatFor_data();
    void formatFor();
    void csvParse_data();
    void csvParse();
    void csvErrors_data();
    void csvErrors();
    void csvRoundTrip();
    void csvSingleTenantBytes();
    void csvWithVo();
    void ldifParse_data();
    void ldifParse();
    void ldifErrors_data();
    void ldifErrors();
    void ldifRoundTrip();
    void ldifRoundTripWithVo();
    void conflicts_data();
    void conflicts();
};

// Both layouts of a site's directory, and every other shape refused with the DN named.
void TestVcnExchange::vcnDn_data()
{
    QTest::addColumn<QString>("dn");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<VcnDnNames>("names");
    QTest::newRow("single-tenant") << u"cn=node01,ou=voc-a,ou=vocs,dc=vsp,dc=test"_s << true
                                   << VcnDnNames{{}, u"voc-a"_s, u"node01"_s};
    QTest::newRow("a VO's") << u"cn=node01,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test"_s << true
                            << VcnDnNames{u"alpha"_s, u"demo"_s, u"node01"_s};
    QTest::newRow("types and ou=vocs in capitals, blanks")
        << u"CN=node01, OU=demo, Ou=alpha, OU=VOCS, dc=vsp"_s << true
        << VcnDnNames{u"alpha"_s, u"demo"_s, u"node01"_s};
    QTest::newRow("escaped values read unescaped")
        << u"cn=a\\,b,ou=v\\2Bx,ou=vocs,dc=t"_s << true << VcnDnNames{{}, u"v+x"_s, u"a,b"_s};
    QTest::newRow("a VOC named vocs")
        << u"cn=h,ou=vocs,ou=vocs,dc=t"_s << true << VcnDnNames{{}, u"vocs"_s, u"h"_s};
    QTest::newRow("one ou too many") << u"cn=h,ou=x,ou=demo,ou=alpha,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("no VOC") << u"cn=h,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("a VO's entry") << u"ou=alpha,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("a VOC's entry") << u"ou=demo,ou=alpha,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("uid, not cn") << u"uid=h,ou=demo,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("VOC not an ou") << u"cn=h,dc=demo,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("VO not an ou") << u"cn=h,ou=demo,uid=alpha,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("multi-valued RDN")
        << u"cn=h+ipHostNumber=10.0.0.1,ou=demo,ou=vocs,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("not under ou=vocs") << u"cn=h,ou=demo,ou=people,dc=t"_s << false << VcnDnNames{};
    QTest::newRow("not a DN") << u"cn=h,,ou=vocs"_s << false << VcnDnNames{};
}

void TestVcnExchange::vcnDn()
{
    QFETCH(QString, dn);
    QFETCH(bool, valid);
    QFETCH(VcnDnNames, names);
    const Result<VcnDnNames> parsed = parseVcnDn(dn);
    QVERIFY2(parsed.ok() == valid, qPrintable(parsed ? parsed->voc : parsed.error().toString()));
    if (valid) {
        QCOMPARE(*parsed, names);
    } else {
        QVERIFY2(parsed.error().what.contains(dn), qPrintable(parsed.error().what));
        QCOMPARE(parsed.error().where, dn);
    }
}

void TestVcnExchange::formatFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: error
    QTest::newRow("csv") << u"a/b.csv"_s << int(VcnFileFormat::Csv);
    QTest::newRow("CSV upper") << u"b.CSV"_s << int(VcnFileFormat::Csv);
    QTest::newRow("ldif") << u"b.ldif"_s << int(VcnFileFormat::Ldif);
    QTest::newRow("ldi") << u"b.ldi"_s << int(VcnFileFormat::Ldif);
    QTest::newRow("txt") << u"b.txt"_s << -1;
    QTest::newRow("none") << u"b"_s << -1;
}

void TestVcnExchange::formatFor()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const Result<VcnFileFormat> result = vcnFileFormatFor(path);
    QCOMPARE(result.ok(), format >= 0);
    if (result)
        QCOMPARE(int(*result), format);
    else
        QCOMPARE(result.error().where, path);
}

void TestVcnExchange::csvParse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<VcnRecord>>("expected");
    const QList<VcnRecord> one{
        record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s, u"compute"_s)};
    QTest::newRow("plain")
        << QByteArray("voc,hostname,ip,mac,description\nvoc-a,node01,10.0.0.5,02:00:00:00:00:01,compute\n")
        << one;
    QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBFvoc,hostname,ip,mac,description\r\nvoc-a,node01,"
                                                "10.0.0.5,02:00:00:00:00:01,compute\r\n")
                                  << one;
    QTest::newRow("columns reordered, no description")
        << QByteArray("mac,ip,hostname,voc\n02:00:00:00:00:01,10.0.0.5,node01,voc-a\n")
        << QList<VcnRecord>{record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s)};
    QTest::newRow("quoted comma, quote and newline")
        << QByteArray("voc,hostname,ip,mac,description\nvoc-a,node01,10.0.0.5,02:00:00:00:00:01,\"head, "
                      "\"\"main\"\"\nnode\"\n")
        << QList<VcnRecord>{record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s,
                                   u"head, \"main\"\nnode"_s)};
    QTest::newRow("blank lines, no final newline")
        << QByteArray("voc,hostname,ip,mac\n\nvoc-a,node01,10.0.0.5,02:00:00:00:00:01")
        << QList<VcnRecord>{record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s)};
    QTest::newRow("values kept as written (checked later)")
        << QByteArray("voc,hostname,ip,mac\nvoc-a,*)(cn=*,999.1.1.1,zz\n")
        << QList<VcnRecord>{record(u"voc-a"_s, u"*)(cn=*"_s, u"999.1.1.1"_s, u"zz"_s)};
    QTest::newRow("header only") << QByteArray("voc,hostname,ip,mac\n") << QList<VcnRecord>{};
}

void TestVcnExchange::csvParse()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<VcnRecord>, expected);
    const Result<QList<VcnRecord>> records = parseVcnCsv(csv, u"in.csv"_s);
    QVERIFY2(records.ok(), qPrintable(records ? QString() : records.error().toString()));
    QCOMPARE(*records, expected);
}

void TestVcnExchange::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty") << QByteArray() << u"in.csv"_s << u"empty"_s;
    QTest::newRow("unknown column") << QByteArray("voc,host,ip,mac\n") << u"in.csv:1"_s
                                    << u"unknown column 'host'"_s;
    QTest::newRow("missing column") << QByteArray("voc,hostname,ip\n") << u"in.csv:1"_s
                                    << u"no column 'mac'"_s;
    QTest::newRow("twice") << QByteArray("voc,voc,hostname,ip,mac\n") << u"in.csv:1"_s << u"twice"_s;
    QTest::newRow("field count") << QByteArray("voc,hostname,ip,mac\na,b,c\n") << u"in.csv:2"_s
                                 << u"3 fields"_s;
    QTest::newRow("open quote") << QByteArray("voc,hostname,ip,mac\na,\"b,c,d\n") << u"in.csv:2"_s
                                << u"not closed"_s;
    QTest::newRow("stray quote") << QByteArray("voc,hostname,ip,mac\na,b\"x,c,d\n") << u"in.csv:2"_s
                                 << u"quote"_s;
    QTest::newRow("not UTF-8") << QByteArray("voc,hostname,ip,mac\na,b\xff,c,d\n") << u"in.csv"_s
                               << u"not UTF-8 at line 2"_s;
    QTest::newRow("NUL") << QByteArray("voc,hostname,ip,mac\na,b\0,c,d\n", 26) << u"in.csv"_s << u"NUL"_s;
}

void TestVcnExchange::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const Result<QList<VcnRecord>> records = parseVcnCsv(csv, u"in.csv"_s);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().where, where);
    QVERIFY2(records.error().what.contains(what), qPrintable(records.error().what));
}

void TestVcnExchange::csvRoundTrip()
{
    const QList<VcnRecord> records{
        record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s, u"head, \"main\""_s),
        record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s, u"06:00:00:00:00:02"_s, u"Rechenknoten ü\nzwei"_s),
        record(u"voc-b"_s, u"node03"_s, u"10.0.0.7"_s, u"0a:00:00:00:00:03"_s)};
    const Result<QList<VcnRecord>> back = parseVcnCsv(vcnRecordsToCsv(records), u"x.csv"_s);
    QVERIFY(back.ok());
    QCOMPARE(*back, records);
}

// A single-tenant site's export is what it always was, byte for byte.
void TestVcnExchange::csvSingleTenantBytes()
{
    const QList<VcnRecord> records{
        record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s, u"head, \"main\""_s),
        record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s, u"06:00:00:00:00:02"_s)};
    QCOMPARE(vcnRecordsToCsv(records),
             QByteArray("voc,hostname,ip,mac,description\n"
                        "voc-a,node01,10.0.0.5,02:00:00:00:00:01,\"head, \"\"main\"\"\"\n"
                        "voc-b,node02,10.0.0.6,06:00:00:00:00:02,\n"));
    QCOMPARE(vcnRecordsToLdif(records.mid(1), u"dc=vsp,dc=test"_s),
             QByteArray("version: 1\n\ndn: cn=node02,ou=voc-b,ou=vocs,dc=vsp,dc=test\n"
                        "objectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n"
                        "cn: node02\nipHostNumber: 10.0.0.6\nmacAddress: 06:00:00:00:00:02\n"));
}

// Records of VOs (as netsync lists them) carry their VO in a first column, and read back with it.
void TestVcnExchange::csvWithVo()
{
    const QList<VcnRecord> records{
        voRecord(u"alpha"_s, u"demo"_s, u"alpha-head"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s),
        voRecord(u"beta"_s, u"demo"_s, u"beta-head"_s, u"10.0.0.6"_s, u"02:00:00:00:00:02"_s)};
    const QByteArray csv = vcnRecordsToCsv(records);
    QVERIFY2(csv.startsWith("vo,voc,hostname,ip,mac,description\nalpha,demo,alpha-head,"), csv.constData());
    const Result<QList<VcnRecord>> back = parseVcnCsv(csv, u"x.csv"_s);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, records);
}

void TestVcnExchange::ldifParse_data()
{
    QTest::addColumn<QByteArray>("ldif");
    QTest::addColumn<QList<VcnRecord>>("expected");
    const QString dn = u"cn=node01,ou=voc-a,ou=vocs,dc=vsp,dc=test"_s;
    VcnRecord node = record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s, u"compute"_s);
    node.dn = dn;
    QTest::newRow("plain") << QByteArray(
                                  "version: 1\n\ndn: cn=node01,ou=voc-a,ou=vocs,dc=vsp,dc=test\n"
                                  "objectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\n"
                                  "cn: node01\nipHostNumber: 10.0.0.5\nmacAddress: 02:00:00:00:00:01\n"
                                  "description: compute\n")
                           << QList<VcnRecord>{node};
    QTest::newRow("folded, base64, comments, CRLF, other entries skipped")
        << QByteArray(
               "# export\r\ndn: ou=vocs,dc=vsp,dc=test\r\nobjectClass: organizationalUnit\r\nou: vocs\r\n\r\n"
               "dn: cn=node01,ou=voc-a,ou=vo\r\n cs,dc=vsp,dc=test\r\nobjectclass: IPHOST\r\ncn: node01\r\n"
               "ipHostNumber: 10.0.0.5\r\nmacAddress: 02:00:00:00:00:01\r\ndescription:: Y29tcHV0ZQ==\r\n")
        << QList<VcnRecord>{node};
    QTest::newRow("nothing") << QByteArray("version: 1\n") << QList<VcnRecord>{};
    // A shared site's export (as netsync's account sees it): the VO's entry and its VOC's ou are no
    // records; the record's VOC is its own ou, not the VO's.
    QTest::newRow("a VO's records")
        << QByteArray(
               "dn: ou=alpha,ou=vocs,dc=vsp,dc=test\nobjectClass: organizationalUnit\n"
               "objectClass: vocsVirtualOrganization\nou: alpha\nvocsGrantMaxVcns: 8\n\n"
               "dn: ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\nobjectClass: organizationalUnit\nou: demo\n\n"
               "dn: cn=alpha-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\nobjectClass: device\n"
               "objectClass: ipHost\nobjectClass: ieee802Device\ncn: alpha-head\n"
               "ipHostNumber: 10.0.0.5\nmacAddress: 02:00:00:00:00:01\n")
        << QList<VcnRecord>{voRecord(u"alpha"_s, u"demo"_s, u"alpha-head"_s, u"10.0.0.5"_s,
                                     u"02:00:00:00:00:01"_s,
                                     u"cn=alpha-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test"_s)};
}

void TestVcnExchange::ldifParse()
{
    QFETCH(QByteArray, ldif);
    QFETCH(QList<VcnRecord>, expected);
    const Result<QList<VcnRecord>> records = parseVcnLdif(ldif, u"in.ldif"_s);
    QVERIFY2(records.ok(), qPrintable(records ? QString() : records.error().toString()));
    QCOMPARE(*records, expected);
}

void TestVcnExchange::ldifErrors_data()
{
    QTest::addColumn<QByteArray>("ldif");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("no dn first") << QByteArray("cn: x\n") << u"in.ldif:1"_s << u"dn:"_s;
    QTest::newRow("no colon") << QByteArray("dn: cn=a,ou=v,ou=vocs,dc=t\ngarbage\n") << u"in.ldif:2"_s
                              << u"attribute"_s;
    QTest::newRow("bad base64") << QByteArray("dn: cn=a,ou=v,ou=vocs,dc=t\ncn:: !!!\n") << u"in.ldif:2"_s
                                << u"base64"_s;
    QTest::newRow("URL value") << QByteArray("dn: cn=a,ou=v,ou=vocs,dc=t\ncn:< file:///etc/passwd\n")
                               << u"in.ldif:2"_s << u"URLs"_s;
    QTest::newRow("change record") << QByteArray("dn: cn=a,ou=v,ou=vocs,dc=t\nchangetype: delete\n")
                                   << u"in.ldif:2"_s << u"change records"_s;
    QTest::newRow("not under vocs") << QByteArray("dn: cn=a,ou=people,dc=t\nobjectClass: ipHost\ncn: a\n")
                                    << u"in.ldif:1"_s << u"ou=vocs"_s;
    QTest::newRow("deeper than a VO's VOC")
        << QByteArray("dn: cn=a,ou=x,ou=demo,ou=alpha,ou=vocs,dc=t\nobjectClass: ipHost\ncn: a\n")
        << u"in.ldif:1"_s << u"cn=a,ou=x,ou=demo,ou=alpha,ou=vocs,dc=t"_s;
    QTest::newRow("base64 not UTF-8")
        << QByteArray("dn: cn=a,ou=v,ou=vocs,dc=t\ncn:: /w==\n") << u"in.ldif:2"_s << u"not UTF-8"_s;
}

void TestVcnExchange::ldifErrors()
{
    QFETCH(QByteArray, ldif);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const Result<QList<VcnRecord>> records = parseVcnLdif(ldif, u"in.ldif"_s);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().where, where);
    QVERIFY2(records.error().what.contains(what), qPrintable(records.error().what));
}

void TestVcnExchange::ldifRoundTrip()
{
    const QList<VcnRecord> records{
        record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s, u" leading space"_s),
        record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s, u"06:00:00:00:00:02"_s, u"Rechenknoten ü\nzwei"_s),
        record(u"voc-b"_s, u"node03"_s, u"10.0.0.7"_s, u"0a:00:00:00:00:03"_s)};
    const QByteArray ldif = vcnRecordsToLdif(records, u"dc=vsp,dc=test"_s);
    QVERIFY(ldif.contains("description:: "));
    const Result<QList<VcnRecord>> back = parseVcnLdif(ldif, u"x.ldif"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        VcnRecord expected = records.at(i);
        expected.dn = u"cn=%1,ou=%2,ou=vocs,dc=vsp,dc=test"_s.arg(expected.hostname, expected.voc);
        QCOMPARE(back->at(i), expected);
    }
}

void TestVcnExchange::ldifRoundTripWithVo()
{
    const QList<VcnRecord> records{
        voRecord(u"alpha"_s, u"demo"_s, u"alpha-head"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s),
        record(u"demo"_s, u"plain-head"_s, u"10.0.0.6"_s, u"02:00:00:00:00:02"_s)};
    const QByteArray ldif = vcnRecordsToLdif(records, u"dc=vsp,dc=test"_s);
    QVERIFY2(ldif.contains("dn: cn=alpha-head,ou=demo,ou=alpha,ou=vocs,dc=vsp,dc=test\n"), ldif.constData());
    const Result<QList<VcnRecord>> back = parseVcnLdif(ldif, u"x.ldif"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).vo, u"alpha"_s);
    QCOMPARE(back->at(0).voc, u"demo"_s);
    QCOMPARE(back->at(1).vo, QString());
    QCOMPARE(back->at(1).dn, u"cn=plain-head,ou=demo,ou=vocs,dc=vsp,dc=test"_s);
}

void TestVcnExchange::conflicts_data()
{
    QTest::addColumn<QList<VcnRecord>>("batch");
    QTest::addColumn<QStringList>("expected"); // "index field value other inBatch"
    // existing: voc-a/node01 10.0.0.5 02:00:00:00:00:01
    QTest::newRow("free") << QList<VcnRecord>{record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s,
                                                     u"02:00:00:00:00:02"_s)}
                          << QStringList{};
    QTest::newRow("ip taken") << QList<VcnRecord>{record(u"voc-b"_s, u"node02"_s, u"10.0.0.5"_s,
                                                         u"02:00:00:00:00:02"_s)}
                              << QStringList{u"0 ipHostNumber 10.0.0.5 voc-a/node01 0"_s};
    QTest::newRow("mac taken, other case")
        << QList<VcnRecord>{record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s, u"02-00-00-00-00-01"_s)}
        << QStringList{u"0 macAddress 02:00:00:00:00:01 voc-a/node01 0"_s};
    QTest::newRow("hostname taken in another VOC")
        << QList<VcnRecord>{record(u"voc-b"_s, u"NODE01"_s, u"10.0.0.6"_s, u"02:00:00:00:00:02"_s)}
        << QStringList{u"0 cn node01 voc-a/node01 0"_s};
    QTest::newRow("within the batch")
        << QList<VcnRecord>{record(u"voc-b"_s, u"node02"_s, u"10.0.0.6"_s, u"02:00:00:00:00:02"_s),
                            record(u"voc-b"_s, u"node03"_s, u"10.0.0.6"_s, u"02:00:00:00:00:03"_s)}
        << QStringList{u"1 ipHostNumber 10.0.0.6 voc-b/node02 1"_s};
    QTest::newRow("invalid records left to normalizeVcnRecord")
        << QList<VcnRecord>{record(u"voc-b"_s, u"*)(cn=*"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s)}
        << QStringList{};
}

void TestVcnExchange::conflicts()
{
    QFETCH(QList<VcnRecord>, batch);
    QFETCH(QStringList, expected);
    const QList<VcnRecord> existing{record(u"voc-a"_s, u"node01"_s, u"10.0.0.5"_s, u"02:00:00:00:00:01"_s)};
    QStringList found;
    for (const VcnConflict& c : findVcnConflicts(batch, existing)) {
        found << u"%1 %2 %3 %4/%5 %6"_s.arg(c.index)
                     .arg(c.field, c.value, c.otherVoc, c.otherHostname)
                     .arg(int(c.inBatch));
        QVERIFY(c.toString().contains(c.value));
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestVcnExchange)
#include "tst_vcnexchange.moc"
