// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl (VOCCTL_PATH) for the tests in tests/cli and hands back what a user or a script
// sees of it: the exit code, stdout and stderr.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

#ifndef VOCCTL_PATH
#error "VOCCTL_PATH must name the vocctl binary (tests/cli/CMakeLists.txt defines it)"
#endif

namespace voc::test {

struct VocctlRun
{
    int exitCode = -1; // -1 also when vocctl did not start, crashed or timed out (err says which)
    QString out;
    QString err;
};

struct VocctlOptions
{
    // Every member has a default, so a designated initializer may name only what it changes.
    QString workingDir = {};         // empty: the test's own
    QStringList unsetVariables = {}; // taken out of the test's environment
    QList<std::pair<QString, QString>> setVariables = {};
    QByteArray input = {}; // standard input; it is closed after this, so a read of it ends
    int timeoutMs = 30000;
};

inline VocctlRun vocctl(const QStringList& args, const VocctlOptions& options = {})
{
    QProcess process;
    process.setWorkingDirectory(options.workingDir);
    if (!options.unsetVariables.isEmpty() || !options.setVariables.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : options.unsetVariables)
            environment.remove(name);
        for (const auto& [name, value] : options.setVariables)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(VOCCTL_PATH), args);
    VocctlRun run;
    if (!process.waitForStarted()) {
        run.err = QStringLiteral("vocctl did not start: ") + process.errorString();
        return run;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("vocctl did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace voc::test
