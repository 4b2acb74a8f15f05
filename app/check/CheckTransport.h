// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace mailsetup {

/// The line-based connection a server check talks through: TCP, optional TLS from the start
/// or after STARTTLS. An interface so tests can play the server without a socket.
class CheckTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTransport)

public:
    enum class Failure {
        Refused,    ///< nothing listens on the port
        Timeout,    ///< no answer
        Closed,     ///< the server hung up
        Tls,        ///< the TLS handshake failed; see tlsErrors()
        Other,
    };

    using QObject::QObject;

    /// Connects to `address:port`; the certificate must be valid for `peerName`. With
    /// `implicitTls` the TLS handshake starts right after the TCP connection.
    virtual void connectTo(const QHostAddress &address, quint16 port, const QString &peerName, bool implicitTls) = 0;
    /// Starts the TLS handshake on the open connection (after STARTTLS).
    virtual void startTls() = 0;
    /// Sends one line; CRLF is added.
    virtual void sendLine(const QByteArray &line) = 0;
    /// Closes after sending what is queued; no signals follow.
    virtual void close() = 0;

    /// After a Tls failure: what was wrong with the certificate (empty for other TLS errors).
    [[nodiscard]] virtual QList<QSslError> tlsErrors() const = 0;
    /// After encrypted(): the server's certificate chain, leaf first.
    [[nodiscard]] virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    /// After encrypted(): "TLS 1.3".
    [[nodiscard]] virtual QString tlsProtocolName() const = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void lineReceived(const QByteArray &line);
    void failed(mailsetup::CheckTransport::Failure failure, const QString &detail);
};

} // namespace mailsetup
