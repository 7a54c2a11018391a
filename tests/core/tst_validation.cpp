// SPDX-License-Identifier: GPL-3.0-or-later
// Bad designs, from broken bytes to broken rules: each must be reported with its exact place.
#include "model/designfile.h"
#include "model/validation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace voc;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(VOC_FIXTURES_DIR "/designs/") + name;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test input %s", qPrintable(path));
    return file.readAll();
}

QByteArray fixtureBytes(const QString& name)
{
    return readBytes(fixture(name));
}

// The shipped demo design, which every patched row starts from.
QJsonObject demoObject()
{
    return QJsonDocument::fromJson(readBytes(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc")))
        .object();
}

// The demo design with its images given by path instead of by build, as designs made before
// "build" existed have them: the image rows check those rules.
QJsonObject pathDemoObject()
{
    QJsonObject demo = demoObject();
    QJsonArray roles = demo.value(QStringLiteral("roles")).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        QJsonObject role = roles.at(i).toObject();
        QJsonObject image = role.value(QStringLiteral("image")).toObject();
        image.insert(
            QStringLiteral("path"),
            QStringLiteral("images/demo-%1.qcow2").arg(image.value(QStringLiteral("build")).toString()));
        image.remove(QStringLiteral("build"));
        role.insert(QStringLiteral("image"), image);
        roles.replace(i, role);
    }
    demo.insert(QStringLiteral("roles"), roles);
    return demo;
}

// `node` with the value at `tokens` replaced; an undefined value removes the key or element.
QJsonValue replaced(const QJsonValue& node, QStringList tokens, const QJsonValue& value)
{
    if (tokens.isEmpty())
        return value;
    const QString token = tokens.takeFirst();
    bool isIndex = false;
    const int index = token.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (tokens.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        object.remove(token);
    else
        object[token] = replaced(object.value(token), tokens, value);
    return object;
}

// The demo design (images by path) with one field changed, e.g. with("roles[1].count", 5000).
QByteArray with(const QString& path, const QJsonValue& value, QJsonObject base = pathDemoObject())
{
    QString dotted = path;
    dotted.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
    const QJsonValue result = replaced(base, dotted.split(QLatin1Char('.')), value);
    return QJsonDocument(result.toObject()).toJson();
}

// The demo with a field set to literal JSON text, for numbers a QJsonValue cannot hold as written.
QByteArray withLiteral(const QString& path, const QByteArray& literal)
{
    return with(path, QStringLiteral("@literal@")).replace("\"@literal@\"", literal);
}

QJsonObject roleObject(const QString& kind, int count, const QString& pattern)
{
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("count"), count},
        {QStringLiteral("hostnamePattern"), pattern},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("path"), QStringLiteral("x.qcow2")}}}};
}

QByteArray withRoles(const QJsonArray& roles)
{
    return with(QStringLiteral("roles"), roles);
}

// Parse problems first, then validation: the order `vocctl validate` prints them in.
Problems allProblems(const QByteArray& bytes)
{
    const Result<ParsedDesign> parsed = parseDesign(bytes, QStringLiteral("test.voc"));
    if (!parsed) {
        qWarning("unexpected parse error: %s", qPrintable(parsed.error().toString()));
        return {};
    }
    return parsed->problems + validateDesign(parsed->design);
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void parseErrors_data();
    void parseErrors();
    void problems_data();
    void problems();
    void validDesigns_data();
    void validDesigns();
    void everyProblemIsReported();
    void problemsCarryHints();
    void designFiles_data();
    void designFiles();
};

