// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl validate` as a user and a script see it: the real binary, its exit codes, lines and JSON.
#include "vocctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using voc::test::VocctlRun;

// Runs vocctl in the fixtures folder, so file names in its output are as short as in the rows.
VocctlRun vocctl(const QStringList& args)
{
    return voc::test::vocctl(args, {.workingDir = QStringLiteral(VOC_FIXTURES_DIR "/designs")});
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString demo = QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc");

} // namespace

class TestVocctlValidate : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void json_data();
    void json();
    void hostileNames_data();
    void hostileNames();
};

void TestVocctlValidate::text_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out"); // every line of stdout, exactly
    QTest::addColumn<QString>("err");     // the start of stderr; empty: stderr must be empty

    const auto s = [](const char* text) { return QString::fromUtf8(text); };

    QTest::newRow("demo") << QStringList{demo} << 0
                          << QStringList{demo + s(": valid (1 head + 4 compute, 5 VCNs)")} << QString();
    QTest::newRow("minimal") << QStringList{s("valid-minimal.voc")} << 0
                             << QStringList{s("valid-minimal.voc: valid (1 head + 1 compute, 2 VCNs)")}
                             << QString();
    QTest::newRow("two compute roles")
        << QStringList{s("valid-two-compute-roles.voc")} << 0
        << QStringList{s("valid-two-compute-roles.voc: valid (1 head + 12 compute, "
                         "13 VCNs)")}
        << QString();
    QTest::newRow("warnings only")
        << QStringList{s("valid-with-warnings.voc")} << 0
        << QStringList{s("colour: warning: unknown key, ignored"),
                       s("hpl.utilization: warning: 0.97 leaves almost no memory for the operating system"),
                       s("hpl.grid: warning: p×q = 4 but the compute nodes have 8 vCPUs in all; HPL would "
                         "not use "
                         "every vCPU"),
                       s("valid-with-warnings.voc: valid (1 head + 4 compute, 5 VCNs)")}
        << QString();

    QTest::newRow("several problems")
        << QStringList{s("invalid-several.voc")} << 1
        << QStringList{s("roles[1].nic: unknown value \"rtl8139\"; accepted values: \"virtio\", \"e1000\""),
                       s("roles[1].count: 5000 is above the maximum of 4096"),
                       s("roles[1].memoryMiB: 0 is below the minimum of 128"),
                       s("network.subnet: 10.77.0.0/24 has room for 253 VCNs besides the gateway, the design "
                         "has "
                         "5001")}
        << QString();
    QTest::newRow("two heads")
        << QStringList{s("invalid-two-heads.voc")} << 1
        << QStringList{s("roles: 2 head roles; exactly one is required"),
                       s("roles[1].hostnamePattern: gives \"twoheads-head\", which roles[0] "
                         "gives too")}
        << QString();
    QTest::newRow("subnet too small")
        << QStringList{s("invalid-subnet-too-small.voc")} << 1
        << QStringList{s("network.subnet: 10.1.2.0/29 has room for 5 VCNs besides the "
                         "gateway, the design has 7")}
        << QString();
    QTest::newRow("newer format") << QStringList{s("format-v2.voc")} << 1
                                  << QStringList{s(
                                         "format: the design was written in format \"vocstudio-design/2\", "
                                         "newer than \"vocstudio-design/1\" which this build reads")}
                                  << QString();

    QTest::newRow("trailing comma") << QStringList{s("malformed-trailing-comma.voc")} << 2 << QStringList()
                                    << s("malformed-trailing-comma.voc:5:1: malformed JSON: ");
    QTest::newRow("unterminated string")
        << QStringList{s("malformed-unterminated-string.voc")} << 2 << QStringList()
        << s("malformed-unterminated-string.voc:4:2: malformed JSON: ");
    QTest::newRow("not utf-8") << QStringList{s("not-utf8.voc")} << 2 << QStringList()
                               << s("not-utf8.voc: not UTF-8 text: invalid byte 0xe9 at offset 48\n");
    QTest::newRow("empty") << QStringList{s("empty.voc")} << 2 << QStringList()
                           << s("empty.voc: the file is empty\n");
    QTest::newRow("not an object")
        << QStringList{s("not-an-object.voc")} << 2 << QStringList()
        << s("not-an-object.voc: not a VOC Studio design: the top level is an array");
    QTest::newRow("no format") << QStringList{s("no-format.voc")} << 2 << QStringList()
                               << s("no-format.voc: not a VOC Studio design");
    QTest::newRow("missing file") << QStringList{s("no-such-file.voc")} << 2 << QStringList()
                                  << s("no-such-file.voc: no such file\n");
    QTest::newRow("a directory") << QStringList{s(".")} << 2 << QStringList()
                                 << s(".: is a directory, not a regular file");

    QTest::newRow("no FILE") << QStringList() << 2 << QStringList() << s("vocctl validate: missing FILE\n");
    QTest::newRow("two FILEs") << QStringList{s("empty.voc"), s("no-format.voc")} << 2 << QStringList()
                               << s("vocctl validate: one FILE at a time");
    QTest::newRow("unknown option") << QStringList{s("--strict"), s("empty.voc")} << 2 << QStringList()
                                    << s("vocctl validate: Unknown option 'strict'");
}

