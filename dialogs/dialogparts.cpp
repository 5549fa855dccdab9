#include "dialogparts.h"

#include "displaytext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

QPushButton *DialogParts::named(QPushButton *button, const QString &objectName, const QString &accessibleName)
{
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

QLabel *DialogParts::hintLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("hintLabel"));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    return label;
}

QLabel *DialogParts::noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("noteLabel"));
    label->setWordWrap(true);
    return label;
}

DialogParts::DiskTypeChoice DialogParts::diskTypeChoice(QWidget *parent, const QString &imageText,
                                                        const QString &imageAccessibleName, const QString &lunText,
                                                        const QString &lunAccessibleName)
{
    DiskTypeChoice choice;
    choice.image = new QRadioButton(imageText, parent);
    choice.image->setObjectName(QStringLiteral("imageRadio"));
    choice.image->setAccessibleName(imageAccessibleName);
    choice.image->setChecked(true);
    choice.lun = new QRadioButton(lunText, parent);
    choice.lun->setObjectName(QStringLiteral("lunRadio"));
    choice.lun->setAccessibleName(lunAccessibleName);
    auto *group = new QButtonGroup(parent);
    group->addButton(choice.image);
    group->addButton(choice.lun);
    choice.row = new QHBoxLayout;
    choice.row->addWidget(choice.image);
    choice.row->addWidget(choice.lun);
    choice.row->addStretch();
    return choice;
}

QDialogButtonBox *DialogParts::okCancelButtons(QWidget *parent, const QString &okAccessibleName,
                                               const QString &cancelAccessibleName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    named(buttons->button(QDialogButtonBox::Ok), QStringLiteral("okButton"), okAccessibleName);
    named(buttons->button(QDialogButtonBox::Cancel), QStringLiteral("cancelButton"), cancelAccessibleName);
    return buttons;
}

void DialogParts::acceptWhenValid(QDialog *dialog, QDialogButtonBox *buttons,
                                  const std::function<QString()> &validationError)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, validationError] {
        if (validationError().isEmpty())
            dialog->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

void DialogParts::addDataDomains(QComboBox *combo, const QList<StorageDomain> &domains, const QString &freeText)
{
    for (const StorageDomain &domain : domains) {
        if (domain.type != StorageDomainType::Data)
            continue;
        combo->addItem(domain.available ? freeText.arg(domain.name, DisplayText::dataSize(domain.available)) : domain.name,
                       domain.id);
    }
}
