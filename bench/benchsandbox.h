// SPDX-License-Identifier: GPL-3.0-or-later
// A VSP sandbox (scripts/vsp-sandbox) of a benchmark's own on a free /24, taken down whatever happens.
#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace voc::bench {

struct Sandbox
{
    QString dir;
    bool up = false;

    static QString script() { return QStringLiteral(VOC_SOURCE_DIR "/scripts/vsp-sandbox"); }

    // Empty when it came up, else what the script said.
    QString start(const QString& name, int hosts = 2, const QStringList& extra = {})
    {
        QString net;
        QProcess routes;
        routes.start(QStringLiteral("ip"),
                     {QStringLiteral("-4"), QStringLiteral("route"), QStringLiteral("show"),
                      QStringLiteral("table"), QStringLiteral("all")});
        routes.waitForFinished();
        const QString taken = QString::fromUtf8(routes.readAllStandardOutput());
        for (int tries = 0; tries < 50 && net.isEmpty(); ++tries) {
            const QString candidate =
                QStringLiteral("10.213.%1").arg(100 + QRandomGenerator::global()->bounded(150));
            if (!taken.contains(candidate + QLatin1Char('.')))
                net = candidate;
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(script(), QStringList{QStringLiteral("up"), QStringLiteral("--dir"), dir,
                                            QStringLiteral("--name"), name, QStringLiteral("--hosts"),
                                            QString::number(hosts), QStringLiteral("--subnet"),
                                            net + QStringLiteral(".0/24")} +
                                    extra);
        // With VOs, up makes accounts, homes and pools on every host too.
        const bool ok = process.waitForFinished(600000) && process.exitCode() == 0;
        up = QFileInfo::exists(dir);
        return ok ? QString() : QString::fromUtf8(process.readAll());
    }
    QString profilePath() const { return dir + QStringLiteral("/site.json"); }
    // The profile `up` made for a VO (--vo-grant sets its quotas).
    QString voProfilePath(const QString& vo) const
    {
        return dir + QStringLiteral("/vos/%1/site.json").arg(vo);
    }
    ~Sandbox()
    {
        if (up)
            QProcess::execute(script(), {QStringLiteral("down"), QStringLiteral("--dir"), dir});
    }
};

} // namespace voc::bench
