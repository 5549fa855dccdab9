#pragma once

#include <QWidget>

class Client;
class DataCentersPage;
class DisksPage;
class QTabWidget;

/// The qcow2 compat levels of the whole manager in one window: the Disks page (levels per disk
/// and per volume, amend) and the Data Centers page (versions and storage formats, upgrade).
/// Opened from the main window's View menu; it keeps to itself so the main window's tabs stay
/// as they are.
class CompatLevelsWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit CompatLevelsWindow(Client *client, QWidget *parent = nullptr);

    DisksPage *disksPage() const { return m_disks; }
    DataCentersPage *dataCentersPage() const { return m_dataCenters; }
    void showDisks();
    void showDataCenters();
    void refresh();

private:
    QTabWidget *m_tabs = nullptr;
    DisksPage *m_disks = nullptr;
    DataCentersPage *m_dataCenters = nullptr;
};
