#pragma once

#include "enginemessage.h"
#include "labresponse.h"

#include <QString>
#include <QStringList>

class QXmlStreamWriter;
class XmlElement;

/// The engine's fault replies (NOTES §12): a plain <fault>, or the echoed <action> with the
/// fault inside and status failed; detail before reason, as the generated schema sorts them.
class FaultReply final
{
public:
    static LabResponse plain(int status, const QString &reason, const QString &detail);
    /// "Operation Failed" with the message filled for \a action and \a type.
    static LabResponse engine(const EngineMessage &message, const QString &action, const QString &type);
    /// A failed action: the request's parameters echoed (\a hidden ones left out) with the fault.
    static LabResponse action(const XmlElement &request, int status, const QString &detail, const QStringList &hidden = {});
    /// "Request syntactically incorrect." pointing at the method's documentation.
    static LabResponse syntax(const QByteArray &baseUrl, const QString &usage);
    /// "Incomplete parameters": "{type} [{missing}] required for {method}".
    static LabResponse incomplete(const QString &type, const QStringList &missing, const QString &method);

    /// Writes \a element back out, leaving out descendants named in \a hidden (passwords).
    static void echo(QXmlStreamWriter &w, const XmlElement &element, const QStringList &hidden);
};
