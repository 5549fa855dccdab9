#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QSqlDatabase;

/// Fills a new data folder with a data-center-sized inventory (--populate N): N VMs with three
/// disks each, four regular snapshots plus "Active VM" per VM, so every disk is a chain of five
/// real volume files (10,000 VMs: 30,000 disks, 50,000 snapshots, 150,000 volumes).
///
/// Speed comes from two things. Rows go in through prepared statements in one transaction on a
/// connection of its own. Volume files are not made by running qemu-img 150,000 times: qemu-img
/// makes one template per kind of volume (size, compat level, backing format), and each volume is
/// a sparse copy of its template's non-zero blocks with the backing volume's name patched in
/// (volume ids are all 36-character UUIDs, so the header layout never changes). Raw base volumes
/// are sparse files of their virtual size. Every file is a valid image that `qemu-img info` reads.
class Populator final
{
public:
    Populator(const QString &dataDir, int vmCount);

    /// Writes into DIR/lab.sqlite, whose schema must exist. On failure the transaction is rolled
    /// back; volume files already written stay (the caller removes the data folder's domains).
    bool run();
    QString lastError() const { return m_error; }

    int vmCount() const { return m_vmCount; }
    int diskCount() const { return m_disks; }
    int snapshotCount() const { return m_snapshots; }
    int volumeCount() const { return m_volumes; }

private:
    struct Template
    {
        qint64 fileSize = 0;
        qint64 backingOffset = -1; ///< where the backing file name sits in the header, -1: none
        QList<qint64> blockOffsets; ///< 4 KiB blocks holding non-zero bytes
        QByteArray data;
    };

    bool populateRows(QSqlDatabase &db);
    /// The qcow2 template for \a sizeGiB and \a compat; \a backingFormat empty for a base volume.
    const Template *qcow2Template(int sizeGiB, const QString &compat, const QString &backingFormat);
    bool writeQcow2(const QString &path, const Template &t, const QString &backingName, bool readOnly);
    bool writeRaw(const QString &path, qint64 size, bool readOnly);
    bool fail(const QString &message);

    QString m_dataDir;
    QString m_templateDir;
    int m_vmCount = 0;
    int m_disks = 0;
    int m_snapshots = 0;
    int m_volumes = 0;
    QHash<QString, Template> m_templates;
    QString m_error;
};
