// SPDX-License-Identifier: GPL-3.0-or-later
// A transient dir storage pool in the private libvirtd of tests/e2e/libvirt-sandbox, for the e2e tests
// that put volumes into one: made in initTestCase, destroyed in cleanupTestCase (its folder goes with
// the test's temporary directory).
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

namespace voc::e2e {

// Makes `path` and the pool `name` on it; empty when both worked, else what failed (for QCOMPARE
// against QString(), which then shows it).
inline QString createDirPool(const QString& name, const QString& path)
{
    if (!QDir().mkpath(path))
        return QStringLiteral("could not make %1").arg(path);
    const int exitCode = QProcess::execute(QStringLiteral("virsh"),
                                           {QStringLiteral("-q"), QStringLiteral("pool-create-as"), name,
                                            QStringLiteral("dir"), QStringLiteral("--target"), path});
    if (exitCode != 0)
        return QStringLiteral("virsh pool-create-as %1 exited with %2").arg(name).arg(exitCode);
    return {};
}

inline void destroyPool(const QString& name)
{
    QProcess::execute(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("pool-destroy"), name});
}

} // namespace voc::e2e