void TestValidation::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("where"); // exact; "test.voc:L:C" for JSON syntax errors
    QTest::addColumn<QString>("fragment");

    const int parse = int(ErrorCode::Parse);
    const int unsupported = int(ErrorCode::UnsupportedFormat);
    const QString file = QStringLiteral("test.voc");
    QTest::newRow("trailing comma") << fixtureBytes(QStringLiteral("malformed-trailing-comma.voc")) << parse
                                    << QStringLiteral("test.voc:5:1") << QStringLiteral("malformed JSON");
    QTest::newRow("unterminated string")
        << fixtureBytes(QStringLiteral("malformed-unterminated-string.voc")) << parse
        << QStringLiteral("test.voc:4:2") << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << fixtureBytes(QStringLiteral("malformed-truncated.voc")) << parse
                               << QStringLiteral("test.voc:4:21") << QStringLiteral("malformed JSON");
    // The é before the error counts as one column, not two bytes.
    QTest::newRow("missing colon") << fixtureBytes(QStringLiteral("malformed-missing-colon.voc")) << parse
                                   << QStringLiteral("test.voc:3:24") << QStringLiteral("malformed JSON");
    QTest::newRow("garbage") << QByteArray("format = vocstudio\n") << parse << QStringLiteral("test.voc:1:1")
                             << QStringLiteral("malformed JSON");
    QTest::newRow("second line garbage")
        << QByteArray("{\r\n  @\r\n}") << parse << QStringLiteral("test.voc:2:3")
        << QStringLiteral("malformed JSON");
    QTest::newRow("not utf-8") << fixtureBytes(QStringLiteral("not-utf8.voc")) << parse << file
                               << QStringLiteral("invalid byte 0xe9 at offset 48");
    QTest::newRow("overlong utf-8") << QByteArray("{\"name\": \"\xC0\xAF\"}") << parse << file
                                    << QStringLiteral("invalid byte 0xc0 at offset 10");
    QTest::newRow("utf-16 surrogate") << QByteArray("{\"name\": \"\xED\xA0\x80\"}") << parse << file
                                      << QStringLiteral("invalid byte 0xed at offset 10");
    QTest::newRow("empty file") << fixtureBytes(QStringLiteral("empty.voc")) << parse << file
                                << QStringLiteral("the file is empty");
    QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << parse << file
                                     << QStringLiteral("the file is empty");
    QTest::newRow("not an object") << fixtureBytes(QStringLiteral("not-an-object.voc")) << parse << file
                                   << QStringLiteral("the top level is an array");
    QTest::newRow("a bare number") << QByteArray("42") << parse << QStringLiteral("test.voc:1:1")
                                   << QStringLiteral("malformed JSON");
    QTest::newRow("no format") << fixtureBytes(QStringLiteral("no-format.voc")) << parse << file
                               << QStringLiteral("not a VOC Studio design");
    QTest::newRow("format not a string") << QByteArray("{\"format\": 1}") << parse << file
                                         << QStringLiteral("\"format\" is a number, not a string");
    QTest::newRow("format v2") << fixtureBytes(QStringLiteral("format-v2.voc")) << unsupported << file
                               << QStringLiteral("newer than \"vocstudio-design/1\"");
    QTest::newRow("format v10") << with(QStringLiteral("format"), QStringLiteral("vocstudio-design/10"))
                                << unsupported << file << QStringLiteral("\"vocstudio-design/10\"");
    QTest::newRow("site profile") << fixtureBytes(QStringLiteral("format-site-profile.voc")) << unsupported
                                  << file << QStringLiteral("unknown format \"vocstudio-site/1\"");
    QTest::newRow("format v0") << with(QStringLiteral("format"), QStringLiteral("vocstudio-design/0"))
                               << unsupported << file << QStringLiteral("unknown format");
}

void TestValidation::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, where);
    QFETCH(QString, fragment);

    const Result<ParsedDesign> parsed = parseDesign(bytes, QStringLiteral("test.voc"));
    QVERIFY2(!parsed.ok(), "the input was accepted");
    QCOMPARE(int(parsed.error().code), code);
    QCOMPARE(parsed.error().where, where);
    QVERIFY2(parsed.error().what.contains(fragment), qPrintable(parsed.error().what));
    QVERIFY(!parsed.error().hint.isEmpty());
}

