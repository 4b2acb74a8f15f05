// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/SocketTransport.h"

namespace mailsetup {

SocketTransport::SocketTransport(const QSslConfiguration &tls, const QHostAddress &bindAddress, QObject *parent)
    : CheckTransport(parent)
{
    QSslConfiguration configuration = tls;
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(configuration);
    if (!bindAddress.isNull())
        m_socket.bind(bindAddress, 0);
    connect(&m_socket, &QSslSocket::connected, this, &CheckTransport::connected);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        Q_EMIT encrypted();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &SocketTransport::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_tlsErrors += errors; });
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::onError);
}

void SocketTransport::connectTo(const QHostAddress &address, quint16 port, const QString &peerName, bool implicitTls)
{
    m_socket.setPeerVerifyName(peerName);
    if (implicitTls) {
        m_handshaking = true;
        m_socket.connectToHostEncrypted(address.toString(), port, peerName);
    } else {
        m_socket.connectToHost(address, port);
    }
}

void SocketTransport::startTls()
{
    m_handshaking = true;
    m_socket.startClientEncryption();
}

void SocketTransport::sendLine(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
}

void SocketTransport::close()
{
    m_closed = true;
    m_socket.disconnect(this);
    m_socket.disconnectFromHost();
}

QList<QSslCertificate> SocketTransport::peerCertificateChain() const
{
    return m_socket.peerCertificateChain();
}

QString SocketTransport::tlsProtocolName() const
{
    switch (m_socket.sessionProtocol()) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return QStringLiteral("TLS");
    }
}

void SocketTransport::onReadyRead()
{
    while (!m_closed && m_socket.canReadLine()) {
        // Room for the longest line and its CR LF; a line cut off before its end is too long
        // (reading it in pieces would turn one line into several).
        QByteArray line = m_socket.readLine(kMaxLineLength + 3); // at most kMaxLineLength + 2 bytes
        if (!line.endsWith('\n'))
            return failLineTooLong();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineReceived(line);
    }
    if (!m_closed && m_socket.bytesAvailable() > kMaxLineLength)
        failLineTooLong();
}

void SocketTransport::failLineTooLong()
{
    close();
    Q_EMIT failed(Failure::Other, QStringLiteral("the server sent a line longer than %1 bytes").arg(kMaxLineLength));
}

void SocketTransport::onError(QAbstractSocket::SocketError error)
{
    if (m_closed)
        return;
    Failure failure = Failure::Other;
    if (error == QAbstractSocket::SslHandshakeFailedError || (m_handshaking && !m_tlsErrors.isEmpty()))
        failure = Failure::Tls;
    else if (error == QAbstractSocket::ConnectionRefusedError)
        failure = Failure::Refused;
    else if (error == QAbstractSocket::SocketTimeoutError)
        failure = Failure::Timeout;
    else if (error == QAbstractSocket::RemoteHostClosedError)
        failure = m_handshaking ? Failure::Tls : Failure::Closed;
    const QString detail = m_socket.errorString();
    close();
    Q_EMIT failed(failure, detail);
}

} // namespace mailsetup
