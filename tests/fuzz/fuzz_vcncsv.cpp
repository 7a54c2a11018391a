// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV of VCN records for `vocctl directory import`: the reader and the normalisation every record
// goes through before it reaches the directory.
#include "vcnimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return voc::fuzz::fuzzVcnImport(
        data, size,
        [](const QByteArray& bytes) { return voc::parseVcnCsv(bytes, QStringLiteral("fuzz.csv")); },
        [](const QList<voc::VcnRecord>& records) { return voc::vcnRecordsToCsv(records); });
}
