// SPDX-License-Identifier: GPL-3.0-or-later
// Names every editable field of a Design, reads and writes it, and maps it to and from the
// JSON paths that problems carry, so edits, undo steps and "jump to problem" share one vocabulary.
#pragma once

#include "model/design.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace voc {

enum class Field
{
    // Design-wide.
    Name,
    Vo,
    Description,
    Subnet,
    Gateway,
    Domain,
    MacSeed,
    HplUtilization,
    HplBlockSize,
    HplStep,
    HplGridP,
    HplGridQ,
    // Per role (FieldRef::role says which).
    RoleKind,
    RoleCount,
    RoleVcpus,
    RoleMemory,
    RoleNic,
    RoleImagePath,
    RoleImageSha256,
    RoleBootMode,
    RoleKernel,
    RoleInitrd,
    RoleCmdline,
    RoleHostnamePattern,
    // Navigation targets only: the role list, or a whole role; they hold no value.
    Roles,
    Role,
};

struct FieldRef
{
    Field field = Field::Name;
    int role = -1; // index into Design::roles for role fields, -1 otherwise

    bool isRoleField() const { return field >= Field::RoleKind && field <= Field::Role; }
    bool holdsValue() const { return field != Field::Roles && field != Field::Role; }
    bool operator==(const FieldRef&) const = default;
};

// The value as the editors use it: QString for text, int for counts and enums (the enum's
// underlying value), double for the utilization. Invalid when the role does not exist.
QVariant fieldValue(const Design& design, FieldRef ref);

// Stores value into the field; false (design untouched) when the role does not exist or the
// value has the wrong type. Enum values are accepted as int or as their file-format name.
bool setFieldValue(Design* design, FieldRef ref, const QVariant& value);

// The JSON path of a field as the file format and validation spell it, e.g. "roles[1].memoryMiB".
QString fieldPath(FieldRef ref);

// The field a problem's path points at. Deeper or unknown paths fall back to their closest
// known ancestor ("roles[2].image.foo" -> the image path, "roles[2].bar" -> role 2).
std::optional<FieldRef> fieldForPath(const QString& path);

// A short, translated name for undo step texts ("Edit memory").
QString fieldLabel(Field field);

} // namespace voc
