#pragma once

#include "entities.h"
#include "requests.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

/// Preview Snapshot / Preview Partial Snapshot (gui-anchors §2.3). Needed only when the
/// snapshot holds memory or lacks some of the VM's disks (see isNeeded()); it then asks what
/// to do with the missing disks and whether to restore memory.
class PreviewSnapshotDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice {
        None,              ///< nothing chosen yet (partial snapshot)
        KeepAllDisks,      ///< the missing disks stay as they are
        OnlySnapshotDisks, ///< only the snapshot's disks (the manager's default)
        CustomPreview      ///< go on in the Custom Preview dialog
    };

    PreviewSnapshotDialog(const Vm &vm, const Snapshot &snapshot,
                          const QList<Disk> &snapshotDisks, const QString &activeSnapshotId,
                          const QList<Disk> &currentDisks, QWidget *parent = nullptr);

    /// True when previewing `snapshot` needs a choice: it holds memory or lacks some disks.
    static bool isNeeded(const Snapshot &snapshot, const QList<Disk> &snapshotDisks,
                         const QList<Disk> &currentDisks);

    bool isPartial() const { return !m_missingDisks.isEmpty(); }
    void setChoice(Choice choice);
    Choice choice() const;
    bool restoreMemory() const;
    QString validationError() const;
    /// The request for KeepAllDisks / OnlySnapshotDisks (or a snapshot without missing disks).
    PreviewSnapshotRequest request() const;

private:
    void updateWidgets();

    Vm m_vm;
    Snapshot m_snapshot;
    QList<Disk> m_snapshotDisks;
    QString m_activeSnapshotId;
    QList<Disk> m_currentDisks;
    QList<Disk> m_missingDisks;

    QButtonGroup *m_choiceGroup = nullptr;
    QRadioButton *m_keepAllRadio = nullptr;
    QRadioButton *m_onlySnapshotRadio = nullptr;
    QRadioButton *m_customRadio = nullptr;
    QCheckBox *m_memoryCheck = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};
