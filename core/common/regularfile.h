// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the files a user names as regular files only, and creating files without following links:
// a FIFO named as a design would block a read forever, a device would be read as data, and a link
// planted where we create a file would send our bytes to wherever it points.
#pragma once

#include "result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace voc {

// Opens path for reading when it is a regular file (links are followed: a link the user named is
// theirs to choose). Anything else is refused before a byte is read, with an Error naming the path
// and what it is: "is a FIFO (named pipe), not a regular file". The open itself is non-blocking
// (a FIFO without a writer never blocks it) and fstat() judges the file actually opened, so swapping
// the file between a check and the open wins nothing. Qt resources (":/...") open as they are.
Result<std::unique_ptr<QFile>> openRegularFile(const QString& path);

// The same judgement without opening, for files another program opens (SQLite, qemu-img, tar):
// NotFound when nothing is there, InvalidInput when it is not a regular file.
Status checkRegularFile(const QString& path);

// Creates path as a new file for writing with `permissions` (0600 by default), refusing whatever
// is there already, a link above all (O_CREAT|O_EXCL|O_NOFOLLOW): the bytes go into a file of our
// own, never through a link. Callers write to a private name beside the target and rename it into
// place (rename replaces a link at the target, it does not follow it).
Result<std::unique_ptr<QFile>> createNewFile(const QString& path,
                                             QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                                                    QFileDevice::WriteOwner);

// createNewFile() after removing what is at path: a stale part file of an interrupted run, or
// anything planted there. unlink() removes a link itself, never what it points to.
Result<std::unique_ptr<QFile>>
replaceWithNewFile(const QString& path,
                   QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

} // namespace voc
