// SPDX-License-Identifier: GPL-3.0-or-later
// One hpcc run over a benchmark endpoint, shared by HplBenchJob and NetBenchJob: a fresh work folder on
// the launcher (and on every node, for mpirun's --wdir), the input and host file, mpirun under
// `timeout`, the output followed while it grows, stop on cancel, the folders removed in every case.
#pragma once

#include "bench/benchrun.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace voc {

struct HpccRunRequest
{
    BenchEndpoint endpoint;
    QStringList nodes; // rank 0 runs on the first
    int slotsPerNode = 1;
    int processes = 1;
    QByteArray input; // hpccinf.txt
    int timeoutMs = 3600 * 1000;
};

struct HpccRunOutput
{
    QByteArray output; // hpccoutf.txt of rank 0
    int mpirunExit = 0;
    QString mpirunErrors; // the end of mpirun's stderr, for messages
    QString version;      // hpcc's, from its banner
};

struct HpccRunHooks
{
    std::function<bool()> cancelled;
    std::function<void(const QString&)> log; // a line of what happens or of hpcc's output
    int pollMs = 0;                          // how often the output is followed; 0: by where it is
};

// The output of a run that got as far as writing it, whatever mpirun's exit (the parser decides what
// it holds); errors: no connection, a failed step, cancel (Cancelled, mpirun stopped), no output.
Result<HpccRunOutput> runHpcc(const HpccRunRequest& request, const HpccRunHooks& hooks);

} // namespace voc
