#pragma once

#include "amendcandidate.h"
#include "operationtracker.h"

#include <QPointer>
#include <QWidget>

class AmendDialog;
class AmendInventoryLoader;
class AmendPlanModel;
class Client;
class DiskInventoryFilterProxyModel;
class DiskInventoryModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

/// Every data disk with its qcow2 compat levels: the active volume's, the levels along its
/// chain, and for the selected disk each volume per snapshot. "Amendable only" finds the disks
/// that can go to 1.1; the Amend buttons open the Amend dialog for the selected disks, all disks
/// of the selected disk's VM, or all amendable disks of a storage domain.
class DisksPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DisksPage(Client *client, QWidget *parent = nullptr);

    void refresh();
    bool isLoading() const;

    DiskInventoryModel *model() const { return m_model; }
    DiskInventoryFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    void setAmendableOnly(bool on);
    void selectDisk(const QString &diskId);

    /// The dialog for the selected disks / the VM of the current disk / a storage domain
    /// (the chosen one, else the current disk's); not shown, the caller exec()s or show()s it.
    AmendDialog *createAmendSelectedDialog();
    AmendDialog *createAmendVmDialog();
    AmendDialog *createAmendDomainDialog();

signals:
    void loadingFinished();
    /// An amend was sent; its tracker is for a tasks list to follow (and own).
    void trackerStarted(OperationTracker *tracker);
    /// Amends ended: what the manager reports changed.
    void amendsFinished();

private:
    void loaded();
    void updateButtons();
    void showChain();
    QList<int> selectedRows() const;
    int currentRow() const;
    void openDialog(AmendDialog *dialog);
    AmendDialog *makeDialog(const QString &scope, const QList<AmendCandidate> &candidates);

    QPointer<Client> m_client;
    AmendInventoryLoader *m_loader = nullptr;
    DiskInventoryModel *m_model = nullptr;
    DiskInventoryFilterProxyModel *m_proxy = nullptr;
    AmendPlanModel *m_chainModel = nullptr;

    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QCheckBox *m_amendableCheck = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_chainLabel = nullptr;
    QTableView *m_chainTable = nullptr;
    QPushButton *m_amendButton = nullptr;
    QPushButton *m_amendVmButton = nullptr;
    QPushButton *m_amendDomainButton = nullptr;
    QLabel *m_errorLabel = nullptr;
};
