#pragma once

#include "entities.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

/// Raise the compatibility version of a cluster or a data center, with confirmation (seed
/// qcow2-compat-levels: clusters first, then their data center; a data center's new version
/// moves its data domains to a newer storage format, which is what lets new qcow2 volumes be
/// compat 1.1). The manager's ordering rules are checked up front with its own words; what the
/// upgrade changes is spelled out, and Upgrade stays disabled until the person confirms.
class UpgradeVersionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Cluster, DataCenter };

    /// The compatibility levels of oVirt 4.4/4.5 managers (SupportedClusterLevels 4.2 … 4.8);
    /// the API has no list of a cluster's possible versions, the manager checks the choice.
    static QList<Version> knownLevels();
    /// The storage format of a data center at \a version (4.2: V4, 4.3 and later: V5).
    static StorageFormat storageFormatFor(const Version &version);

    /// A data center: its supported_versions above its own version are offered.
    UpgradeVersionDialog(const DataCenter &dataCenter, const QList<Cluster> &clusters, const QList<StorageDomain> &domains,
                         QWidget *parent = nullptr);
    /// A cluster: the known levels above its version.
    UpgradeVersionDialog(const Cluster &cluster, const std::optional<DataCenter> &dataCenter, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString entityId() const { return m_id; }
    std::optional<Version> selectedVersion() const;
    void setConfirmed(bool confirmed);
    /// Why Upgrade is disabled, or an empty string.
    QString validationError() const;
    /// What the chosen upgrade changes, one sentence per line.
    QStringList consequences() const;

private:
    void build(const QString &title, const QString &intro, const QList<Version> &choices);
    void updateWidgets();

    Kind m_kind;
    QString m_id;
    QString m_name;
    Version m_current;
    QString m_blockedReason;
    QList<Cluster> m_clusters;
    QList<StorageDomain> m_domains;
    std::optional<DataCenter> m_dataCenter;

    QLabel *m_introLabel = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_consequencesLabel = nullptr;
    QCheckBox *m_confirmCheck = nullptr;
    QLabel *m_hintLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};
