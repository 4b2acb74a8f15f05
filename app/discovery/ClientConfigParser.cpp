// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ClientConfigParser.h"

#include "model/AutoconfigVocabulary.h"
#include "model/WebLink.h"

#include "address/DomainName.h"
#include "catalog/ServerTemplateRules.h"
#include "i18n/Translation.h"

#include <QXmlStreamReader>

namespace mailsetup {

namespace {

const char *const kContext = "ClientConfigParser";

struct ServerElement {
    QString type;
    QString hostname;
    QString port;
    QList<QString> socketTypes;
    QList<QString> authentications;
    std::optional<QString> username;
};

/// Walks the document; elements it does not know are skipped whole.
class Reader
{
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    ClientConfigParser::Result run();

private:
    bool nextChild(); ///< true at the start of the next child element of the current one
    QString text();   ///< the element's text, trimmed; child elements are an error
    void readProvider(Provider &provider, QList<ServerElement> &incoming, QList<ServerElement> &outgoing);
    ServerElement readServer();
    void readEnable(Provider &provider);
    ClientConfigParser::Result fail(ClientConfigParser::Error error, const QString &detail = {});

    QXmlStreamReader m_xml;
    bool m_doctype = false;
};

bool Reader::nextChild()
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
            return false;
        case QXmlStreamReader::DTD:
            m_doctype = true;
            m_xml.raiseError(QStringLiteral("DOCTYPE"));
            return false;
        default:
            break;
        }
    }
    return false;
}

QString Reader::text()
{
    return m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
}

ServerElement Reader::readServer()
{
    ServerElement server;
    server.type = m_xml.attributes().value(QLatin1String("type")).toString();
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("hostname"))
            server.hostname = text();
        else if (name == QLatin1String("port"))
            server.port = text();
        else if (name == QLatin1String("socketType"))
            server.socketTypes.append(text());
        else if (name == QLatin1String("authentication"))
            server.authentications.append(text());
        else if (name == QLatin1String("username"))
            server.username = text();
        else
            m_xml.skipCurrentElement();
    }
    return server;
}

void Reader::readEnable(Provider &provider)
{
    QString url = m_xml.attributes().value(QLatin1String("visiturl")).toString();
    if (!isWebLink(url))
        url.clear(); // a javascript: or file: link must never become clickable
    LocalizedText instruction;
    while (nextChild()) {
        if (m_xml.name() != QLatin1String("instruction")) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString lang = m_xml.attributes().value(QLatin1String("lang")).toString().toLower();
        const QString value = text();
        if (lang == QLatin1String("de"))
            instruction.de = value;
        else if (lang == QLatin1String("en") || (lang.isEmpty() && instruction.en.isEmpty()))
            instruction.en = value;
    }
    if (instruction.isEmpty() && url.isEmpty())
        return;
    // A note must read in both languages: fill a missing one with the other.
    if (instruction.de.isEmpty())
        instruction.de = instruction.en;
    if (instruction.en.isEmpty())
        instruction.en = instruction.de;
    provider.notes.append({NoteKind::BeforeSetup, instruction, url});
}

void Reader::readProvider(Provider &provider, QList<ServerElement> &incoming, QList<ServerElement> &outgoing)
{
    provider.id = m_xml.attributes().value(QLatin1String("id")).toString().trimmed().toLower();
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("domain")) {
            const DomainName domain = DomainName::parse(text());
            if (domain.isValid() && !provider.domains.contains(domain.ace))
                provider.domains.append(domain.ace);
        } else if (name == QLatin1String("displayName")) {
            provider.name = text();
        } else if (name == QLatin1String("incomingServer")) {
            incoming.append(readServer());
        } else if (name == QLatin1String("outgoingServer")) {
            outgoing.append(readServer());
        } else if (name == QLatin1String("documentation")) {
            const QString url = m_xml.attributes().value(QLatin1String("url")).toString();
            if (provider.helpUrl.isEmpty() && isWebLink(url))
                provider.helpUrl = url;
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("enable")) {
            readEnable(provider);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (provider.name.isEmpty())
        provider.name = provider.id;
}

/// The server as a template, or the reason Thunderbird would not use it.
std::optional<ServerTemplate> toTemplate(const ServerElement &element, Protocol protocol, QString &why)
{
    ServerTemplate server;
    server.protocol = protocol;
    if (const QString problem = ServerTemplateRules::checkHost(element.hostname); !problem.isEmpty()) {
        why = problem;
        return std::nullopt;
    }
    server.host = ServerTemplateRules::normalizedHost(element.hostname);
    bool ok = false;
    const uint port = element.port.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        why = QStringLiteral("port '%1' is not a number from 1 to 65535").arg(element.port);
        return std::nullopt;
    }
    server.port = static_cast<quint16>(port);
    std::optional<Security> security;
    for (const QString &value : element.socketTypes) {
        if ((security = AutoconfigVocabulary::security(value)))
            break;
    }
    if (!security) {
        why = QStringLiteral("no known socketType (SSL, STARTTLS, plain)");
        return std::nullopt;
    }
    server.security = *security;
    for (const QString &value : element.authentications) {
        const auto method = AutoconfigVocabulary::authMethod(value);
        if (method && !server.auth.contains(*method))
            server.auth.append(*method);
    }
    if (server.auth.isEmpty()) {
        why = QStringLiteral("no known authentication method");
        return std::nullopt;
    }
    if (element.username && !element.username->isEmpty()) {
        if (const QString problem = ServerTemplateRules::checkUsernameTemplate(*element.username); !problem.isEmpty()) {
            why = problem;
            return std::nullopt;
        }
        server.username = *element.username;
    } else {
        server.usernameHint = {
            i18n::translate(Language::German, kContext,
                            QT_TRANSLATE_NOOP("ClientConfigParser",
                                              "The configuration does not say which user name to use; ask your provider.")),
            i18n::translate(Language::English, kContext,
                            QT_TRANSLATE_NOOP("ClientConfigParser",
                                              "The configuration does not say which user name to use; ask your provider."))};
    }
    return server;
}

