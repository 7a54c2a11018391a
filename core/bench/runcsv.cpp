// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/runcsv.h"

#include "common/atomicfile.h"
#include "common/csv.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace voc {

namespace {

struct RunCsvTable
{
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;
};

RunCsvTable runTable(const Run& run)
{
    RunCsvTable table;
    switch (run.kind) {
    case RunKind::Hpl:
        table.header = {"n", "nb", "p", "q", "seconds", "gflops", "residual", "passed"};
        for (const HplRow& row : run.hplRows)
            table.rows.append(QList<QByteArray>{QByteArray::number(row.n), QByteArray::number(row.nb),
                                                QByteArray::number(row.p), QByteArray::number(row.q),
                                                csvNumber(row.seconds), csvNumber(row.gflops),
                                                csvNumber(row.residual), row.passed ? "true" : "false"});
        break;
    case RunKind::Boot:
        table.header = {"vcn", "phase", "ms"};
        for (const BootSample& sample : run.bootSamples)
            table.rows.append(QList<QByteArray>{csvField(sample.vcn), toString(sample.phase).toLatin1(),
                                                QByteArray::number(sample.ms)});
        break;
    case RunKind::Net:
        table.header = {"nic", "endpoints", "latency_us", "bandwidth_mbps"};
        for (const NetSample& sample : run.netSamples)
            table.rows.append(QList<QByteArray>{csvField(sample.nic), csvField(sample.endpoints),
                                                csvNumber(sample.latencyUs),
                                                csvNumber(sample.bandwidthMBps)});
        break;
    }
    return table;
}

} // namespace

QByteArray runToCsv(const Run& run)
{
    const RunCsvTable table = runTable(run);
    QByteArray csv = csvRow(table.header);
    for (const QList<QByteArray>& row : table.rows)
        csv += csvRow(row);
    return csv;
}

QList<std::pair<QString, QByteArray>> runsCsvFiles(const QList<Run>& runs, const QString& path)
{
    QMap<int, QByteArray> byKind; // ordered by kind, so the files come out in a stable order
    for (const Run& run : runs) {
        const RunCsvTable table = runTable(run);
        QByteArray& csv = byKind[int(run.kind)];
        if (csv.isEmpty())
            csv += csvRow(QList<QByteArray>{"run", "target", "design", "label"} + table.header);
        const QList<QByteArray> prefix{QByteArray::number(run.id), toString(run.target).toLatin1(),
                                       csvField(run.design), csvField(run.label)};
        for (const QList<QByteArray>& row : table.rows)
            csv += csvRow(prefix + row);
    }
    QList<std::pair<QString, QByteArray>> files;
    if (byKind.size() == 1) {
        files.append({path, byKind.first()});
        return files;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const QString name = info.completeBaseName() + u'-' + toString(RunKind(it.key())) + u'.' + suffix;
        files.append({info.dir().filePath(name), it.value()});
    }
    return files;
}

Result<QStringList> exportRunsCsv(const QList<Run>& runs, const QString& path)
{
    QStringList written;
    for (const auto& [file, bytes] : runsCsvFiles(runs, path)) {
        if (const Status status = writeFileAtomically(file, bytes); !status)
            return status.error();
        written.append(file);
    }
    return written;
}

} // namespace voc
