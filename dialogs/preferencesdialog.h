#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

/// Edit → Preferences…: the language of DiskDesk's texts (System / English / Deutsch / 日本語),
/// stored in the settings on OK and applied at the next start (texts on screen stay as they
/// are; the dialog says so).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// The chosen language's code (UiLanguage), empty for the system's.
    QString languageCode() const;
    void setLanguageCode(const QString &code);

    /// Stores the choice (UiLanguage::store) and closes.
    void accept() override;

private:
    void updateNote();

    QString m_startLanguage; ///< the choice this program started with
    QComboBox *m_languageBox = nullptr;
    QLabel *m_noteLabel = nullptr;
};
