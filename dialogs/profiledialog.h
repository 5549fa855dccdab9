#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QList>

class ProfileStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Saved connection profiles: a list on the left, the selected profile's fields on the right.
/// Add, duplicate, delete, mark one as default. Changes are kept in the dialog and written to the
/// store only with OK, which stays disabled while any profile is incomplete (the hint says why).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ProfileStore *store, QWidget *parent = nullptr);

    /// The profiles as edited so far.
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    QString defaultProfileName() const { return m_defaultName; }
    /// The selected profile's name (empty when there is none).
    QString currentProfileName() const;
    void selectProfile(const QString &name);

    /// Why OK is disabled; empty when every profile is complete.
    QString validationError() const;

    void accept() override;

private:
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void makeDefault();
    void chooseCaFile();
    void forgetCa();
    void currentRowChanged(int row);
    void fieldsEdited();
    void rebuildList(int selectRow);
    void updateWidgets();
    QString uniqueName(const QString &base) const;

    ProfileStore *m_store;
    QList<ConnectionProfile> m_profiles;
    QStringList m_originalNames; ///< parallel to m_profiles: the name in the store (empty = new)
    QString m_defaultName;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_caLabel = nullptr;
    QPushButton *m_caFileButton = nullptr;
    QPushButton *m_forgetCaButton = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};
