// SPDX-License-Identifier: GPL-3.0-or-later
// An LDIF of VCN records for `vocctl directory import`: the reader (folding, base64, comments) and
// the normalisation every record goes through before it reaches the directory.
#include "fuzzinput.h"

#include "directory/vcnexchange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const voc::Result<QList<voc::VcnRecord>> records =
        voc::parseVcnLdif(voc::fuzz::input(data, size), QStringLiteral("fuzz.ldif"));
    if (!records) {
        (void)records.error().toString();
        return 0;
    }
    for (const voc::VcnRecord& record : *records) {
        const voc::Result<voc::VcnRecord> normal = voc::normalizeVcnRecord(record);
        (void)(normal ? QString() : normal.error().toString());
    }
    (void)voc::vcnRecordsToLdif(*records, QStringLiteral("dc=example,dc=org"));
    return 0;
}
