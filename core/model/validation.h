// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/design.h"
#include "model/problem.h"

namespace voc {

// Every problem of a design, each with its JSON path, a message and a hint, e.g.
// "roles[1].memoryMiB: 0 is below the minimum of 128". Messages go through tr().
Problems validateDesign(const Design& design);

} // namespace voc
