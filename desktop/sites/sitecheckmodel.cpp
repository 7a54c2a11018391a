// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheckmodel.h"

#include "icons.h"

#include <QLocale>

namespace voc {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QIcon okIcon(bool ok)
{
    return ok ? themeIcon({"emblem-ok", "dialog-ok-apply", "dialog-ok"}, QStyle::SP_DialogApplyButton)
              : themeIcon({"dialog-error"}, QStyle::SP_MessageBoxCritical);
}

QList<QStandardItem*> row(const QString& key, const QString& label, const QString& value)
{
    auto* name = new QStandardItem(label);
    name->setData(key, SiteCheckModel::KeyRole);
    auto* result = new QStandardItem(value);
    result->setToolTip(value);
    for (QStandardItem* item : {name, result})
        item->setEditable(false);
    return {name, result};
}

// A row that passed or failed: the icon says which.
QList<QStandardItem*> checkRow(const QString& key, const QString& label, const QString& value, bool ok)
{
    QList<QStandardItem*> items = row(key, label, value);
    items[0]->setIcon(okIcon(ok));
    items[0]->setData(ok, SiteCheckModel::OkRole);
    return items;
}

// The error in the result column, what to do about it as a child row (and as the tooltip).
QList<QStandardItem*> errorRow(const QString& key, const QString& label, const Error& error)
{
    const QString text = error.where.isEmpty()
                             ? error.what
                             : error.what + QStringLiteral(" (") + error.where + QLatin1Char(')');
    QList<QStandardItem*> items = checkRow(key, label, text, false);
    if (!error.hint.isEmpty()) {
        items[1]->setToolTip(error.hint);
        items[0]->appendRow(row(key + QStringLiteral(".hint"), SiteCheckModel::tr("What to do"), error.hint));
    }
    return items;
}

} // namespace

SiteCheckModel::SiteCheckModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Check"), tr("Result")});
}

void SiteCheckModel::clearReport()
{
    removeRows(0, rowCount());
}

void SiteCheckModel::setReport(const SiteCheckReport& report)
{
    clearReport();
    for (const HostCheck& h : report.hosts) {
        QList<QStandardItem*> top = checkRow(h.name, h.name, h.uri, h.ok());
        top[0]->setData(h.name, KeyRole);
        QStandardItem* parent = top[0];
        if (h.connectError) {
            parent->appendRow(errorRow(QStringLiteral("connect"), tr("Connection"), *h.connectError));
        } else {
            parent->appendRow(row(QStringLiteral("libvirt"), tr("libvirt"), h.host.libvirtVersion));
            parent->appendRow(row(QStringLiteral("hypervisor"), tr("Hypervisor"),
                                  QStringLiteral("%1 %2").arg(h.host.driver, h.host.hypervisorVersion)));
            parent->appendRow(row(QStringLiteral("hostname"), tr("Host name"), h.host.hostname));
            parent->appendRow(
                row(QStringLiteral("cpus"), tr("CPUs"), tr("%1 (%2)").arg(h.host.cpus).arg(h.host.cpuModel)));
            parent->appendRow(
                row(QStringLiteral("memory"), tr("Memory"), bytesText(h.host.memoryKiB * 1024)));
            const QString poolLabel = tr("Storage pool %1").arg(report.pool);
            if (h.poolError)
                parent->appendRow(errorRow(QStringLiteral("pool"), poolLabel, *h.poolError));
            else if (h.pool)
                parent->appendRow(checkRow(
                    QStringLiteral("pool"), poolLabel,
                    h.pool->active
                        ? tr("%1 free of %2 (%3, %4)")
                              .arg(bytesText(h.pool->availableBytes), bytesText(h.pool->capacityBytes),
                                   h.pool->type, h.pool->targetPath)
                        : tr("defined but not active: virsh pool-start %1").arg(h.pool->name),
                    h.pool->active));
            const QString bridgeLabel = tr("Bridge %1").arg(report.bridge);
            if (h.bridgeError)
                parent->appendRow(errorRow(QStringLiteral("bridge"), bridgeLabel, *h.bridgeError));
            else if (h.bridge)
                parent->appendRow(checkRow(
                    QStringLiteral("bridge"), bridgeLabel,
                    *h.bridge ? tr("present") : tr("no bridge of that name on this host"), *h.bridge));
        }
        parent->appendRow(row(QStringLiteral("time"), tr("Time"), tr("%1 ms").arg(h.elapsedMs)));
        appendRow(top);
    }

    const DirectoryCheck& d = report.directory;
    if (!d.checked)
        return;
    QList<QStandardItem*> top = checkRow(QStringLiteral("directory"), tr("Directory"), d.info.uri, d.ok());
    QStandardItem* parent = top[0];
    if (d.error) {
        top[1]->setText(QString());
        parent->appendRow(errorRow(QStringLiteral("bind"), tr("Bind"), *d.error));
    } else {
        parent->appendRow(row(QStringLiteral("boundAs"), tr("Bound as"), d.info.boundAs));
        parent->appendRow(row(QStringLiteral("baseDn"), tr("Base DN"), d.info.baseDn));
        if (!d.info.vo.isEmpty())
            parent->appendRow(row(QStringLiteral("vo"), tr("VO"), d.info.vo));
        parent->appendRow(row(QStringLiteral("tls"), tr("Encryption"),
                              d.info.tls ? tr("TLS") : tr("none: the password travelled in clear text")));
        parent->appendRow(row(QStringLiteral("vocs"), tr("VOCs"), QString::number(d.info.vocCount)));
        parent->appendRow(row(QStringLiteral("vcns"), tr("VCNs"), QString::number(d.info.vcnCount)));
    }
    parent->appendRow(row(QStringLiteral("time"), tr("Time"), tr("%1 ms").arg(d.elapsedMs)));
    appendRow(top);
}

int SiteCheckModel::topRow(const QString& name) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, CheckColumn)->data(KeyRole).toString() == name)
            return r;
    return -1;
}

QModelIndex SiteCheckModel::child(int top, const QString& key) const
{
    const QModelIndex parent = index(top, CheckColumn);
    for (int r = 0; r < rowCount(parent); ++r) {
        const QModelIndex i = index(r, CheckColumn, parent);
        if (i.data(KeyRole).toString() == key)
            return i;
    }
    return {};
}

} // namespace voc
