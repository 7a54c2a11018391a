// SPDX-License-Identifier: GPL-3.0-or-later
// Every vocctl command that reads a file a user names, given a FIFO, a directory, a character device
// or a socket instead: each must refuse it at once, saying what it is. A FIFO used to block validate,
// plan, parse-hpl and the directory password forever; the short timeout turns such a hang into a
// failure.
#include "specialfiles.h"
#include "vocctlrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Seconds, not the runner's half minute: refusing a file takes a moment.
constexpr int timeoutMs = 10000;

// The test's site profile with passwordFile set; written beside the special file.
bool writeSiteProfile(const QString& path, const QString& passwordFile)
{
    QFile fixture(QStringLiteral(VOC_FIXTURES_DIR "/sites/sandbox.json"));
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    QByteArray json = fixture.readAll();
    const QByteArray setting = QByteArray("\"passwordFile\": \"") + QFile::encodeName(passwordFile) + '"';
    json.replace(QByteArray("\"passwordFile\": \"\""), setting);
    QFile file(path);
    return json.contains(QFile::encodeName(passwordFile)) && file.open(QIODevice::WriteOnly) &&
           file.write(json) == json.size();
}

} // namespace

class TestVocctlSpecialFiles : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
};

void TestVocctlSpecialFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("args"); // FILE stands for the special file, DIR for the temporary folder
    QTest::addColumn<bool>("asPasswordFile"); // FILE is the site profile's passwordFile, the profile is given

    const QList<std::pair<const char*, QStringList>> commands{
        {"validate", {u"validate"_s, u"FILE"_s}},
        {"validate --json", {u"validate"_s, u"--json"_s, u"FILE"_s}},
        {"plan", {u"plan"_s, u"--local"_s, u"FILE"_s}},
        {"parse-hpl", {u"parse-hpl"_s, u"FILE"_s}},
        {"import", {u"import"_s, u"FILE"_s, u"-C"_s, u"DIR/imported"_s}},
        {"results list", {u"results"_s, u"list"_s, u"--store"_s, u"FILE"_s}},
        {"site profile", {u"directory"_s, u"list"_s, u"--site"_s, u"FILE"_s}},
    };
    for (const voc::test::SpecialFileKind& kind : voc::test::specialFileKinds()) {
        const QString name = QString::fromLatin1(kind.name);
        const QString word = QString::fromLatin1(kind.word);
        for (const auto& [command, args] : commands)
            QTest::addRow("%s, %s", command, kind.name) << name << word << args << false;
        QTest::addRow("password file, %s", kind.name)
            << name << word << QStringList{u"directory"_s, u"list"_s, u"--site"_s, u"DIR/site.json"_s}
            << true;
    }
}

void TestVocctlSpecialFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, word);
    QFETCH(QStringList, args);
    QFETCH(bool, asPasswordFile);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString special = voc::test::makeSpecialFile(kind, dir.filePath(u"special"_s));
    QVERIFY2(!special.isEmpty(), "could not make the special file");
    if (asPasswordFile)
        QVERIFY(writeSiteProfile(dir.filePath(u"site.json"_s), special));
    for (QString& arg : args) {
        if (arg == QLatin1String("FILE"))
            arg = special;
        arg.replace(u"DIR"_s, dir.path());
    }

    voc::test::VocctlOptions options{
        .workingDir = dir.path(),
        .unsetVariables = {u"VOCSTUDIO_LDAP_PASSWORD"_s, u"VOCSTUDIO_RESULTS_DB"_s},
        .timeoutMs = timeoutMs};
    const voc::test::VocctlRun run = voc::test::vocctl(args, options);
    QVERIFY2(run.exitCode > 0, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(special), qPrintable(run.err));
    QVERIFY2(run.err.contains(word), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"other users"_s), qPrintable(run.err));
    // Nothing was made of it: no imported folder, no store beside it.
    QVERIFY(!QFileInfo::exists(dir.filePath(u"imported"_s)));
}

QTEST_GUILESS_MAIN(TestVocctlSpecialFiles)
#include "tst_vocctlspecialfiles.moc"
