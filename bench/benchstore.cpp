// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: a boot run with 100,000 samples stored through ResultsStore::addRun (one transaction,
// multi-row INSERTs of one prepared statement) against two baselines measured in the same run on the
// same kind of fresh SQLite file with the same table: the naive way, one INSERT per sample in
// autocommit mode through QSqlQuery (so one commit and its fsyncs per sample), and schema 1's way, one
// INSERT per sample inside one transaction.
#include "bench/resultsstore.h"
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace voc;
using voc::bench::Timings;

namespace {

constexpr double targetMs = 1000.0;

QString tr(const char* text)
{
    return QCoreApplication::translate("voc::BenchStore", text);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Run bootRun(int samples)
{
    Run run;
    run.kind = RunKind::Boot;
    run.target = RunTarget::Local;
    run.design = QStringLiteral("bench");
    run.bootSamples.reserve(samples);
    for (int i = 0; i < samples; ++i)
        run.bootSamples.append(
            BootSample{QStringLiteral("bench-compute%1").arg(i / 5, 5, 10, QLatin1Char('0')),
                       allBootPhases[i % 5], 1000 + qint64(i % 5) * 9000 + i % 997});
    return run;
}

// A fresh store file with one empty run to hang the baseline's samples on: the same schema, indexes
// and pragmas (WAL) as the real store, so only the way of inserting differs.
QString freshStore(const QTemporaryDir& dir, const QString& name, qint64* runId, QString* error)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(path);
    if (!store) {
        *error = store.error().toString();
        return {};
    }
    Run empty;
    empty.kind = RunKind::Boot;
    const Result<qint64> id = (*store)->addRun(empty);
    if (!id) {
        *error = id.error().toString();
        return {};
    }
    *runId = *id;
    return path;
}

// One INSERT per sample through one prepared QSqlQuery; in autocommit mode unless `transaction`.
// Returns the milliseconds, or a negative number with `error` set.
double insertOneByOne(const QString& path, qint64 runId, const Run& run, int samples, bool transaction,
                      QString* error)
{
    double ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery query(db);
            bool ok = (!transaction || db.transaction()) &&
                      query.prepare(QStringLiteral(
                          "INSERT INTO boot_samples (run_id, vcn, phase, ms) VALUES (?, ?, ?, ?)"));
            for (int i = 0; ok && i < samples; ++i) {
                const BootSample& sample = run.bootSamples.at(i);
                query.bindValue(0, runId);
                query.bindValue(1, sample.vcn);
                query.bindValue(2, toString(sample.phase));
                query.bindValue(3, sample.ms);
                ok = query.exec();
            }
            ok = ok && (!transaction || db.commit());
            if (ok)
                ms = elapsedMs(timer);
            else
                *error = query.lastError().text() + db.lastError().text();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_store"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times storing a boot run of 100,000 samples in the results store "
           "against one autocommitted INSERT per sample, and one INSERT per sample "
           "in one transaction."));
    parser.addHelpOption();
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           tr("Boot samples per run (default 100000)."), QStringLiteral("N"),
                                           QStringLiteral("100000"));
    const QCommandLineOption naiveOption(
        QStringLiteral("naive-samples"),
        tr("Samples the autocommit baseline inserts; its time is extrapolated to "
           "--samples (default 2000: each one is a commit with an fsync)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption repetitionsOption(
        {QStringLiteral("r"), QStringLiteral("repetitions")},
        tr("Timed runs of the store and the transaction baseline (default 5)."), QStringLiteral("R"),
        QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       tr("Folder for the database files (default: a temporary folder)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption checkOption(QStringLiteral("check"), tr("Exit 1 when the target is missed."));
    parser.addOptions({samplesOption, naiveOption, repetitionsOption, dirOption, checkOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int samples = parser.value(samplesOption).toInt();
    const int naiveSamples = parser.value(naiveOption).toInt();
    const int repetitions = parser.value(repetitionsOption).toInt();
    if (samples < 1 || naiveSamples < 1 || naiveSamples > samples || repetitions < 1) {
        err << tr("bench_store: --samples positive, --naive-samples 1..samples, --repetitions positive\n");
        return 2;
    }
    QTemporaryDir dir(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/bench_store-XXXXXX")
                          : QString());
    if (!dir.isValid()) {
        err << tr("bench_store: cannot create a temporary folder: %1\n").arg(dir.errorString());
        return 1;
    }
    const Run run = bootRun(samples);

    Timings ours;
    Timings oneTransaction;
    for (int r = 0; r < repetitions; ++r) {
        Result<std::unique_ptr<ResultsStore>> store =
            ResultsStore::open(dir.filePath(QStringLiteral("ours-%1.sqlite").arg(r)));
        if (!store) {
            err << tr("bench_store: %1\n").arg(store.error().toString());
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const Result<qint64> id = (*store)->addRun(run);
        const double ms = elapsedMs(timer);
        if (!id) {
            err << tr("bench_store: %1\n").arg(id.error().toString());
            return 1;
        }
        // Checked untimed: every sample is there.
        const Result<Run> back = (*store)->run(*id);
        if (!back || back->bootSamples != run.bootSamples) {
            err << tr("bench_store: the stored run does not read back whole\n");
            return 1;
        }
        ours.add(ms);

        qint64 runId = 0;
        QString error;
        const QString path = freshStore(dir, QStringLiteral("transaction-%1.sqlite").arg(r), &runId, &error);
        const double baseline = path.isEmpty() ? -1 : insertOneByOne(path, runId, run, samples, true, &error);
        if (baseline < 0) {
            err << tr("bench_store: baseline: %1\n").arg(error);
            return 1;
        }
        oneTransaction.add(baseline);
    }

    qint64 runId = 0;
    QString error;
    const QString naivePath = freshStore(dir, QStringLiteral("naive.sqlite"), &runId, &error);
    const double naiveMs =
        naivePath.isEmpty() ? -1 : insertOneByOne(naivePath, runId, run, naiveSamples, false, &error);
    if (naiveMs < 0) {
        err << tr("bench_store: naive baseline: %1\n").arg(error);
        return 1;
    }
    const double naiveExtrapolated = naiveMs * double(samples) / double(naiveSamples);

    out << tr("store %1 boot samples with ResultsStore::addRun: median %2 ms (best %3, of %4)\n")
               .arg(samples)
               .arg(ours.median(), 0, 'f', 1)
               .arg(ours.best(), 0, 'f', 1)
               .arg(repetitions);
    out << tr("baseline, one INSERT per sample in one transaction (schema 1's way): median %1 ms (best %2) "
              "-> %3x faster\n")
               .arg(oneTransaction.median(), 0, 'f', 1)
               .arg(oneTransaction.best(), 0, 'f', 1)
               .arg(bench::ratio(oneTransaction.median(), ours.median()), 0, 'f', 1);
    out << tr("baseline, one autocommitted INSERT per sample: %1 samples in %2 ms, %3 ms for %4 extrapolated "
              "-> %5x faster\n")
               .arg(naiveSamples)
               .arg(naiveMs, 0, 'f', 1)
               .arg(naiveExtrapolated, 0, 'f', 0)
               .arg(samples)
               .arg(bench::ratio(naiveExtrapolated, ours.median()), 0, 'f', 0);
    out << tr("target: under %1 ms: %2\n")
               .arg(targetMs, 0, 'f', 0)
               .arg(ours.median() < targetMs ? tr("met") : tr("MISSED"));
    return parser.isSet(checkOption) && ours.median() >= targetMs ? 1 : 0;
}
