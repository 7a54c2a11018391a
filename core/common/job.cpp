// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace voc {

namespace {

struct JobText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Job)
};

} // namespace

Job::Job(QObject* parent)
    : QObject(parent)
{}

void Job::cancel()
{
    m_cancelled.store(true);
}

void Job::start(QThreadPool* pool)
{
    (pool ? pool : QThreadPool::globalInstance())->start([this] { exec(); });
}

void Job::reportProgress(int done, int total, const QString& text)
{
    emit progress(done, total, text);
}

void Job::reportByteProgress(qint64 doneBytes, qint64 totalBytes, const QString& text)
{
    const auto kib = [](qint64 bytes) {
        return int(std::min<qint64>(bytes / 1024, std::numeric_limits<int>::max()));
    };
    emit progress(kib(doneBytes), kib(totalBytes), text);
}

Status Job::checkCancelled(const QString& where) const
{
    if (!isCancelled())
        return Ok{};
    return makeError(ErrorCode::Cancelled, JobText::tr("cancelled"), where);
}

void Job::markFinished()
{
    m_finished.store(true);
    emit finished();
}

} // namespace voc
