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

    /// How requests without a reliable answer are tried again (issue 11). A read (GET) whose
    /// connection was lost, whose answer was cut off or was a 5xx is sent again after a pause
    /// that doubles each time, up to `attempts` tries in all. An operation (POST, PUT, DELETE) is
    /// never sent again blindly: the client first asks the manager for jobs and events with the
    /// operation's correlation id, and resends (same id) only when there is no trace of it, up
    /// to `operationAttempts` tries; when there is a trace, the error says the operation was
    /// received (a Kind::Network error saying so: an OperationTracker follows it to its end); when
    /// every try left no trace, a Kind::Fault error says it was not carried out.
    struct RetryPolicy
    {
        int attempts = 5;
        int operationAttempts = 3;
        int firstDelayMs = 250;
        int maxDelayMs = 4000;
    };
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;

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
    /// The snapshots with each one's disks inlined (`follow=disks`): every volume of the VM's
    /// disk chains (image_id, format, qcow_version per snapshot) in one request.
    void snapshotsWithDisks(const QString &vmId, QObject *context, Callback<QList<Snapshot>> done);
    void snapshotDisks(const QString &vmId, const QString &snapshotId, QObject *context,
                       Callback<QList<Disk>> done);
    void storageDomains(QObject *context, Callback<QList<StorageDomain>> done);
    /// GET /disks/{id}/disksnapshots (4.4.3+): the volumes of the disk's chain without needing a
    /// VM, base first as the manager lists them; with includeActive also the active volume
    /// (`include_active=true`). Older managers answer 404.
    void diskSnapshots(const QString &diskId, bool includeActive, QObject *context, Callback<QList<DiskSnapshot>> done);
    void templates(QObject *context, Callback<QList<Template>> done);
    /// GET /templates/{id}/diskattachments: the disks that belong to a template.
    void templateDiskAttachments(const QString &templateId, QObject *context, Callback<QList<DiskAttachment>> done);
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

    // Disks and attachments (NOTES §4, §5). The attachment's id is the disk's id.
    /// POST /vms/{vm}/diskattachments with `<disk id>`: attach an existing disk.
    QString attachDisk(const AttachDiskRequest &request, QObject *context, Callback<DiskAttachment> done);
    /// POST /vms/{vm}/diskattachments with a new image or LUN disk: create and attach (a new
    /// image disk is `locked` until the manager has made its volume).
    QString addDiskAttachment(const NewDiskRequest &request, QObject *context, Callback<DiskAttachment> done);
    /// PUT /vms/{vm}/diskattachments/{disk}: plug/unplug first, then the other fields.
    QString updateDiskAttachment(const UpdateAttachmentRequest &request, QObject *context,
                                 Callback<DiskAttachment> done);
    /// DELETE /vms/{vm}/diskattachments/{disk}; with detachOnly false the disk is removed too.
    QString detachDisk(const QString &vmId, const QString &diskId, bool detachOnly, QObject *context,
                       Callback<ActionResult> done);
    /// POST /disks: a floating disk (request.vmId is ignored).
    QString addDisk(const NewDiskRequest &request, QObject *context, Callback<Disk> done);
    /// DELETE /disks/{id}.
    QString removeDisk(const QString &diskId, QObject *context, Callback<ActionResult> done);
    /// GET /disks/{id}?all_content=true: the disk with `vmIds`, every VM it is attached to.
    void diskWithVms(const QString &diskId, QObject *context, Callback<Disk> done);
    /// GET /vms/{vm}/diskattachments/{disk}.
    void diskAttachment(const QString &vmId, const QString &diskId, QObject *context,
                        Callback<DiskAttachment> done);
    /// GET /vms?follow=disk_attachments: every VM with its attachments, in one reply.
    void vmsWithAttachments(QObject *context, Callback<QList<Vm>> done);

    // iSCSI on a host (NOTES §7). A refused action comes back as an error with the fault.
    /// POST /hosts/{id}/discoveriscsi (4.4.6+).
    QString discoverIscsi(const IscsiRequest &request, QObject *context, Callback<IscsiDiscovery> done);
    /// POST /hosts/{id}/iscsidiscover (the older name of the same query).
    QString iscsiDiscover(const IscsiRequest &request, QObject *context, Callback<IscsiDiscovery> done);
    /// POST /hosts/{id}/iscsilogin.
    QString iscsiLogin(const IscsiRequest &request, QObject *context, Callback<ActionResult> done);
    /// GET /hosts/{id}/storage: one entry per LUN the host sees; reportStatus false skips the
    /// (expensive) free/used status.
    void hostStorage(const QString &hostId, bool reportStatus, QObject *context,
                     Callback<QList<LunStorage>> done);

    /// Amends every qcow2 volume of an attached disk to \a version: PUT
    /// /vms/{vm}/diskattachments/{id} with `<disk><qcow_version>` (NOTES §9). The reply only
    /// means the manager accepted it; the disk is `locked` while the volumes are amended.
    QString amendAttachedDisk(const QString &vmId, const QString &diskId, QcowVersion version, QObject *context,
                              Callback<DiskAttachment> done);
    /// The same through PUT /disks/{id} (floating disks, or when no VM is known).
    QString amendDisk(const QString &diskId, QcowVersion version, QObject *context, Callback<Disk> done);
    /// PUT /clusters/{id} with only `<version>` (clusters first, then their data center).
    QString updateClusterVersion(const QString &clusterId, const Version &version, QObject *context,
                                 Callback<Cluster> done);
    /// PUT /datacenters/{id} with only `<version>`; the manager moves its data domains to the
    /// version's storage format.
    QString updateDataCenterVersion(const QString &dataCenterId, const Version &version, QObject *context,
                                    Callback<DataCenter> done);

    // Image transfers (NOTES §13.1). The data itself goes to the transfer's imageio URL
    // (ImageTransferWorker), not through this client.
    /// POST /imagetransfers; the reply usually says `initializing` and has no URLs yet.
    QString startImageTransfer(const ImageTransferRequest &request, QObject *context, Callback<ImageTransfer> done);
    /// GET /imagetransfers/{id}: its phase and, once the ticket exists, its URLs.
    void imageTransfer(const QString &transferId, QObject *context, Callback<ImageTransfer> done);
    /// POST /imagetransfers/{id}/finalize: the manager checks the image; watch the disk's status.
    QString finalizeImageTransfer(const QString &transferId, QObject *context, Callback<ActionResult> done);
    /// POST /imagetransfers/{id}/cancel: a partial upload's disk is removed.
    QString cancelImageTransfer(const QString &transferId, QObject *context, Callback<ActionResult> done);

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
