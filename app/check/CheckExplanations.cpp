// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckExplanations.h"

#include "discovery/Bilingual.h"
#include "lookup/SettingsText.h"

#include <algorithm>

namespace mailsetup::CheckExplanations {

namespace {

const char *const kContext = "CheckExplanations";

template <typename... Args>
CheckStep step(CheckStepKind kind, CheckStatus status, const char *text, const Args &...arguments)
{
    return {kind, status, bilingual(kContext, text, arguments...)};
}

QString portText(quint16 port)
{
    return QString::number(port);
}

QString joined(const QStringList &items)
{
    return items.join(QLatin1String(", "));
}

} // namespace

CheckStep dnsFound(const QString &host, const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return step(CheckStepKind::Dns, CheckStatus::Passed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The server name %1 was found: %2."), host, joined(texts));
}

CheckStep dnsOverridden(const QString &host, const QString &address)
{
    return step(CheckStepKind::Dns, CheckStatus::Passed,
                QT_TRANSLATE_NOOP("CheckExplanations", "%1 is reached at %2, as given with --resolve (DNS was not asked)."),
                host, address);
}

CheckStep dnsNotFound(const QString &host)
{
    return step(CheckStepKind::Dns, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "The server name %1 does not exist. Check its spelling; the provider may also have "
                                  "renamed the server."),
                host);
}

CheckStep serverNameUnknown()
{
    return step(CheckStepKind::Dns, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "Your hoster gives every customer a server name of their own, and yours is not known "
                                  "here. Enter it in your mail program by hand (see the note at the server field)."),
                QString());
}

CheckStep dnsFailed(const QString &host, const QString &detail)
{
    return step(CheckStepKind::Dns, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "The server name %1 could not be looked up (%2). Is there an internet connection?"),
                host, detail);
}

CheckStep connected(const QString &address, quint16 port)
{
    return step(CheckStepKind::Connect, CheckStatus::Passed,
                QT_TRANSLATE_NOOP("CheckExplanations", "A connection to %1 on port %2 was made."), address, portText(port));
}

CheckStep transportFailed(CheckTransport::Failure failure, quint16 port, const QString &detail)
{
    switch (failure) {
    case CheckTransport::Failure::Refused:
        return step(CheckStepKind::Connect, CheckStatus::Failed,
                    QT_TRANSLATE_NOOP("CheckExplanations",
                                      "The server refuses connections on port %1: the port is probably wrong, or the "
                                      "service is switched off."),
                    portText(port));
    case CheckTransport::Failure::Timeout:
        return step(CheckStepKind::Connect, CheckStatus::Failed,
                    QT_TRANSLATE_NOOP("CheckExplanations",
                                      "The server does not answer on port %1. A firewall may block this port."),
                    portText(port));
    case CheckTransport::Failure::Closed:
        return step(CheckStepKind::Greeting, CheckStatus::Failed,
                    QT_TRANSLATE_NOOP("CheckExplanations", "The server closed the connection on port %1 without an answer."),
                    portText(port));
    case CheckTransport::Failure::Tls:
        return step(CheckStepKind::Encryption, CheckStatus::Failed,
                    QT_TRANSLATE_NOOP("CheckExplanations",
                                      "No encrypted connection could be made on port %1 (%2). Check whether the port "
                                      "expects SSL/TLS from the start or STARTTLS."),
                    portText(port), detail);
    case CheckTransport::Failure::Other:
        break;
    }
    return step(CheckStepKind::Connect, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The connection on port %1 failed: %2."), portText(port), detail);
}

CheckStep timedOut(CheckStepKind during, int seconds)
{
    if (during == CheckStepKind::Greeting) {
        return step(during, CheckStatus::Failed,
                    QT_TRANSLATE_NOOP("CheckExplanations",
                                      "The server did not greet within %1 seconds. If this port expects SSL/TLS from "
                                      "the start, choose SSL/TLS instead of STARTTLS or no encryption."),
                    QString::number(seconds));
    }
    return step(during, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The server did not answer within %1 seconds."),
                QString::number(seconds));
}

CheckStep encrypted(const QString &protocolName, bool viaStartTls)
{
    if (viaStartTls) {
        return step(CheckStepKind::Encryption, CheckStatus::Passed,
                    QT_TRANSLATE_NOOP("CheckExplanations", "The connection was switched to encryption with STARTTLS (%1)."),
                    protocolName);
    }
    return step(CheckStepKind::Encryption, CheckStatus::Passed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The connection is encrypted from the start (SSL/TLS, %1)."),
                protocolName);
}

CheckStep notEncrypted(quint16 port)
{
    return step(CheckStepKind::Encryption, CheckStatus::Warning,
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "The connection on port %1 is not encrypted: your password and your mail would travel "
                                  "unprotected. Use an encrypted setting if the provider offers one."),
                portText(port));
}

