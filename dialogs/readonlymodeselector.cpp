#include "readonlymodeselector.h"

ReadOnlyModeSelector::ReadOnlyModeSelector(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("readOnlyModeSelector"));
    setAccessibleName(tr("Read-only"));
    for (ReadOnlyMode mode : {ReadOnlyMode::ReadWrite, ReadOnlyMode::ReadOnly, ReadOnlyMode::Automatic}) {
        addItem(text(mode), int(mode));
        setItemData(count() - 1, explanation(mode), Qt::ToolTipRole);
    }
    setToolTip(explanation(ReadOnlyMode::ReadWrite));
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        setToolTip(explanation(mode()));
        emit modeChanged(mode());
    });
}

ReadOnlyMode ReadOnlyModeSelector::mode() const
{
    return ReadOnlyMode(currentData().toInt());
}

void ReadOnlyModeSelector::setMode(ReadOnlyMode mode)
{
    setCurrentIndex(findData(int(mode)));
}

QString ReadOnlyModeSelector::text(ReadOnlyMode mode)
{
    switch (mode) {
    case ReadOnlyMode::ReadWrite: return tr("Read-write");
    case ReadOnlyMode::ReadOnly: return tr("Read-only");
    case ReadOnlyMode::Automatic: return tr("Automatic");
    }
    return {};
}

QString ReadOnlyModeSelector::explanation(ReadOnlyMode mode)
{
    switch (mode) {
    case ReadOnlyMode::ReadWrite:
        return tr("The virtual machine may write to the disk.");
    case ReadOnlyMode::ReadOnly:
        return tr("The virtual machine may only read the disk.");
    case ReadOnlyMode::Automatic:
        return tr("Read-write; when the storage is write-protected, read-only instead (and the result says so).");
    }
    return {};
}
