// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteShell for the machine VOC Studio runs on: the host of a qemu:///system connection.
#pragma once

#include "remoteshell.h"

namespace voc {

// Runs the program directly (no shell at all, so no quoting is involved).
class LocalShell final : public RemoteShell
{
public:
    QString host() const override;
    Result<RemoteCommandResult> run(const QStringList& command,
                                    const RemoteCommandOptions& options = {}) override;
};

} // namespace voc
