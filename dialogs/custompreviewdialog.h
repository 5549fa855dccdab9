#pragma once

#include "entities.h"
#include "requests.h"

#include <QDialog>
#include <QHash>
#include <QList>

class CustomPreviewModel;
class QLabel;
class QPushButton;
class QTableView;

/// Custom Preview Snapshot (gui-anchors §2.4): a matrix of snapshots (rows) by VM
/// configuration, memory and disks (columns) to compose the state to preview, with the
/// portal's warnings and a live "Result" section naming where each part comes from.
/// Double-click (or Enter) picks a whole row; Space toggles the current cell.
class CustomPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `selectedSnapshotId` is applied over the Active VM defaults (empty: none).
    CustomPreviewDialog(const Vm &vm, const QList<Snapshot> &snapshots,
                        const QHash<QString, QList<Disk>> &snapshotDisks,
                        const QList<Disk> &currentDisks, const QString &selectedSnapshotId,
                        QWidget *parent = nullptr);

    CustomPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString validationError() const;
    PreviewSnapshotRequest request() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateWidgets();

    Vm m_vm;
    CustomPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};
