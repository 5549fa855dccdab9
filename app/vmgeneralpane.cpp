#include "vmgeneralpane.h"

#include "client.h"
#include "displaytext.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

VmGeneralPane::VmGeneralPane(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("vmGeneralPane"));
    setAccessibleName(tr("General properties of the virtual machine"));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(16);

    addRow(QStringLiteral("name"), tr("Name:"));
    addRow(QStringLiteral("description"), tr("Description:"));
    addRow(QStringLiteral("status"), tr("Status:"));
    addRow(QStringLiteral("os"), tr("Operating System:"));
    addRow(QStringLiteral("memory"), tr("Defined Memory:"));
    addRow(QStringLiteral("cpus"), tr("CPUs:"));
    addRow(QStringLiteral("cluster"), tr("Cluster:"));
    addRow(QStringLiteral("dataCenter"), tr("Data Center:"));
    addRow(QStringLiteral("host"), tr("Host:"));
    addRow(QStringLiteral("created"), tr("Created:"));
    addRow(QStringLiteral("disks"), tr("Disks:"));
    addRow(QStringLiteral("provisioned"), tr("Provisioned Size:"));
    addRow(QStringLiteral("actual"), tr("Actual Size:"));
    addRow(QStringLiteral("snapshots"), tr("Snapshots:"));
    QLabel *id = addRow(QStringLiteral("id"), tr("ID:"));
    // The id is what scripts and the REST API want: one click puts it on the clipboard.
    m_copyIdButton = new QToolButton(this);
    m_copyIdButton->setObjectName(QStringLiteral("vmGeneralCopyIdButton"));
    m_copyIdButton->setText(tr("Copy"));
    m_copyIdButton->setAccessibleName(tr("Copy the virtual machine's ID"));
    m_copyIdButton->setToolTip(tr("Copy the virtual machine's ID to the clipboard"));
    connect(m_copyIdButton, &QToolButton::clicked, this, [this] {
        if (!m_vm)
            return;
        QGuiApplication::clipboard()->setText(m_vm->id);
        emit copied(tr("Copied the ID %1.").arg(m_vm->id));
    });
    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    grid->removeWidget(id);
    idRow->setSpacing(8);
    idRow->addWidget(id);
    idRow->addWidget(m_copyIdButton);
    idRow->addStretch(1);
    grid->addLayout(idRow, m_rows - 1, 1);
    // The button makes the row taller: its name lines up with the id beside the button.
    grid->setAlignment(findChild<QLabel *>(QStringLiteral("idLabel")), Qt::AlignLeft | Qt::AlignVCenter);
    grid->setRowStretch(m_rows, 1);
    setVm(std::nullopt, {});
}

QLabel *VmGeneralPane::addRow(const QString &field, const QString &label)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *name = new QLabel(label, this);
    name->setObjectName(field + QStringLiteral("Label"));
    auto *value = new QLabel(this);
    value->setObjectName(field + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    name->setBuddy(value);
    grid->addWidget(name, m_rows, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, m_rows, 1, Qt::AlignLeft | Qt::AlignTop);
    ++m_rows;
    m_values.insert(field, value);
    return value;
}

QString VmGeneralPane::value(const QString &field) const
{
    const QLabel *label = m_values.value(field);
    return label ? label->text() : QString();
}

void VmGeneralPane::setVm(const std::optional<Vm> &vm, const Related &related)
{
    m_vm = vm;
    m_copyIdButton->setEnabled(vm.has_value());
    const QString unknown = tr("—");
    const auto set = [this, &unknown](const QString &field, const QString &text) {
        m_values.value(field)->setText(text.isEmpty() ? unknown : text);
    };
    if (!vm) {
        for (QLabel *label : std::as_const(m_values))
            label->setText(unknown);
        return;
    }
    set(QStringLiteral("name"), vm->name);
    set(QStringLiteral("description"), vm->description);
    set(QStringLiteral("status"), DisplayText::vmStatus(vm->status));
    set(QStringLiteral("os"), vm->osType);
    set(QStringLiteral("memory"), DisplayText::dataSize(vm->memory));
    QString cpus;
    if (vm->cpuSockets && vm->cpuCores && vm->cpuThreads) {
        const int total = *vm->cpuSockets * *vm->cpuCores * *vm->cpuThreads;
        // The total first, then the topology the manager was given (the portal's "4 (2:2:1)").
        cpus = tr("%1 (sockets %2, cores per socket %3, threads per core %4)")
                   .arg(total)
                   .arg(*vm->cpuSockets)
                   .arg(*vm->cpuCores)
                   .arg(*vm->cpuThreads);
    }
    set(QStringLiteral("cpus"), cpus);
    set(QStringLiteral("cluster"), related.clusterName.isEmpty() ? vm->clusterId : related.clusterName);
    set(QStringLiteral("dataCenter"), related.dataCenterName);
    set(QStringLiteral("created"), DisplayText::dateTime(vm->creationTime));
    set(QStringLiteral("id"), vm->id);
    updateHost();

    if (!related.storageLoaded) {
        for (const char *field : {"disks", "provisioned", "actual", "snapshots"})
            set(QString::fromLatin1(field), tr("Loading…"));
        return;
    }
    qint64 provisioned = 0;
    qint64 actual = 0;
    bool allSizesKnown = true;
    int disks = 0;
    for (const DiskAttachment &attachment : related.attachments) {
        ++disks;
        if (!attachment.disk || !attachment.disk->provisionedSize || !attachment.disk->actualSize) {
            allSizesKnown = false;
            continue;
        }
        provisioned += *attachment.disk->provisionedSize;
        actual += *attachment.disk->actualSize;
    }
    set(QStringLiteral("disks"), tr("%n disks", nullptr, disks));
    // A sum over some disks only would read as the whole: say it is partial.
    const QString partial = allSizesKnown ? QStringLiteral("%1") : tr("at least %1");
    set(QStringLiteral("provisioned"), disks ? partial.arg(DisplayText::dataSize(provisioned)) : QString());
    set(QStringLiteral("actual"), disks ? partial.arg(DisplayText::dataSize(actual)) : QString());
    int snapshots = 0;
    for (const Snapshot &snapshot : related.snapshots) {
        // "Active VM" is the VM itself, not a snapshot a person took.
        if (snapshot.type != SnapshotType::Active)
            ++snapshots;
    }
    set(QStringLiteral("snapshots"), tr("%n snapshots", nullptr, snapshots));
}

void VmGeneralPane::updateHost()
{
    if (!m_vm)
        return;
    QLabel *host = m_values.value(QStringLiteral("host"));
    if (m_vm->hostId.isEmpty()) {
        // A VM that is down runs nowhere.
        host->setText(tr("—"));
        return;
    }
    if (m_hostNames.contains(m_vm->hostId) || m_hostsRequested || !m_client) {
        host->setText(m_hostNames.value(m_vm->hostId, m_vm->hostId));
        return;
    }
    m_hostsRequested = true;
    host->setText(m_vm->hostId);
    m_client->hosts(this, [this, hostId = m_vm->hostId](Result<QList<Host>> result) {
        m_hostsRequested = false;
        if (!result.ok())
            return; // the id stays shown; the next selection asks again
        for (const Host &entry : std::as_const(result.value))
            m_hostNames.insert(entry.id, entry.name);
        // A host the list lacks (removed since) keeps its id, and is not asked for again.
        if (!m_hostNames.contains(hostId))
            m_hostNames.insert(hostId, hostId);
        updateHost();
    });
}
