// SPDX-License-Identifier: GPL-3.0-or-later
// Long operations as jobs: progress, a typed result, cancellation, and stale results dropped.
#pragma once

#include "common/result.h"

#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace voc {

// A counter its owner bumps for every new request; a job's result whose generation is no longer
// current is dropped (the user asked for something newer meanwhile). Thread-safe.
class Generation
{
public:
    quint64 next() { return ++m_value; }
    quint64 current() const { return m_value.load(); }
    bool isCurrent(quint64 generation) const { return generation == m_value.load(); }

private:
    std::atomic<quint64> m_value{0};
};

// The QObject half of a job: signals and cancellation, whatever the result type. The work runs on
// any thread; signals reach receivers in other threads queued.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject* parent = nullptr);

    // Asks the work to stop at its next check; thread-safe, idempotent. The job still finishes,
    // normally with ErrorCode::Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // The request this job answers (see Generation).
    void setGeneration(quint64 generation) { m_generation = generation; }
    quint64 generation() const { return m_generation; }

    // Runs the work in the calling thread and emits finished(). Call once.
    virtual void exec() = 0;
    // Runs exec() on a pool thread (the global pool by default). Keep the job alive until finished().
    void start(QThreadPool* pool = nullptr);

    bool isFinished() const { return m_finished.load(); }
    // The error of a finished job that failed; empty while running or after success. Lets generic
    // code (a status bar, the CLI) report any job without knowing its result type.
    virtual std::optional<Error> failure() const = 0;

signals:
    void progress(int done, int total, const QString& text);
    // Emitted once; the result is available (TypedJob::result()) before this is emitted.
    void finished();

protected:
    // For the work: emits progress() (from any thread).
    void reportProgress(int done, int total, const QString& text);
    // The same for work counted in bytes: reported in KiB, so that files past 2 GiB fit an int.
    void reportByteProgress(qint64 doneBytes, qint64 totalBytes, const QString& text);
    // An Error with ErrorCode::Cancelled when cancel() was called, so work can `if (!s) return s`.
    Status checkCancelled(const QString& where = {}) const;
    // Marks the job finished and emits finished(); called by TypedJob once the result is stored.
    void markFinished();

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_finished{false};
    quint64 m_generation = 0;
};

// A job producing Result<T>. Subclasses implement run() (called on whatever thread runs the job:
// a QtConcurrent worker for the GUI, the main thread for vocctl).
template<typename T> class TypedJob : public Job
{
public:
    using Job::Job;

    void exec() override
    {
        Result<T> result = isCancelled() ? Result<T>(cancelledError()) : run();
        {
            QMutexLocker lock(&m_mutex);
            m_result.emplace(std::move(result));
        }
        markFinished();
    }

    // Empty until finished.
    std::optional<Result<T>> result() const
    {
        QMutexLocker lock(&m_mutex);
        return m_result;
    }

    std::optional<Error> failure() const override
    {
        QMutexLocker lock(&m_mutex);
        if (m_result && !m_result->ok())
            return m_result->error();
        return std::nullopt;
    }

protected:
    virtual Result<T> run() = 0;

private:
    Error cancelledError() const { return checkCancelled().error(); }

    mutable QMutex m_mutex;
    std::optional<Result<T>> m_result;
};

} // namespace voc