void TestVocctlValidate::text()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, out);
    QFETCH(QString, err);

    const VocctlRun run = vocctl(QStringList{QStringLiteral("validate")} + args);
    QCOMPARE(lines(run.out), out);
    if (err.isEmpty())
        QCOMPARE(run.err, QString());
    else
        QVERIFY2(run.err.startsWith(err), qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
}

void TestVocctlValidate::json_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("problems"); // "severity path" of each problem, in order

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("demo") << demo << 0 << true << QStringList();
    QTest::newRow("warnings") << s("valid-with-warnings.voc") << 0 << true
                              << QStringList{s("warning colour"), s("warning hpl.utilization"),
                                             s("warning hpl.grid")};
    QTest::newRow("invalid") << s("invalid-several.voc") << 1 << false
                             << QStringList{s("error roles[1].nic"), s("error roles[1].count"),
                                            s("error roles[1].memoryMiB"), s("error network.subnet")};
    QTest::newRow("newer format") << s("format-v2.voc") << 1 << false << QStringList{s("error format")};
    QTest::newRow("malformed") << s("malformed-trailing-comma.voc") << 2 << false << QStringList();
}

void TestVocctlValidate::json()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(bool, valid);
    QFETCH(QStringList, problems);

    const VocctlRun run = vocctl({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QLatin1Char('\n') + run.out));
    const QJsonObject report = document.object();
    QCOMPARE(report.value(QLatin1String("file")).toString(), file);
    QVERIFY(report.value(QLatin1String("valid")).isBool());
    QCOMPARE(report.value(QLatin1String("valid")).toBool(), valid);

    QStringList actual;
    const QJsonArray list = report.value(QLatin1String("problems")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject problem = value.toObject();
        QCOMPARE(problem.keys(), (QStringList{QStringLiteral("hint"), QStringLiteral("message"),
                                              QStringLiteral("path"), QStringLiteral("severity")}));
        QVERIFY(!problem.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!problem.value(QLatin1String("hint")).toString().isEmpty());
        actual.append(problem.value(QLatin1String("severity")).toString() + QLatin1Char(' ') +
                      problem.value(QLatin1String("path")).toString());
    }
    QCOMPARE(actual, problems);

    // A file that cannot be read at all still gets a machine-readable answer, with the position.
    if (exitCode == 2) {
        const QJsonObject fatal = report.value(QLatin1String("error")).toObject();
        QCOMPARE(fatal.value(QLatin1String("where")).toString(), file + QStringLiteral(":5:1"));
        QVERIFY(fatal.value(QLatin1String("message")).toString().startsWith(QLatin1String("malformed JSON")));
    }
}

