// SPDX-License-Identifier: GPL-3.0-or-later
// An LDIF of VCN records for `vocctl directory import`: the reader (folding, base64, comments) and
// the normalisation every record goes through before it reaches the directory.
#include "vcnimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return voc::fuzz::fuzzVcnImport(
        data, size,
        [](const QByteArray& bytes) { return voc::parseVcnLdif(bytes, QStringLiteral("fuzz.ldif")); },
        [](const QList<voc::VcnRecord>& records) {
            return voc::vcnRecordsToLdif(records, QStringLiteral("dc=example,dc=org"));
        });
}
