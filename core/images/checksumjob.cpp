// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksumjob.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace voc {

namespace {

struct ChecksumText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ChecksumJob)
};

} // namespace

ChecksumJob::ChecksumJob(QString path, QObject* parent)
    : TypedJob<QString>(parent)
    , m_path(std::move(path))
{}

Result<QString> ChecksumJob::run()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, ChecksumText::tr("the file to checksum does not exist"), m_path,
                         ChecksumText::tr("check the path"));
    QFile file(m_path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         ChecksumText::tr("could not read the file: %1").arg(file.errorString()), m_path,
                         ChecksumText::tr("check that the path names a file and that you may read it"));

    const qint64 size = file.size();
    const int blocks = int((size + blockSize - 1) / blockSize);
    const QString text = ChecksumText::tr("SHA-256 of %1").arg(info.fileName());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(blockSize, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    reportProgress(0, blocks, text);
    qint64 total = 0;
    for (int block = 1; total < size; ++block) {
        if (Status cancelled = checkCancelled(m_path); !cancelled)
            return cancelled.error();
        // Fill the whole block (read() may return less), so progress stays one step per block.
        qint64 filled = 0;
        while (filled < blockSize) {
            const qint64 n = file.read(buffer.data() + filled, blockSize - filled);
            if (n < 0)
                return makeError(ErrorCode::Io,
                                 ChecksumText::tr("reading failed: %1").arg(file.errorString()), m_path);
            if (n == 0)
                break;
            filled += n;
        }
        if (filled == 0)
            break; // the file shrank while we read it; hash what was there
        hash.addData(QByteArrayView(buffer.constData(), filled));
        total += filled;
        reportProgress(std::min(block, blocks), blocks, text);
    }
    const QString hex = QString::fromLatin1(hash.result().toHex());
    qCDebug(lcVirt) << "sha256" << m_path << total << "bytes in" << timer.elapsed() << "ms";
    return hex;
}

} // namespace voc
