#pragma once

#include "diskusage.h"
#include "entities.h"

#include <QDialog>
#include <QPointer>

class Client;
class QLabel;
class QTableWidget;

/// "Used by" for one disk: every VM that has it attached, and whether read-only or read-write
/// there, plugged or not, on which interface — on one screen (the portal's disk → Virtual
/// Machines sub-tab does not show the access mode).
///
/// load() reads the disk with all_content (its `vms`), then each of those VMs and its attachment
/// of the disk: two small requests per VM using the disk, whatever the size of the inventory.
class DiskUsageDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DiskUsageDialog(const Disk &disk, QWidget *parent = nullptr);

    /// Reads the uses through \a client; finished() when all are in (or one failed).
    void load(Client *client);
    void setUses(const QList<DiskUse> &uses);
    void setError(const QString &message);
    QList<DiskUse> uses() const { return m_uses; }
    QString summary() const;

signals:
    void loaded();

private:
    Disk m_disk;
    QList<DiskUse> m_uses;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_table = nullptr;
};
