// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTransport.h"
#include "model/Enums.h"

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

    /// Says whether a login line (IMAP LOGIN) or the decoded SASL PLAIN credentials are right.
    using LoginCheck = std::function<bool(const QByteArray &credentials)>;

    /// A Dovecot-like IMAP server: STARTTLS and AUTH=PLAIN offered, LOGIN as `accepts` decides.
    static Server dovecotLike(LoginCheck accepts)
    {
        return [accepts](const QByteArray &line) -> QList<QByteArray> {
            const QByteArray tag = line.split(' ').constFirst();
            if (line.endsWith("CAPABILITY"))
                return {"* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN", tag + " OK done"};
            if (line.endsWith("STARTTLS"))
                return {tag + " OK go"};
            if (line.contains(" LOGIN "))
                return {tag + (accepts(line) ? " OK Logged in" : " NO [AUTHENTICATIONFAILED] Authentication failed.")};
            return {"* BYE", tag + " OK"};
        };
    }

    /// An SMTP submission server: STARTTLS and AUTH PLAIN/LOGIN offered, AUTH PLAIN as `accepts`
    /// decides (it gets the decoded "\0user\0password").
    static Server submissionServer(LoginCheck accepts)
    {
        return [accepts](const QByteArray &line) -> QList<QByteArray> {
            if (line.startsWith("EHLO"))
                return {"250-mail.example.test", "250-STARTTLS", "250 AUTH PLAIN LOGIN"};
            if (line == "STARTTLS")
                return {"220 Ready to start TLS"};
            if (line.startsWith("AUTH PLAIN "))
                return {accepts(QByteArray::fromBase64(line.mid(11))) ? "235 Logged in." : "535 Failed."};
            return {"221 Bye"};
        };
    }

    /// An IMAP (Dovecot-like) or SMTP server that accepts `password` and records what it is sent.
    static Script mailServer(mailsetup::Protocol protocol, QList<QByteArray> *sent, const QByteArray &password)
    {
        Script script;
        script.sent = sent;
        if (protocol == mailsetup::Protocol::Smtp) {
            const QByteArray plainEnd = QByteArray(1, '\0').append(password); // "\0user\0password"
            script.greeting = {"220 mail.example.test ESMTP"};
            script.server = submissionServer([plainEnd](const QByteArray &credentials) { return credentials.endsWith(plainEnd); });
        } else {
            const QByteArray loginEnd = QByteArray(" \"").append(password).append('"'); // LOGIN "user" "password"
            script.greeting = {"* OK Dovecot ready."};
            script.server = dovecotLike([loginEnd](const QByteArray &line) { return line.endsWith(loginEnd); });
        }
        return script;
    }

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
