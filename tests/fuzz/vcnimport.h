// SPDX-License-Identifier: GPL-3.0-or-later
// What the CSV and LDIF fuzz targets of `vocctl directory import` share: the reader under test, the
// normalisation every record goes through before it reaches the directory, and writing the records
// back out.
#pragma once

#include "fuzzinput.h"

#include "directory/vcnexchange.h"

namespace voc::fuzz {

template<typename Parse, typename Write>
int fuzzVcnImport(const uint8_t* data, size_t size, Parse parse, Write write)
{
    const Result<QList<VcnRecord>> records = parse(input(data, size));
    if (!records) {
        (void)records.error().toString();
        return 0;
    }
    for (const VcnRecord& record : *records) {
        const Result<VcnRecord> normal = normalizeVcnRecord(record);
        (void)(normal ? QString() : normal.error().toString());
    }
    (void)write(*records);
    return 0;
}

} // namespace voc::fuzz
