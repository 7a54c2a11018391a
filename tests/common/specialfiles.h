// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of file that are not regular files, made on demand for the tests that prove a reader
// refuses them with what they are instead of blocking on a FIFO or reading a device.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace voc::test {

// One row per kind: its name in the row, and a word the refusal must contain.
struct SpecialFileKind
{
    const char* name; // "fifo", "directory", "char-device", "socket"
    const char* word; // "FIFO", "directory", "character device", "socket"
};

inline const QList<SpecialFileKind>& specialFileKinds()
{
    static const QList<SpecialFileKind> kinds{{"fifo", "FIFO"},
                                              {"directory", "directory"},
                                              {"char-device", "character device"},
                                              {"socket", "socket"}};
    return kinds;
}

// Makes a file of that kind at path (a character device cannot be made unprivileged: /dev/null is
// returned instead). Returns the path to use; empty when it could not be made.
inline QString makeSpecialFile(const QString& kind, const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(name.constData(), 0600) == 0 ? path : QString();
    if (kind == QLatin1String("directory"))
        return ::mkdir(name.constData(), 0700) == 0 ? path : QString();
    if (kind == QLatin1String("char-device"))
        return QStringLiteral("/dev/null");
    if (kind == QLatin1String("socket")) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(name.size()) >= sizeof(address.sun_path))
            return {};
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0)
            return {};
        // The socket's file stays after its descriptor is closed, until it is removed.
        const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
        ::close(fd);
        return bound ? path : QString();
    }
    return {};
}

} // namespace voc::test
