#include "profiledialog.h"

#include "profilestore.h"
#include "trustpolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_profiles(store->profiles())
    , m_defaultName(store->defaultProfileName())
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connection Profiles"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 24);

    m_addButton = button(tr("&Add"), QStringLiteral("addButton"), tr("Add profile"), this);
    m_duplicateButton = button(tr("D&uplicate"), QStringLiteral("duplicateButton"), tr("Duplicate profile"), this);
    m_deleteButton = button(tr("&Delete"), QStringLiteral("deleteButton"), tr("Delete profile"), this);
    m_defaultButton = button(tr("Set as De&fault"), QStringLiteral("defaultButton"), tr("Set as default profile"), this);

    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), tr("Profile name"), this);
    m_addressEdit = lineEdit(QStringLiteral("addressEdit"), tr("Engine address"), this);
    m_addressEdit->setPlaceholderText(tr("engine.example.com"));
    m_addressEdit->setMinimumWidth(m_addressEdit->fontMetrics().averageCharWidth() * 44);
    m_userEdit = lineEdit(QStringLiteral("userEdit"), tr("User name"), this);
    m_caLabel = new QLabel(this);
    m_caLabel->setObjectName(QStringLiteral("caLabel"));
    m_caLabel->setAccessibleName(tr("Trusted CA"));
    m_caLabel->setWordWrap(true);
    m_caLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caFileButton = button(tr("Choose CA &File…"), QStringLiteral("caFileButton"), tr("Choose CA file"), this);
    m_forgetCaButton = button(tr("Forget CA"), QStringLiteral("forgetCaButton"), tr("Forget trusted CA"), this);
    m_rememberCheck = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberCheck->setAccessibleName(tr("Remember password"));

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addLayout(listButtons);
    listColumn->addWidget(m_defaultButton);

    auto *caButtons = new QHBoxLayout;
    caButtons->addWidget(m_caFileButton);
    caButtons->addWidget(m_forgetCaButton);
    caButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Engine:"), m_addressEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("Trusted CA:"), m_caLabel);
    form->addRow(QString(), caButtons);
    form->addRow(QString(), m_rememberCheck);
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 2);
    columns->addLayout(formColumn, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_hintLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_defaultButton, &QPushButton::clicked, this, &ProfileDialog::makeDefault);
    connect(m_caFileButton, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(m_forgetCaButton, &QPushButton::clicked, this, &ProfileDialog::forgetCa);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::currentRowChanged);
    for (QLineEdit *edit : {m_nameEdit, m_addressEdit, m_userEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::fieldsEdited);
    connect(m_rememberCheck, &QCheckBox::toggled, this, &ProfileDialog::fieldsEdited);

    int selectRow = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == m_defaultName)
            selectRow = i;
    }
    rebuildList(m_profiles.isEmpty() ? -1 : selectRow);
}

QString ProfileDialog::currentProfileName() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).name : QString();
}

void ProfileDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            m_list->setCurrentRow(i);
    }
}

QString ProfileDialog::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                       [&name](const ConnectionProfile &p) { return p.name == name; });
        if (!taken)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

void ProfileDialog::addProfile()
{
    ConnectionProfile profile;
    profile.name = uniqueName(tr("New profile"));
    m_profiles.append(profile);
    rebuildList(int(m_profiles.size()) - 1);
    m_addressEdit->setFocus();
}

void ProfileDialog::duplicateProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    ConnectionProfile copy = m_profiles.at(row);
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    m_profiles.insert(row + 1, copy);
    rebuildList(row + 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ProfileDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (m_profiles.at(row).name == m_defaultName)
        m_defaultName.clear();
    m_profiles.removeAt(row);
    rebuildList(qMin(row, int(m_profiles.size()) - 1));
}

void ProfileDialog::makeDefault()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_defaultName = m_profiles.at(row).name;
    rebuildList(row);
}

void ProfileDialog::chooseCaFile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString fileName = QFileDialog::getOpenFileName(
            this, tr("Choose the Manager's CA Certificate"), QString(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const TrustPolicy policy = TrustPolicy::fromCaFile(fileName, &error);
    if (!policy.isPinned()) {
        m_hintLabel->setText(error);
        return;
    }
    m_profiles[row].caCertificatePem = policy.ca().toPem();
    updateWidgets();
}

void ProfileDialog::forgetCa()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_profiles[row].caCertificatePem.clear();
    updateWidgets();
}

