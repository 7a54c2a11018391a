// SPDX-License-Identifier: GPL-3.0-or-later
// bench_push: a 4 GiB image holding 300 MiB of data pushed to a VSP site's pool over qemu+ssh with
// our sparse upload stream, the same file with a dense stream (every byte sent), and `scp` of the
// same file into the host's pool directory through the site's ssh wrapper, all in the same run.
// Brings up a two-host VSP sandbox of its own (root) unless --site names a profile.
#include "benchsandbox.h"
#include "model/siteprofile.h"
#include "remote/opensshshell.h"
#include "timings.h"
#include "virt/libvirthypervisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

using namespace voc;
using voc::bench::Sandbox;
using voc::bench::Timings;

namespace {

constexpr double targetRatio = 5.0;
constexpr qint64 MiB = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("voc::BenchPush", text);
}

// `size` bytes with `dataBytes` of random data in `extents` equal runs spread over the file.
bool makeImage(const QString& path, qint64 size, qint64 dataBytes, int extents)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::ftruncate(fd, off_t(size)) < 0)
        return false;
    const qint64 length = dataBytes / extents;
    QByteArray data(length, Qt::Uninitialized);
    bool ok = true;
    for (int i = 0; i < extents && ok; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        const qint64 offset = size / extents * i;
        ok = ::pwrite(fd, data.constData(), std::size_t(length), off_t(offset)) == length;
    }
    return ::close(fd) == 0 && ok;
}

