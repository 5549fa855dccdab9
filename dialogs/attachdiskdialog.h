#pragma once

#include "diskusage.h"
#include "entities.h"
#include "requests.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;
class ReadOnlyModeSelector;

/// Attach Virtual Disks (gui-anchors §2.7): an Image table and a Direct LUN table of the disks
/// this VM may attach, each row with its own interface, read-only mode and bootable flag, and
/// one "Activate Disk(s)" choice. Disks already used by other VMs say by which and whether
/// read-only or read-write there; disks that cannot be attached are listed disabled with the
/// manager's reason. Every rule of the manager is explained before OK.
class AttachDiskDialog final : public QDialog
{
    Q_OBJECT
public:
    /// One chosen disk: the request, its read-only mode and what is known of its storage.
    struct Choice
    {
        AttachDiskRequest request;
        ReadOnlyMode mode = ReadOnlyMode::ReadWrite;
        std::optional<bool> writeProtected;
        QString alias;
    };

    /// \a vmAttachments: the VM's attachments (follow=disk); \a disks: every disk (GET /disks);
    /// \a usage: disk id → the VMs using it (DiskUsage::fromVms).
    AttachDiskDialog(const Vm &vm, const QList<DiskAttachment> &vmAttachments, const QList<Snapshot> &snapshots,
                     const QList<Disk> &disks, const QHash<QString, QList<DiskUse>> &usage, QWidget *parent = nullptr);

    void showLuns(bool luns);
    void setChecked(const QString &diskId, bool checked);
    void setInterface(const QString &diskId, DiskInterface diskInterface);
    void setReadOnlyMode(const QString &diskId, ReadOnlyMode mode);
    void setBootable(const QString &diskId, bool bootable);
    void setActivate(bool activate);
    /// Whether the disk is listed, and whether it can be chosen.
    bool isListed(const QString &diskId) const;
    bool isSelectable(const QString &diskId) const;
    /// The "Used by" text of the disk's row.
    QString usedByText(const QString &diskId) const;

    /// Why OK is disabled (the manager's words), or an empty string.
    QString validationError() const;
    QList<Choice> choices() const;

private:
    struct Row
    {
        Disk disk;
        QTableWidget *table = nullptr;
        int row = -1;
        QString blockedReason;
        ReadOnlyModeSelector *readOnly = nullptr;
        class QComboBox *interfaceCombo = nullptr;
    };
    void addRow(const Disk &disk, const QString &blockedReason, const QList<DiskUse> &uses);
    const Row *rowOf(const QString &diskId) const;
    bool isChecked(const Row &row) const;
    bool isBootable(const Row &row) const;
    DiskInterface interfaceOf(const Row &row) const;
    void updateWidgets();

    Vm m_vm;
    QList<DiskAttachment> m_vmAttachments;
    QList<Snapshot> m_snapshots;
    QList<Row> m_rows;

    QRadioButton *m_imageRadio = nullptr;
    QRadioButton *m_lunRadio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_imageTable = nullptr;
    QTableWidget *m_lunTable = nullptr;
    QCheckBox *m_activateCheck = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};
