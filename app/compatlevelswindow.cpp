#include "compatlevelswindow.h"

#include "datacenterspage.h"
#include "diskspage.h"

#include <QAction>
#include <QKeySequence>
#include <QTabWidget>
#include <QVBoxLayout>

CompatLevelsWindow::CompatLevelsWindow(Client *client, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_disks(new DisksPage(client, this))
    , m_dataCenters(new DataCentersPage(client, this))
{
    setObjectName(QStringLiteral("compatLevelsWindow"));
    setWindowTitle(tr("qcow2 Compat Levels \u2014 DiskDesk"));
    m_tabs->setObjectName(QStringLiteral("compatTabs"));
    m_tabs->setAccessibleName(tr("Compat levels"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_disks, tr("Disks"));
    m_tabs->addTab(m_dataCenters, tr("Data Centers and Clusters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    resize(1000, 620);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("compatRefreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &CompatLevelsWindow::refresh);
    addAction(refreshAction);
    // A new version changes the storage formats, and so which disks can be amended.
    connect(m_dataCenters, &DataCentersPage::versionChanged, m_disks, &DisksPage::refresh);
}

void CompatLevelsWindow::showDisks()
{
    m_tabs->setCurrentWidget(m_disks);
}

void CompatLevelsWindow::showDataCenters()
{
    m_tabs->setCurrentWidget(m_dataCenters);
}

void CompatLevelsWindow::refresh()
{
    m_disks->refresh();
    m_dataCenters->refresh();
}
