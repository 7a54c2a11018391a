// SPDX-License-Identifier: GPL-3.0-or-later
// A design (.voc) from anyone: the JSON loader, then validation and the escaped problem lines that
// `vocctl validate` prints, and the round trip of what was read.
#include "fuzzinput.h"

#include "model/designfile.h"
#include "model/validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const voc::Result<voc::ParsedDesign> parsed =
        voc::parseDesign(voc::fuzz::input(data, size), QStringLiteral("fuzz.voc"));
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    voc::Problems problems = parsed->problems;
    problems += voc::validateDesign(parsed->design);
    for (const voc::Problem& problem : std::as_const(problems))
        (void)problem.toString();
    // What was read must be written and read back without an error.
    const voc::Result<voc::ParsedDesign> again = voc::parseDesign(voc::serializeDesign(parsed->design));
    if (!again)
        __builtin_trap();
    return 0;
}
