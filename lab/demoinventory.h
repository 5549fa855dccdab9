#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class LabDatabase;
class QemuImg;

/// Fills a new data folder with a small but realistic setup (--demo): one data center with an
/// old v3 and a current v4 NFS-like storage domain, two hosts, six VMs, a template, a shareable
/// disk attached read-only to one VM and read-write to another, and snapshot chains made of real
/// qcow2 overlays - including a snapshot that covers only some of its VM's disks.
class DemoInventory final
{
public:
    DemoInventory(LabDatabase &db, QemuImg &qemu, const QString &dataDir);

    /// Creates everything in one transaction; on failure nothing is left in the database.
    bool populate();
    QString lastError() const { return m_error; }

private:
    struct Layer
    {
        QString snapshotId; ///< the snapshot the volume belongs to (empty: none, e.g. shareable)
        qint64 date = 0;
        int writeMiB = 0;   ///< data written into this layer, so actual sizes differ
    };
    struct DiskSpec
    {
        QString alias;
        QString description;
        QString domainId;
        QString format;     ///< base volume: "qcow2" or "raw"; overlays are always qcow2
        int sizeGiB = 10;
        bool sparse = true;
        bool shareable = false;
        QString templateId;
        QList<Layer> layers; ///< oldest first; the last one is the active volume
    };
    struct Attachment
    {
        QString vmId;
        QString diskId;
        QString interface;
        bool bootable = false;
        bool readOnly = false;
        QString logicalName;
    };

    bool populateRows();
    QString createDisk(const DiskSpec &spec);
    bool attach(const Attachment &attachment);
    bool addVm(const QString &name, const QString &status, const QString &hostId, qint64 created, int memoryGiB,
               const QString &osType, const QString &templateId, const QString &description);
    QString addSnapshot(const QString &vmName, const QString &description, qint64 date);
    QString activeSnapshot(const QString &vmName) const;
    bool fail(const QString &message);

    /// Stable ids for demo objects, so screenshots and logs are reproducible across runs.
    static QString idFor(const QString &kind, const QString &name);

    LabDatabase &m_db;
    QemuImg &m_qemu;
    QString m_dataDir;
    QString m_error;
    QStringList m_readOnlyVolumes;
};
