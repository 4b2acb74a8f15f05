// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// Reading what IMAP, POP3 and SMTP servers say: greetings, capability lists, replies. Pure
/// functions on single lines, so every server quirk can be tested without a socket.
namespace mailsetup::ProtocolParsers {

// --- IMAP (RFC 9051 / 3501) -----------------------------------------------------------------

enum class ImapStatus { Ok, No, Bad, PreAuth, Bye };

struct ImapLine {
    QByteArray tag;    ///< "*" for untagged, "+" for continuation
    std::optional<ImapStatus> status;
    QStringList code;  ///< the words of a response code "[CAPABILITY IMAP4rev1 …]"
    QString text;      ///< the human-readable rest
    QStringList capabilities; ///< of an untagged "* CAPABILITY …" line
};

[[nodiscard]] ImapLine parseImapLine(const QByteArray &line);
/// The capabilities named in a greeting's or tagged reply's [CAPABILITY …] code, if any.
[[nodiscard]] QStringList imapCapabilitiesFromCode(const ImapLine &line);
/// `AUTH=PLAIN AUTH=LOGIN` → PLAIN, LOGIN.
[[nodiscard]] QStringList imapMechanisms(const QStringList &capabilities);
/// A quoted IMAP string ("…" with \ and " escaped); std::nullopt if it cannot be quoted (CR, LF,
/// NUL or 8-bit text, which would need a literal).
[[nodiscard]] std::optional<QByteArray> imapQuoted(const QString &text);

// --- POP3 (RFC 1939 / 2449) -----------------------------------------------------------------

/// "+OK …" → true, "-ERR …" → false, anything else → std::nullopt.
[[nodiscard]] std::optional<bool> pop3Status(const QByteArray &line);
/// `SASL PLAIN LOGIN` in a CAPA list → PLAIN, LOGIN.
[[nodiscard]] QStringList pop3Mechanisms(const QStringList &capabilities);

// --- SMTP (RFC 5321) ------------------------------------------------------------------------

struct SmtpLine {
    int code = 0;       ///< 0 if the line is not a reply line
    bool last = true;   ///< "250 " ends a reply, "250-" continues it
    QString text;
};

[[nodiscard]] SmtpLine parseSmtpLine(const QByteArray &line);
/// The EHLO keywords of a reply's lines after the first (the first is the greeting).
[[nodiscard]] QStringList smtpExtensions(const QStringList &ehloLines);
/// `AUTH PLAIN LOGIN` (or the old `AUTH=PLAIN LOGIN`) → PLAIN, LOGIN.
[[nodiscard]] QStringList smtpMechanisms(const QStringList &extensions);

// --- Common ---------------------------------------------------------------------------------

/// Whether `capabilities` contain `name`, case-insensitively, as a whole word.
[[nodiscard]] bool hasCapability(const QStringList &capabilities, const QString &name);
/// SASL PLAIN initial response: base64("\0user\0password").
[[nodiscard]] QByteArray saslPlain(const QString &user, const QString &password);

} // namespace mailsetup::ProtocolParsers