void TestVocctlValidate::hostileNames_data()
{
    QTest::addColumn<QString>("field"); // "name" or "hostnamePattern" (of the head role)
    QTest::addColumn<QString>("inject");
    QTest::addColumn<QString>("escaped"); // how the output shows it

    const QList<std::pair<const char*, std::pair<QString, QString>>> characters{
        {"newline forging a line",
         {QStringLiteral("\nroles[0].count: forged"), QStringLiteral("\\x0aroles[0].count: forged")}},
        {"CR", {QStringLiteral("\rok"), QStringLiteral("\\x0dok")}},
        {"ESC clear screen", {QStringLiteral("\x1b[2J\x1b[H"), QStringLiteral("\\x1b[2J\\x1b[H")}},
        {"OSC title", {QStringLiteral("\x1b]0;owned\x07"), QStringLiteral("\\x1b]0;owned\\x07")}},
        {"NUL", {QString(QChar(0)) + QStringLiteral("x"), QStringLiteral("\\x00x")}},
        {"C1 CSI", {QStringLiteral("\u009b31m"), QStringLiteral("\\x9b31m")}},
        {"U+202E", {QStringLiteral("\u202etxt.exe"), QStringLiteral("\\u{202e}txt.exe")}},
        {"U+2066 isolate", {QStringLiteral("\u2066x\u2069"), QStringLiteral("\\u{2066}x\\u{2069}")}},
        {"U+2028", {QStringLiteral("\u2028x"), QStringLiteral("\\u{2028}x")}},
    };
    for (const char* field : {"name", "hostnamePattern"})
        for (const auto& [name, texts] : characters)
            QTest::addRow("%s: %s", field, name) << QString::fromLatin1(field) << texts.first << texts.second;
}

// Names from a design reach the terminal escaped: one line per problem, each starting with its own
// path, no control or bidi character raw (issue 13: a newline in a name forged a second problem line).
void TestVocctlValidate::hostileNames()
{
    QFETCH(QString, field);
    QFETCH(QString, inject);
    QFETCH(QString, escaped);

    QJsonObject head{
        {QStringLiteral("kind"), QStringLiteral("head")},
        {QStringLiteral("hostnamePattern"), QStringLiteral("{voc}-head")},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("path"), QStringLiteral("head.qcow2")}}}};
    const QJsonObject compute{
        {QStringLiteral("kind"), QStringLiteral("compute")},
        {QStringLiteral("hostnamePattern"), QStringLiteral("{voc}-node{index}")},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("path"), QStringLiteral("node.qcow2")}}}};
    QJsonObject design{{QStringLiteral("format"), QStringLiteral("vocstudio-design/1")},
                       {QStringLiteral("name"), QStringLiteral("mini")},
                       {QStringLiteral("vo"), QStringLiteral("chem-vo")}};
    if (field == QLatin1String("name"))
        design.insert(field, QString(QStringLiteral("mini") + inject));
    else
        head.insert(field, QString(QStringLiteral("{voc}-head") + inject));
    design.insert(QStringLiteral("roles"), QJsonArray{head, compute});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("hostile.voc")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(design).toJson());
    file.close();

    const VocctlRun json = vocctl({QStringLiteral("validate"), file.fileName(), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray problems =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("problems")).toArray();
    QVERIFY(!problems.isEmpty());

    const VocctlRun text = vocctl({QStringLiteral("validate"), file.fileName()});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.endsWith(QLatin1Char('\n')), qPrintable(text.out));
    const QStringList printed = text.out.chopped(1).split(QLatin1Char('\n'));
    QCOMPARE(printed.size(), problems.size());
    for (qsizetype i = 0; i < printed.size(); ++i)
        QVERIFY2(printed.at(i).startsWith(problems.at(i).toObject().value(QLatin1String("path")).toString() +
                                          QLatin1String(": ")),
                 qPrintable(printed.at(i)));
    QVERIFY2(text.out.contains(escaped), qPrintable(text.out));
    for (const char32_t c : text.out.chopped(1).toUcs4()) {
        const QChar::Category category = QChar::category(c);
        QVERIFY2(category != QChar::Other_Control && category != QChar::Other_Format &&
                     category != QChar::Separator_Line,
                 qPrintable(
                     QStringLiteral("U+%1 raw in: %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(text.out)));
    }
}

QTEST_GUILESS_MAIN(TestVocctlValidate)
#include "tst_vocctlvalidate.moc"
