// SPDX-License-Identifier: GPL-3.0-or-later
// The tar stream of a migration bundle: listing (headers, pax records, sparse maps) and reading every
// member, from an in-memory file (the reader needs a seekable file device).
#include "fuzzinput.h"

#include "bundle/tarreader.h"

#include <QFile>

#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const int fd = ::memfd_create("fuzz-tar", MFD_CLOEXEC);
    if (fd < 0)
        return 0;
    for (size_t written = 0; written < size;) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0) {
            ::close(fd);
            return 0;
        }
        written += size_t(n);
    }
    {
        QFile file;
        if (file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
            const voc::TarReader reader(&file, QStringLiteral("fuzz.vocbundle"));
            const voc::Result<QList<voc::TarMember>> members = reader.list();
            if (members) {
                for (const voc::TarMember& member : *members)
                    (void)reader.read(member, qint64(1) << 20);
            }
        }
    }
    ::close(fd);
    return 0;
}
