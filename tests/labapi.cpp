#include "labapi.h"

#include "labprocess.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

LabXml readNode(QXmlStreamReader &reader)
{
    LabXml node;
    node.name = reader.name().toString();
    node.attributes = reader.attributes();
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            node.children << readNode(reader);
        else if (reader.isCharacters())
            node.text += reader.text();
        else if (reader.isEndElement())
            break;
    }
    node.text = node.text.trimmed();
    return node;
}

} // namespace

const LabXml *LabXml::child(const QString &childName) const
{
    for (const LabXml &node : children) {
        if (node.name == childName)
            return &node;
    }
    return nullptr;
}

QString LabXml::childText(const QString &childName) const
{
    const LabXml *node = child(childName);
    return node ? node->text : QString();
}

QString LabXml::textAt(const QString &path) const
{
    const LabXml *node = this;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node)
            return {};
    }
    return node->text;
}

LabXml LabXml::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.isStartElement())
        reader.readNext();
    return readNode(reader);
}

QString LabApi::Reply::detail() const
{
    const LabXml root = xml();
    const LabXml *fault = root.name == QLatin1String("fault") ? &root : root.child(QStringLiteral("fault"));
    return fault ? fault->childText(QStringLiteral("detail")) : QString();
}

LabApi::Reply LabApi::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_lab.apiUrl().toString() + path));
    request.setRawHeader("Authorization", "Basic " + ("admin@internal:" + m_lab.password().toUtf8()).toBase64());
    request.setRawHeader("Version", "4");
    request.setRawHeader("Accept", "application/xml");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/xml");
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    reply->deleteLater();
    return result;
}

QString LabApi::idByName(const QString &collection, const QString &name)
{
    const LabXml list = call("GET", QStringLiteral("/%1?search=name%3D%2").arg(collection, name)).xml();
    return list.children.isEmpty() ? QString() : list.children.first().id();
}

QString LabApi::diskIdByAlias(const QString &alias)
{
    const LabXml disks = call("GET", QStringLiteral("/disks?search=alias%3D") + alias).xml();
    return disks.children.isEmpty() ? QString() : disks.children.first().id();
}

bool LabApi::waitForJobs(const QString &correlationId, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        const LabXml jobs = call("GET", QStringLiteral("/jobs?search=correlation_id%3D") + correlationId).xml();
        bool running = jobs.children.isEmpty();
        for (const LabXml &job : jobs.children)
            running = running || job.childText(QStringLiteral("status")) == QLatin1String("started");
        if (!running)
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool LabApi::waitForDisk(const QString &diskId, const QString &status, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        const Reply reply = call("GET", QStringLiteral("/disks/") + diskId);
        if (status == QLatin1String("gone") ? reply.status == 404 : reply.xml().childText(QStringLiteral("status")) == status)
            return true;
        QTest::qWait(100);
    }
    return false;
}
