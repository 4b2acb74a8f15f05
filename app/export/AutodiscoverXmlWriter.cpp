// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AutodiscoverXmlWriter.h"

#include <QXmlStreamWriter>

#include <optional>

namespace mailsetup {

namespace {

const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");

/// How a server can log in as POX describes it, or nothing (OAuth2, GSSAPI, certificates).
struct PoxLogin {
    bool spa = false;      ///< NTLM ("Secure Password Authentication")
    bool required = true;  ///< AuthRequired
    bool fetchFirst = false; ///< SMTPLast: fetch mail before sending (SMTP after POP)
};

std::optional<PoxLogin> poxLogin(const ServerSettings &server)
{
    const bool outgoing = server.protocol == Protocol::Smtp;
    for (const AuthMethod method : server.auth) {
        switch (method) {
        case AuthMethod::Password:
        case AuthMethod::PasswordEncrypted:
            return PoxLogin{};
        case AuthMethod::Ntlm:
            return PoxLogin{true, true, false};
        case AuthMethod::ClientIp:
        case AuthMethod::None:
            if (outgoing)
                return PoxLogin{false, false, false};
            break;
        case AuthMethod::SmtpAfterPop:
            if (outgoing)
                return PoxLogin{false, false, true};
            break;
        case AuthMethod::OAuth2:
        case AuthMethod::Gssapi:
        case AuthMethod::TlsClientCert:
            break;
        }
    }
    return std::nullopt;
}

QString encryptionValue(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("SSL");
    case Security::StartTls:
        return QStringLiteral("TLS");
    case Security::None:
        break;
    }
    return QStringLiteral("None");
}

void writeProtocol(QXmlStreamWriter &xml, const ExportAccount &account, const ServerSettings &server,
                   const PoxLogin &login)
{
    xml.writeStartElement(QStringLiteral("Protocol"));
    xml.writeTextElement(QStringLiteral("Type"), spelling(server.protocol).toUpper());
    xml.writeTextElement(QStringLiteral("Server"), server.host);
    xml.writeTextElement(QStringLiteral("Port"), QString::number(server.port));
    // Without LoginName the client asks (Outlook) or uses the address (Thunderbird).
    const QString loginName = account.loginFor(server);
    if (login.required && !loginName.isEmpty())
        xml.writeTextElement(QStringLiteral("LoginName"), loginName);
    xml.writeTextElement(QStringLiteral("DomainRequired"), kOff);
    xml.writeTextElement(QStringLiteral("SPA"), login.spa ? kOn : kOff);
    xml.writeTextElement(QStringLiteral("SSL"), server.isEncrypted() ? kOn : kOff);
    xml.writeTextElement(QStringLiteral("Encryption"), encryptionValue(server.security));
    xml.writeTextElement(QStringLiteral("AuthRequired"), login.required ? kOn : kOff);
    if (server.protocol == Protocol::Smtp) {
        const bool sameLogin = login.required && loginName == account.loginFor(account.incoming);
        xml.writeTextElement(QStringLiteral("UsePOPAuth"), sameLogin ? kOn : kOff);
        xml.writeTextElement(QStringLiteral("SMTPLast"), login.fetchFirst ? kOn : kOff);
    }
    xml.writeEndElement();
}

/// The servers POX can describe, with their login.
QList<std::pair<ServerSettings, PoxLogin>> describable(const QList<ServerSettings> &servers)
{
    QList<std::pair<ServerSettings, PoxLogin>> result;
    for (const ServerSettings &server : servers) {
        if (const auto login = poxLogin(server))
            result.append({server, *login});
    }
    return result;
}

} // namespace

ExportBytes AutodiscoverXmlWriter::write(const ExportAccount &account)
{
    const auto incoming = describable(account.incomingServers);
    const auto outgoing = describable(account.outgoingServers);
    if (incoming.isEmpty() || outgoing.isEmpty()) {
        return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                               "An Autodiscover response cannot describe the sign-in %1 requires (OAuth2). "
                                               "Mail programs find %1's settings by themselves: add the account by its "
                                               "address (%2)."),
                             {account.providerName, account.address});
    }
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Autodiscover"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"));
    xml.writeStartElement(QStringLiteral("Response"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"));
    xml.writeStartElement(QStringLiteral("Account"));
    xml.writeTextElement(QStringLiteral("AccountType"), QStringLiteral("email"));
    xml.writeTextElement(QStringLiteral("Action"), QStringLiteral("settings"));
    for (const auto &[server, login] : incoming)
        writeProtocol(xml, account, server, login);
    for (const auto &[server, login] : outgoing)
        writeProtocol(xml, account, server, login);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

} // namespace mailsetup
