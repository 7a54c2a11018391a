// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriallog.h"

#include <QMutexLocker>

namespace voc {

SerialLog::SerialLog(QString filePath, qsizetype capacity)
    : m_filePath(std::move(filePath))
    , m_capacity(qMax<qsizetype>(1, capacity))
{}

void SerialLog::append(const QByteArray& bytes)
{
    QMutexLocker lock(&m_mutex);
    m_total += bytes.size();
    QByteArrayView data(bytes);
    if (data.size() >= m_capacity) {
        m_ring = data.last(m_capacity).toByteArray();
        m_head = 0;
        return;
    }
    const qsizetype room = m_capacity - m_ring.size();
    if (room > 0) {
        const qsizetype now = qMin(room, data.size());
        m_ring.append(data.first(now));
        data = data.sliced(now);
    }
    // Full: overwrite the oldest bytes in place, wrapping around.
    while (!data.isEmpty()) {
        const qsizetype chunk = qMin(data.size(), m_capacity - m_head);
        std::copy(data.begin(), data.begin() + chunk, m_ring.begin() + m_head);
        m_head = (m_head + chunk) % m_capacity;
        data = data.sliced(chunk);
    }
}

QByteArray SerialLog::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    if (m_head == 0)
        return m_ring;
    return m_ring.mid(m_head) + m_ring.left(m_head);
}

qint64 SerialLog::totalBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

} // namespace voc
