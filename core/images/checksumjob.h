// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 of a (multi-GiB) image file as a cancellable job with progress.
#pragma once

#include "common/job.h"

#include <QString>

namespace voc {

// Result: the lower-case hex SHA-256 of the file. Progress counts blocks of blockSize: (0, n) before
// the first, then (k, n) after the k-th; an empty file reports (0, 0) once. cancel() stops at the
// next block with ErrorCode::Cancelled.
class ChecksumJob : public TypedJob<QString>
{
    Q_OBJECT

public:
    // Large enough that the per-block overhead (a signal, a cancel check) is noise next to the hashing.
    static constexpr qint64 blockSize = qint64(4) * 1024 * 1024;

    explicit ChecksumJob(QString path, QObject* parent = nullptr);

    QString path() const { return m_path; }

protected:
    Result<QString> run() override;

private:
    QString m_path;
};

} // namespace voc
