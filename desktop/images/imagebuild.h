// SPDX-License-Identifier: GPL-3.0-or-later
// scripts/build-vcn-image run as a child process for the Images page: its progress lines live, the
// manifests it printed at the end, and Cancel that stops the whole process group (debootstrap, qemu-img).
#pragma once

#include "common/result.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace voc {

class ImageBuild : public QObject
{
    Q_OBJECT

public:
    explicit ImageBuild(QObject* parent = nullptr);
    ~ImageBuild() override;

    // $VOCSTUDIO_BUILD_VCN_IMAGE, else scripts/build-vcn-image in the source tree the program was
    // built in or beside it (build/desktop/vocstudio -> scripts/), else <prefix>/share/vocstudio/scripts.
    // Empty when none exists.
    static QString findScript();

    // Starts `script --role role`; false (and failed() emitted) when it cannot start.
    bool start(const QString& script, const QString& role);
    bool isRunning() const;
    // Terminates the process group; finished() follows with ErrorCode::Cancelled.
    void cancel();

signals:
    void outputLine(const QString& line);
    // The manifests on success; the script's last error line otherwise.
    void finished(const voc::Result<QStringList>& manifests);

private:
    void readStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void signalGroup(int signal);

    QProcess* m_process;
    QString m_script;
    QByteArray m_errorTail; // an unfinished stderr line
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace voc