void ProfileDialog::currentRowChanged(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && row < m_profiles.size();
    const ConnectionProfile profile = valid ? m_profiles.at(row) : ConnectionProfile();
    m_nameEdit->setText(valid ? profile.name : QString());
    m_addressEdit->setText(valid ? profile.address : QString());
    m_userEdit->setText(valid ? profile.user : QString());
    m_rememberCheck->setChecked(valid && profile.rememberPassword);
    m_loading = false;
    updateWidgets();
}

void ProfileDialog::fieldsEdited()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0)
        return;
    ConnectionProfile &profile = m_profiles[row];
    if (profile.name == m_defaultName)
        m_defaultName = m_nameEdit->text().trimmed();
    profile.name = m_nameEdit->text().trimmed();
    profile.address = m_addressEdit->text().trimmed();
    profile.user = m_userEdit->text().trimmed();
    profile.rememberPassword = m_rememberCheck->isChecked();
    m_list->item(row)->setText(profile.name == m_defaultName && !profile.name.isEmpty()
                                       ? tr("%1 (default)").arg(profile.name)
                                       : profile.name);
    updateWidgets();
}

void ProfileDialog::rebuildList(int selectRow)
{
    m_loading = true;
    m_list->clear();
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        m_list->addItem(profile.name == m_defaultName ? tr("%1 (default)").arg(profile.name) : profile.name);
    m_loading = false;
    m_list->setCurrentRow(selectRow);
    currentRowChanged(selectRow);
}

QString ProfileDialog::validationError() const
{
    QStringList seen;
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name.isEmpty())
            return tr("Every profile needs a name.");
        if (seen.contains(profile.name))
            return tr("Two profiles are named \u201c%1\u201d; names must differ.").arg(profile.name);
        seen << profile.name;
        if (profile.address.isEmpty())
            return tr("Enter the engine's host name or API address for \u201c%1\u201d.").arg(profile.name);
        if (!profile.apiUrl().isValid())
            return tr("The engine address of \u201c%1\u201d must be a host name or an http(s) URL.").arg(profile.name);
        const qsizetype at = profile.user.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == profile.user.size() - 1)
            return tr("The user of \u201c%1\u201d needs a profile, for example %2.")
                    .arg(profile.name, ConnectionProfile::defaultUser());
    }
    return {};
}

void ProfileDialog::updateWidgets()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_profiles.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_nameEdit, m_addressEdit, m_userEdit, m_caFileButton,
                                                        m_rememberCheck, m_duplicateButton, m_deleteButton})
        w->setEnabled(selected);
    m_defaultButton->setEnabled(selected && m_profiles.at(row).name != m_defaultName);

    if (selected && !m_profiles.at(row).caCertificatePem.isEmpty()) {
        const TrustPolicy policy = TrustPolicy::fromPem(m_profiles.at(row).caCertificatePem);
        // The fingerprint in two lines of 16 pairs, as the trust dialog shows it.
        const QStringList pairs = TrustPolicy::fingerprint(policy.ca()).split(QLatin1Char(':'));
        m_caLabel->setText(tr("%1\nSHA-256 %2:\n%3")
                                   .arg(TrustPolicy::subjectText(policy.ca()),
                                        pairs.mid(0, 16).join(QLatin1Char(':')), pairs.mid(16).join(QLatin1Char(':'))));
        m_forgetCaButton->setEnabled(true);
    } else {
        m_caLabel->setText(selected && m_profiles.at(row).apiUrl().scheme() == QLatin1String("http")
                                   ? tr("None (plain HTTP: nothing is encrypted)")
                                   : tr("None yet: fetched from the manager and shown for approval on the first "
                                        "connection"));
        m_forgetCaButton->setEnabled(false);
    }

    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    if (!error.isEmpty())
        m_hintLabel->setText(error);
    else if (selected)
        m_hintLabel->setText(tr("Connects to %1 as %2.").arg(m_profiles.at(row).apiUrl().toDisplayString(),
                                                             m_profiles.at(row).user));
    else
        m_hintLabel->setText(tr("No profiles yet: add one."));
}

void ProfileDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    m_store->setProfiles(m_profiles);
    m_store->setDefaultProfileName(m_defaultName);
    m_store->sync();
    QDialog::accept();
}
