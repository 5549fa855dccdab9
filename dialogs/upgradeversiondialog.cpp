#include "upgradeversiondialog.h"

#include "dialogparts.h"
#include "displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

bool lessThan(const Version &a, const Version &b)
{
    return a.major != b.major ? a.major < b.major : a.minor < b.minor;
}

} // namespace

QList<Version> UpgradeVersionDialog::knownLevels()
{
    return {{4, 2}, {4, 3}, {4, 4}, {4, 5}, {4, 6}, {4, 7}, {4, 8}};
}

StorageFormat UpgradeVersionDialog::storageFormatFor(const Version &version)
{
    if (lessThan(version, {4, 2}))
        return StorageFormat::V3;
    return version == Version{4, 2} ? StorageFormat::V4 : StorageFormat::V5;
}

UpgradeVersionDialog::UpgradeVersionDialog(const DataCenter &dataCenter, const QList<Cluster> &clusters,
                                           const QList<StorageDomain> &domains, QWidget *parent)
    : QDialog(parent)
    , m_kind(Kind::DataCenter)
    , m_id(dataCenter.id)
    , m_name(dataCenter.name)
    , m_current(dataCenter.version)
    , m_dataCenter(dataCenter)
{
    for (const Cluster &cluster : clusters) {
        if (cluster.dataCenterId == dataCenter.id)
            m_clusters << cluster;
    }
    for (const StorageDomain &domain : domains) {
        if (domain.dataCenterIds.contains(dataCenter.id) && domain.type == StorageDomainType::Data)
            m_domains << domain;
    }
    QList<Version> choices;
    for (const Version &version : dataCenter.supportedVersions) {
        if (lessThan(m_current, version))
            choices << version;
    }
    if (choices.isEmpty()) {
        // What the manager would answer for the next version: its clusters hold it back.
        QStringList lower;
        const Version next{m_current.major, m_current.minor + 1};
        for (const Cluster &cluster : std::as_const(m_clusters)) {
            if (lessThan(cluster.version, next))
                lower << cluster.name;
        }
        m_blockedReason = lower.isEmpty()
            ? tr("The manager offers no version above %1 for this data center.").arg(m_current.toString())
            : tr("Cannot update Data Center compatibility version to a value that is greater than its cluster's version. The "
                 "following clusters should be upgraded: %1.")
                  .arg(lower.join(QLatin1Char(',')));
    }
    build(tr("Upgrade Data Center %1").arg(m_name),
          tr("Data center <b>%1</b> is at compatibility version %2 (storage format %3).")
              .arg(m_name.toHtmlEscaped(), m_current.toString(),
                   dataCenter.storageFormat ? DisplayText::storageFormat(*dataCenter.storageFormat) : tr("unknown")),
          choices);
}

UpgradeVersionDialog::UpgradeVersionDialog(const Cluster &cluster, const std::optional<DataCenter> &dataCenter, QWidget *parent)
    : QDialog(parent)
    , m_kind(Kind::Cluster)
    , m_id(cluster.id)
    , m_name(cluster.name)
    , m_current(cluster.version)
    , m_dataCenter(dataCenter)
{
    QList<Version> choices;
    for (const Version &version : knownLevels()) {
        if (lessThan(m_current, version))
            choices << version;
    }
    if (choices.isEmpty())
        m_blockedReason = tr("Cluster %1 is already at the highest compatibility version DiskDesk knows (%2).").arg(m_name, m_current.toString());
    build(tr("Upgrade Cluster %1").arg(m_name),
          tr("Cluster <b>%1</b> is at compatibility version %2.").arg(m_name.toHtmlEscaped(), m_current.toString()), choices);
}

