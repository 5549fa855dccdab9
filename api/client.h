#pragma once

#include "apierror.h"
#include "entities.h"
#include "requests.h"
#include "trustpolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/// Connection to one manager's REST API v4 (XML): OAuth session, typed asynchronous reads.
///
/// Every call takes a context object and a callback; the callback runs on the context's thread
/// and is dropped if the context was destroyed meanwhile (a stale reply for a closed view).
/// Large replies are decoded off the UI thread.
class Client final : public QObject
{
    Q_OBJECT
public:
    template <class T> using Callback = std::function<void(Result<T>)>;

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    /// The API entry point, e.g. `https://engine.example.com/ovirt-engine/api`.
    void setApiUrl(const QUrl &apiUrl);
    QUrl apiUrl() const;
    /// The SSO token endpoint derived from the API URL (`.../ovirt-engine/sso/oauth/token`).
    QUrl tokenUrl() const;

    /// What HTTPS trusts (default: the system store); applies to every later request.
    void setTrust(const TrustPolicy &trust);
    TrustPolicy trust() const;

    /// Gets a token with the password grant (scope ovirt-app-api), then reads the API root.
    /// The password is kept in memory only, to renew the token once when a request gets 401.
    void login(const QString &user, const QString &password, QObject *context, Callback<ApiRoot> done);
    bool isLoggedIn() const;
    QString user() const;
    /// Ends the session at the manager (POST sso-logout with the token) and forgets token and
    /// password. \a done runs when the manager answered or could not be reached.
    void logout(QObject *context, std::function<void()> done);

    void apiRoot(QObject *context, Callback<ApiRoot> done);
    /// `search` is passed as the manager's search language; empty lists everything.
    void vms(const QString &search, QObject *context, Callback<QList<Vm>> done);
    /// One page of the VM list in the manager's order: `search=[SEARCH ]page N` with `max=M`
    /// (pages are 1-based and M rows long).
    void vmsPage(const QString &search, int page, int max, QObject *context, Callback<QList<Vm>> done);
    void vm(const QString &vmId, QObject *context, Callback<Vm> done);
    /// With followDisk the attachments carry the full `<disk>` (`follow=disk`).
    void diskAttachments(const QString &vmId, bool followDisk, QObject *context,
                         Callback<QList<DiskAttachment>> done);
    void disks(const QString &search, QObject *context, Callback<QList<Disk>> done);
    void disk(const QString &diskId, QObject *context, Callback<Disk> done);
    void snapshots(const QString &vmId, QObject *context, Callback<QList<Snapshot>> done);
    void snapshotDisks(const QString &vmId, const QString &snapshotId, QObject *context,
                       Callback<QList<Disk>> done);
    void storageDomains(QObject *context, Callback<QList<StorageDomain>> done);
    void hosts(QObject *context, Callback<QList<Host>> done);
    void dataCenters(QObject *context, Callback<QList<DataCenter>> done);
    void clusters(QObject *context, Callback<QList<Cluster>> done);

    void jobs(const QString &search, QObject *context, Callback<QList<Job>> done);
    /// Audit-log events with an id greater than \a fromId (0: the newest page), newest first.
    void events(qint64 fromId, const QString &search, QObject *context, Callback<QList<Event>> done);

    // Operations. Each sends a fresh correlation id (`correlation_id`) and returns it, so the
    // caller can find the operation's job and audit events later (and tell, after a lost reply,
    // whether the first try happened).
    QString createSnapshot(const CreateSnapshotRequest &request, QObject *context, Callback<Snapshot> done);
    QString previewSnapshot(const PreviewSnapshotRequest &request, QObject *context, Callback<ActionResult> done);
    QString commitSnapshot(const QString &vmId, QObject *context, Callback<ActionResult> done);
    QString undoSnapshot(const QString &vmId, QObject *context, Callback<ActionResult> done);
    /// POST /vms/{vm}/snapshots/{sid}/restore, optionally with a disk selection.
    QString restoreSnapshot(const PreviewSnapshotRequest &request, QObject *context, Callback<ActionResult> done);
    QString removeSnapshot(const QString &vmId, const QString &snapshotId, QObject *context,
                           Callback<ActionResult> done);

    QNetworkAccessManager *network() const;

signals:
    /// The session changed (logged in, token renewed, lost).
    void sessionChanged();
    /// The manager no longer accepted the token (it restarted, or the session expired) and a
    /// new one was obtained with the remembered password.
    void sessionRenewed();
    /// A request of a logged-in session got no HTTP answer at all: the manager or the network
    /// is gone. Emitted once until connectionRestored().
    void connectionLost(const ApiError &error);
    /// The first HTTP answer after connectionLost().
    void connectionRestored();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
