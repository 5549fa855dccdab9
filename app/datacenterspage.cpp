#include "datacenterspage.h"

#include "client.h"
#include "compatversionmodel.h"
#include "upgradeversiondialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DataCentersPage::DataCentersPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new CompatVersionModel(this))
{
    setObjectName(QStringLiteral("dataCentersPage"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compatVersionTable"));
    m_table->setAccessibleName(tr("Data centers and clusters"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_upgradeButton = new QPushButton(tr("Upgrade\u2026"), this);
    m_upgradeButton->setObjectName(QStringLiteral("upgradeButton"));
    m_upgradeButton->setAccessibleName(tr("Upgrade the compatibility version of the selected data center or cluster"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    auto *note = new QLabel(tr("A data center's compatibility version sets the storage format of its data domains; qcow2 compat 1.1 "
                               "needs V4 or later. Upgrade the clusters first, then the data center."),
                            this);
    note->setObjectName(QStringLiteral("noteLabel"));
    note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upgradeButton);
    buttons->addWidget(m_messageLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataCentersPage::updateButtons);
    connect(m_upgradeButton, &QPushButton::clicked, this, [this] {
        UpgradeVersionDialog *dialog = createUpgradeDialog();
        if (!dialog)
            return;
        if (dialog->exec() == QDialog::Accepted)
            upgrade(*dialog);
        delete dialog;
    });
    updateButtons();
}

void DataCentersPage::refresh()
{
    if (!m_client)
        return;
    delete m_context;
    m_context = new QObject(this);
    m_pending = 3;
    m_client->dataCenters(m_context, [this](Result<QList<DataCenter>> result) {
        if (result.ok())
            m_dataCenters = result.value;
        else
            m_messageLabel->setText(result.error->text());
        requestDone();
    });
    m_client->clusters(m_context, [this](Result<QList<Cluster>> result) {
        if (result.ok())
            m_clusters = result.value;
        else
            m_messageLabel->setText(result.error->text());
        requestDone();
    });
    m_client->storageDomains(m_context, [this](Result<QList<StorageDomain>> result) {
        if (result.ok())
            m_domains = result.value;
        requestDone();
    });
}

void DataCentersPage::requestDone()
{
    if (--m_pending > 0)
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QString id = selected.isEmpty() ? QString() : selected.first().data(CompatVersionModel::IdRole).toString();
    m_model->setData(m_dataCenters, m_clusters);
    m_table->resizeColumnsToContents();
    if (!id.isEmpty())
        selectRow(id);
    updateButtons();
    emit loadingFinished();
}

void DataCentersPage::selectRow(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DataCentersPage::updateButtons()
{
    m_upgradeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

UpgradeVersionDialog *DataCentersPage::createUpgradeDialog()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first().row();
    if (const auto dc = m_model->dataCenterAt(row))
        return new UpgradeVersionDialog(*dc, m_clusters, m_domains, this);
    if (const auto cluster = m_model->clusterAt(row)) {
        std::optional<DataCenter> dataCenter;
        for (const DataCenter &dc : std::as_const(m_dataCenters)) {
            if (dc.id == cluster->dataCenterId)
                dataCenter = dc;
        }
        return new UpgradeVersionDialog(*cluster, dataCenter, this);
    }
    return nullptr;
}

void DataCentersPage::upgrade(const UpgradeVersionDialog &dialog)
{
    const std::optional<Version> version = dialog.selectedVersion();
    if (!m_client || !version)
        return;
    const QString id = dialog.entityId();
    m_messageLabel->setText(tr("Upgrading\u2026"));
    auto finish = [this](const std::optional<ApiError> &error, const QString &done) {
        if (error) {
            m_messageLabel->setText(error->text());
            emit upgradeFailed(error->text());
        } else {
            m_messageLabel->setText(done);
            emit versionChanged(done);
        }
        refresh();
    };
    if (dialog.kind() == UpgradeVersionDialog::Kind::Cluster) {
        m_client->updateClusterVersion(id, *version, this, [finish, version](Result<Cluster> result) {
            finish(result.error, tr("Cluster %1 is now at compatibility version %2.").arg(result.value.name, version->toString()));
        });
    } else {
        m_client->updateDataCenterVersion(id, *version, this, [finish, version](Result<DataCenter> result) {
            finish(result.error, tr("Data center %1 is now at compatibility version %2.").arg(result.value.name, version->toString()));
        });
    }
}
