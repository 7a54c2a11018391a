// SPDX-License-Identifier: GPL-3.0-or-later
// Hostname patterns (placeholders, errors with positions) and RFC 1123 host names.
#include "net/hostname.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

class TestHostname : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void compiledOnce();
    void badPattern_data();
    void badPattern();
    void badExpansion_data();
    void badExpansion();
    void checkHostname_data();
    void checkHostname();
};

void TestHostname::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("head") << QStringLiteral("{voc}-head") << 1 << QStringLiteral("demo-head");
    QTest::newRow("compute 02") << QStringLiteral("{voc}-{role}{index:02}") << 3
                                << QStringLiteral("demo-compute03");
    QTest::newRow("padding exceeded")
        << QStringLiteral("{voc}-{role}{index:02}") << 123 << QStringLiteral("demo-compute123");
    QTest::newRow("padding 09") << QStringLiteral("n{index:09}") << 42 << QStringLiteral("n000000042");
    QTest::newRow("plain index") << QStringLiteral("{role}-{index}") << 7 << QStringLiteral("compute-7");
    QTest::newRow("vo") << QStringLiteral("{vo}-{voc}-{index:03}") << 5
                        << QStringLiteral("physics-vo-demo-005");
    QTest::newRow("literal only") << QStringLiteral("node") << 1 << QStringLiteral("node");
    // Substituted values and literals come out in lower case: host names are case-insensitive.
    QTest::newRow("upper literal") << QStringLiteral("Node{index}") << 2 << QStringLiteral("node2");
    QTest::newRow("placeholder twice") << QStringLiteral("{index}x{index:02}") << 4 << QStringLiteral("4x04");
}

void TestHostname::expand()
{
    QFETCH(QString, pattern);
    QFETCH(int, index);
    QFETCH(QString, expected);
    QVERIFY(checkHostnamePattern(pattern).ok());
    const HostnameContext context{QStringLiteral("Demo"), QStringLiteral("physics-vo"),
                                  QStringLiteral("compute"), index};
    const Result<QString> name = expandHostname(pattern, context);
    QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().toString()));
    QCOMPARE(*name, expected);
    QVERIFY(voc::checkHostname(*name).ok());
}

void TestHostname::compiledOnce()
{
    // A plan compiles each role's pattern once and expands it per VCN: same names as expandHostname().
    const QString pattern = QStringLiteral("{vo}-{voc}-{role}{index:04}");
    const Result<HostnamePattern> compiled = HostnamePattern::compile(pattern);
    QVERIFY(compiled.ok());
    QCOMPARE(compiled->pattern(), pattern);
    for (int index : {1, 9, 10, 999, 10000, 123456}) {
        const HostnameContext context{QStringLiteral("demo"), QStringLiteral("vo"), QStringLiteral("compute"),
                                      index};
        QCOMPARE(compiled->expand(context).value(), expandHostname(pattern, context).value());
    }
    QCOMPARE(compiled->expand(HostnameContext{u"demo"_s, u"vo"_s, u"compute"_s, 7}).value(),
             u"vo-demo-compute0007"_s);
}

void TestHostname::badPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("position"); // 1-based, as the message says it
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << 0 << QStringLiteral("empty");
    QTest::newRow("unknown placeholder") << QStringLiteral("{voc}-{host}") << 7 << QStringLiteral("{host}");
    QTest::newRow("double brace") << QStringLiteral("a{{voc}}") << 2 << QStringLiteral("{{");
    QTest::newRow("unclosed") << QStringLiteral("{voc-head") << 1 << QStringLiteral("'{'");
    QTest::newRow("nested open") << QStringLiteral("{vo{c}") << 1 << QStringLiteral("'{'");
    QTest::newRow("stray close") << QStringLiteral("voc}-head") << 4 << QStringLiteral("'}'");
    QTest::newRow("width 2") << QStringLiteral("n{index:2}") << 2 << QStringLiteral("{index:2}");
    QTest::newRow("width 00") << QStringLiteral("n{index:00}") << 2 << QStringLiteral("{index:00}");
    QTest::newRow("width 10") << QStringLiteral("n{index:10}") << 2 << QStringLiteral("{index:10}");
    QTest::newRow("width empty") << QStringLiteral("n{index:}") << 2 << QStringLiteral("{index:}");
    QTest::newRow("underscore") << QStringLiteral("{voc}_{index}") << 6 << QStringLiteral("'_'");
    QTest::newRow("dot") << QStringLiteral("{voc}.x") << 6 << QStringLiteral("'.'");
    QTest::newRow("space") << QStringLiteral("a b") << 2 << QStringLiteral("' '");
    QTest::newRow("percent") << QStringLiteral("a%2") << 2 << QStringLiteral("'%'");
    QTest::newRow("upper placeholder") << QStringLiteral("{VOC}") << 1 << QStringLiteral("{VOC}");
}

