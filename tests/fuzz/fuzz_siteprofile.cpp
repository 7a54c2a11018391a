// SPDX-License-Identifier: GPL-3.0-or-later
// A site profile from a provider: the JSON loader and the validation every command runs on it.
#include "fuzzinput.h"

#include "model/siteprofile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const voc::Result<voc::SiteProfile> profile =
        voc::parseSiteProfile(voc::fuzz::input(data, size), QStringLiteral("fuzz-site.json"));
    if (!profile) {
        (void)profile.error().toString();
        return 0;
    }
    for (const voc::Problem& problem : voc::validateSiteProfile(*profile, QStringLiteral("/nonexistent")))
        (void)problem.toString();
    return 0;
}
