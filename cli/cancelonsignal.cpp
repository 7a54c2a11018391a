// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelonsignal.h"

#include "common/job.h"

#include <atomic>

namespace voc::cli {

namespace {

std::atomic<Job*> runningJob{nullptr};

void cancelRunningJob(int)
{
    if (Job* job = runningJob.load())
        job->cancel();
}

} // namespace

CancelOnSignal::CancelOnSignal(Job& job)
{
    runningJob.store(&job);
    struct sigaction action = {};
    action.sa_handler = cancelRunningJob;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
}

CancelOnSignal::~CancelOnSignal()
{
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    runningJob.store(nullptr);
}

} // namespace voc::cli
