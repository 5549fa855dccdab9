#pragma once

#include <QCoreApplication>

class QAction;
class QObject;

/// Tooltips that name the action's key, "Create… (Ctrl+N)", as menus do beside the text: a
/// person who hovers a toolbar button learns the key. Follows later tooltip changes (a disabled
/// action's reason) so the key stays named.
class ShortcutToolTips final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutToolTips)
public:
    ShortcutToolTips() = delete;
    /// Every QAction below \a root, now and whenever its tooltip or shortcut changes.
    static void install(QObject *root);
    static void follow(QAction *action);
};
