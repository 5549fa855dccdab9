#include "diskusagedialog.h"

#include "client.h"
#include "displaytext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace {

enum Column { VmColumn, VmStatusColumn, AccessColumn, PluggedColumn, InterfaceColumn, ColumnCount };

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled);
    return i;
}

} // namespace

DiskUsageDialog::DiskUsageDialog(const Disk &disk, QWidget *parent) : QDialog(parent), m_disk(disk)
{
    setObjectName(QStringLiteral("diskUsageDialog"));
    setWindowTitle(tr("Used by — %1").arg(disk.alias));

    m_summaryLabel = new QLabel(tr("Loading…"), this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usageTable"));
    m_table->setAccessibleName(tr("Virtual machines using the disk"));
    m_table->setHorizontalHeaderLabels({tr("Virtual Machine"), tr("Status"), tr("Access"), tr("Plugged"), tr("Interface")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab goes on to Close; arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void DiskUsageDialog::load(Client *client)
{
    client->diskWithVms(m_disk.id, this, [this, client](Result<Disk> disk) {
        if (!disk.ok()) {
            setError(disk.error->text());
            return;
        }
        const QStringList vmIds = disk.value.vmIds.value_or(QStringList());
        if (vmIds.isEmpty()) {
            setUses({});
            return;
        }
        // One entry per VM, filled as the replies come; shown when all are in.
        auto uses = std::make_shared<QList<DiskUse>>(vmIds.size());
        auto pending = std::make_shared<int>(int(vmIds.size()) * 2);
        auto failed = std::make_shared<bool>(false);
        const auto finishOne = [this, uses, pending, failed] {
            if (--*pending == 0 && !*failed)
                setUses(*uses);
        };
        for (qsizetype i = 0; i < vmIds.size(); ++i) {
            (*uses)[i].vmId = vmIds.at(i);
            client->vm(vmIds.at(i), this, [this, uses, i, failed, finishOne](Result<Vm> vm) {
                if (!vm.ok() && !std::exchange(*failed, true))
                    setError(vm.error->text());
                (*uses)[i].vmName = vm.value.name;
                (*uses)[i].vmStatus = vm.value.status;
                finishOne();
            });
            client->diskAttachment(vmIds.at(i), m_disk.id, this, [this, uses, i, failed, finishOne](Result<DiskAttachment> a) {
                if (!a.ok() && !std::exchange(*failed, true))
                    setError(a.error->text());
                (*uses)[i].readOnly = a.value.readOnly;
                (*uses)[i].active = a.value.active;
                (*uses)[i].interface_ = a.value.interface_;
                finishOne();
            });
        }
    });
}

QString DiskUsageDialog::summary() const
{
    return m_summaryLabel->text();
}

void DiskUsageDialog::setError(const QString &message)
{
    m_summaryLabel->setText(tr("Could not read who uses %1: %2").arg(m_disk.alias, message));
    emit loaded();
}

void DiskUsageDialog::setUses(const QList<DiskUse> &uses)
{
    m_uses = uses;
    m_table->setRowCount(0);
    int readOnly = 0;
    for (const DiskUse &use : uses) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, VmColumn, item(use.vmName.isEmpty() ? use.vmId : use.vmName));
        m_table->setItem(row, VmStatusColumn, item(DisplayText::vmStatus(use.vmStatus)));
        m_table->setItem(row, AccessColumn, item(use.readOnly ? tr("Read-only") : tr("Read-write")));
        m_table->setItem(row, PluggedColumn, item(DisplayText::yesNo(use.active)));
        m_table->setItem(row, InterfaceColumn, item(DisplayText::diskInterface(use.interface_)));
        readOnly += use.readOnly ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentItem(nullptr); // a list to read, not a cell to edit
    const int count = int(uses.size());
    if (count == 0)
        m_summaryLabel->setText(tr("%1 is not attached to any virtual machine.").arg(m_disk.alias));
    else
        m_summaryLabel->setText(tr("%1 is attached to %n virtual machine(s): read-only on %2, read-write on %3.", nullptr, count)
                                    .arg(m_disk.alias)
                                    .arg(readOnly)
                                    .arg(count - readOnly));
    emit loaded();
}
