#include "diskdetailspane.h"

#include "client.h"
#include "diskchainplot.h"
#include "displaytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int NodeKindRole = Qt::UserRole + 1;
constexpr int NodeIdRole = Qt::UserRole + 2;

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

DiskDetailsPane::DiskDetailsPane(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("diskDetailsPane"));

    m_placeholder = new QLabel(tr("Select a disk to see its storage domain, the virtual machines "
                                  "using it and its volume chain."), this);
    m_placeholder->setObjectName(QStringLiteral("diskDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_properties = new QLabel(this);
    m_properties->setObjectName(QStringLiteral("diskPropertiesLabel"));
    m_properties->setTextFormat(Qt::RichText);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_related = new QTreeWidget(this);
    m_related->setObjectName(QStringLiteral("diskRelatedTree"));
    m_related->setAccessibleName(tr("Objects related to the disk"));
    m_related->setColumnCount(3);
    m_related->setHeaderLabels({tr("Related"), tr("Detail"), tr("Actual Size")});
    m_related->setRootIsDecorated(true);
    m_related->setUniformRowHeights(true);
    m_related->header()->setStretchLastSection(false);
    m_related->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_related->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_related->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_domainSection = section(tr("Storage domain"));
    m_vmSection = section(tr("Attached to"));
    m_chainSection = section(tr("Volume chain (oldest first)"));
    connect(m_related, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const InventoryNode node{InventoryNode::Kind(item->data(0, NodeKindRole).toInt()),
                                 item->data(0, NodeIdRole).toString()};
        if (node.isValid())
            emit navigateRequested(node);
    });

    auto *general = new QSplitter(Qt::Horizontal, this);
    general->setObjectName(QStringLiteral("diskGeneralSplitter"));
    general->setChildrenCollapsible(false);
    general->addWidget(m_properties);
    general->addWidget(m_related);
    general->setStretchFactor(0, 2);
    general->setStretchFactor(1, 3);

    m_chainPlot = new DiskChainPlot(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("diskDetailsTabs"));
    tabs->setAccessibleName(tr("Disk details"));
    tabs->addTab(general, tr("General"));
    tabs->addTab(m_chainPlot, tr("Chain Sizes"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QTreeWidgetItem *DiskDetailsPane::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_related, {title});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void DiskDetailsPane::setSectionMessage(QTreeWidgetItem *section, const QString &text)
{
    qDeleteAll(section->takeChildren());
    auto *item = new QTreeWidgetItem(section, {text});
    item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    item->setFirstColumnSpanned(true);
}

void DiskDetailsPane::setDisk(const std::optional<Disk> &disk,
                              const QHash<QString, QString> &vmNames,
                              const QHash<QString, QString> &domainNames)
{
    const bool same = disk && m_disk && disk->id == m_disk->id;
    m_disk = disk;
    m_vmNames = vmNames;
    m_domainNames = domainNames;
    if (!disk) {
        ++m_generation;
        m_pending = 0;
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);
    showProperties();
    // A refresh of the same disk keeps what is shown until the new answers replace it.
    if (!same) {
        setSectionMessage(m_vmSection, tr("Loading…"));
        setSectionMessage(m_chainSection, tr("Loading…"));
        m_chainPlot->setVolumes({});
    }
    loadRelated();
}

void DiskDetailsPane::showProperties()
{
    const Disk &disk = *m_disk;
    QString html = QStringLiteral("<table>");
    html += row(tr("Alias"), disk.alias);
    html += row(tr("ID"), disk.id);
    html += row(tr("Description"), disk.description);
    html += row(tr("Virtual size"), DisplayText::dataSize(disk.provisionedSize));
    html += row(tr("Actual size"), DisplayText::dataSize(disk.actualSize));
    html += row(tr("Format"), disk.format ? DisplayText::diskFormat(*disk.format) : QString());
    if (disk.qcowVersion)
        html += row(tr("qcow2 compat"), DisplayText::qcowCompat(*disk.qcowVersion));
    html += row(tr("Allocation"), disk.storageType == DiskStorageType::Lun ? tr("Direct LUN") : DisplayText::allocation(disk.sparse));
    html += row(tr("Status"), disk.status ? DisplayText::diskStatus(*disk.status) : QString());
    html += row(tr("Shareable"), DisplayText::yesNo(disk.shareable));
    html += row(tr("Wipe after delete"), DisplayText::yesNo(disk.wipeAfterDelete));
    html += QStringLiteral("</table>");
    m_properties->setText(html);

    qDeleteAll(m_domainSection->takeChildren());
    for (const QString &domainId : disk.storageDomainIds) {
        auto *item = new QTreeWidgetItem(m_domainSection, {m_domainNames.value(domainId, domainId)});
        item->setData(0, NodeKindRole, int(InventoryNode::Kind::StorageDomain));
        item->setData(0, NodeIdRole, domainId);
        item->setToolTip(0, tr("Double-click to show the storage domain"));
    }
    if (disk.storageDomainIds.isEmpty())
        setSectionMessage(m_domainSection, tr("None: a direct LUN lives on no storage domain."));
}

void DiskDetailsPane::loadRelated()
{
    const int generation = ++m_generation;
    const QString diskId = m_disk->id;
    // Replies for an earlier disk are dropped by the generation check, so they are not counted.
    m_pending = 1;
    m_client->diskWithVms(diskId, this, [this, generation](Result<Disk> result) {
        if (generation != m_generation)
            return; // another disk is shown now
        if (!result.ok()) {
            setSectionMessage(m_vmSection, tr("Could not read the attachments: %1").arg(result.error->text()));
            setSectionMessage(m_chainSection, tr("Unknown without the attachments."));
            requestDone();
            return;
        }
        const QStringList vmIds = result.value.vmIds.value_or(QStringList());
        qDeleteAll(m_vmSection->takeChildren());
        for (const QString &vmId : vmIds) {
            auto *item = new QTreeWidgetItem(m_vmSection, {m_vmNames.value(vmId, vmId)});
            item->setData(0, NodeKindRole, int(InventoryNode::Kind::Vm));
            item->setData(0, NodeIdRole, vmId);
            item->setToolTip(0, tr("Double-click to show the virtual machine"));
        }
        if (vmIds.isEmpty()) {
            setSectionMessage(m_vmSection, tr("No virtual machine uses this disk."));
            // Without a VM there is no snapshot list: only the active volume is known.
            qDeleteAll(m_chainSection->takeChildren());
            const Disk &disk = *m_disk;
            new QTreeWidgetItem(m_chainSection, {tr("Active volume"), disk.imageId, DisplayText::dataSize(disk.actualSize)});
            m_chainPlot->setVolumes({{tr("Active volume"), std::nullopt, disk.actualSize, disk.provisionedSize}});
        } else {
            // Every VM using the disk sees the same chain; the first one's snapshots list it.
            loadChain(vmIds.constFirst());
        }
        requestDone();
    });
}

void DiskDetailsPane::loadChain(const QString &vmId)
{
    const int generation = m_generation;
    const QString diskId = m_disk->id;
    ++m_pending;
    m_client->snapshotsWithDisks(vmId, this, [this, generation, diskId](Result<QList<Snapshot>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            setSectionMessage(m_chainSection, tr("Could not read the snapshots: %1").arg(result.error->text()));
            requestDone();
            return;
        }
        QList<Snapshot> snapshots = result.value;
        std::stable_sort(snapshots.begin(), snapshots.end(), [](const Snapshot &a, const Snapshot &b) {
            return a.date.value_or(QDateTime()) < b.date.value_or(QDateTime());
        });
        qDeleteAll(m_chainSection->takeChildren());
        QList<DiskChainPlot::Volume> volumes;
        for (const Snapshot &snapshot : std::as_const(snapshots)) {
            if (snapshot.type == SnapshotType::Active)
                continue;
            for (const Disk &disk : snapshot.disks) {
                if (disk.id != diskId)
                    continue;
                auto *item = new QTreeWidgetItem(m_chainSection, {snapshot.description,
                                                                  DisplayText::dateTime(snapshot.date),
                                                                  DisplayText::dataSize(disk.actualSize)});
                item->setToolTip(0, tr("Volume %1").arg(disk.imageId));
                volumes.append({snapshot.description, snapshot.date, disk.actualSize, disk.provisionedSize});
            }
        }
        const Disk &disk = *m_disk;
        auto *active = new QTreeWidgetItem(m_chainSection, {tr("Active volume"), tr("now"), DisplayText::dataSize(disk.actualSize)});
        active->setToolTip(0, tr("Volume %1").arg(disk.imageId));
        volumes.append({tr("Active volume"), std::nullopt, disk.actualSize, disk.provisionedSize});
        m_chainPlot->setVolumes(volumes);
        requestDone();
    });
}

void DiskDetailsPane::requestDone()
{
    if (--m_pending <= 0) {
        m_pending = 0;
        emit loaded();
    }
}
