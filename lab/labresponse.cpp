#include "labresponse.h"

#include <QXmlStreamWriter>

void LabResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray LabResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

LabResponse LabResponse::xml(const QByteArray &body, int status)
{
    LabResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/xml");
    return response;
}

LabResponse LabResponse::json(const QByteArray &body, int status)
{
    LabResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/json");
    return response;
}

LabResponse LabResponse::empty(int status)
{
    LabResponse response;
    response.status = status;
    return response;
}

QByteArray LabResponse::document(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true); // the engine indents its replies, too
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    body(writer);
    writer.writeEndDocument();
    return out;
}
