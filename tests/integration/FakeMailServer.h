// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

/// A scripted mail server on loopback, in the test's own event loop, for what dovecot will not
/// do: misbehave (floods, endless lines, silence, garbage) and show exactly what a client sent.
/// Plain TCP, TLS from the start, or STARTTLS when a reply asks for it. Needs no root.
class FakeMailServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Reply {
        QByteArray data;       ///< written as it is (CR LF included by the script)
        bool startTls = false; ///< begin the TLS handshake after writing `data`
    };
    /// Answers one line the client sent (without CR LF).
    using Script = std::function<Reply(const QByteArray &line)>;

    FakeMailServer(QByteArray greeting, Script script) : m_greeting(std::move(greeting)), m_script(std::move(script)) {}

    /// Speak TLS with this certificate: from the start (`implicitTls`) or after a STARTTLS reply.
    void useTls(const QString &certificateFile, const QString &keyFile, bool implicitTls)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(QSslCertificate::fromPath(certificateFile).value(0));
        QFile key(keyFile);
        if (key.open(QIODevice::ReadOnly))
            m_tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_implicitTls = implicitTls;
    }

    bool listen() { return QTcpServer::listen(QHostAddress::LocalHost, 0); }
    /// Every line any client sent, in order.
    [[nodiscard]] const QList<QByteArray> &received() const { return m_received; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(m_tls);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        if (m_implicitTls) {
            connect(socket, &QSslSocket::encrypted, socket, [this, socket] { socket->write(m_greeting); });
            socket->startServerEncryption();
        } else {
            socket->write(m_greeting);
        }
    }

private:
    void onReadyRead(QSslSocket *socket)
    {
        while (socket->canReadLine()) {
            QByteArray line = socket->readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            m_received.append(line);
            const Reply reply = m_script(line);
            socket->write(reply.data);
            if (reply.startTls) {
                socket->flush();
                socket->startServerEncryption();
            }
        }
    }

    QByteArray m_greeting;
    Script m_script;
    QSslConfiguration m_tls;
    bool m_implicitTls = false;
    QList<QByteArray> m_received;
};
