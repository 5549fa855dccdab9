#pragma once

#include "entities.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class Client;
class QLabel;
class QToolButton;

/// The VM → General tab (the portal's General sub-tab, for what DiskDesk knows of a VM): name,
/// description, status, operating system, memory, CPUs, where it lives (cluster, data center,
/// host), when it was created, its disks with their total provisioned and actual sizes, its
/// snapshots and its id with a copy button. Host names are read once from the manager (the VM
/// only names its host by id).
class VmGeneralPane final : public QWidget
{
    Q_OBJECT
public:
    /// What the main window knows around the VM.
    struct Related
    {
        QString clusterName;
        QString dataCenterName;
        QList<DiskAttachment> attachments;
        QList<Snapshot> snapshots;
        /// False while the VM's disks and snapshots are still being read.
        bool storageLoaded = false;
    };

    explicit VmGeneralPane(Client *client, QWidget *parent = nullptr);

    /// Shows \a vm (nothing when empty) with what is known around it.
    void setVm(const std::optional<Vm> &vm, const Related &related);
    /// The value shown for a field (the objectName of its label without "Value"), for tests.
    QString value(const QString &field) const;

signals:
    /// The id was copied to the clipboard (for the status bar).
    void copied(const QString &message);

private:
    QLabel *addRow(const QString &field, const QString &label);
    void updateHost();

    QPointer<Client> m_client;
    std::optional<Vm> m_vm;
    QHash<QString, QString> m_hostNames;
    bool m_hostsRequested = false;
    QHash<QString, QLabel *> m_values;
    QToolButton *m_copyIdButton = nullptr;
    int m_rows = 0;
};
