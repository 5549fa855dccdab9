#pragma once

#include "apiservice.h"
#include "faultinjector.h"
#include "labresponse.h"
#include "ssoservice.h"

#include <QAbstractHttpServer>

class LabDatabase;
class PkiService;
class QemuImg;

/// The HTTP front of diskdesk-lab. Every request goes through handleRequest(), which routes it
/// itself: that keeps the engine's exact 401/404 behaviour and headers under our control, which
/// QHttpServer's router would not.
class LabServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    LabServer(LabDatabase &db, QemuImg &qemu, const QString &dataDir, const QString &adminPassword,
              QObject *parent = nullptr);

    /// Serves the CA at /ovirt-engine/services/pki-resource and writes https links (HTTPS mode).
    /// Without it (plain --http) that path answers 404.
    void setPki(const PkiService *pki) { m_pki = pki; }

    /// Bodies larger than this are refused with 413 before anything reads them, as the Apache
    /// httpd in front of an engine does (LimitRequestBody); the manager's own bodies stay far below.
    static constexpr qsizetype MaxBodyBytes = qsizetype(16) * 1024 * 1024;

    /// The imageio endpoint of image transfers (issue 7); without it transfers are refused.
    void setImageio(ImageioServer *imageio) { m_api.setImageio(imageio); }

    /// diskdesk-lab --token-ttl.
    void setTokenLifetimeSeconds(qint64 seconds) { m_sso.setTokenLifetimeSeconds(seconds); }

    /// diskdesk-lab --faults SPEC (FaultInjector::syntax()); false with \a error when SPEC is wrong.
    bool setFaults(const QString &spec, QString *error) { return m_faults.parse(spec, error); }
    const FaultInjector &faults() const { return m_faults; }

    /// The answer for one request from \a peer (the client's address; also usable without a
    /// socket, e.g. from tests).
    LabResponse respond(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body, const QString &peer = QString());

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    LabResponse respondApi(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QByteArray &body, const QString &peer);
    /// respondApi() once the caller is known to be allowed.
    LabResponse respondAuthorized(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const LabResponse &response);
    static void writeLate(QTcpSocket *socket, const LabResponse &response, bool head);
    static QByteArray wire(const LabResponse &response, bool head);
    /// handleRequest() when --faults picked a fault for this request.
    void handleFaulty(const QHttpServerRequest &request, QTcpSocket *socket, const FaultInjector::Fault &fault);
    /// Sends \a response damaged as \a fault says (after handling), or intact.
    static void sendDamaged(QTcpSocket *socket, const LabResponse &response, bool head, const FaultInjector::Fault &fault);

    SsoService m_sso;
    ApiService m_api;
    const PkiService *m_pki = nullptr;
    FaultInjector m_faults;
};
