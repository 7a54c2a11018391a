// SPDX-License-Identifier: GPL-3.0-or-later
// How the pages show an Error in their message frames: "where: what", then the hint on its own line.
#pragma once

#include "common/result.h"

#include <QString>

namespace voc {

QString errorMessage(const Error& error);

} // namespace voc
