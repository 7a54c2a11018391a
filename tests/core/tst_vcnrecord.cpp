// SPDX-License-Identifier: GPL-3.0-or-later
// VCN records before they reach the directory: normalised values, and every value that could
// change the meaning of a DN or filter (or is simply wrong) refused with the field named.
#include "directory/vcnrecord.h"

#include <QTest>

using namespace voc;

namespace {

// Rows are written as UTF-8 literals; the build forbids implicit conversions from char*.
QString u(const char* text)
{
    return QString::fromUtf8(text);
}

VcnRecord validRecord()
{
    return VcnRecord{QStringLiteral("demo"),
                     QStringLiteral("demo-compute01"),
                     QStringLiteral("10.213.0.21"),
                     QStringLiteral("0a:1b:2c:3d:4e:5f"),
                     QStringLiteral("compute, physics-vo"),
                     {}};
}

} // namespace

class TestVcnRecord : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
    void checkLabel_data();
    void checkLabel();
};

void TestVcnRecord::normalises_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hostname lower-cased") << u("hostname") << u("Demo-Compute01") << u("demo-compute01");
    QTest::newRow("hostname digits only") << u("hostname") << u("42") << u("42");
    QTest::newRow("hostname 63 characters")
        << u("hostname") << QString(63, QLatin1Char('a')) << QString(63, QLatin1Char('a'));
    QTest::newRow("voc keeps its case") << u("voc") << u("Demo") << u("Demo");
    QTest::newRow("a VO's record") << u("vo") << u("alpha-2") << u("alpha-2");
    QTest::newRow("mac upper case") << u("mac") << u("0A:1B:2C:3D:4E:5F") << u("0a:1b:2c:3d:4e:5f");
    QTest::newRow("mac dashes") << u("mac") << u("02-00-00-00-00-01") << u("02:00:00:00:00:01");
    QTest::newRow("mac x6") << u("mac") << u("06:aa:bb:cc:dd:ee") << u("06:aa:bb:cc:dd:ee");
    QTest::newRow("mac xE") << u("mac") << u("FE:00:00:00:00:01") << u("fe:00:00:00:00:01");
    QTest::newRow("ip plain") << u("ip") << u("10.213.0.21") << u("10.213.0.21");
    QTest::newRow("ip top of range") << u("ip") << u("223.255.255.254") << u("223.255.255.254");
    QTest::newRow("description utf-8")
        << u("description") << u("Rechenknoten f\u00fcr \u00c9quipe \U0001F680")
        << u("Rechenknoten f\u00fcr \u00c9quipe \U0001F680");
    QTest::newRow("description with filter syntax") << u("description") << u("*)(cn=*") << u("*)(cn=*");
    QTest::newRow("description empty") << u("description") << u("") << u("");
}

void TestVcnRecord::normalises()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    VcnRecord record = validRecord();
    QString VcnRecord::*member = field == QLatin1String("hostname") ? &VcnRecord::hostname
                                 : field == QLatin1String("voc")    ? &VcnRecord::voc
                                 : field == QLatin1String("vo")     ? &VcnRecord::vo
                                 : field == QLatin1String("mac")    ? &VcnRecord::mac
                                 : field == QLatin1String("ip")     ? &VcnRecord::ip
                                                                    : &VcnRecord::description;
    record.*member = input;
    const Result<VcnRecord> normalized = normalizeVcnRecord(record);
    QVERIFY2(normalized.ok(), normalized.ok() ? "" : qPrintable(normalized.error().toString()));
    QCOMPARE((*normalized).*member, expected);
    // The other fields are left as they were (already normal).
    VcnRecord rest = *normalized;
    rest.*member = input;
    QCOMPARE(rest, record);
}

