#pragma once

#include "entities.h"

#include <qcustomplot.h>

/// Every storage domain's space side by side: used and free stacked up to its capacity, and
/// beside it what is committed to its disks (their provisioned sizes), red above the capacity
/// where the domain is overcommitted.
class StorageCapacityPlot final : public QCustomPlot
{
    Q_OBJECT
public:
    explicit StorageCapacityPlot(QWidget *parent = nullptr);

    void setStorageDomains(const QList<StorageDomain> &domains);
    QStringList domainNames() const { return m_names; }
    /// Names of the domains whose committed space exceeds their capacity.
    QStringList overcommitted() const { return m_overcommitted; }

private:
    QStringList m_names;
    QStringList m_overcommitted;
    QCPBars *m_used = nullptr;
    QCPBars *m_free = nullptr;
    QCPBars *m_committed = nullptr;
    QCPBars *m_over = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};
