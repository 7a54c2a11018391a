// SPDX-License-Identifier: GPL-3.0-or-later
// libvirt's default event loop, run on one core-owned thread for the whole process.
#pragma once

#include "common/result.h"

namespace voc {

// Keepalive, the close callback, domain events and console streams need a running event loop.
// libvirt requires its implementation to be registered before the first connection opens, so
// every connection of the virt layer is opened after ensureRunning().
class LibvirtEventLoop
{
public:
    // Registers libvirt's default event implementation (once per process) and starts the thread
    // that runs it. Thread-safe; cheap once running.
    static Status ensureRunning();

    // Wakes the loop with a zero timeout and joins its thread. Open connections stop receiving
    // events until ensureRunning() is called again. Runs at process exit by itself.
    static void stop();

    static bool isRunning();
    // True when called from the loop's thread, where callbacks (close, console data) run.
    static bool isLoopThread();
};

} // namespace voc
