// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's VO tools (`vocctl site vo add|show|remove`): a VO's directory entry, grant and account,
// its account, home, key and session pool on every host (as root, through the provider's script
// resources/provider/vocstudio-vo-host over the admin profile's ssh), and the site profile handed to
// it; rolled back when a step fails, so a VO is made completely or not at all.
#pragma once

#include "common/result.h"
#include "directory/voadmindirectory.h"
#include "model/siteprofile.h"
#include "remote/remoteshell.h"
#include "site/voprovision.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace voc {

using HostShellFactory = std::function<Result<std::unique_ptr<RemoteShell>>(const SiteHost&)>;

// What the tools work with: the admin profile (loaded, of the provider-admin kind), its directory
// bound as the admin, and how commands reach its hosts as root.
struct VoAdminContext
{
    SiteProfile admin;
    VoAdminDirectory* directory = nullptr;
    HostShellFactory shellFor;                                 // empty: remoteShellForUri(host.uri)
    QString hostTool = QString::fromLatin1(defaultVoHostTool); // the provider's script on the hosts
    QString poolsDir;                                          // empty: defaultVoPoolsDir(admin)
    std::function<void(const QString&)> progress;              // one line per step (vocctl: stderr)
};

struct VoAddRequest
{
    QString vo;
    QList<AddressRange> ranges; // empty: defaultVoRange
    qint64 maxVcns = 4;
    qint64 maxVcpus = 4;
    qint64 maxMemoryMiB = 4096;
    qint64 maxStorageMiB = 10240;
    QString outDir; // made by add (absent or an empty folder before)
};

struct VoAddResult
{
    SiteProfile profile;
    QString profilePath;  // <outDir>/site.json
    QString passwordPath; // <outDir>/directory.password (0600)
    VoGrant grant;
    VoAccount account;
};

Result<VoAddResult> addVo(const VoAdminContext& context, const VoAddRequest& request);

// What the provider's script says of the VO on one host (`vocstudio-vo-host status`).
struct VoHostStatus
{
    QString host;
    bool account = false;
    int processes = 0;
    int running = 0; // QEMU processes: running domains
    int defined = 0; // domain definitions in its session
    bool home = false;
    bool pool = false;
};

Result<QList<VoHostStatus>> voHostStatus(const VoAdminContext& context, const QString& vo);

struct VoRemoveResult
{
    VoUsage usage;     // what the directory held below its entry
    int domains = 0;   // running or defined on the hosts before
    int entries = 0;   // directory entries removed (account included)
    QStringList hosts; // hosts it was removed from
};

// Refuses (Conflict, "alpha has 3 VCNs (demo): destroy them or use --force") while the VO has VCN
// records or domains, unless `force`: then ends its domains on every host with the rest of its
// processes, deletes its home, pool directory and account there, and its entries in the directory.
Result<VoRemoveResult> removeVo(const VoAdminContext& context, const QString& vo, bool force);

} // namespace voc
