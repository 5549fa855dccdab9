#pragma once

#include "entities.h"
#include "inventorynode.h"

#include <QHash>
#include <QWidget>

class Client;
class DiskChainPlot;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/// The selected disk of the Disks tab: its properties and the objects around it — the storage
/// domain it lives on, the VMs it is attached to, and its volume chain (one volume per snapshot
/// that holds it, the active volume last) as a list and as a plot of actual against provisioned
/// size. Double-clicking a domain or VM goes there.
class DiskDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    DiskDetailsPane(Client *client, QWidget *parent = nullptr);

    /// Shows \a disk and reads its attachments and chain; names are those already loaded.
    void setDisk(const std::optional<Disk> &disk, const QHash<QString, QString> &vmNames,
                 const QHash<QString, QString> &domainNames);
    QString diskId() const { return m_disk ? m_disk->id : QString(); }
    bool isLoading() const { return m_pending > 0; }

signals:
    void navigateRequested(const InventoryNode &node);
    /// The attachments and chain of the shown disk have been read (or failed to be).
    void loaded();

private:
    void showProperties();
    void loadRelated();
    void loadChain(const QString &vmId);
    void requestDone();
    QTreeWidgetItem *section(const QString &title);
    void setSectionMessage(QTreeWidgetItem *section, const QString &text);

    Client *m_client;
    std::optional<Disk> m_disk;
    QHash<QString, QString> m_vmNames;
    QHash<QString, QString> m_domainNames;
    int m_generation = 0;
    int m_pending = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_properties = nullptr;
    QTreeWidget *m_related = nullptr;
    QTreeWidgetItem *m_domainSection = nullptr;
    QTreeWidgetItem *m_vmSection = nullptr;
    QTreeWidgetItem *m_chainSection = nullptr;
    DiskChainPlot *m_chainPlot = nullptr;
};