void UpgradeVersionDialog::build(const QString &title, const QString &intro, const QList<Version> &choices)
{
    setObjectName(QStringLiteral("upgradeVersionDialog"));
    setWindowTitle(title);

    m_introLabel = new QLabel(intro, this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);

    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->setAccessibleName(tr("New compatibility version"));
    for (const Version &version : choices)
        m_versionCombo->addItem(version.toString(), QVariant::fromValue(QList<int>{version.major, version.minor}));
    m_versionCombo->setEnabled(!choices.isEmpty());
    m_versionCombo->setPlaceholderText(tr("none available"));

    m_consequencesLabel = new QLabel(this);
    m_consequencesLabel->setObjectName(QStringLiteral("consequencesLabel"));
    m_consequencesLabel->setWordWrap(true);
    m_consequencesLabel->setTextFormat(Qt::RichText);

    m_confirmCheck = new QCheckBox(tr("I understand that a compatibility version is not lowered again"), this);
    m_confirmCheck->setObjectName(QStringLiteral("confirmCheck"));
    m_confirmCheck->setAccessibleName(tr("Confirm the upgrade"));

    m_hintLabel = DialogParts::hintLabel(this, tr("Hint"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = DialogParts::named(m_buttons->addButton(tr("Upgrade"), QDialogButtonBox::AcceptRole),
                                    QStringLiteral("okButton"), tr("Upgrade"));
    DialogParts::named(m_buttons->addButton(QDialogButtonBox::Cancel), QStringLiteral("cancelButton"), tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("New version:"), m_versionCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_consequencesLabel);
    layout->addStretch(1);
    layout->addWidget(m_confirmCheck);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);
    resize(560, 340);

    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &UpgradeVersionDialog::updateWidgets);
    connect(m_confirmCheck, &QCheckBox::toggled, this, &UpgradeVersionDialog::updateWidgets);
    updateWidgets();
}

std::optional<Version> UpgradeVersionDialog::selectedVersion() const
{
    const QList<int> parts = m_versionCombo->currentData().value<QList<int>>();
    if (parts.size() != 2)
        return std::nullopt;
    return Version{parts.at(0), parts.at(1)};
}

void UpgradeVersionDialog::setConfirmed(bool confirmed)
{
    m_confirmCheck->setChecked(confirmed);
}

QString UpgradeVersionDialog::validationError() const
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    if (!selectedVersion())
        return tr("Choose the new version.");
    if (!m_confirmCheck->isChecked())
        return tr("Confirm the upgrade to enable Upgrade.");
    return {};
}

QStringList UpgradeVersionDialog::consequences() const
{
    QStringList lines;
    const std::optional<Version> target = selectedVersion();
    if (!target) {
        if (m_kind == Kind::DataCenter && !m_blockedReason.isEmpty())
            lines << tr("Raise its clusters first (select a cluster, Upgrade\u2026); the data center can follow up to its lowest cluster's version.");
        return lines;
    }
    if (m_kind == Kind::Cluster) {
        lines << tr("Hosts and virtual machines of %1 use the features of %2; running VMs pick them up at their next restart.")
                     .arg(m_name, target->toString());
        if (m_dataCenter && lessThan(m_dataCenter->version, *target))
            lines << tr("Data center %1 (%2) can be raised to %3 once all its clusters are there.")
                         .arg(m_dataCenter->name, m_dataCenter->version.toString(), target->toString());
        return lines;
    }
    const StorageFormat format = storageFormatFor(*target);
    QStringList changed;
    for (const StorageDomain &domain : m_domains) {
        const StorageFormat now = domain.storageFormat.value_or(StorageFormat::Unknown);
        if (now != format)
            changed << tr("%1 from %2 to %3").arg(domain.name, DisplayText::storageFormat(now), DisplayText::storageFormat(format));
    }
    if (changed.isEmpty())
        lines << tr("Its data domains already have storage format %1.").arg(DisplayText::storageFormat(format));
    else
        lines << tr("The storage format of its data domains becomes %1: %2.").arg(DisplayText::storageFormat(format), changed.join(QStringLiteral("; ")));
    lines << tr("New qcow2 volumes there (new disks, new snapshots) are created with compat 1.1; existing volumes keep their level "
                "until they are amended (Disks page, “Amendable only”).");
    lines << tr("The manager refuses to lower the version again once a domain has the newer format.");
    return lines;
}

void UpgradeVersionDialog::updateWidgets()
{
    QString html;
    for (const QString &line : consequences())
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\">\u2022 %1</p>").arg(line.toHtmlEscaped());
    m_consequencesLabel->setText(html);
    // Nothing to confirm while the manager's rules hold the upgrade back.
    m_confirmCheck->setVisible(m_blockedReason.isEmpty());
    if (!m_blockedReason.isEmpty())
        m_confirmCheck->setChecked(false);
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    m_hintLabel->setText(error);
    m_hintLabel->setVisible(!error.isEmpty());
}