void TestHostname::badPattern()
{
    QFETCH(QString, pattern);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const Status status = checkHostnamePattern(pattern);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    const QString what = status.error().what;
    QVERIFY2(what.contains(mentions), qPrintable(what));
    if (position > 0)
        QVERIFY2(what.contains(QStringLiteral("character %1:").arg(position)), qPrintable(what));
    QVERIFY(!status.error().hint.isEmpty());
    // Expansion refuses the same pattern with the same message.
    const Result<QString> name = expandHostname(pattern, HostnameContext{u"v"_s, u"vo"_s, u"head"_s, 1});
    QVERIFY(!name.ok());
    QCOMPARE(name.error().what, what);
}

void TestHostname::badExpansion_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("voc");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty name makes a leading hyphen")
        << QStringLiteral("{voc}-head") << QString() << QStringLiteral("'-head'");
    QTest::newRow("space in the name")
        << QStringLiteral("{voc}-head") << QStringLiteral("my voc") << QStringLiteral("my voc-head");
    QTest::newRow("too long") << QStringLiteral("{voc}-{index:09}") << QString(60, QLatin1Char('a'))
                              << QStringLiteral("63");
    QTest::newRow("trailing hyphen") << QStringLiteral("{voc}-") << QStringLiteral("x")
                                     << QStringLiteral("'-'");
}

void TestHostname::badExpansion()
{
    QFETCH(QString, pattern);
    QFETCH(QString, voc);
    QFETCH(QString, mentions);
    QVERIFY(checkHostnamePattern(pattern).ok());
    const Result<QString> name = expandHostname(pattern, HostnameContext{voc, u"vo"_s, u"compute"_s, 1});
    QVERIFY(!name.ok());
    QCOMPARE(name.error().code, ErrorCode::InvalidInput);
    QVERIFY2(name.error().what.contains(pattern), qPrintable(name.error().what));
    QVERIFY2(name.error().what.contains(mentions), qPrintable(name.error().what));
}

void TestHostname::checkHostname_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("single label") << QStringLiteral("demo-head") << true;
    QTest::newRow("fqdn") << QStringLiteral("demo-head.voc.test") << true;
    QTest::newRow("digits first (RFC 1123)") << QStringLiteral("3com") << true;
    QTest::newRow("all digits") << QStringLiteral("123") << true;
    QTest::newRow("upper case") << QStringLiteral("Demo-Head") << true;
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("253 total") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') +
                                   u'.' + QString(61, u'd'))
                               << true;
    QTest::newRow("254 total") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') +
                                   u'.' + QString(62, u'd'))
                               << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-head") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("head-") << false;
    QTest::newRow("hyphen label end") << QStringLiteral("a-.b") << false;
    QTest::newRow("underscore") << QStringLiteral("a_b") << false;
    QTest::newRow("empty label") << QStringLiteral("a..b") << false;
    QTest::newRow("trailing dot") << QStringLiteral("a.b.") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("non-ascii") << QStringLiteral("m\u00fcnchen") << false;
}

void TestHostname::checkHostname()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status status = voc::checkHostname(name);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QVERIFY(!status.error().hint.isEmpty());
    }
    // A single label is valid exactly when the name is and has no dots.
    if (!name.contains(QLatin1Char('.')))
        QCOMPARE(isValidHostLabel(name), valid);
}

QTEST_GUILESS_MAIN(TestHostname)
#include "tst_hostname.moc"
