#pragma once

#include "labresponse.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrlQuery>

/// The lab's own certificate authority and the engine's pki-resource service.
///
/// At first start it creates, with the `openssl` command line, `DIR/pki/ca.pem` + `ca.key` (a CA
/// of the lab's own) and `server.pem` + `server.key` (127.0.0.1 and localhost, signed by that
/// CA); keys are mode 0600. Later starts reuse them, so a client that pinned the CA keeps
/// trusting the lab across restarts, as with a real engine.
class PkiService final
{
public:
    /// Creates what is missing under `dataDir/pki` and loads it. False with \a error otherwise.
    bool ensure(const QString &dataDir, QString *error);

    QSslCertificate caCertificate() const { return m_ca; }
    QSslCertificate serverCertificate() const { return m_server; }
    QSslKey serverKey() const { return m_serverKey; }
    QString caPath() const { return m_caPath; }

    /// GET /ovirt-engine/services/pki-resource (no authentication, like the engine's servlet).
    LabResponse resource(const QUrlQuery &query) const;

private:
    QSslCertificate m_ca;
    QSslCertificate m_server;
    QSslKey m_serverKey;
    QString m_caPath;
};
