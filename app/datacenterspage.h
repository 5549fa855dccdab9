#pragma once

#include "entities.h"

#include <QPointer>
#include <QWidget>

class Client;
class CompatVersionModel;
class QLabel;
class QPushButton;
class QTableView;
class UpgradeVersionDialog;

/// Data centers and clusters with their compatibility versions and the data centers' storage
/// formats; "Upgrade…" raises the selected one's version after the confirmation dialog, and
/// shows the manager's refusal in its own words.
class DataCentersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DataCentersPage(Client *client, QWidget *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_pending > 0; }
    CompatVersionModel *model() const { return m_model; }
    void selectRow(const QString &id);
    /// The dialog for the selected row (not shown), or null.
    UpgradeVersionDialog *createUpgradeDialog();
    /// Sends what an accepted dialog chose.
    void upgrade(const UpgradeVersionDialog &dialog);

signals:
    void loadingFinished();
    /// A version was changed: storage formats (and so new volumes' compat) may have changed.
    void versionChanged(const QString &message);
    void upgradeFailed(const QString &message);

private:
    void requestDone();
    void updateButtons();

    QPointer<Client> m_client;
    CompatVersionModel *m_model = nullptr;
    QList<DataCenter> m_dataCenters;
    QList<Cluster> m_clusters;
    QList<StorageDomain> m_domains;
    int m_pending = 0;
    QObject *m_context = nullptr;

    QTableView *m_table = nullptr;
    QPushButton *m_upgradeButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};