double seconds(const Timings& t)
{
    return t.median() / 1000.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sparse image push against a dense push and scp of the same file to a VSP site's pool."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("Use this site profile instead of a sandbox of our own."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption repsOption(QStringLiteral("repetitions"), tr("Runs of each (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption sizeOption(QStringLiteral("size-mib"), tr("Image size (default 4096)."),
                                        QStringLiteral("MIB"), QStringLiteral("4096"));
    const QCommandLineOption dataOption(QStringLiteral("data-mib"), tr("Data in it (default 300)."),
                                        QStringLiteral("MIB"), QStringLiteral("300"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), tr("Exit 1 when sparse is not %1x faster than scp.").arg(targetRatio));
    parser.addOptions({siteOption, repsOption, sizeOption, dataOption, checkOption});
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const qint64 size = parser.value(sizeOption).toLongLong() * MiB;
    const qint64 data = parser.value(dataOption).toLongLong() * MiB;

    QTemporaryDir tmp;
    Sandbox sandbox;
    QString profilePath = parser.value(siteOption);
    if (profilePath.isEmpty()) {
        if (::geteuid() != 0) {
            out << "bench_push: skipped (needs root for a VSP sandbox, or --site)\n";
            return 0;
        }
        sandbox.dir = tmp.filePath(QStringLiteral("site"));
        const QString failure = sandbox.start(QStringLiteral("bpush%1").arg(::getpid() % 100000));
        if (!failure.isEmpty()) {
            out << "bench_push: the VSP sandbox did not come up: " << failure << '\n';
            return 1;
        }
        profilePath = sandbox.dir + QStringLiteral("/site.json");
    }
    const Result<SiteProfile> site = loadSiteProfile(resolveSiteProfile(profilePath));
    if (!site || site->hosts.isEmpty()) {
        out << "bench_push: " << (site ? tr("the site has no hosts") : site.error().toString()) << '\n';
        return 1;
    }
    const SiteHost host = site->hosts.first();
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(host.uri);
    Result<SshTarget> ssh = sshTargetFromUri(host.uri);
    if (!connection || !ssh) {
        out << "bench_push: " << (connection ? ssh.error() : connection.error()).toString() << '\n';
        return 1;
    }
    const Result<StoragePoolInfo> pool = (*connection)->storagePool(site->storage.pool);
    if (!pool || pool->targetPath.isEmpty()) {
        out << "bench_push: " << (pool ? tr("the pool has no directory") : pool.error().toString()) << '\n';
        return 1;
    }
    OpenSshShell shell(*ssh);

    const QString image = tmp.filePath(QStringLiteral("bench.raw"));
    if (!makeImage(image, size, data, 30)) {
        out << "bench_push: could not write " << image << '\n';
        return 1;
    }
    const QString volume = QStringLiteral("vocbench-push.raw");
    const QString remotePath = pool->targetPath + QLatin1Char('/') + volume;
    out << tr("image: %1 MiB with %2 MiB of data in 30 extents; host %3, pool %4 (%5)\n")
               .arg(size / MiB)
               .arg(data / MiB)
               .arg(host.name, site->storage.pool, pool->targetPath);
    out.flush();

    Timings sparse, dense, scp;
    for (int rep = 0; rep < reps; ++rep) {
        for (const bool isSparse : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            const Result<VolumeInfo> uploaded =
                (*connection)
                    ->uploadVolume(site->storage.pool, volume, image, QStringLiteral("raw"), isSparse, {});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!uploaded) {
                out << "bench_push: " << uploaded.error().toString() << '\n';
                return 1;
            }
            (isSparse ? sparse : dense).add(ms);
            if (Status removed = (*connection)->deleteVolume(site->storage.pool, volume); !removed) {
                out << "bench_push: " << removed.error().toString() << '\n';
                return 1;
            }
        }
        // scp through the same ssh wrapper (-S) that libvirt's URI uses: same key, same host.
        QStringList args;
        if (!ssh->keyFile.isEmpty())
            args << QStringLiteral("-i") << ssh->keyFile;
        if (ssh->program != QLatin1String("ssh"))
            args << QStringLiteral("-S") << ssh->program;
        // -O: the classic scp protocol (scp -t on the host); the sandbox sshd offers no sftp subsystem.
        args << QStringLiteral("-O") << QStringLiteral("-q") << QStringLiteral("-o")
             << QStringLiteral("BatchMode=yes") << image
             << (ssh->user.isEmpty() ? QString() : ssh->user + QLatin1Char('@')) + ssh->host +
                    QLatin1Char(':') + remotePath;
        QElapsedTimer timer;
        timer.start();
        QProcess copy;
        copy.start(QStringLiteral("scp"), args);
        if (!copy.waitForFinished(600000) || copy.exitCode() != 0) {
            out << "bench_push: scp failed: " << copy.readAllStandardError() << '\n';
            return 1;
        }
        scp.add(double(timer.nsecsElapsed()) / 1e6);
        if (!shell.runChecked({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), remotePath}))
            out << "bench_push: could not remove " << remotePath << '\n';
        out << tr("run %1: sparse %2 s, dense %3 s, scp %4 s\n")
                   .arg(rep + 1)
                   .arg(sparse.ms.last() / 1000, 0, 'f', 2)
                   .arg(dense.ms.last() / 1000, 0, 'f', 2)
                   .arg(scp.ms.last() / 1000, 0, 'f', 2);
        out.flush();
    }

    const double fasterThanScp = bench::ratio(scp.median(), sparse.median());
    out << tr("image push of %1 GiB (%2 MiB data): sparse %3 s, dense %4 s, scp %5 s; %6x faster than scp, "
              "%7x faster than dense (medians of %8)\n")
               .arg(double(size) / (1024 * MiB), 0, 'f', 1)
               .arg(data / MiB)
               .arg(seconds(sparse), 0, 'f', 2)
               .arg(seconds(dense), 0, 'f', 2)
               .arg(seconds(scp), 0, 'f', 2)
               .arg(fasterThanScp, 0, 'f', 1)
               .arg(bench::ratio(dense.median(), sparse.median()), 0, 'f', 1)
               .arg(reps);
    const bool missed = fasterThanScp < targetRatio;
    if (missed)
        out << tr("target missed: image push %1x faster than scp (target %2x)\n")
                   .arg(fasterThanScp, 0, 'f', 1)
                   .arg(targetRatio);
    return parser.isSet(checkOption) && missed ? 1 : 0;
}
