#pragma once

#include "diskusage.h"
#include "entities.h"
#include "requests.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class Client;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class ReadOnlyModeSelector;

/// New Virtual Disk for a VM (gui-anchors §2.5, §2.6) with two modes.
/// Image: size, storage domain, format and allocation. Direct LUN: a host, "Discover Targets"
/// (address, port 3260, optional CHAP user and password), the targets found with Login per
/// target and Login All, then the LUNs the host sees (LUN ID, size, vendor, product, serial,
/// paths, used by) — unattached LUNs by default, or a LUN already in use by a VM to attach that
/// disk here too. Both modes: alias, description, interface, read-only mode, bootable,
/// shareable and Activate. Every rule is explained under the form before OK.
class NewDiskDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Image, DirectLun };

    /// \a client runs discovery, login and the LUN list (may be null: nothing is asked, tests
    /// then feed results with setTargets()/setLuns()). \a disks: every disk, to name the disk
    /// a LUN is used by; \a usage: who uses each disk.
    NewDiskDialog(Client *client, const Vm &vm, const QList<DiskAttachment> &vmAttachments,
                  const QList<Snapshot> &snapshots, const QList<StorageDomain> &storageDomains,
                  const QList<Host> &hosts, const QList<Disk> &disks,
                  const QHash<QString, QList<DiskUse>> &usage, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;

    // The form, for tests and scripted use.
    void setAlias(const QString &alias);
    void setSizeGiB(int gib);
    void setFormat(DiskFormat format, bool sparse);
    void setStorageDomain(const QString &storageDomainId);
    void setInterface(DiskInterface diskInterface);
    void setReadOnlyMode(ReadOnlyMode mode);
    void setBootable(bool bootable);
    void setShareable(bool shareable);
    void setActivate(bool activate);
    void setHost(const QString &hostId);
    void setDiscovery(const QString &address, int port, const QString &user = {}, const QString &password = {});
    /// Shows what discovery found (as if the manager had answered).
    void setTargets(const QList<IscsiTarget> &targets);
    void setLoggedIn(const QString &iqn, bool loggedIn);
    /// Shows the LUNs the host sees (as if GET /hosts/{id}/storage had answered).
    void setLuns(const QList<LogicalUnit> &luns);
    void setShowUsedLuns(bool show);
    /// Selects the LUN row with this id; false when it is not listed (filtered out or unknown).
    bool selectLun(const QString &lunId);
    QStringList listedLunIds() const;
    /// The status line of the LUN part: loading, errors in the manager's words, results.
    QString lunStatus() const;

    // Actions (need a client).
    void discover();
    void login(const QString &iqn);
    void loginAll();
    void reloadLuns();

    QString validationError() const;
    /// Why Discover is disabled (address, port, CHAP credentials), or an empty string.
    QString discoveryError() const;
    /// The chosen LUN backs a disk already: OK attaches that disk instead of creating one.
    bool attachesExisting() const;
    NewDiskRequest newDiskRequest() const;
    AttachDiskRequest attachRequest() const;
    ReadOnlyMode readOnlyMode() const;
    /// What is known of the chosen storage's write protection (LUNs as the host reports them).
    std::optional<bool> writeProtected() const;

signals:
    /// A discovery, login or LUN list finished (for tests).
    void lunStepFinished();

private:
    QWidget *createImagePage();
    QWidget *createLunPage();
    std::optional<LogicalUnit> selectedLun() const;
    QString diskAliasOf(const QString &diskId) const;
    IscsiRequest iscsiBase() const;
    void fillTargets();
    void fillLuns();
    void setLunStatus(const QString &text, bool error = false);
    void updateWidgets();

    QPointer<Client> m_client;
    Vm m_vm;
    QList<DiskAttachment> m_vmAttachments;
    QList<Snapshot> m_snapshots;
    QList<StorageDomain> m_storageDomains;
    QList<Disk> m_disks;
    QHash<QString, QList<DiskUse>> m_usage;
    QList<IscsiTarget> m_targets;
    QSet<QString> m_loggedIn;
    QList<LogicalUnit> m_luns;
    int m_pendingLogins = 0;

    QRadioButton *m_imageRadio = nullptr;
    QRadioButton *m_lunRadio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_aliasEdit = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    ReadOnlyModeSelector *m_readOnlySelector = nullptr;
    QCheckBox *m_bootableCheck = nullptr;
    QCheckBox *m_shareableCheck = nullptr;
    QCheckBox *m_activateCheck = nullptr;
    // Image
    QSpinBox *m_sizeSpin = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QComboBox *m_allocationCombo = nullptr;
    // Direct LUN
    QComboBox *m_hostCombo = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QGroupBox *m_chapGroup = nullptr;
    QLineEdit *m_chapUserEdit = nullptr;
    QLineEdit *m_chapPasswordEdit = nullptr;
    QPushButton *m_discoverButton = nullptr;
    QTableWidget *m_targetTable = nullptr;
    QPushButton *m_loginAllButton = nullptr;
    QTableWidget *m_lunTable = nullptr;
    QCheckBox *m_usedLunsCheck = nullptr;
    QLabel *m_lunStatusLabel = nullptr;

    QLabel *m_noteLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};
