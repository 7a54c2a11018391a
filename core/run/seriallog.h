// SPDX-License-Identifier: GPL-3.0-or-later
// A VCN's serial output kept in memory (the newest bytes, bounded) while a run watches its console.
// virtlogd keeps the complete log in a file beside the run's journal (see LocalRunJob).
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace voc {

class SerialLog
{
public:
    explicit SerialLog(QString filePath = {}, qsizetype capacity = 256 * 1024);

    // Thread-safe: the console callback appends on libvirt's event loop thread.
    void append(const QByteArray& bytes);
    // The newest bytes, at most the capacity.
    QByteArray snapshot() const;
    // Every byte ever appended, also those dropped from memory (lets a viewer see what is new).
    qint64 totalBytes() const;
    // The file virtlogd writes the whole serial output to.
    const QString& filePath() const { return m_filePath; }

private:
    mutable QMutex m_mutex;
    QString m_filePath;
    qsizetype m_capacity;
    QByteArray m_ring; // m_ring.size() <= m_capacity once full; m_head is the oldest byte
    qsizetype m_head = 0;
    qint64 m_total = 0;
};

} // namespace voc
