// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTransport.h"

#include <QTimer>

#include <functional>

/// A scripted mail server behind the CheckTransport interface: no socket, faults on request.
class FakeTransport final : public mailsetup::CheckTransport
{
    Q_OBJECT

public:
    using Failure = mailsetup::CheckTransport::Failure;
    using Server = std::function<QList<QByteArray>(const QByteArray &clientLine)>;

    struct Script {
        QList<QByteArray> greeting;
        Server server;
        std::optional<Failure> connectFailure; ///< e.g. Refused
        QList<QSslError> tlsErrors;            ///< non-empty: the handshake fails with these
        bool hang = false;                     ///< connects, then never says anything
        QList<QByteArray> *sent = nullptr;     ///< records what the client sent
        QStringList *connectedTo = nullptr;    ///< records "address:port"
    };

    FakeTransport(Script script, QObject *parent) : CheckTransport(parent), m_script(std::move(script)) {}

    void connectTo(const QHostAddress &address, quint16 port, const QString &, bool implicitTls) override
    {
        if (m_script.connectedTo)
            m_script.connectedTo->append(address.toString() + u':' + QString::number(port));
        later([this, implicitTls] {
            if (m_script.connectFailure) {
                Q_EMIT failed(*m_script.connectFailure, QStringLiteral("scripted failure"));
                return;
            }
            Q_EMIT connected();
            if (implicitTls && !handshake())
                return;
            if (!m_script.hang)
                deliver(m_script.greeting);
        });
    }
    void startTls() override
    {
        later([this] { handshake(); });
    }
    void sendLine(const QByteArray &line) override
    {
        if (m_script.sent)
            m_script.sent->append(line);
        const QList<QByteArray> reply = m_script.server(line);
        later([this, reply] { deliver(reply); });
    }
    void close() override { m_closed = true; }
    [[nodiscard]] QList<QSslError> tlsErrors() const override { return m_script.tlsErrors; }
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override { return {}; }
    [[nodiscard]] QString tlsProtocolName() const override { return QStringLiteral("TLS 1.3"); }

private:
    bool handshake()
    {
        if (!m_script.tlsErrors.isEmpty()) {
            Q_EMIT failed(Failure::Tls, QStringLiteral("handshake failed"));
            return false;
        }
        Q_EMIT encrypted();
        return true;
    }
    void deliver(const QList<QByteArray> &lines)
    {
        for (const QByteArray &line : lines) {
            if (m_closed)
                return;
            Q_EMIT lineReceived(line);
        }
    }
    template <typename F>
    void later(F function)
    {
        QTimer::singleShot(0, this, function);
    }

    Script m_script;
    bool m_closed = false;
};
