// SPDX-License-Identifier: GPL-3.0-or-later
// The VOCM/KVM paper's published results (Tables II and III, boot times of section 4.2), read from the
// CSV files shipped in resources/reference/, as value structs for charts and as runs for the store.
#pragma once

#include "common/result.h"
#include "model/results.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace voc {

// Table III: one process grid, HPL on the physical nodes and in the VOC.
// penaltyPercent = (physical - voc) / physical x 100, recomputed from the GFLOPS.
struct PaperHplComparison
{
    QString label; // the CSV's label, e.g. "Bare metal vs VOC"
    int p = 1;
    int q = 1;
    qint64 n = 0;
    double physicalGflops = 0;
    double vocGflops = 0;
    double penaltyPercent = 0;
    double reportedPercent = 0; // as printed in the paper

    bool operator==(const PaperHplComparison&) const = default;
};

// Table II: the same bare-metal cluster under the host OS (Slackware) and another OS (CentOS).
// The paper's "advantage" is relative to the slower OS: (host - other) / other x 100 = 12.11%;
// relative to the host OS it would be 10.80%, which the paper does not print.
struct PaperHostOsComparison
{
    QString label;        // "Slackware vs CentOS (host OS)"
    QString hostOsLabel;  // "Slackware (host OS)"
    QString otherOsLabel; // "CentOS"
    int p = 1;
    int q = 1;
    qint64 n = 0;
    double hostOsGflops = 0;
    double otherOsGflops = 0;
    double advantagePercent = 0;
    double reportedPercent = 0;

    bool operator==(const PaperHostOsComparison&) const = default;
};

// Section 4.2: boot times from power-on (physical) or from starting KVM (VMs), in seconds.
struct PaperBootTime
{
    QString subject; // "virtual machines (1 head + 28 compute)"
    int count = 1;
    double minS = 0;
    std::optional<double> avgS; // the paper gives no average for the physical compute nodes
    double maxS = 0;
    QString note;

    bool operator==(const PaperBootTime&) const = default;
};

struct PaperReference
{
    QList<PaperHostOsComparison> hostOs; // Table II
    QList<PaperHplComparison> hpl;       // Table III
    QList<PaperBootTime> boot;           // section 4.2
};

// How far a recomputed percentage may stray from the printed one (the paper rounds to 4 digits).
inline constexpr double paperPercentTolerance = 0.01;

// The files shipped inside the core library (Qt resource).
inline constexpr char paperResultsResource[] = ":/reference/reference-results.csv";
inline constexpr char paperBootResource[] = ":/reference/reference-boot.csv";

// Reads reference-results.csv (columns table,label,grid_p,grid_q,n,physical_gflops,voc_gflops,
// other_gflops,reported_percent; '#' comment lines; RFC 4180 quotes). Fills hostOs and hpl. `source`
// names the file in errors, which give the line number.
Result<PaperReference> parsePaperResults(const QByteArray& csv, const QString& source);
// Reads reference-boot.csv (columns subject,count,min_s,avg_s,max_s,note).
Result<QList<PaperBootTime>> parsePaperBoot(const QByteArray& csv, const QString& source);

// Both files from paths (or resource paths).
Result<PaperReference> loadPaperReference(const QString& resultsPath, const QString& bootPath);
// The shipped copy.
Result<PaperReference> loadPaperReference();

// The reference as runs of target Paper, in a fixed order with labels unique per kind:
// per Table II row "Table II: <host OS>" and "Table II: <other OS>"; per Table III label
// "Table III: <physical>" and "Table III: <VOC>" with one HPL row per grid; per boot subject a boot
// run "Boot: <subject>". The paper printed no per-VM times, so a boot run holds its reported figures
// as samples of phase Ready named "min", "avg" and "max"; the full figures are in its settings JSON.
// GFLOPS are the paper's; seconds and residual are 0 (not printed) and the rows count as passed.
QList<Run> paperRuns(const PaperReference& reference);

} // namespace voc
