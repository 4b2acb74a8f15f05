// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTransport.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace mailsetup {

/// The real transport: a QSslSocket that never ignores a TLS error.
class SocketTransport final : public CheckTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    /// Longest line accepted from a server; a greeting or capability line is far shorter.
    static constexpr qint64 kMaxLineLength = 64 * 1024;

    /// `bindAddress`, if set, is the local address to connect from (tests use 127.0.0.2 so that
    /// a server on 127.0.0.1 does not treat the connection as local and secure).
    explicit SocketTransport(const QSslConfiguration &tls, const QHostAddress &bindAddress = {}, QObject *parent = nullptr);

    void connectTo(const QHostAddress &address, quint16 port, const QString &peerName, bool implicitTls) override;
    void startTls() override;
    void sendLine(const QByteArray &line) override;
    void close() override;
    [[nodiscard]] QList<QSslError> tlsErrors() const override { return m_tlsErrors; }
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override;
    [[nodiscard]] QString tlsProtocolName() const override;

private:
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void failLineTooLong();

    QSslSocket m_socket;
    QList<QSslError> m_tlsErrors;
    bool m_handshaking = false;
    bool m_closed = false;
};

} // namespace mailsetup
