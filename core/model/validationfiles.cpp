// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for the files a design names (validateDesignFiles): a design may come from someone else,
// and what it names is read, booted and exported into bundles that travel to other sites.
#include "validation.h"

#include "common/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace voc {

namespace {

struct ValidationFiles
{
    Q_DECLARE_TR_FUNCTIONS(voc::Validation)
};

enum class Use
{
    Disk,
    Kernel,
    Initrd,
};

constexpr qint64 minRawDiskBytes = qint64(1024) * 1024;

QString ruleHint()
{
    return ValidationFiles::tr(
        "give a path relative to the design's folder and inside it, or an absolute path to a qcow2 or "
        "raw disk image (for kernel boot: a kernel and an initrd)");
}

bool startsWith(const QByteArray& head, qint64 offset, QByteArrayView magic)
{
    return head.size() >= offset + magic.size() && QByteArrayView(head).sliced(offset, magic.size()) == magic;
}

// What the first bytes (and the size) of a file say about it: enough to tell a disk, a kernel or an
// initrd from a password file or a log, not a proof that it boots.
bool looksLike(Use use, const QByteArray& head, qint64 size)
{
    switch (use) {
    case Use::Disk:
        return startsWith(head, 0, "QFI\xfb") || (size >= minRawDiskBytes && size % 512 == 0);
    case Use::Kernel:
        return startsWith(head, 0x202, "HdrS") ||
               startsWith(head, 0,
                          "\x7f"
                          "ELF") ||
               startsWith(head, 0x38, "ARM\x64") || startsWith(head, 0, "MZ");
    case Use::Initrd:
        for (const QByteArrayView magic :
             {QByteArrayView("\x1f\x8b"), QByteArrayView("\x28\xb5\x2f\xfd"),
              QByteArrayView("\xfd"
                             "7zXZ"),
              QByteArrayView("\x02\x21\x4c\x18"), QByteArrayView("BZh"), QByteArrayView("\x5d\x00\x00", 3),
              QByteArrayView("\x89LZO"), QByteArrayView("0707")}) {
            if (startsWith(head, 0, magic))
                return true;
        }
        return false;
    }
    return false;
}

QString useName(Use use)
{
    switch (use) {
    case Use::Disk:
        return ValidationFiles::tr("a qcow2 or raw disk image (a raw one is whole 512-byte sectors, at "
                                   "least 1 MiB)");
    case Use::Kernel:
        return ValidationFiles::tr("a kernel (bzImage, ELF, arm64 Image or EFI)");
    case Use::Initrd:
        return ValidationFiles::tr("an initrd (compressed or cpio)");
    }
    return {};
}

void checkFile(Problems& problems, const QString& jsonPath, const QString& path, Use use,
               const QDir& designDir)
{
    if (path.trimmed().isEmpty())
        return; // "required" is validateDesign's problem
    const auto error = [&](const QString& message) {
        problems.append(Problem{jsonPath, message, ruleHint(), Problem::Severity::Error});
    };
    const QString folder = QDir::cleanPath(designDir.absolutePath());
    const QString absolute = QDir::cleanPath(designDir.absoluteFilePath(path));
    const bool inside = absolute.startsWith(folder == QLatin1String("/") ? folder : folder + u'/');
    if (!QDir::isAbsolutePath(path) && !inside) {
        error(ValidationFiles::tr("\"%1\" leads out of the design's folder").arg(path));
        return;
    }
    const QFileInfo info(absolute);
    if (!info.exists())
        return; // not built yet, or copied later: running or exporting the design says so
    if (const Status regular = checkRegularFile(absolute); !regular) {
        error(ValidationFiles::tr("%1 %2").arg(absolute, regular.error().what));
        return;
    }
    // The design's own folder is the user's; what lies outside it must show what it is.
    if (inside)
        return;
    Result<std::unique_ptr<QFile>> file = openRegularFile(absolute);
    if (!file) {
        error(ValidationFiles::tr("%1: %2").arg(absolute, file.error().what));
        return;
    }
    const QByteArray head = (*file)->read(4096);
    if (!looksLike(use, head, (*file)->size()))
        error(ValidationFiles::tr("%1 is not %2").arg(absolute, useName(use)));
}

} // namespace

Problems validateDesignFiles(const Design& design, const QString& designDir)
{
    Problems problems;
    const QDir dir(designDir.isEmpty() ? QDir::currentPath() : designDir);
    for (qsizetype i = 0; i < design.roles.size(); ++i) {
        const ImageRef& image = design.roles.at(i).image;
        if (!image.build.isEmpty())
            continue; // checked once resolved to the build cache's files
        const auto path = [i](const char* field) {
            return QStringLiteral("roles[%1].image.%2").arg(i).arg(QLatin1String(field));
        };
        checkFile(problems, path("path"), image.path, Use::Disk, dir);
        if (image.bootMode == BootMode::Kernel) {
            checkFile(problems, path("kernel"), image.kernel, Use::Kernel, dir);
            checkFile(problems, path("initrd"), image.initrd, Use::Initrd, dir);
        }
    }
    return problems;
}

} // namespace voc
