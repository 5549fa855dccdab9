#pragma once

#include "requests.h"

#include <QComboBox>

/// The read-only choice of a disk attachment, with three values: read-write, read-only, and
/// automatic — ask for read-write and, when the storage is write-protected, attach read-only
/// instead and say so rather than fail (QEMU's auto-read-only). Used by the Attach and New Disk
/// dialogs, in a form or in a table cell.
class ReadOnlyModeSelector final : public QComboBox
{
    Q_OBJECT
public:
    explicit ReadOnlyModeSelector(QWidget *parent = nullptr);

    ReadOnlyMode mode() const;
    void setMode(ReadOnlyMode mode);

    /// "Read-write", "Read-only", "Automatic".
    static QString text(ReadOnlyMode mode);
    /// One sentence on what the mode does, for tooltips and hints.
    static QString explanation(ReadOnlyMode mode);

signals:
    void modeChanged(ReadOnlyMode mode);
};
