#pragma once

#include "commiterasure.h"
#include "entities.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Confirms a Commit of the previewed snapshot, or a Restore (preview and commit in one step),
/// naming what will be erased: the snapshots taken after it and the disks the preview left out
/// (gui-anchors §2.1, §2.4).
class CommitSnapshotDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Commit, Restore };

    CommitSnapshotDialog(Mode mode, const Snapshot &snapshot, const CommitErasure &erasure,
                         QWidget *parent = nullptr);

    /// The confirmation sentence.
    QString question() const;
    /// One line per thing that will be erased.
    QStringList erasedItems() const;
    /// For a restore of a snapshot with memory: whether to restore it.
    bool restoreMemory() const;

private:
    void updateWidgets();

    Mode m_mode;
    Snapshot m_snapshot;
    CommitErasure m_erasure;
    QListWidget *m_erasedList = nullptr;
    QCheckBox *m_memoryCheck = nullptr;
    QPushButton *m_okButton = nullptr;
};
