#include "snapshoticons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int iconSize = 16;
const QColor ink(0x3a, 0x3f, 0x44);

QPixmap blank()
{
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

void drawMemoryBadge(QPainter &painter)
{
    // A small RAM module at the bottom right, the portal's "contains memory" badge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1c, 0x71, 0xd8));
    painter.drawRoundedRect(QRectF(8.5, 9.5, 7, 6), 1, 1);
    painter.setBrush(Qt::white);
    for (int i = 0; i < 3; ++i)
        painter.drawRect(QRectF(9.5 + i * 2, 11, 1, 3));
}

} // namespace

QIcon SnapshotIcons::camera(bool withMemory)
{
    QPixmap pixmap = blank();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 1.2));
    painter.setBrush(QColor(0xde, 0xdd, 0xda));
    QPainterPath body;
    body.addRoundedRect(QRectF(1.5, 4.5, 13, 9), 1.5, 1.5);
    body.addRect(QRectF(5, 2.5, 5, 2));
    painter.drawPath(body.simplified());
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(8, 9), 2.8, 2.8);
    if (withMemory)
        drawMemoryBadge(painter);
    painter.end();
    return QIcon(pixmap);
}

QIcon SnapshotIcons::eye()
{
    QPixmap pixmap = blank();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 1.2));
    painter.setBrush(Qt::white);
    QPainterPath outline;
    outline.moveTo(1, 8);
    outline.quadTo(8, 1, 15, 8);
    outline.quadTo(8, 15, 1, 8);
    painter.drawPath(outline);
    painter.setBrush(QColor(0x1c, 0x71, 0xd8));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(8, 8), 2.6, 2.6);
    painter.end();
    return QIcon(pixmap);
}

QIcon SnapshotIcons::lock()
{
    QPixmap pixmap = blank();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
    painter.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5));
    painter.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5));
    painter.setPen(QPen(ink, 1));
    painter.setBrush(QColor(0xe5, 0xa5, 0x0a));
    painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7), 1, 1);
    painter.end();
    return QIcon(pixmap);
}

QIcon SnapshotIcons::forSnapshot(const Snapshot &snapshot)
{
    if (snapshot.status == SnapshotStatus::InPreview)
        return eye();
    if (snapshot.status == SnapshotStatus::Locked)
        return lock();
    return camera(snapshot.persistMemorystate);
}