CertificateSummary summarize(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    summary.names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    std::reverse(summary.names.begin(), summary.names.end()); // QMultiMap lists the last one first
    if (summary.names.isEmpty())
        summary.names = certificate.subjectInfo(QSslCertificate::CommonName);
    const QStringList organisation = certificate.issuerInfo(QSslCertificate::Organization);
    const QStringList commonName = certificate.issuerInfo(QSslCertificate::CommonName);
    summary.issuer = !organisation.isEmpty() ? organisation.constFirst() : commonName.value(0);
    summary.expires = certificate.expiryDate();
    return summary;
}

CheckStep certificateValid(const CertificateSummary &summary, const QString &host)
{
    if (summary.issuer.isEmpty() || !summary.expires.isValid()) // nothing more to say than that it is valid
        return step(CheckStepKind::Certificate, CheckStatus::Passed,
                    QT_TRANSLATE_NOOP("CheckExplanations", "The certificate is valid for %1."), host);
    return step(CheckStepKind::Certificate, CheckStatus::Passed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The certificate is valid for %1 (issued by %2, valid until %3)."),
                host, summary.issuer, summary.expires.date().toString(Qt::ISODate));
}

CheckStep certificateRejected(const QList<QSslError> &errors, const QString &host)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return step(CheckStepKind::Certificate, CheckStatus::Failed,
                        QT_TRANSLATE_NOOP("CheckExplanations",
                                          "The certificate is for %1, not %2. The server name is probably wrong, or "
                                          "someone is intercepting the connection."),
                        joined(summarize(error.certificate()).names), host);
        case QSslError::CertificateExpired:
            return step(CheckStepKind::Certificate, CheckStatus::Failed,
                        QT_TRANSLATE_NOOP("CheckExplanations",
                                          "The certificate of %1 expired on %2. The provider has to renew it."),
                        host, error.certificate().expiryDate().date().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return step(CheckStepKind::Certificate, CheckStatus::Failed,
                        QT_TRANSLATE_NOOP("CheckExplanations",
                                          "The certificate of %1 is not valid yet. Check the date and time of this "
                                          "computer."),
                        host);
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetIssuerCertificate:
            return step(CheckStepKind::Certificate, CheckStatus::Failed,
                        QT_TRANSLATE_NOOP("CheckExplanations",
                                          "The certificate of %1 was not issued by an authority this computer trusts "
                                          "(%2)."),
                        host, error.errorString());
        default:
            break;
        }
    }
    const QString detail = errors.isEmpty() ? QString() : errors.constFirst().errorString();
    return step(CheckStepKind::Certificate, CheckStatus::Failed,
                QT_TRANSLATE_NOOP("CheckExplanations", "The certificate of %1 was not accepted (%2)."), host, detail);
}

