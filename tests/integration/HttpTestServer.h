// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

/// A tiny HTTP/1.1 server for autoconfig files, in the test's own event loop: HTTPS with a test
/// certificate (QSslServer), or plain HTTP. One request per connection; canned answers per
/// "host/path"; every request is recorded so tests can see exactly what was sent.
class HttpTestServer final : public QObject
{
    Q_OBJECT

public:
    struct Response {
        int status = 200;
        QByteArray contentType = "text/xml";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false; ///< read the request, never answer
    };
    struct Request {
        QByteArray host; ///< the Host header
        QByteArray path;
        QByteArray raw;
    };

    /// Plain HTTP.
    HttpTestServer() : m_server(new QTcpServer(this)) { connectServer(); }
    /// HTTPS with the given PEM certificate and key.
    HttpTestServer(const QString &certificateFile, const QString &keyFile)
    {
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(certificateFile).value(0));
        QFile key(keyFile);
        if (key.open(QIODevice::ReadOnly))
            configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        m_server = server;
        connectServer();
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost) { return m_server->listen(address, 0); }
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }

    /// Answer for `host` (as in the Host header, without port) and `path`.
    void set(const QByteArray &host, const QByteArray &path, const Response &response)
    {
        m_responses.insert(host + path, response);
    }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    void clear()
    {
        m_responses.clear();
        m_requests.clear();
    }

    static Response xml(const QByteArray &body) { return {200, "text/xml", body, {}, false}; }
    static Response redirect(const QByteArray &location) { return {301, "text/html", "moved", {{"Location", location}}, false}; }

private:
    void connectServer()
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (socket->bytesAvailable() > 0)
                    onReadyRead(socket);
            }
        });
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        request.raw = buffer.left(end);
        m_buffers.remove(socket);
        const QList<QByteArray> lines = request.raw.split('\n');
        request.path = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("host:"))
                request.host = line.mid(5).trimmed();
        }
        m_requests.append(request);
        const QByteArray hostWithoutPort = request.host.split(':').constFirst();
        const auto found = m_responses.constFind(hostWithoutPort + request.path);
        const Response response = found != m_responses.cend() ? *found : Response{404, "text/html", "not found", {}, false};
        if (response.hang)
            return;
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Test\r\n";
        reply += "Content-Type: " + response.contentType + "\r\n";
        reply += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
        for (const auto &header : response.headers)
            reply += header.first + ": " + header.second + "\r\n";
        socket->write(reply + "\r\n" + response.body);
        socket->disconnectFromHost();
    }

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, Response> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
