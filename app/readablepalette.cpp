#include "readablepalette.h"

#include "readablecolor.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace {

struct Pair
{
    QPalette::ColorRole foreground;
    QList<QPalette::ColorRole> backgrounds;
};

} // namespace

QPalette ReadablePalette::adjustments(const QPalette &system)
{
    QPalette result;
    result.setResolveMask(0);
    const auto adjust = [&](QPalette::ColorGroup group, QPalette::ColorRole role,
                            const QList<QPalette::ColorRole> &backgroundRoles, double minimum) {
        QList<QColor> backgrounds;
        for (QPalette::ColorRole background : backgroundRoles)
            backgrounds.append(system.color(group, background));
        const QColor original = system.color(group, role);
        const QColor readable = ReadableColor::against(original, backgrounds, minimum);
        if (readable != original)
            result.setColor(group, role, readable);
    };
    // Text where it is written: lists and fields (Base, every other row AlternateBase), the
    // window, buttons, tool tips; placeholder text is also used for the empty-state messages,
    // which sit on the window.
    const QList<Pair> text = {
        {QPalette::Text, {QPalette::Base, QPalette::AlternateBase}},
        {QPalette::WindowText, {QPalette::Window}},
        {QPalette::ButtonText, {QPalette::Button}},
        {QPalette::ToolTipText, {QPalette::ToolTipBase}},
        {QPalette::PlaceholderText, {QPalette::Base, QPalette::Window}},
    };
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair &pair : text)
            adjust(group, pair.foreground, pair.backgrounds, 4.5);
        // Selected rows: the selection colour moves, not the text, so that a selection still
        // looks like the system's.
        adjust(group, QPalette::Highlight, {QPalette::HighlightedText}, 4.5);
    }
    // Disabled controls must still be recognisable (WCAG exempts them from 4.5:1; 3:1 here).
    for (const Pair &pair : text.first(3))
        adjust(QPalette::Disabled, pair.foreground, pair.backgrounds, 3.0);
    return result;
}

void ReadablePalette::follow(QWidget *window)
{
    auto *follower = new ReadablePalette(window);
    follower->setObjectName(QStringLiteral("readablePalette"));
    qApp->installEventFilter(follower);
    follower->apply();
}

ReadablePalette::ReadablePalette(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void ReadablePalette::apply()
{
    // Set on the window alone, role by role: every role not set here keeps following the
    // application palette, and the next system palette starts from a clean slate.
    m_window->setPalette(adjustments(QApplication::palette()));
}

bool ReadablePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}
