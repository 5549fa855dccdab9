#pragma once

#include <QStyledItemDelegate>

/// Paints the Custom Preview matrix's choice cells centred, the VM configuration column as
/// radio buttons (one per table) and the others as check boxes, and toggles a cell on a click
/// anywhere inside it (a small indicator in a wide column is hard to hit).
class CustomPreviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `radioColumn` is drawn with radio indicators.
    explicit CustomPreviewDelegate(int radioColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    int m_radioColumn;
};
