// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTransport.h"
#include "check/CheckTypes.h"
#include "check/MailDialog.h"

#include <QHostAddress>

/// What each outcome of a server check means, in words a non-technical person understands, in
/// German and English ("The certificate is for mail.example.net, not imap.example.org.").
/// Pure functions: ServerCheck decides what happened, these say it.
namespace mailsetup::CheckExplanations {

[[nodiscard]] CheckStep dnsFound(const QString &host, const QList<QHostAddress> &addresses);
[[nodiscard]] CheckStep dnsOverridden(const QString &host, const QString &address);
[[nodiscard]] CheckStep dnsNotFound(const QString &host);
/// The hoster assigns every customer a server name that is not known here.
[[nodiscard]] CheckStep serverNameUnknown();
[[nodiscard]] CheckStep dnsFailed(const QString &host, const QString &detail);

[[nodiscard]] CheckStep connected(const QString &address, quint16 port);
/// A failure before the conversation started (connect, TLS handshake, hang-up).
[[nodiscard]] CheckStep transportFailed(CheckTransport::Failure failure, quint16 port, const QString &detail);
[[nodiscard]] CheckStep timedOut(CheckStepKind during, int seconds);

/// The encryption step once TLS is up (implicit or after STARTTLS).
[[nodiscard]] CheckStep encrypted(const QString &protocolName, bool viaStartTls);
[[nodiscard]] CheckStep notEncrypted(quint16 port);

[[nodiscard]] CertificateSummary summarize(const QSslCertificate &certificate);
[[nodiscard]] CheckStep certificateValid(const CertificateSummary &summary, const QString &host);
/// Why the certificate was not accepted: wrong name, unknown issuer, expired, ….
[[nodiscard]] CheckStep certificateRejected(const QList<QSslError> &errors, const QString &host);

/// Greeting, STARTTLS, capabilities, sign-in methods and login, from what the conversation
/// learned. `hasUsername`/`hasPassword`: what the user gave for the login.
[[nodiscard]] QList<CheckStep> fromConversation(const MailDialog::Facts &facts, const ServerSettings &server,
                                               bool hasUsername, bool hasPassword);

} // namespace mailsetup::CheckExplanations