void TestValidation::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("isError");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    const QString count = s("roles[1].count");
    const QString pattern = s("roles[1].hostnamePattern");

    // Types: reported by the reader with the JSON path.
    QTest::newRow("count is a string")
        << with(count, s("four")) << count << s("expected a whole number, found a string") << true;
    QTest::newRow("vcpus is a fraction")
        << with(s("roles[1].vcpus"), 2.5) << s("roles[1].vcpus") << s("2.5 is not a whole number") << true;
    QTest::newRow("memory 1e300") << withLiteral(s("roles[1].memoryMiB"), "1e300") << s("roles[1].memoryMiB")
                                  << s("1e+300 is out of range") << true;
    QTest::newRow("count 2^53+1") << withLiteral(count, "9007199254740993") << count << s("is out of range")
                                  << true;
    QTest::newRow("count is an object")
        << with(count, QJsonObject{}) << count << s("found an object") << true;
    QTest::newRow("blockSize is a bool")
        << with(s("hpl.blockSize"), true) << s("hpl.blockSize") << s("found a boolean") << true;
    QTest::newRow("grid p is a string")
        << with(s("hpl.grid.p"), s("2")) << s("hpl.grid.p") << s("found a string") << true;
    QTest::newRow("name is a number") << with(s("name"), 7) << s("name") << s("expected a string") << true;
    QTest::newRow("roles is an object")
        << with(s("roles"), QJsonObject{}) << s("roles") << s("expected an array") << true;
    QTest::newRow("role is a string")
        << with(s("roles[1]"), s("compute")) << s("roles[1]") << s("expected an object") << true;
    QTest::newRow("network is an array")
        << with(s("network"), QJsonArray{}) << s("network") << s("expected an object") << true;
    QTest::newRow("unknown nic") << with(s("roles[1].nic"), s("rtl8139")) << s("roles[1].nic")
                                 << s("unknown value \"rtl8139\"; accepted values: \"virtio\", \"e1000\"")
                                 << true;
    QTest::newRow("unknown boot mode")
        << with(s("roles[0].image.bootMode"), s("pxe")) << s("roles[0].image.bootMode")
        << s("accepted values: \"disk\", \"kernel\"") << true;
    QTest::newRow("unknown kind") << with(s("roles[1].kind"), s("worker")) << s("roles[1].kind")
                                  << s("accepted values: \"head\", \"compute\"") << true;
    QTest::newRow("missing kind") << with(s("roles[1].kind"), QJsonValue::Undefined) << s("roles[1].kind")
                                  << s("missing") << true;
    QTest::newRow("unknown key") << with(s("roles[1].colour"), s("red")) << s("roles[1].colour")
                                 << s("unknown key, ignored") << false;

    // Numbers in range of int but outside the design's limits: validation.
    QTest::newRow("count -1") << withLiteral(count, "-1") << count << s("-1 is below the minimum of 1")
                              << true;
    QTest::newRow("count 0") << with(count, 0) << count << s("0 is below the minimum of 1") << true;
    QTest::newRow("count 5000") << with(count, 5000) << count << s("5000 is above the maximum of 4096")
                                << true;
    QTest::newRow("memory 0") << with(s("roles[1].memoryMiB"), 0) << s("roles[1].memoryMiB")
                              << s("0 is below the minimum of 128") << true;
    QTest::newRow("memory above 4 TiB")
        << with(s("roles[1].memoryMiB"), 4 * 1024 * 1024 + 1) << s("roles[1].memoryMiB")
        << s("4194305 is above the maximum of 4194304") << true;
    QTest::newRow("vcpus 0") << with(s("roles[0].vcpus"), 0) << s("roles[0].vcpus")
                             << s("0 is below the minimum of 1") << true;
    QTest::newRow("vcpus 513") << with(s("roles[1].vcpus"), 513) << s("roles[1].vcpus")
                               << s("513 is above the maximum of 512") << true;
    QTest::newRow("head count 2") << with(s("roles[0].count"), 2) << s("roles[0].count")
                                  << s("a head role has count 1, not 2") << true;

    // Role set.
    QTest::newRow("two heads") << fixtureBytes(s("invalid-two-heads.voc")) << s("roles")
                               << s("2 head roles; exactly one is required") << true;
    QTest::newRow("no head") << with(s("roles[0]"), QJsonValue::Undefined) << s("roles") << s("no head role")
                             << true;
    QTest::newRow("no compute") << with(s("roles[1]"), QJsonValue::Undefined) << s("roles")
                                << s("no compute role") << true;
    QTest::newRow("no roles") << with(s("roles"), QJsonArray{}) << s("roles") << s("no head role") << true;
    QTest::newRow("compute total above 4096")
        << withRoles({roleObject(s("head"), 1, s("h")), roleObject(s("compute"), 4000, s("a{index}")),
                      roleObject(s("compute"), 100, s("b{index}"))})
        << s("roles") << s("4100 compute VCNs in all, above the maximum of 4096") << true;

    // Identity.
    QTest::newRow("no name") << with(s("name"), QJsonValue::Undefined) << s("name") << s("required") << true;
    QTest::newRow("name with underscore") << with(s("name"), s("my_voc")) << s("name")
                                          << s("\"my_voc\" is not a valid host name label") << true;
    QTest::newRow("name too long") << with(s("name"), QString(64, QLatin1Char('a'))) << s("name")
                                   << s("is not a valid host name label") << true;
    QTest::newRow("no vo") << with(s("vo"), s("")) << s("vo") << s("required") << true;

    // Hostname patterns.
    QTest::newRow("pattern underscore")
        << with(pattern, s("{voc}_{index}")) << pattern << s("'_' is not allowed") << true;
    QTest::newRow("pattern unknown placeholder")
        << with(pattern, s("{unknown}")) << pattern << s("unknown placeholder '{unknown}'") << true;
    QTest::newRow("pattern bad width")
        << with(pattern, s("{voc}-{index:0x}")) << pattern << s("invalid width") << true;
    QTest::newRow("pattern unclosed brace")
        << with(pattern, s("{voc-{index}")) << pattern << s("'{' is not closed") << true;
    QTest::newRow("pattern stray close brace")
        << with(pattern, s("voc}-{index}")) << pattern << s("'}' without a matching '{'") << true;
    QTest::newRow("pattern leading hyphen")
        << with(pattern, s("-{voc}{index}")) << pattern << s("starts or ends with '-'") << true;
    QTest::newRow("pattern empty") << with(pattern, s("")) << pattern << s("required") << true;
    QTest::newRow("pattern without index") << with(pattern, s("{voc}-node")) << pattern
                                           << s("gives the same name \"demo-node\" to VCNs 1 and 2") << true;
    QTest::newRow("patterns collide across roles")
        << with(pattern, s("{voc}-head")) << pattern << s("gives \"demo-head\", which roles[0] gives too")
        << true;
    QTest::newRow("patterns collide ignoring case")
        << withRoles({roleObject(s("head"), 1, s("{voc}-head")), roleObject(s("compute"), 1, s("DEMO-HEAD"))})
        << pattern << s("gives \"demo-head\", which roles[0] gives too") << true;

    // Images.
    QTest::newRow("no image path") << with(s("roles[1].image.path"), s("")) << s("roles[1].image.path")
                                   << s("required") << true;
    QTest::newRow("sha256 upper case")
        << with(s("roles[0].image.sha256"),
                s("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"))
        << s("roles[0].image.sha256") << s("not a SHA-256 checksum") << true;
    QTest::newRow("sha256 too short") << with(s("roles[0].image.sha256"), s("9f86d081"))
                                      << s("roles[0].image.sha256") << s("64 lower-case hex digits") << true;
    QTest::newRow("kernel boot without kernel")
        << with(s("roles[1].image.bootMode"), s("kernel")) << s("roles[1].image.kernel")
        << s("required when bootMode is \"kernel\"") << true;
    QTest::newRow("unknown built image")
        << with(s("roles[1].image.build"), s("gpu"), demoObject()) << s("roles[1].image.build")
        << s("\"gpu\" is not an image scripts/build-vcn-image builds") << true;
    QTest::newRow("path beside a built image")
        << with(s("roles[1].image.path"), s("images/x.qcow2"), demoObject()) << s("roles[1].image.path")
        << s("ignored: the role uses the built image \"compute\"") << false;
    QTest::newRow("build is a number") << with(s("roles[0].image.build"), 1, demoObject())
                                       << s("roles[0].image.build") << s("expected a string") << true;
    QTest::newRow("kernel with disk boot")
        << with(s("roles[1].image.kernel"), s("/boot/vmlinuz")) << s("roles[1].image.kernel")
        << s("ignored because bootMode is") << false;

    // Network.
    QTest::newRow("subnet too small")
        << fixtureBytes(s("invalid-subnet-too-small.voc")) << s("network.subnet")
        << s("10.1.2.0/29 has room for 5 VCNs besides the gateway, the design has 7") << true;
    QTest::newRow("subnet /31") << with(s("network.subnet"), s("10.0.0.0/31")) << s("network.subnet")
                                << s("has room for 0 VCNs") << true;
    QTest::newRow("bad cidr host bits")
        << with(s("network.subnet"), s("10.77.0.1/24")) << s("network.subnet") << s("host bits set") << true;
    QTest::newRow("bad cidr prefix") << with(s("network.subnet"), s("10.77.0.0/33")) << s("network.subnet")
                                     << s("'10.77.0.0/33' is not a subnet") << true;
    QTest::newRow("bad cidr no prefix")
        << with(s("network.subnet"), s("10.77.0.0")) << s("network.subnet") << s("is not a subnet") << true;
    QTest::newRow("gateway outside") << with(s("network.gateway"), s("10.78.0.1")) << s("network.gateway")
                                     << s("10.78.0.1 is not a host address of 10.77.0.0/24") << true;
    QTest::newRow("gateway is broadcast") << with(s("network.gateway"), s("10.77.0.255"))
                                          << s("network.gateway") << s("is not a host address") << true;
    QTest::newRow("gateway not an address") << with(s("network.gateway"), s("10.77.0.256"))
                                            << s("network.gateway") << s("is not an IPv4 address") << true;
    QTest::newRow("bad domain") << with(s("network.domain"), s("voc..test")) << s("network.domain")
                                << s("empty label") << true;

    // HPL.
    QTest::newRow("utilization 0") << with(s("hpl.utilization"), 0) << s("hpl.utilization")
                                   << s("must be above 0") << true;
    QTest::newRow("utilization 1.5") << with(s("hpl.utilization"), 1.5) << s("hpl.utilization")
                                     << s("1.5 is above the maximum of 1") << true;
    QTest::newRow("utilization 0.97")
        << with(s("hpl.utilization"), 0.97) << s("hpl.utilization") << s("leaves almost no memory") << false;
    QTest::newRow("utilization a string") << with(s("hpl.utilization"), s("80%")) << s("hpl.utilization")
                                          << s("expected a number, found a string") << true;
    QTest::newRow("block size 0") << with(s("hpl.blockSize"), 0) << s("hpl.blockSize")
                                  << s("0 is below the minimum of 1") << true;
    QTest::newRow("block size 8192") << with(s("hpl.blockSize"), 8192) << s("hpl.blockSize")
                                     << s("8192 is above the maximum of 4096") << true;
    QTest::newRow("step negative") << with(s("hpl.step"), -192) << s("hpl.step")
                                   << s("-192 is below the minimum of 0") << true;
    QTest::newRow("grid half set") << with(s("hpl.grid.p"), 2) << s("hpl.grid") << s("both be 0") << true;
    QTest::newRow("grid negative") << with(s("hpl.grid.q"), -1) << s("hpl.grid.q")
                                   << s("-1 is below the minimum of 0") << true;
    QTest::newRow("grid too small")
        << with(s("hpl.grid"), QJsonObject{{s("p"), 2}, {s("q"), 2}}) << s("hpl.grid")
        << s("p×q = 4 but the compute nodes have 8 vCPUs in all; HPL would not use "
             "every vCPU")
        << false;
    QTest::newRow("grid too large") << with(s("hpl.grid"), QJsonObject{{s("p"), 4}, {s("q"), 4}})
                                    << s("hpl.grid") << s("would oversubscribe") << false;
}

