#include "custompreviewdelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

CustomPreviewDelegate::CustomPreviewDelegate(int radioColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_radioColumn(radioColumn)
{
}

void CustomPreviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant check = index.data(Qt::CheckStateRole);
    if (!check.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and focus as usual, without the item's own (left-aligned) indicator.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool radio = index.column() == m_radioColumn;
    QStyleOptionButton button;
    button.state = QStyle::State_Enabled;
    if (!(index.flags() & Qt::ItemIsUserCheckable))
        button.state &= ~QStyle::State_Enabled;
    button.state |= check.toInt() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    const QStyle::PixelMetric wMetric = radio ? QStyle::PM_ExclusiveIndicatorWidth
                                              : QStyle::PM_IndicatorWidth;
    const QStyle::PixelMetric hMetric = radio ? QStyle::PM_ExclusiveIndicatorHeight
                                              : QStyle::PM_IndicatorHeight;
    const QSize size(style->pixelMetric(wMetric, nullptr, widget),
                     style->pixelMetric(hMetric, nullptr, widget));
    button.rect = QRect(QPoint(), size);
    button.rect.moveCenter(option.rect.center());
    button.palette = option.palette;
    style->drawPrimitive(radio ? QStyle::PE_IndicatorRadioButton : QStyle::PE_IndicatorCheckBox,
                         &button, painter, widget);
}

bool CustomPreviewDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    const Qt::ItemFlags flags = model->flags(index);
    if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
    if (event->type() == QEvent::MouseButtonPress)
        return false; // let the view make it current
    // Keyboard (Space) and the rest as usual.
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
