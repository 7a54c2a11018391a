// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagebuild.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace voc {

ImageBuild::ImageBuild(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    // Its own process group, so Cancel reaches debootstrap, chroot and qemu-img too, not only bash.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::readyReadStandardError, this, &ImageBuild::readStandardError);
    connect(m_process, &QProcess::finished, this, &ImageBuild::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit finished(makeError(ErrorCode::External,
                                    tr("the image build did not start: %1").arg(m_process->errorString()),
                                    m_script, tr("check that the script exists and is executable")));
    });
}

ImageBuild::~ImageBuild()
{
    if (isRunning()) {
        m_process->disconnect(this);
        signalGroup(SIGTERM);
        // The script removes its partial output on SIGTERM; give it a moment, then end it.
        if (!m_process->waitForFinished(3000)) {
            signalGroup(SIGKILL);
            m_process->waitForFinished(1000);
        }
    }
}

QString ImageBuild::findScript()
{
    const QString fromEnv = qEnvironmentVariable("VOCSTUDIO_BUILD_VCN_IMAGE");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    const QString relative = QStringLiteral("scripts/build-vcn-image");
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 4; ++up) {
        if (QFileInfo(dir.filePath(relative)).isExecutable())
            return dir.filePath(relative);
        if (!dir.cdUp())
            break;
    }
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/vocstudio/scripts/build-vcn-image");
    return QFileInfo(installed).isExecutable() ? QFileInfo(installed).canonicalFilePath() : QString();
}

bool ImageBuild::start(const QString& script, const QString& role)
{
    if (isRunning())
        return false;
    m_script = script;
    m_errorTail.clear();
    m_lastError.clear();
    m_cancelled = false;
    m_process->start(script, {QStringLiteral("--role"), role});
    return m_process->waitForStarted(5000);
}

bool ImageBuild::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void ImageBuild::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    // A build stuck in an uninterruptible step gets SIGKILL after a grace period.
    QTimer::singleShot(5000, this, [this] {
        if (isRunning())
            signalGroup(SIGKILL);
    });
}

void ImageBuild::signalGroup(int signal)
{
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), signal);
}

void ImageBuild::readStandardError()
{
    m_errorTail += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_errorTail.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_errorTail.left(newline)).trimmed();
        m_errorTail.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        if (line.contains(QLatin1String("error")))
            m_lastError = line;
        emit outputLine(line);
    }
}

void ImageBuild::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readStandardError();
    if (!m_errorTail.trimmed().isEmpty())
        emit outputLine(QString::fromUtf8(std::exchange(m_errorTail, {})).trimmed());
    if (m_cancelled) {
        emit finished(makeError(ErrorCode::Cancelled, tr("image build cancelled"), m_script,
                                tr("the script removed its partial output; start it again to build")));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        emit finished(makeError(ErrorCode::External,
                                m_lastError.isEmpty() ? tr("the image build failed (exit %1)").arg(exitCode)
                                                      : m_lastError,
                                m_script,
                                tr("see the build output; building head and compute needs root, "
                                   "debootstrap and access to Debian's mirror")));
        return;
    }
    QStringList manifests;
    const QStringList lines = QString::fromUtf8(m_process->readAllStandardOutput()).split(u'\n');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            manifests.append(line.trimmed());
    }
    emit finished(manifests);
}

} // namespace voc