void TestValidation::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(bool, isError);

    const Problems problems = allProblems(bytes);
    const Problem::Severity severity = isError ? Problem::Severity::Error : Problem::Severity::Warning;
    bool found = false;
    for (const Problem& p : problems)
        found = found || (p.path == path && p.message.contains(fragment) && p.severity == severity);
    QVERIFY2(found,
             qPrintable(
                 QStringLiteral("expected %1: ...%2... among:\n%3").arg(path, fragment, describe(problems))));
    QCOMPARE(hasErrors(problems), isError);
}

void TestValidation::validDesigns_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("warnings");

    QTest::newRow("demo") << readBytes(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc")) << 0;
    QTest::newRow("demo, images by path") << QJsonDocument(pathDemoObject()).toJson() << 0;
    QTest::newRow("minimal") << fixtureBytes(QStringLiteral("valid-minimal.voc")) << 0;
    QTest::newRow("kernel boot, fixed grid") << fixtureBytes(QStringLiteral("valid-kernel-boot.voc")) << 0;
    QTest::newRow("two compute roles, full /28")
        << fixtureBytes(QStringLiteral("valid-two-compute-roles.voc")) << 0;
    QTest::newRow("with warnings") << fixtureBytes(QStringLiteral("valid-with-warnings.voc")) << 3;
    QTest::newRow("4096 compute nodes")
        << with(QStringLiteral("network.subnet"), QStringLiteral("10.64.0.0/19"), demoObject())
               .replace("\"count\": 4,", "\"count\": 4096,")
        << 0;
    QTest::newRow("null means default") << with(QStringLiteral("network.gateway"), QJsonValue::Null) << 0;
    QTest::newRow("utf-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF") + fixtureBytes(QStringLiteral("valid-minimal.voc")) << 0;
    QTest::newRow("default design") << serializeDesign(makeDefaultDesign()) << 0;
}

