// SPDX-License-Identifier: GPL-3.0-or-later
// Which VCN records cannot live together in one site: hostnames are DNS names of the whole site,
// and IPs and MACs are DHCP reservations, so each must be unique across every VOC.
#pragma once

#include "directory/vcnrecord.h"

#include <QList>
#include <QString>

namespace voc {

struct VcnConflict
{
    int index = -1;   // in the batch
    QString field;    // "hostname", "ipHostNumber" or "macAddress"
    QString value;    // normalised
    QString otherVoc; // the record it collides with
    QString otherHostname;
    bool inBatch = false; // the other record is earlier in the same batch (else in `existing`)

    QString toString() const; // "10.0.0.5 (ipHostNumber) is taken by voc-a/node03"
};

// Conflicts of `batch` records with `existing` ones and with earlier batch records. Values are
// compared normalised (case of names and MACs ignored). Records that do not normalise are skipped
// here: normalizeVcnRecord reports them.
QList<VcnConflict> findVcnConflicts(const QList<VcnRecord>& batch, const QList<VcnRecord>& existing);

} // namespace voc
