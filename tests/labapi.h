#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

class LabProcess;

/// A parsed XML reply: element name, attributes, trimmed text, children.
struct LabXml
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<LabXml> children;

    QString id() const { return attributes.value(QStringLiteral("id")).toString(); }
    const LabXml *child(const QString &childName) const;
    QString childText(const QString &childName) const;
    /// Text at a slash-separated path of child names ("lun_storage/logical_units/logical_unit/size").
    QString textAt(const QString &path) const;
    static LabXml parse(const QByteArray &xml);
};

/// Authenticated requests to a diskdesk-lab started by the test (Basic auth, Version: 4).
class LabApi final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        LabXml xml() const { return LabXml::parse(body); }
        /// The fault detail of a plain <fault> or of an <action> that failed.
        QString detail() const;
    };

    explicit LabApi(LabProcess &lab) : m_lab(lab) {}

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QString idByName(const QString &collection, const QString &name);
    QString diskIdByAlias(const QString &alias);
    /// Waits until every job tagged \a correlationId has ended; false after \a timeoutMs.
    bool waitForJobs(const QString &correlationId, int timeoutMs = 30000);
    /// Polls GET /disks/{id} until its status is \a status (or the disk is gone for "gone").
    bool waitForDisk(const QString &diskId, const QString &status, int timeoutMs = 30000);

private:
    LabProcess &m_lab;
    QNetworkAccessManager m_network;
};
