// SPDX-License-Identifier: GPL-3.0-or-later
// A site plan as tables for the Deploy page: its VCNs (name, role, host, vCPUs, memory, MAC, IP and,
// for a deployment, the VCN's state), the load of every host before and with this VOC, and the
// images the deployment pushes.
#pragma once

#include "deploy/siteplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace voc {

class SitePlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Hostname,
        Role,
        Host,
        Vcpus,
        Memory,
        Mac,
        Ip,
        State,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers, so a proxy sorts 2 before 10
    };

    explicit SitePlanModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVcns(const QList<SiteVcn>& vcns);
    void clear() { setVcns({}); }
    // The State column per VCN hostname ("running", "ready at 10.213.0.101", ...).
    void setState(const QString& hostname, const QString& state);
    void setStates(const QHash<QString, QString>& states);

    const QList<SiteVcn>& vcns() const { return m_vcns; }
    const SiteVcn& vcn(int row) const { return m_vcns.at(row); }
    int rowOf(const QString& hostname) const;
    QString state(const QString& hostname) const { return m_states.value(hostname); }

private:
    QList<SiteVcn> m_vcns;
    QHash<QString, QString> m_states;
};

// One row per host of the site: what it offers, what runs there already and what this VOC adds.
class HostLoadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
        Vcns,
        Vcpus, // "6 + 4 of 8 (×4: 32)"
        Memory,
        FreeMemory, // after this VOC
        ColumnCount
    };

    explicit HostLoadModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const SitePlan& plan);
    void clear();

    struct Load
    {
        HostCapacity capacity;
        int vcns = 0;
        int vcpus = 0; // of this VOC
        qint64 memoryMiB = 0;
    };
    const Load& load(int row) const { return m_loads.at(row); }

private:
    QList<Load> m_loads;
    double m_overcommit = defaultVcpuOvercommit;
};

// The base images a deployment pushes: file, volume, size, target hosts and the VCNs booting it.
class UploadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Image,
        Volume,
        Size,
        Hosts,
        Vcns,
        ColumnCount
    };

    explicit UploadModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUploads(const QList<ImageUpload>& uploads, StorageSharing sharing);
    void clear() { setUploads({}, StorageSharing::Shared); }
    const ImageUpload& upload(int row) const { return m_uploads.at(row); }

private:
    QList<ImageUpload> m_uploads;
    StorageSharing m_sharing = StorageSharing::Shared;
};

} // namespace voc
