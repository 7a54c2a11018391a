// SPDX-License-Identifier: GPL-3.0-or-later
// Adding one finished run (a local run's or a deployment's boot times, a benchmark) to the results
// store, from vocctl or off the GUI thread.
#pragma once

#include "common/job.h"
#include "model/results.h"

namespace voc {

// Opens the store at `storePath` (empty: ResultsStore::defaultPath()) in the calling thread, adds
// `run` and returns its id.
Result<qint64> storeRun(const Run& run, const QString& storePath = {});

class StoreRunJob : public TypedJob<qint64>
{
    Q_OBJECT

public:
    explicit StoreRunJob(Run run, QString storePath = {}, QObject* parent = nullptr);

protected:
    Result<qint64> run() override;

private:
    Run m_run;
    QString m_storePath;
};

} // namespace voc
