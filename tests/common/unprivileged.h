// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that need an ordinary user (a file its owner may not read stops everyone but root): as root,
// the current test function and data row run again, in a copy of this test binary, as user nobody.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace voc::test {

// Runs this binary's current test function (and data row) again as user nobody (65534) through
// setpriv. The binary is copied to a directory under /tmp first: the build tree may sit below a home
// or checkout that nobody cannot enter. Empty when that run passed, else what failed with its output.
inline QString rerunAsNobody()
{
    QTemporaryDir dir(QStringLiteral("/tmp/voc-nobody-XXXXXX"));
    if (!dir.isValid())
        return QStringLiteral("no temporary directory under /tmp: ") + dir.errorString();
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    const QString binary = dir.filePath(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    if (!QFile::setPermissions(dir.path(), everyone) || !QDir().mkdir(tmp) ||
        !QFile::setPermissions(tmp, everyone | QFile::WriteGroup | QFile::WriteOther) ||
        !QFile::copy(QCoreApplication::applicationFilePath(), binary) ||
        !QFile::setPermissions(binary, everyone))
        return QStringLiteral("could not copy %1 to %2 for user nobody")
            .arg(QCoreApplication::applicationFilePath(), dir.path());

    QString function = QString::fromLatin1(QTest::currentTestFunction());
    if (const char* tag = QTest::currentDataTag(); tag && *tag)
        function += QLatin1Char(':') + QString::fromUtf8(tag);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("HOME"), tmp);
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    // LeakSanitizer aborts when it cannot read its suppressions: give nobody a copy too.
    static const QRegularExpression suppressions(QStringLiteral("suppressions=([^:]+)"));
    const QString lsan = env.value(QStringLiteral("LSAN_OPTIONS"));
    if (const QRegularExpressionMatch m = suppressions.match(lsan); m.hasMatch()) {
        const QString copy = dir.filePath(QStringLiteral("lsan.supp"));
        if (!QFile::copy(m.captured(1), copy) || !QFile::setPermissions(copy, everyone))
            return QStringLiteral("could not copy %1 for user nobody").arg(m.captured(1));
        env.insert(QStringLiteral("LSAN_OPTIONS"),
                   QString(lsan).replace(m.capturedStart(1), m.capturedLength(1), copy));
    }
    QProcess run;
    run.setProcessEnvironment(env);
    run.setWorkingDirectory(tmp);
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), binary, function};
    run.start(QStringLiteral("setpriv"), args);
    if (!run.waitForFinished(120000)) {
        run.kill();
        run.waitForFinished();
    }
    const QString output = QString::fromLocal8Bit(run.readAll());
    // A skip there would hide the check again: only a run with no failure and no skip counts.
    static const QRegularExpression passed(QStringLiteral("Totals: [1-9][0-9]* passed, 0 failed, 0 skipped"));
    if (run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0 && passed.match(output).hasMatch())
        return {};
    return QStringLiteral("as user nobody (setpriv %1), %2 did not pass (%3, exit code %4):\n%5")
        .arg(args.join(QLatin1Char(' ')), function, run.errorString())
        .arg(run.exitCode())
        .arg(output);
}

} // namespace voc::test

// In a test function (or one of its rows) that needs an ordinary user: as root, runs it again as
// user nobody, fails with that run's output if it did not pass there, and returns; else goes on.
#define VOC_RUN_AS_ORDINARY_USER()                                                                           \
    do {                                                                                                     \
        if (::geteuid() == 0) {                                                                              \
            const QString failure_ = voc::test::rerunAsNobody();                                             \
            QVERIFY2(failure_.isEmpty(), qPrintable(failure_));                                              \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)
