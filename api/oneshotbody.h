#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once and never rewound.
///
/// QNetworkAccessManager silently sends a request a second time when a kept-alive connection
/// closes before the answer starts; for an operation (POST, PUT, DELETE) that could carry it out
/// twice. It can only do so by rewinding the body: with this one it cannot, and reports
/// QNetworkReply::ContentReSendError instead, which the Client handles itself by asking the
/// manager about the operation's correlation id (Client::RetryPolicy).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    /// Never: this is the point of the class.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
