#include "preferencesdialog.h"

#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_startLanguage(UiLanguage::stored())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_languageBox->setAccessibleName(tr("Language"));
    for (const UiLanguage::Choice &choice : UiLanguage::available()) {
        // The system's entry names the language it stands for now, in that language.
        const QString name = choice.code.isEmpty()
            ? tr("System (%1)").arg(QLocale::system().nativeLanguageName())
            : choice.name;
        m_languageBox->addItem(name, choice.code);
    }

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("languageNoteLabel"));
    m_noteLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageBox);
    form->addRow(QString(), m_noteLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    QPushButton *okButton = buttons->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setAccessibleName(tr("OK"));
    QPushButton *cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    setLanguageCode(m_startLanguage);
    updateNote();
}

QString PreferencesDialog::languageCode() const
{
    return m_languageBox->currentData().toString();
}

void PreferencesDialog::setLanguageCode(const QString &code)
{
    const int index = m_languageBox->findData(code);
    m_languageBox->setCurrentIndex(index < 0 ? 0 : index);
}

void PreferencesDialog::accept()
{
    UiLanguage::store(languageCode());
    QDialog::accept();
}

void PreferencesDialog::updateNote()
{
    // Widgets on screen are not re-translated: say when a change takes effect.
    m_noteLabel->setText(languageCode() == m_startLanguage
                             ? tr("The language applies when DiskDesk starts.")
                             : tr("The new language applies the next time DiskDesk starts."));
}
