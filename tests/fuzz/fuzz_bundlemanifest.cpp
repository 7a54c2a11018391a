// SPDX-License-Identifier: GPL-3.0-or-later
// bundle.json of a migration bundle from another site: the manifest parser and its round trip.
#include "fuzzinput.h"

#include "bundle/bundlemanifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const voc::Result<voc::BundleManifest> manifest =
        voc::parseBundleManifest(voc::fuzz::input(data, size), QStringLiteral("fuzz.vocbundle"));
    if (!manifest)
        return 0;
    (void)manifest->memberNames();
    const voc::Result<voc::BundleManifest> again =
        voc::parseBundleManifest(voc::serializeBundleManifest(*manifest), QStringLiteral("again"));
    if (!again)
        __builtin_trap();
    return 0;
}
