// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/storerunjob.h"

#include "bench/resultsstore.h"

namespace voc {

Result<qint64> storeRun(const Run& run, const QString& storePath)
{
    // The store is used only from the thread that opened it: this one.
    Result<std::unique_ptr<ResultsStore>> store =
        ResultsStore::open(storePath.isEmpty() ? ResultsStore::defaultPath() : storePath);
    if (!store)
        return store.error();
    return (*store)->addRun(run);
}

StoreRunJob::StoreRunJob(Run run, QString storePath, QObject* parent)
    : TypedJob<qint64>(parent)
    , m_run(std::move(run))
    , m_storePath(std::move(storePath))
{}

Result<qint64> StoreRunJob::run()
{
    return storeRun(m_run, m_storePath);
}

} // namespace voc
