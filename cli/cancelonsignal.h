// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C and SIGTERM cancel the running job of a vocctl command, which then cleans up after itself
// (a partial volume, a partial archive, a deployment's rollback) instead of dying half-way.
#pragma once

#include <csignal>

namespace voc {
class Job;
}

namespace voc::cli {

// While it lives, SIGINT and SIGTERM call job.cancel() (a store to a lock-free atomic: safe in a
// signal handler); the previous handlers come back when it goes. One at a time.
class CancelOnSignal
{
public:
    explicit CancelOnSignal(Job& job);
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal&) = delete;
    CancelOnSignal& operator=(const CancelOnSignal&) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace voc::cli