void TestValidation::validDesigns()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, warnings);

    const Problems problems = allProblems(bytes);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
    QCOMPARE(problems.size(), warnings);
}

void TestValidation::everyProblemIsReported()
{
    // One file, several independent mistakes: none may hide another.
    const Problems problems = allProblems(fixtureBytes(QStringLiteral("invalid-several.voc")));
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(p.toString());
    QVERIFY2(lines.contains(QStringLiteral("roles[1].count: 5000 is above the maximum of 4096")),
             qPrintable(describe(problems)));
    QVERIFY2(lines.contains(QStringLiteral("roles[1].memoryMiB: 0 is below the minimum of 128")),
             qPrintable(describe(problems)));
    QVERIFY2(lines.contains(QStringLiteral(
                 "roles[1].nic: unknown value \"rtl8139\"; accepted values: \"virtio\", \"e1000\"")),
             qPrintable(describe(problems)));
    QVERIFY2(
        lines.contains(QStringLiteral(
            "network.subnet: 10.77.0.0/24 has room for 253 VCNs besides the gateway, the design has 5001")),
        qPrintable(describe(problems)));
    QCOMPARE(problems.size(), 4);
}

void TestValidation::problemsCarryHints()
{
    // Every error must tell the user what to do, not just what is wrong.
    Design design = makeDefaultDesign(QStringLiteral("bad_name"));
    design.vo.clear();
    design.roles[1].count = 0;
    design.roles[1].memoryMiB = 0;
    design.roles[1].image.bootMode = BootMode::Kernel;
    design.network.subnet = QStringLiteral("10.0.0.0/40");
    design.hpl.utilization = -1;
    const Problems problems = validateDesign(design);
    QVERIFY(problems.size() >= 7);
    for (const Problem& p : problems) {
        QVERIFY2(!p.path.isEmpty(), qPrintable(p.message));
        QVERIFY2(!p.hint.isEmpty(), qPrintable(p.toString()));
    }
}

