// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AutodiscoverXmlWriter.h"

#include "export/OutlookLogin.h"

#include <QXmlStreamWriter>

#include <optional>

namespace mailsetup {

namespace {

const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");

QString encryptionValue(Security security)
{
    return bySecurity(security, QStringLiteral("SSL"), QStringLiteral("TLS"), QStringLiteral("None"));
}

void writeProtocol(QXmlStreamWriter &xml, const ExportAccount &account, const ServerSettings &server,
                   OutlookLogin login)
{
    const bool required = login == OutlookLogin::Password || login == OutlookLogin::Spa;
    xml.writeStartElement(QStringLiteral("Protocol"));
    xml.writeTextElement(QStringLiteral("Type"), spelling(server.protocol).toUpper());
    xml.writeTextElement(QStringLiteral("Server"), server.host);
    xml.writeTextElement(QStringLiteral("Port"), QString::number(server.port));
    // Without LoginName the client asks (Outlook) or uses the address (Thunderbird).
    const QString loginName = server.username;
    if (required && !loginName.isEmpty())
        xml.writeTextElement(QStringLiteral("LoginName"), loginName);
    xml.writeTextElement(QStringLiteral("DomainRequired"), kOff);
    xml.writeTextElement(QStringLiteral("SPA"), login == OutlookLogin::Spa ? kOn : kOff);
    xml.writeTextElement(QStringLiteral("SSL"), server.isEncrypted() ? kOn : kOff);
    xml.writeTextElement(QStringLiteral("Encryption"), encryptionValue(server.security));
    xml.writeTextElement(QStringLiteral("AuthRequired"), required ? kOn : kOff);
    if (server.protocol == Protocol::Smtp) {
        const bool sameLogin = required && loginName == account.incoming.username;
        xml.writeTextElement(QStringLiteral("UsePOPAuth"), sameLogin ? kOn : kOff);
        xml.writeTextElement(QStringLiteral("SMTPLast"), login == OutlookLogin::FetchFirst ? kOn : kOff);
    }
    xml.writeEndElement();
}

/// The servers POX can describe, with their login.
QList<std::pair<ServerSettings, OutlookLogin>> describable(const QList<ServerSettings> &servers)
{
    QList<std::pair<ServerSettings, OutlookLogin>> result;
    for (const ServerSettings &server : servers) {
        if (const auto login = outlookLogin(server))
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
