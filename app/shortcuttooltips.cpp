#include "shortcuttooltips.h"

#include <QAction>
#include <QKeySequence>

namespace {

void apply(QAction *action)
{
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return;
    const QString keyText = key.toString(QKeySequence::NativeText);
    const QString tip = action->toolTip();
    // Some tooltips name their key in their own words already.
    if (tip.contains(keyText))
        return;
    // setToolTip() emits changed() again; the key is in the tip by then, which ends it.
    action->setToolTip(ShortcutToolTips::tr("%1 (%2)").arg(tip, keyText));
}

} // namespace

void ShortcutToolTips::install(QObject *root)
{
    for (QAction *action : root->findChildren<QAction *>())
        follow(action);
}

void ShortcutToolTips::follow(QAction *action)
{
    if (action->property("diskdeskShortcutToolTip").toBool())
        return;
    action->setProperty("diskdeskShortcutToolTip", true);
    QObject::connect(action, &QAction::changed, action, [action] { apply(action); });
    apply(action);
}