void TestVcnRecord::refuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("namedField");
    QTest::addColumn<QString>("inMessage");

    const QString nul = QString(QChar(0));
    const QString long300 = QString(300, QLatin1Char('a'));
    // Injection attempts, in each name that becomes part of a DN or a filter.
    for (const auto& [field, named] : {std::pair{"hostname", "cn"}, std::pair{"voc", "ou"}}) {
        const QString f = QLatin1String(field);
        const QString n = QLatin1String(named);
        QTest::addRow("%s filter injection", field) << f << u("*)(cn=*") << n << u("not a host name label");
        QTest::addRow("%s dn injection", field) << f << u(",ou=x") << n << u("not a host name label");
        QTest::addRow("%s escaped nul", field) << f << u("a\\00") << n << u("not a host name label");
        QTest::addRow("%s nul character", field)
            << f << QStringLiteral("a") + nul + QStringLiteral("b") << n << u("not printable ASCII");
        QTest::addRow("%s non-ascii", field) << f << u("kn\u00f6del") << n << u("not printable ASCII");
        QTest::addRow("%s 300 characters", field) << f << long300 << n << u("300 characters long");
        QTest::addRow("%s 64 characters", field)
            << f << QString(64, QLatin1Char('b')) << n << u("64 characters long");
        QTest::addRow("%s empty", field) << f << u("") << n << u("empty");
        QTest::addRow("%s space", field) << f << u("a b") << n << u("not printable ASCII");
        QTest::addRow("%s leading hyphen", field) << f << u("-a") << n << u("not a host name label");
        QTest::addRow("%s dot", field) << f << u("a.b") << n << u("not a host name label");
        QTest::addRow("%s equals", field) << f << u("cn=a") << n << u("not a host name label");
    }
    // The VO's name is part of the DN too: what the provider's accounts are named, nothing else.
    QTest::newRow("vo dn injection") << u("vo") << u("alpha,ou=people") << u("vo") << u("not a VO name");
    QTest::newRow("vo upper case") << u("vo") << u("Alpha") << u("vo") << u("a-z, 0-9");
    QTest::newRow("vo nul") << u("vo") << QStringLiteral("a") + nul << u("vo") << u("not a VO name");
    QTest::newRow("vo 300 characters") << u("vo") << long300 << u("vo") << u("300 characters long");
    QTest::newRow("vo trailing hyphen") << u("vo") << u("alpha-") << u("vo") << u("'-'");
    QTest::newRow("mac multicast") << u("mac") << u("03:00:00:00:00:01") << u("macAddress") << u("multicast");
    QTest::newRow("mac broadcast") << u("mac") << u("ff:ff:ff:ff:ff:ff") << u("macAddress") << u("multicast");
    QTest::newRow("mac global") << u("mac") << u("00:1b:2c:3d:4e:5f") << u("macAddress")
                                << u("globally administered");
    QTest::newRow("mac short") << u("mac") << u("02:00:00:00:01") << u("macAddress")
                               << u("not a MAC address");
    QTest::newRow("mac injection") << u("mac") << u("*)(macAddress=*") << u("macAddress")
                                   << u("not a MAC address");
    QTest::newRow("mac nul") << u("mac") << QStringLiteral("02:00:00:00:00:0") + nul << u("macAddress")
                             << u("not a MAC address");
    QTest::newRow("mac empty") << u("mac") << u("") << u("macAddress") << u("not a MAC address");
    QTest::newRow("ip leading zero") << u("ip") << u("10.213.0.021") << u("ipHostNumber")
                                     << u("not an IPv4 address");
    QTest::newRow("ip three octets") << u("ip") << u("10.213.0") << u("ipHostNumber")
                                     << u("not an IPv4 address");
    QTest::newRow("ip octet too big")
        << u("ip") << u("10.213.0.256") << u("ipHostNumber") << u("not an IPv4 address");
    QTest::newRow("ip cidr") << u("ip") << u("10.213.0.21/24") << u("ipHostNumber")
                             << u("not an IPv4 address");
    QTest::newRow("ip injection") << u("ip") << u("10.0.0.1)(cn=*") << u("ipHostNumber")
                                  << u("not an IPv4 address");
    QTest::newRow("ip spaces") << u("ip") << u(" 10.0.0.1") << u("ipHostNumber") << u("not an IPv4 address");
    QTest::newRow("ip non-ascii digits")
        << u("ip") << u("\u0661\u0660.0.0.1") << u("ipHostNumber") << u("not an IPv4 address");
    QTest::newRow("ip multicast") << u("ip") << u("224.0.0.1") << u("ipHostNumber")
                                  << u("not a unicast host address");
    QTest::newRow("ip loopback") << u("ip") << u("127.0.0.1") << u("ipHostNumber")
                                 << u("not a unicast host address");
    QTest::newRow("ip zero") << u("ip") << u("0.0.0.0") << u("ipHostNumber")
                             << u("not a unicast host address");
    QTest::newRow("ip broadcast") << u("ip") << u("255.255.255.255") << u("ipHostNumber")
                                  << u("not a unicast host address");
    QTest::newRow("ip empty") << u("ip") << u("") << u("ipHostNumber") << u("not an IPv4 address");
    QTest::newRow("description nul") << u("description") << QStringLiteral("role") + nul << u("description")
                                     << u("control character");
    QTest::newRow("description newline")
        << u("description") << u("a\ndn: cn=x") << u("description") << u("control character");
    QTest::newRow("description too long") << u("description") << QString(1025, QLatin1Char('d'))
                                          << u("description") << u("1025 characters long");
    QTest::newRow("description lone surrogate")
        << u("description") << QString(QChar(0xd800)) << u("description") << u("not valid Unicode");
}

void TestVcnRecord::refuses()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, namedField);
    QFETCH(QString, inMessage);
    VcnRecord record = validRecord();
    if (field == QLatin1String("hostname"))
        record.hostname = input;
    else if (field == QLatin1String("voc"))
        record.voc = input;
    else if (field == QLatin1String("vo"))
        record.vo = input;
    else if (field == QLatin1String("mac"))
        record.mac = input;
    else if (field == QLatin1String("ip"))
        record.ip = input;
    else
        record.description = input;
    const Result<VcnRecord> normalized = normalizeVcnRecord(record);
    QVERIFY(!normalized.ok());
    const Error& error = normalized.error();
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QVERIFY2(error.what.startsWith(namedField + QLatin1String(" of VCN record ")), qPrintable(error.what));
    QVERIFY2(error.what.contains(inMessage), qPrintable(error.what));
    QVERIFY(!error.hint.isEmpty());
    // The message never carries the raw hostile value: no control characters, nothing unbounded.
    for (const QChar c : error.what)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(error.what));
    QVERIFY2(error.what.size() < 400, qPrintable(error.what));
}

void TestVcnRecord::checkLabel_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u("demo") << true;
    QTest::newRow("hyphen inside") << u("demo-1") << true;
    QTest::newRow("injection") << u("*)(ou=*") << false;
    QTest::newRow("dn") << u(",ou=x") << false;
    QTest::newRow("non-ascii") << u("d\u00e9mo") << false;
    QTest::newRow("long") << QString(300, QLatin1Char('x')) << false;
}

void TestVcnRecord::checkLabel()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const Status status = checkVcnLabel(QStringLiteral("ou"), value);
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QVERIFY2(status.error().what.startsWith(QLatin1String("ou: ")), qPrintable(status.error().what));
}

QTEST_GUILESS_MAIN(TestVcnRecord)
#include "tst_vcnrecord.moc"
