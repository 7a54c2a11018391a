// SPDX-License-Identifier: GPL-3.0-or-later
// A VO's cluster design: what the `.voc` file holds, as plain values.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

enum class RoleKind
{
    Head,
    Compute
};
enum class NicModel
{
    Virtio,
    E1000
};
enum class BootMode
{
    Disk,
    Kernel
};

// Limits shared by validation, the editors' ranges and the command line.
namespace limits {
inline constexpr int minComputeCount = 1;
inline constexpr int maxComputeCount = 4096;
inline constexpr int minVcpus = 1;
inline constexpr int maxVcpus = 512;
inline constexpr int minMemoryMiB = 128;
inline constexpr int maxMemoryMiB = 4 * 1024 * 1024; // 4 TiB
inline constexpr int maxNameLength = 63;
inline constexpr int minHplBlockSize = 1;
inline constexpr int maxHplBlockSize = 4096;
} // namespace limits

struct ImageRef
{
    QString path;   // base image (qcow2 or raw), relative paths are relative to the .voc file
    QString sha256; // expected checksum, lower-case hex; empty until computed
    BootMode bootMode = BootMode::Disk;
    QString kernel;  // BootMode::Kernel only
    QString initrd;  // BootMode::Kernel only, optional
    QString cmdline; // BootMode::Kernel only
    // A base image scripts/build-vcn-image builds ("tiny", "head", "compute"), found in its build
    // cache when the design is used (resolveBuiltImages fills the fields above from its manifest),
    // so a design names it without a path that differs per workstation. Empty: the fields above say
    // where the image is.
    QString build;

    bool operator==(const ImageRef&) const = default;
};

struct Role
{
    RoleKind kind = RoleKind::Compute;
    int count = 1; // head: always 1
    int vcpus = 1;
    int memoryMiB = 1024;
    NicModel nic = NicModel::Virtio;
    ImageRef image;
    QString hostnamePattern; // e.g. "{voc}-{role}{index:02}"

    bool operator==(const Role&) const = default;
};

// How HPL is sized and laid out for this design (see bench/hplsizing.h).
struct HplSettings
{
    double utilization = 0.8; // U: share of node memory HPL may use
    int blockSize = 192;      // NB
    int step = 0;             // N is rounded down to a multiple of this; 0 means NB
    int gridP = 0;            // fixed process grid; 0 and 0 mean "as square as possible"
    int gridQ = 0;

    bool operator==(const HplSettings&) const = default;
};

// The address plan a local test run uses (a site brings its own).
struct NetworkSettings
{
    QString subnet =
        QStringLiteral("10.77.0.0/24");          // CIDR; network, gateway and broadcast are never given out
    QString gateway;                             // empty: first host address of the subnet
    QString domain = QStringLiteral("voc.test"); // DNS domain of the VCNs
    QString macSeed;                             // empty: derived from the design's name and VO

    bool operator==(const NetworkSettings&) const = default;
};

struct Design
{
    QString name; // the VOC's name, used in hostnames and domain names: RFC 1123 label
    QString vo;   // owning Virtual Organization
    QString description;
    QList<Role> roles;
    NetworkSettings network;
    HplSettings hpl;

    bool operator==(const Design&) const = default;

    // The roles of a kind, in file order (a valid design has exactly one head).
    const Role* head() const;
    QList<const Role*> computeRoles() const;
    int vcnCount() const;
};

// Stable names used in the file format and on the command line.
QString toString(RoleKind kind);
QString toString(NicModel nic);
QString toString(BootMode mode);
bool fromString(const QString& text, RoleKind* kind);
bool fromString(const QString& text, NicModel* nic);
bool fromString(const QString& text, BootMode* mode);

// The images scripts/build-vcn-image builds, the names ImageRef::build takes.
QStringList imageBuildNames();

// The hostname pattern a new role of this kind starts with.
QString defaultHostnamePattern(RoleKind kind);

// A new design with one head and one compute role and sensible defaults.
Design makeDefaultDesign(const QString& name = QStringLiteral("myvoc"));

} // namespace voc
