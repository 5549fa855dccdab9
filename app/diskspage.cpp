#include "diskspage.h"

#include "amenddialog.h"
#include "amendinventoryloader.h"
#include "amendplanmodel.h"
#include "client.h"
#include "diskinventoryfilterproxymodel.h"
#include "diskinventorymodel.h"
#include "operationtracker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DisksPage::DisksPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_loader(new AmendInventoryLoader(client, this))
    , m_model(new DiskInventoryModel(this))
    , m_proxy(new DiskInventoryFilterProxyModel(this))
    , m_chainModel(new AmendPlanModel(this))
{
    setObjectName(QStringLiteral("disksPage"));
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("diskFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter disks"));
    m_filterEdit->setPlaceholderText(tr("Filter by disk, VM or storage domain"));
    m_filterEdit->setClearButtonEnabled(true);
    m_domainCombo = new QComboBox(this);
    m_domainCombo->setObjectName(QStringLiteral("domainCombo"));
    m_domainCombo->setAccessibleName(tr("Storage domain"));
    m_domainCombo->addItem(tr("All storage domains"), QString());
    m_amendableCheck = new QCheckBox(tr("Amendable only"), this);
    m_amendableCheck->setObjectName(QStringLiteral("amendableOnlyCheck"));
    m_amendableCheck->setAccessibleName(tr("Show only disks that can be amended to compat 1.1"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_amendButton = new QPushButton(tr("Amend\u2026"), this);
    m_amendButton->setObjectName(QStringLiteral("amendButton"));
    m_amendButton->setAccessibleName(tr("Amend the selected disks"));
    m_amendVmButton = new QPushButton(tr("Amend VM's Disks\u2026"), this);
    m_amendVmButton->setObjectName(QStringLiteral("amendVmButton"));
    m_amendVmButton->setAccessibleName(tr("Amend all disks of the current disk's VM"));
    m_amendDomainButton = new QPushButton(tr("Amend Domain's Disks\u2026"), this);
    m_amendDomainButton->setObjectName(QStringLiteral("amendDomainButton"));
    m_amendDomainButton->setAccessibleName(tr("Amend all amendable disks of the storage domain"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("diskInventoryTable"));
    m_table->setAccessibleName(tr("Disks"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiskInventoryModel::AliasColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_chainLabel = new QLabel(tr("Volumes of the selected disk"), this);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainTable = new QTableView(this);
    m_chainTable->setObjectName(QStringLiteral("chainTable"));
    m_chainTable->setAccessibleName(tr("Volumes of the selected disk, per snapshot"));
    m_chainTable->setModel(m_chainModel);
    m_chainTable->verticalHeader()->hide();
    m_chainTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_chainTable->horizontalHeader()->setStretchLastSection(true);
    m_chainTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Only the chain itself: which volume, of which snapshot, at which level.
    m_chainTable->setColumnHidden(AmendPlanModel::DiskColumn, true);
    m_chainTable->setColumnHidden(AmendPlanModel::AfterColumn, true);
    m_chainTable->setColumnHidden(AmendPlanModel::ProgressColumn, true);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_errorLabel->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_domainCombo);
    filters->addWidget(m_amendableCheck);
    filters->addWidget(m_countLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_amendButton);
    buttons->addWidget(m_amendVmButton);
    buttons->addWidget(m_amendDomainButton);
    buttons->addStretch(1);

    auto *chainBox = new QWidget(this);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    chainLayout->addWidget(m_chainLabel);
    chainLayout->addWidget(m_chainTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("disksSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(chainBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_loader, &AmendInventoryLoader::finished, this, &DisksPage::loaded);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &DiskInventoryFilterProxyModel::setText);
    connect(m_amendableCheck, &QCheckBox::toggled, m_proxy, &DiskInventoryFilterProxyModel::setAmendableOnly);
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStorageDomainId(m_domainCombo->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DisksPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DisksPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DisksPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DisksPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showChain();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        showChain();
    });
    connect(m_amendButton, &QPushButton::clicked, this, [this] { openDialog(createAmendSelectedDialog()); });
    connect(m_amendVmButton, &QPushButton::clicked, this, [this] { openDialog(createAmendVmDialog()); });
    connect(m_amendDomainButton, &QPushButton::clicked, this, [this] { openDialog(createAmendDomainDialog()); });
    updateButtons();
}

void DisksPage::refresh()
{
    m_loader->load();
}

bool DisksPage::isLoading() const
{
    return m_loader->isLoading();
}

void DisksPage::setAmendableOnly(bool on)
{
    m_amendableCheck->setChecked(on);
}

void DisksPage::selectDisk(const QString &diskId)
{
    const int row = m_model->rowOf(diskId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DisksPage::loaded()
{
    m_errorLabel->setVisible(false);
    const QString domain = m_domainCombo->currentData().toString();
    QSignalBlocker blocker(m_domainCombo);
    while (m_domainCombo->count() > 1)
        m_domainCombo->removeItem(1);
    for (const StorageDomain &sd : m_loader->storageDomains()) {
        if (sd.type == StorageDomainType::Data)
            m_domainCombo->addItem(sd.name, sd.id);
    }
    m_domainCombo->setCurrentIndex(qMax(0, m_domainCombo->findData(domain)));
    const bool first = m_model->rowCount() == 0;
    m_model->setCandidates(m_loader->candidates());
    // Fit the columns once; later refreshes keep what the person made of them.
    if (first)
        m_table->resizeColumnsToContents();
    showChain();
    updateButtons();
    emit loadingFinished();
}

QList<int> DisksPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int DisksPage::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void DisksPage::updateButtons()
{
    int amendable = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        amendable += m_model->verdict(row).amendable() ? 1 : 0;
    m_countLabel->setText(tr("%1 of %n disks shown, %2 amendable", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()).arg(amendable));
    const int row = currentRow();
    m_amendButton->setEnabled(!selectedRows().isEmpty());
    m_amendVmButton->setEnabled(row >= 0 && !m_model->candidate(row).vms.isEmpty());
    m_amendDomainButton->setEnabled(!m_domainCombo->currentData().toString().isEmpty() || row >= 0);
}

void DisksPage::showChain()
{
    const int row = currentRow();
    if (row < 0) {
        m_chainModel->setPlan({}, {});
        m_chainLabel->setText(tr("Volumes of the selected disk"));
        return;
    }
    const AmendCandidate &candidate = m_model->candidate(row);
    m_chainModel->setPlan({candidate}, {m_model->verdict(row)});
    m_chainLabel->setText(candidate.volumesComplete
                              ? tr("Volumes of %1, oldest first (each snapshot froze one)").arg(candidate.disk.alias)
                              : tr("Volumes of %1: only the active volume is known (no VM, so no snapshot list)").arg(candidate.disk.alias));
    m_chainTable->resizeColumnsToContents();
}

AmendDialog *DisksPage::makeDialog(const QString &scope, const QList<AmendCandidate> &candidates)
{
    auto *dialog = new AmendDialog(scope, candidates, this);
    dialog->setClient(m_client, this);
    connect(dialog, &AmendDialog::trackerStarted, this, &DisksPage::trackerStarted);
    connect(dialog, &AmendDialog::allFinished, this, [this] {
        refresh();
        emit amendsFinished();
    });
    return dialog;
}

AmendDialog *DisksPage::createAmendSelectedDialog()
{
    QList<AmendCandidate> candidates;
    for (int row : selectedRows())
        candidates << m_model->candidate(row);
    if (candidates.isEmpty())
        return nullptr;
    const QString scope = candidates.size() == 1 ? candidates.first().disk.alias : tr("the %n selected disks", nullptr, int(candidates.size()));
    return makeDialog(scope, candidates);
}

AmendDialog *DisksPage::createAmendVmDialog()
{
    const int row = currentRow();
    if (row < 0 || m_model->candidate(row).vms.isEmpty())
        return nullptr;
    const DiskVmUse vm = m_model->candidate(row).vms.first();
    QList<AmendCandidate> candidates;
    for (const AmendCandidate &candidate : m_model->candidates()) {
        if (std::any_of(candidate.vms.cbegin(), candidate.vms.cend(), [&](const DiskVmUse &use) { return use.vmId == vm.vmId; }))
            candidates << candidate;
    }
    return makeDialog(tr("the disks of %1").arg(vm.vmName), candidates);
}

AmendDialog *DisksPage::createAmendDomainDialog()
{
    QString domainId = m_domainCombo->currentData().toString();
    const int row = currentRow();
    if (domainId.isEmpty() && row >= 0)
        domainId = m_model->candidate(row).disk.storageDomainIds.value(0);
    if (domainId.isEmpty())
        return nullptr;
    QString domainName;
    QList<AmendCandidate> candidates;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AmendCandidate &candidate = m_model->candidate(i);
        if (candidate.disk.storageDomainIds.value(0) != domainId)
            continue;
        domainName = candidate.storageDomainName;
        // "All amendable disks": the ones already at 1.1 are not worth listing.
        if (m_model->verdict(i).reason != AmendRules::Reason::UpToDate)
            candidates << candidate;
    }
    return makeDialog(tr("the disks of storage domain %1").arg(domainName), candidates);
}

void DisksPage::openDialog(AmendDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