QList<CheckStep> fromConversation(const MailDialog::Facts &facts, const ServerSettings &server, bool hasUsername,
                                  bool hasPassword)
{
    QList<CheckStep> steps;
    const QString port = portText(server.port);
    if (facts.greetingRefused) {
        steps.append(step(CheckStepKind::Greeting, CheckStatus::Failed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "The server refused the session: %1"), facts.greeting));
        return steps;
    }
    if (facts.greeted) {
        steps.append(step(CheckStepKind::Greeting, CheckStatus::Passed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "The %1 server greets: \"%2\"."),
                          SettingsText::protocolName(server.protocol), facts.greeting));
    }
    if (server.security == Security::StartTls && !facts.encrypted && facts.greeted) {
        if (facts.startTlsRefused) {
            steps.append(step(CheckStepKind::Encryption, CheckStatus::Failed,
                              QT_TRANSLATE_NOOP("CheckExplanations",
                                                "The server offers encryption (STARTTLS) on port %1 but refused to start "
                                                "it."),
                              port));
        } else if (!facts.startTlsOffered && facts.protocolError.isEmpty()) {
            steps.append(step(CheckStepKind::Encryption, CheckStatus::Failed,
                              QT_TRANSLATE_NOOP("CheckExplanations",
                                                "The server does not offer encryption (STARTTLS) on port %1. Your "
                                                "password would travel unprotected; try the SSL/TLS port instead."),
                              port));
        }
    }
    if (facts.replyTooLong) {
        steps.append(step(facts.greeted ? CheckStepKind::Capabilities : CheckStepKind::Greeting, CheckStatus::Failed,
                          QT_TRANSLATE_NOOP("CheckExplanations",
                                            "The server sent more than %1 lines or %2 KiB in one answer, far more than a "
                                            "mail server sends. The check stopped listening; this is not a working mail "
                                            "server."),
                          QString::number(MailDialog::kMaxReplyLines), QString::number(MailDialog::kMaxReplyBytes / 1024)));
        return steps;
    }
    if (!facts.protocolError.isEmpty()) {
        steps.append(step(facts.greeted ? CheckStepKind::Capabilities : CheckStepKind::Greeting, CheckStatus::Failed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "The server gave an answer that does not fit: \"%1\"."),
                          facts.protocolError));
        return steps;
    }
    if (!facts.greeted)
        return steps;
    if (facts.capabilities.isEmpty()) {
        steps.append(step(CheckStepKind::Capabilities, CheckStatus::Warning,
                          QT_TRANSLATE_NOOP("CheckExplanations", "The server did not list what it supports.")));
    } else {
        steps.append(step(CheckStepKind::Capabilities, CheckStatus::Passed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "The server supports: %1."), joined(facts.capabilities)));
    }
    const bool usable = facts.encrypted || server.security == Security::None;
    if (!usable)
        return steps; // STARTTLS missing: what follows would be about an unprotected connection

    if (facts.loginDisabled) {
        steps.append(step(CheckStepKind::Authentication, CheckStatus::Failed,
                          QT_TRANSLATE_NOOP("CheckExplanations",
                                            "The server accepts no password on this connection%1."),
                          facts.encrypted ? QString() : QStringLiteral(" (LOGINDISABLED)")));
    } else if (!facts.mechanisms.isEmpty()) {
        steps.append(step(CheckStepKind::Authentication, CheckStatus::Passed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "Sign-in methods offered: %1."), joined(facts.mechanisms)));
    }

    switch (facts.login) {
    case LoginResult::Succeeded:
        steps.append(step(CheckStepKind::Login, CheckStatus::Passed,
                          QT_TRANSLATE_NOOP("CheckExplanations", "Signing in as %1 worked."), server.username));
        break;
    case LoginResult::Refused:
        steps.append(step(CheckStepKind::Login, CheckStatus::Failed,
                          QT_TRANSLATE_NOOP("CheckExplanations",
                                            "The server did not accept the user name %1 with this password (%2). Check "
                                            "both; some providers need an app password."),
                          server.username, facts.loginReply));
        break;
    case LoginResult::NotTried:
        if (!hasPassword) {
            steps.append(step(CheckStepKind::Login, CheckStatus::Skipped,
                              QT_TRANSLATE_NOOP("CheckExplanations", "No password was given, so signing in was not tried.")));
        } else if (!hasUsername) {
            steps.append(step(CheckStepKind::Login, CheckStatus::Skipped,
                              QT_TRANSLATE_NOOP("CheckExplanations",
                                                "The user name is not known (the provider assigns it), so signing in "
                                                "was not tried.")));
        } else if (facts.passwordWithheld) {
            steps.append(step(CheckStepKind::Login, CheckStatus::Skipped,
                              QT_TRANSLATE_NOOP("CheckExplanations",
                                                "Signing in was not tried: the password would have travelled "
                                                "unencrypted.")));
        } else if (facts.noSupportedMechanism) {
            steps.append(step(CheckStepKind::Login, CheckStatus::Warning,
                              QT_TRANSLATE_NOOP("CheckExplanations",
                                                "Signing in was not tried: none of the offered methods (%1) can be used "
                                                "for this check."),
                              joined(facts.mechanisms)));
        }
        break;
    }
    return steps;
}

} // namespace mailsetup::CheckExplanations
