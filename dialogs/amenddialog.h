#pragma once

#include "amendrules.h"
#include "operationtracker.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class AmendPlanModel;
class Client;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

/// Amend qcow2 compat levels to 1.1 for one disk, several disks, all disks of a VM or all
/// amendable disks of a storage domain (gui-anchors §2.8 has no portal dialog to copy; the
/// manager's REST API does it per disk). It lists what will change volume by volume, the disks
/// left out with the reason in the manager's words, and once started follows each amend to its
/// end (disk locked, then the manager's audit message) with a progress bar.
class AmendDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a scope names what was asked for ("the disks of db-01"...); \a candidates are the disks.
    AmendDialog(const QString &scope, const QList<AmendCandidate> &candidates, QWidget *parent = nullptr);

    /// The client the amends are sent through; trackers are parented to \a trackerParent (the
    /// dialog when null) and announced with trackerStarted().
    void setClient(Client *client, QObject *trackerParent = nullptr);

    AmendPlanModel *plan() const { return m_plan; }
    /// The disks left out, with why: (alias, the manager's words).
    QList<QPair<QString, QString>> leftOut() const { return m_leftOut; }
    int amendableCount() const { return int(m_amendable.size()); }
    /// Why Amend is disabled, or an empty string.
    QString validationError() const;
    bool isRunning() const { return m_running > 0; }
    bool hasStarted() const { return m_started; }

    /// Sends one amend per disk of the plan and follows them (what the Amend button does).
    void start();

signals:
    void trackerStarted(OperationTracker *tracker);
    /// Every amend has ended; \a failed of them failed.
    void allFinished(int succeeded, int failed);

private:
    void updateWidgets();
    void trackerFinished(const QString &diskId, bool ok, const QString &message);

    QList<AmendCandidate> m_amendable;
    QList<QPair<QString, QString>> m_leftOut;
    QPointer<Client> m_client;
    QPointer<QObject> m_trackerParent;
    bool m_started = false;
    int m_running = 0;
    int m_succeeded = 0;
    int m_failed = 0;

    AmendPlanModel *m_plan = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_planTable = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    QTextBrowser *m_leftOutView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_hintLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_amendButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