void TestValidation::designFiles_data()
{
    QTest::addColumn<QString>("field"); // path, kernel or initrd of the compute role
    QTest::addColumn<QString>("file");  // OUT/ and IN/: a file made outside or inside the design's folder
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem"); // empty: none

    const QByteArray qcow2 = QByteArray("QFI\xfb\0\0\0\3", 8) + QByteArray(504, '\0');
    QByteArray bzImage(4096, '\0');
    bzImage.replace(0x202, 4, "HdrS");
    const QByteArray gzip("\x1f\x8b\x08\x00 compressed");
    const QString notDisk = QStringLiteral("is not a qcow2 or raw disk image");

    // What legitimately lives outside the design's folder: the build cache's images, by absolute path.
    QTest::newRow("qcow2 outside") << "path"
                                   << "OUT/disk.qcow2" << qcow2 << QString();
    QTest::newRow("raw outside") << "path"
                                 << "OUT/disk.raw" << QByteArray(1024 * 1024, '\0') << QString();
    QTest::newRow("kernel outside") << "kernel"
                                    << "OUT/vmlinuz" << bzImage << QString();
    QTest::newRow("ELF kernel outside") << "kernel"
                                        << "OUT/vmlinux"
                                        << QByteArray("\x7f"
                                                      "ELF\x02\x01")
                                        << QString();
    QTest::newRow("initrd outside") << "initrd"
                                    << "OUT/initrd.img" << gzip << QString();
    QTest::newRow("cpio initrd outside") << "initrd"
                                         << "OUT/initrd.img" << QByteArray("070701000000") << QString();
    QTest::newRow("missing outside (not built yet)")
        << "path"
        << "/nonexistent/disk.qcow2" << QByteArray() << QString();
    // The design's own folder is the user's: any regular file.
    QTest::newRow("anything inside") << "path"
                                     << "IN/images/notes.txt" << QByteArray("text") << QString();
    QTest::newRow("kernel inside") << "kernel"
                                   << "IN/k" << QByteArray("kkkk") << QString();
    // Host files a design from someone else may point at.
    QTest::newRow("/etc/passwd") << "path"
                                 << "/etc/passwd" << QByteArray() << notDisk;
    QTest::newRow("/etc/hostname") << "path"
                                   << "/etc/hostname" << QByteArray() << notDisk;
    QTest::newRow("text outside") << "path"
                                  << "OUT/secret.txt" << QByteArray("password\n") << notDisk;
    QTest::newRow("raw outside, not whole sectors")
        << "path"
        << "OUT/odd.raw" << QByteArray(1024 * 1024 + 1, '\0') << notDisk;
    QTest::newRow("small raw outside") << "path"
                                       << "OUT/small.raw" << QByteArray(4096, '\0') << notDisk;
    QTest::newRow("text as kernel") << "kernel"
                                    << "/etc/passwd" << QByteArray() << QStringLiteral("is not a kernel");
    QTest::newRow("text as initrd") << "initrd"
                                    << "OUT/initrd" << QByteArray("#!/bin/sh\n")
                                    << QStringLiteral("is not an initrd");
    QTest::newRow("relative out of the folder") << "path"
                                                << "../../../../../../../../etc/hostname" << QByteArray()
                                                << QStringLiteral("leads out of the design's folder");
    QTest::newRow("relative out and back in")
        << "path"
        << "images/../../design/images/x.qcow2" << QByteArray() << QString();
    QTest::newRow("/dev/null") << "path"
                               << "/dev/null" << QByteArray() << QStringLiteral("character device");
    QTest::newRow("a FIFO inside") << "path"
                                   << "IN/fifo" << QByteArray("FIFO") << QStringLiteral("FIFO");
    QTest::newRow("a directory inside") << "path"
                                        << "IN/images" << QByteArray("DIR") << QStringLiteral("directory");
}

