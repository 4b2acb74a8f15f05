// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTypes.h"
#include "model/Enums.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

/// The conversation of a server check with an IMAP, POP3 or SMTP server, as a pure state
/// machine: it reads the server's lines and says what to send next. No sockets — ServerCheck
/// carries the bytes — so every branch is testable with scripted server lines.
///
/// The path: greeting → capabilities → (STARTTLS → capabilities again) → optional login →
/// goodbye. A password is sent only over an encrypted connection and only when given.
class MailDialog
{
public:
    /// A hostile or broken server must not make the check buffer without end: one answer (a
    /// multi-line reply, the lines before a tagged IMAP reply, a CAPA list) may have this many
    /// lines and bytes; more ends the conversation. Real capability lists have a few dozen lines.
    static constexpr int kMaxReplyLines = 1000;
    static constexpr qsizetype kMaxReplyBytes = 256 * 1024;

    struct Options {
        Protocol protocol = Protocol::Imap;
        Security security = Security::Ssl;
        QString username;
        QString password; ///< empty: no login attempt
        QByteArray ehloName = "localhost";
    };

    struct Action {
        enum class Kind {
            Send,     ///< send `line` (CRLF is added by the transport)
            StartTls, ///< upgrade the connection now; call onEncrypted() when done
            Close,    ///< the conversation is over
        };
        Kind kind = Kind::Send;
        QByteArray line;
        bool secret = false; ///< contains the password: never log or show it
    };

    /// What was learned; read it after Close.
    struct Facts {
        bool greeted = false;
        bool greetingRefused = false;
        QString greeting;
        QStringList capabilities; ///< the latest list (after STARTTLS if used)
        QStringList mechanisms;
        bool startTlsOffered = false;
        bool startTlsRefused = false;
        bool encrypted = false;
        bool loginDisabled = false;   ///< the server accepts no password on this connection
        bool passwordWithheld = false; ///< not sent: the connection is not encrypted
        bool noSupportedMechanism = false;
        LoginResult login = LoginResult::NotTried;
        QString loginReply;    ///< the server's words on a refused login
        QString protocolError; ///< a reply that makes no sense here
        bool replyTooLong = false; ///< an answer exceeded kMaxReplyLines or kMaxReplyBytes
    };

    explicit MailDialog(Options options);

    /// The transport has delivered one line (without CRLF).
    [[nodiscard]] QList<Action> onLine(const QByteArray &line);
    /// The connection is now encrypted (implicit TLS before the greeting, or after STARTTLS).
    [[nodiscard]] QList<Action> onEncrypted();

    [[nodiscard]] bool isDone() const { return m_state == State::Done; }
    [[nodiscard]] const Facts &facts() const { return m_facts; }

private:
    enum class State {
        Greeting,
        Capabilities,
        CapaLines, ///< POP3: the lines of a CAPA answer
        StartTls,
        AwaitTls,
        LoginStep1,
        LoginStep2,
        LoginStep3,
        Done
    };

    QList<Action> dispatch(const QByteArray &line);
    QList<Action> onImap(const QByteArray &line);
    QList<Action> onPop3(const QByteArray &line);
    QList<Action> onSmtp(const QByteArray &line);
    QList<Action> askCapabilities();
    QList<Action> afterCapabilities();
    QList<Action> startLogin();
    QList<Action> goodbye();
    QList<Action> unexpected(const QByteArray &line);
    [[nodiscard]] QByteArray imapTag() const;

    Options m_options;
    Facts m_facts;
    State m_state = State::Greeting;
    int m_imapTag = 0;
    QStringList m_replyLines; ///< SMTP multi-line reply, POP3 CAPA lines
    int m_pendingLines = 0;      ///< lines of the answer not complete yet
    qsizetype m_pendingBytes = 0;
};

} // namespace mailsetup
