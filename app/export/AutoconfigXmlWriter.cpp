// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AutoconfigXmlWriter.h"

#include "catalog/ServerTemplateRules.h"
#include "i18n/Translation.h"
#include "model/AutoconfigVocabulary.h"

#include <QXmlStreamWriter>

namespace mailsetup {

namespace {

void writeServer(QXmlStreamWriter &xml, const ExportAccount &account, const ServerSettings &server)
{
    const bool outgoing = server.protocol == Protocol::Smtp;
    xml.writeStartElement(outgoing ? QStringLiteral("outgoingServer") : QStringLiteral("incomingServer"));
    xml.writeAttribute(QStringLiteral("type"), spelling(server.protocol));
    xml.writeTextElement(QStringLiteral("hostname"), server.host);
    xml.writeTextElement(QStringLiteral("port"), QString::number(server.port));
    xml.writeTextElement(QStringLiteral("socketType"), AutoconfigVocabulary::securityValue(server.security));
    for (const QString &value : AutoconfigXmlWriter::authenticationValues(server.auth))
        xml.writeTextElement(QStringLiteral("authentication"), value);
    xml.writeTextElement(QStringLiteral("username"), AutoconfigXmlWriter::usernameValue(account, server.username));
    xml.writeEndElement();
}

/// Text in both languages, for the elements that carry a `lang` attribute.
void writeBilingual(QXmlStreamWriter &xml, const QString &element, const LocalizedText &text)
{
    for (const Language language : {Language::English, Language::German}) {
        xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("lang"), i18n::languageCode(language));
        xml.writeCharacters(withoutControlCharacters(text.text(language)));
        xml.writeEndElement();
    }
}

void writeHelp(QXmlStreamWriter &xml, const ExportAccount &account)
{
    if (!account.helpUrl.isEmpty()) {
        xml.writeStartElement(QStringLiteral("documentation"));
        xml.writeAttribute(QStringLiteral("url"), account.helpUrl);
        const char *descr = QT_TRANSLATE_NOOP("AutoconfigXmlWriter", "Settings for mail programs");
        writeBilingual(xml, QStringLiteral("descr"),
                       {i18n::translate(Language::German, "AutoconfigXmlWriter", descr),
                        i18n::translate(Language::English, "AutoconfigXmlWriter", descr)});
        xml.writeEndElement();
    }
    for (const Note &note : account.notes) {
        if (note.kind != NoteKind::BeforeSetup || note.url.isEmpty())
            continue;
        xml.writeStartElement(QStringLiteral("enable"));
        xml.writeAttribute(QStringLiteral("visiturl"), note.url);
        writeBilingual(xml, QStringLiteral("instruction"), note.text);
        xml.writeEndElement();
        break; // the format has one <enable> per provider
    }
}

} // namespace

QStringList AutoconfigXmlWriter::authenticationValues(const QList<AuthMethod> &methods)
{
    QStringList values;
    for (const AuthMethod method : methods)
        values.append(AutoconfigVocabulary::authValue(method));
    return values;
}

QString AutoconfigXmlWriter::usernameValue(const ExportAccount &account, const QString &login)
{
    if (login == account.address)
        return QStringLiteral("%EMAILADDRESS%");
    if (login == account.localPart)
        return QStringLiteral("%EMAILLOCALPART%");
    return login;
}

ExportBytes AutoconfigXmlWriter::write(const ExportAccount &account)
{
    const QList<ServerSettings> servers = account.incomingServers + account.outgoingServers;
    if (auto refusal = account.requireLogin(servers))
        return *refusal;
    // Autoconfig readers treat '%' as the start of a placeholder (%EMAILADDRESS%): a login with a
    // percent sign of its own would arrive changed or be refused.
    const EmailAddress address = EmailAddress::parse(account.address);
    for (const ServerSettings &server : servers) {
        const QString value = usernameValue(account, server.username);
        if (!ServerTemplateRules::checkUsernameTemplate(value).isEmpty()
            || ServerTemplateRules::substitute(value, address) != server.username) {
            return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                                   "The user name \"%1\" contains a percent sign, which autoconfig "
                                                   "files reserve for placeholders such as %EMAILADDRESS%; Thunderbird "
                                                   "would read a different name. Choose another format."),
                                 {server.username});
        }
    }
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("clientConfig"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeStartElement(QStringLiteral("emailProvider"));
    xml.writeAttribute(QStringLiteral("id"), account.domain);
    xml.writeTextElement(QStringLiteral("domain"), account.domain);
    const QString name = withoutControlCharacters(account.providerName);
    xml.writeTextElement(QStringLiteral("displayName"), name);
    xml.writeTextElement(QStringLiteral("displayShortName"), name);
    for (const ServerSettings &server : account.incomingServers)
        writeServer(xml, account, server);
    for (const ServerSettings &server : account.outgoingServers)
        writeServer(xml, account, server);
    writeHelp(xml, account);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

} // namespace mailsetup
