#pragma once

#include "entities.h"

#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QWidget;

/// Widgets that several dialogs build the same way. Visible texts come from the caller's tr(),
/// so that each string keeps its translation context in the dialog that shows it.
class DialogParts final
{
public:
    DialogParts() = delete;

    /// Gives a button the object name tests look for and the name screen readers announce.
    static QPushButton *named(QPushButton *button, const QString &objectName, const QString &accessibleName);
    /// The word-wrapped "hintLabel" that says why OK is disabled.
    static QLabel *hintLabel(QWidget *parent, const QString &accessibleName);
    /// The word-wrapped "noteLabel" for what the manager will do beyond what was asked.
    static QLabel *noteLabel(QWidget *parent);
    /// The Image / Direct LUN choice at the top of the attach and new-disk dialogs: "imageRadio"
    /// (checked) and "lunRadio", exclusive, in a row of their own.
    struct DiskTypeChoice
    {
        QRadioButton *image = nullptr;
        QRadioButton *lun = nullptr;
        QHBoxLayout *row = nullptr;
    };
    static DiskTypeChoice diskTypeChoice(QWidget *parent, const QString &imageText, const QString &imageAccessibleName,
                                         const QString &lunText, const QString &lunAccessibleName);
    /// OK and Cancel in a "buttonBox", named "okButton" and "cancelButton".
    static QDialogButtonBox *okCancelButtons(QWidget *parent, const QString &okAccessibleName,
                                             const QString &cancelAccessibleName);
    /// Connects `buttons` to `dialog`: Cancel rejects, OK accepts only while `validationError`
    /// returns nothing (Enter must not get past a disabled OK).
    static void acceptWhenValid(QDialog *dialog, QDialogButtonBox *buttons,
                                const std::function<QString()> &validationError);
    /// Fills `combo` with the data domains of `domains` (id as item data); `freeText` ("%1 (%2 free)")
    /// names a domain whose free space is known.
    static void addDataDomains(QComboBox *combo, const QList<StorageDomain> &domains, const QString &freeText);
};
