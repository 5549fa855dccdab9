#pragma once

#include "entities.h"
#include "requests.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// Create Snapshot (gui-anchors §2.2): a description (required), "Disks to include" with every
/// disk that allows a snapshot checked and the others shown disabled with the reason, and
/// "Save Memory" only while the VM runs. The portal's warnings are shown live.
class CreateSnapshotDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `currentDisks` are the VM's disks (from its attachments); `snapshots` its snapshots,
    /// to refuse up front what the manager would refuse (a preview or a locked snapshot).
    CreateSnapshotDialog(const Vm &vm, const QList<Disk> &currentDisks,
                         const QList<Snapshot> &snapshots, QWidget *parent = nullptr);

    /// Whether the VM's state lets the manager save memory (a live snapshot).
    static bool vmRuns(VmStatus status);

    void setDescription(const QString &description);
    /// Why OK is disabled, or an empty string.
    QString validationError() const;
    /// The portal's warnings for the current input.
    QStringList warnings() const;
    /// The request for what the person chose.
    CreateSnapshotRequest request() const;

private:
    void updateWidgets();
    QStringList checkedDiskIds() const;

    Vm m_vm;
    QList<Disk> m_capableDisks;
    QList<Disk> m_excludedDisks;
    QString m_blockedReason;

    QLineEdit *m_descriptionEdit = nullptr;
    QTreeWidget *m_diskList = nullptr;
    QCheckBox *m_memoryCheck = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};