// A design's files against its folder: what the build cache and the user's own folder hold passes,
// host files and special files are problems of the role's field, each with the rule as the hint.
void TestValidation::designFiles()
{
    QFETCH(QString, field);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString designDir = dir.filePath(QStringLiteral("design"));
    QVERIFY(QDir().mkpath(designDir + QStringLiteral("/images")));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    file.replace(QStringLiteral("OUT/"), dir.filePath(QStringLiteral("out/")));
    file.replace(QStringLiteral("IN/"), designDir + QLatin1Char('/'));
    if (content == "FIFO") {
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    } else if (content == "DIR") {
        QVERIFY(QFileInfo(file).isDir());
    } else if (!content.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }

    Design design = makeDefaultDesign(QStringLiteral("files"));
    Role& compute = design.roles[1];
    if (field != QLatin1String("path")) {
        compute.image.bootMode = BootMode::Kernel;
        compute.image.kernel = QStringLiteral("images/vmlinuz");
    }
    (field == QLatin1String("path")     ? compute.image.path
     : field == QLatin1String("kernel") ? compute.image.kernel
                                        : compute.image.initrd) = file;
    const Problems problems = validateDesignFiles(design, designDir);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, QStringLiteral("roles[1].image.%1").arg(field));
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
    QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
    QVERIFY(problems.first().hint.contains(QStringLiteral("relative to the design's folder")));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