ClientConfigParser::Result Reader::fail(ClientConfigParser::Error error, const QString &detail)
{
    ClientConfigParser::Result result;
    result.problem = {error, m_xml.lineNumber(), m_xml.columnNumber(), detail};
    return result;
}

ClientConfigParser::Result Reader::run()
{
    using Error = ClientConfigParser::Error;
    if (!nextChild()) {
        if (m_doctype)
            return fail(Error::Doctype);
        return fail(Error::NotXml, m_xml.hasError() ? m_xml.errorString() : QStringLiteral("no element"));
    }
    if (m_xml.name() != QLatin1String("clientConfig"))
        return fail(Error::WrongRoot, m_xml.name().toString());

    Provider provider;
    QList<ServerElement> incoming;
    QList<ServerElement> outgoing;
    bool haveProvider = false;
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("emailProvider") && !haveProvider) {
            readProvider(provider, incoming, outgoing);
            haveProvider = true;
        } else if (name == QLatin1String("enable")) {
            readEnable(provider);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // Read to the end: trailing garbage after the root makes the document invalid.
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        if (m_xml.readNext() == QXmlStreamReader::DTD)
            m_doctype = true;
    }
    if (m_doctype)
        return fail(Error::Doctype);
    if (m_xml.hasError())
        return fail(Error::NotXml, m_xml.errorString());
    if (!haveProvider)
        return fail(Error::NoProvider);

    ClientConfigParser::Result result;
    for (const ServerElement &element : std::as_const(incoming)) {
        const QString type = element.type;
        QString why;
        std::optional<ServerTemplate> server;
        if (type == QLatin1String("imap"))
            server = toTemplate(element, Protocol::Imap, why);
        else if (type == QLatin1String("pop3"))
            server = toTemplate(element, Protocol::Pop3, why);
        else
            why = QStringLiteral("type '%1' is not IMAP or POP3").arg(type);
        if (server)
            provider.incoming.append(*server);
        else
            result.skipped.append(QStringLiteral("incoming server %1: %2").arg(element.hostname, why));
    }
    for (const ServerElement &element : std::as_const(outgoing)) {
        QString why;
        std::optional<ServerTemplate> server;
        if (element.type == QLatin1String("smtp"))
            server = toTemplate(element, Protocol::Smtp, why);
        else
            why = QStringLiteral("type '%1' is not SMTP").arg(element.type);
        if (server)
            provider.outgoing.append(*server);
        else
            result.skipped.append(QStringLiteral("outgoing server %1: %2").arg(element.hostname, why));
    }
    if (provider.incoming.isEmpty()) {
        result.problem = {Error::NoIncoming, 0, 0, result.skipped.join(QLatin1String("; "))};
        return result;
    }
    if (provider.outgoing.isEmpty()) {
        result.problem = {Error::NoOutgoing, 0, 0, result.skipped.join(QLatin1String("; "))};
        return result;
    }
    result.provider = provider;
    return result;
}

} // namespace

ClientConfigParser::Result ClientConfigParser::parse(const QByteArray &xml)
{
    if (xml.size() > kMaxBytes) {
        Result result;
        result.problem.error = Error::TooLarge;
        result.problem.detail = QString::number(xml.size());
        return result;
    }
    return Reader(xml).run();
}

QString ClientConfigParser::Problem::message(Language language) const
{
    auto say = [language](const char *text) { return i18n::translate(language, kContext, text); };
    switch (error) {
    case Error::None:
        return {};
    case Error::TooLarge:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the answer is too large to be a configuration file"));
    case Error::Doctype:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser",
                                    "the file contains a document type declaration, which a configuration file never needs"));
    case Error::NotXml:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the file is not valid XML (line %1, column %2: %3)"))
            .arg(QString::number(line), QString::number(column), detail);
    case Error::WrongRoot:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the file is not a mail configuration (it starts with <%1>)"))
            .arg(detail);
    case Error::NoProvider:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the configuration file describes no mail provider"));
    case Error::NoIncoming:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the configuration file lists no usable incoming mail server"));
    case Error::NoOutgoing:
        return say(QT_TRANSLATE_NOOP("ClientConfigParser", "the configuration file lists no usable outgoing mail server"));
    }
    return {};
}

} // namespace mailsetup
