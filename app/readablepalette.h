#pragma once

#include <QObject>
#include <QPalette>

class QWidget;

/// Keeps the text of a window readable in whatever palette the system gives, light or dark: the
/// roles that fall below the WCAG contrast minimums (4.5:1 for text, 3:1 for disabled text) are
/// moved just far enough, the others are left to follow the system. Fusion's own light palette
/// needs it (white on its selection blue is 3.7:1, its placeholder text 4.0:1, disabled text
/// 1.9:1), and so do many dark themes.
class ReadablePalette final : public QObject
{
    Q_OBJECT
public:
    /// Only the roles of \a system that need a change, set (resolved) in an otherwise empty palette.
    static QPalette adjustments(const QPalette &system);
    /// Applies adjustments(application palette) to \a window now and whenever the application
    /// palette changes (the system switching between light and dark).
    static void follow(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ReadablePalette(QWidget *window);
    void apply();

    QWidget *m_window;
};
