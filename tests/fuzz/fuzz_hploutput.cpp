// SPDX-License-Identifier: GPL-3.0-or-later
// The output of xhpl or hpcc, as a node or a user hands it over: the parser and hpcc's Summary figures.
#include "fuzzinput.h"

#include "bench/hploutput.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const voc::Result<voc::HplOutput> output =
        voc::parseHplOutput(voc::fuzz::input(data, size), QStringLiteral("fuzz-hpl.txt"));
    if (!output)
        return 0;
    // Numbers are checked where they are parsed: no row HPL cannot print gets through.
    for (const voc::HplRow& row : output->rows) {
        if (!std::isfinite(row.seconds) || row.seconds < 0 || !std::isfinite(row.gflops) || row.gflops < 0 ||
            !std::isfinite(row.residual) || row.residual < 0)
            __builtin_trap();
    }
    if (output->complete != output->incompleteReason.isEmpty())
        __builtin_trap();
    (void)voc::netSampleFromHpccSummary(*output);
    return 0;
}
