#include "pkiservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace {

const char *const FileNames[] = {"ca.pem", "ca.key", "server.pem", "server.key"};

bool runOpenssl(const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run openssl (install the Debian package openssl): ") + process.errorString();
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2").arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

/// A CA and a server certificate for 127.0.0.1/localhost signed by it, like engine-setup makes
/// for an engine (its CA is "CN=<fqdn>.<random>"; a random part here too, so that two lab data
/// folders never share a CA and a client notices when it talks to another lab).
bool generate(const QString &dir, QString *error)
{
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QString::number(QRandomGenerator::system()->bounded(10));
    const QString caSubject = QStringLiteral("/C=US/O=diskdesk-lab/CN=diskdesk-lab CA %1").arg(suffix);
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-sha256"), QStringLiteral("-days"), QStringLiteral("3650"),
                     QStringLiteral("-subj"), caSubject,
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem")},
                    dir, error))
        return false;
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/C=US/O=diskdesk-lab/CN=localhost"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr")},
                    dir, error))
        return false;
    // Host name checks stay on in the client: the certificate names exactly what the lab binds to.
    const QByteArray extensions = "basicConstraints=CA:FALSE\n"
                                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                  "extendedKeyUsage=serverAuth\n"
                                  "subjectAltName=IP:127.0.0.1,DNS:localhost\n";
    if (!writeFile(QDir(dir).filePath(QStringLiteral("server.ext")), extensions, error))
        return false;
    const QString serial = QStringLiteral("0x%1").arg(QRandomGenerator::system()->generate64() >> 1, 16, 16, QLatin1Char('0'));
    if (!runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-sha256"), QStringLiteral("-days"),
                     QStringLiteral("825"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                     QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                     serial, QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                     QStringLiteral("server.pem")},
                    dir, error))
        return false;
    QFile::remove(QDir(dir).filePath(QStringLiteral("server.csr")));
    QFile::remove(QDir(dir).filePath(QStringLiteral("server.ext")));
    return true;
}

QByteArray readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    return file.readAll();
}

/// What the engine's servlet container sends with sendError(400, message).
LabResponse badRequest(const QString &message)
{
    LabResponse response;
    response.status = 400;
    response.setHeader("Content-Type", "text/html;charset=UTF-8");
    response.body = "<html><head><title>Error</title></head><body>" + message.toHtmlEscaped().toUtf8() + "</body></html>";
    return response;
}

} // namespace

bool PkiService::ensure(const QString &dataDir, QString *error)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("pki"));
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create ") + dir;
        return false;
    }
    bool complete = true;
    for (const char *name : FileNames)
        complete = complete && QFile::exists(QDir(dir).filePath(QLatin1String(name)));
    // A half-made set (a start interrupted while generating) is made again as a whole.
    if (!complete && !generate(dir, error))
        return false;
    for (const char *name : {"ca.key", "server.key"})
        QFile::setPermissions(QDir(dir).filePath(QLatin1String(name)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    m_caPath = QDir(dir).filePath(QStringLiteral("ca.pem"));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readAll(m_caPath, error), QSsl::Pem);
    const QList<QSslCertificate> server = QSslCertificate::fromData(readAll(QDir(dir).filePath(QStringLiteral("server.pem")), error), QSsl::Pem);
    m_serverKey = QSslKey(readAll(QDir(dir).filePath(QStringLiteral("server.key")), error), QSsl::Rsa, QSsl::Pem);
    if (ca.isEmpty() || server.isEmpty() || m_serverKey.isNull()) {
        if (error->isEmpty())
            *error = QStringLiteral("the certificates or the key in %1 cannot be read").arg(dir);
        return false;
    }
    m_ca = ca.constFirst();
    m_server = server.constFirst();
    return true;
}

LabResponse PkiService::resource(const QUrlQuery &query) const
{
    const QString resource = query.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
    const bool hasFormat = query.hasQueryItem(QStringLiteral("format"));
    const QString format = query.queryItemValue(QStringLiteral("format"), QUrl::FullyDecoded);
    if (!query.hasQueryItem(QStringLiteral("resource")))
        return badRequest(QStringLiteral("Missing resource name"));
    QSslCertificate certificate;
    if (resource == QLatin1String("ca-certificate"))
        certificate = m_ca;
    else if (resource == QLatin1String("engine-certificate"))
        certificate = m_server;
    else
        return badRequest(QStringLiteral("Resource '%1' is invalid").arg(resource));

    LabResponse response;
    if (!hasFormat || format == QLatin1String("X509-PEM")) {
        response.setHeader("Content-Type", "application/x-x509-cert");
    } else if (format == QLatin1String("X509-PEM-CA")) {
        response.setHeader("Content-Type", "application/x-x509-ca-cert");
    } else if (format == QLatin1String("OPENSSH-PUBKEY")) {
        // A known engine format the lab does not produce.
        return badRequest(QStringLiteral("Format '%1' is not served by diskdesk-lab").arg(format));
    } else {
        return badRequest(QStringLiteral("Format '%1' is invalid").arg(format));
    }
    response.body = certificate.toPem();
    return response;
}
