// SPDX-License-Identifier: GPL-3.0-or-later
// A private slapd for tests (scripts/slapd-instance) on 127.0.0.1 and a free high port: no root
// needed, nothing outside the test's temporary directory, stopped by its pid.
#pragma once

#include "directory/directory.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#ifndef VOC_SOURCE_DIR
#error "VOC_SOURCE_DIR must name the source tree (voc_add_test defines it)"
#endif

namespace voc::test {

inline QString slapdInstanceScript()
{
    return QStringLiteral(VOC_SOURCE_DIR "/scripts/slapd-instance");
}

// The first tool slapd-instance and the tests need that is missing (scripts/setup installs them);
// empty when all are there.
inline QString missingSlapdTools()
{
    const QStringList sbin{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")};
    for (const char* tool : {"slapd", "slapadd", "slappasswd", "ldapwhoami", "ldapadd", "openssl"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty() &&
            QStandardPaths::findExecutable(QLatin1String(tool), sbin).isEmpty())
            return QLatin1String(tool);
    }
    return {};
}

// A port nobody listens on right now (the kernel picks it; closed again at once).
inline quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                       const QString& caFile = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
               env.value(QStringLiteral("PATH")) + QStringLiteral(":/usr/sbin:/sbin"));
    if (!caFile.isEmpty())
        env.insert(QStringLiteral("LDAPTLS_CACERT"), caFile);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

class SlapdInstance
{
public:
    SlapdInstance() = default;
    SlapdInstance(const SlapdInstance&) = delete;
    SlapdInstance& operator=(const SlapdInstance&) = delete;
    ~SlapdInstance() { stop(); }

    // Starts (or restarts, keeping its data) the instance in `dir`; `extra` e.g. --no-tls.
    bool start(const QString& dir, const QStringList& extra = {})
    {
        if (m_port == 0)
            m_port = freeLoopbackPort();
        m_dir = dir;
        m_extra = extra;
        const ToolRun run =
            runTool(slapdInstanceScript(),
                    QStringList{QStringLiteral("start"), dir, QStringLiteral("--url"), url()} + extra);
        m_log = run.err;
        if (run.exitCode != 0)
            return false;
        m_info.clear();
        for (const QByteArray& line : run.out.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return true;
    }
    bool restart() { return start(m_dir, m_extra); }
    void stop()
    {
        if (!m_dir.isEmpty())
            runTool(slapdInstanceScript(), {QStringLiteral("stop"), m_dir});
    }

    QString url() const { return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port); }
    QString value(const char* key) const { return m_info.value(QLatin1String(key)); }
    QString ca() const { return value("ca"); }
    QString suffix() const { return value("suffix"); }
    const QByteArray& log() const { return m_log; }

    DirectoryConfig serviceConfig() const
    {
        return config(value("service_dn"), QStringLiteral("vocstudio-secret"));
    }
    DirectoryConfig netsyncConfig() const
    {
        return config(value("netsync_dn"), QStringLiteral("netsync-secret"));
    }
    DirectoryConfig config(const QString& bindDn, const QString& password) const
    {
        DirectoryConfig c;
        c.uri = url();
        c.baseDn = suffix();
        c.bindDn = bindDn;
        c.password = password;
        c.caFile = ca();
        c.startTls = !ca().isEmpty();
        c.timeoutMs = 3000;
        return c;
    }

    // ldapadd/ldapdelete/ldapsearch as the admin, over StartTLS.
    ToolRun admin(const char* tool, const QStringList& arguments, const QByteArray& input = {}) const
    {
        QStringList args{QStringLiteral("-x"),          QStringLiteral("-H"), url(),
                         QStringLiteral("-D"),          value("admin_dn"),    QStringLiteral("-w"),
                         QStringLiteral("admin-secret")};
        if (!ca().isEmpty())
            args << QStringLiteral("-ZZ");
        return runTool(QLatin1String(tool), args + arguments, input, ca());
    }

private:
    QString m_dir;
    QStringList m_extra;
    quint16 m_port = 0;
    QHash<QString, QString> m_info;
    QByteArray m_log;
};

} // namespace voc::test
