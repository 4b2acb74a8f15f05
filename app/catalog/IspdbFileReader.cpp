// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/IspdbFileReader.h"

#include "model/AutoconfigVocabulary.h"
#include "model/WebLink.h"

#include "address/DomainName.h"
#include "catalog/ServerTemplateRules.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace mailsetup {

namespace {

// Our own wording for what the ISPDB's <enable> and <restriction> elements mean; %1 is the
// provider's short name. The ISPDB's <instruction> prose is never copied.
const LocalizedText kEnableAccessNote {
    QStringLiteral("Erlauben Sie zuerst in den Einstellungen Ihres Kontos bei %1 den Zugriff für "
                   "E-Mail-Programme (IMAP/POP3)."),
    QStringLiteral("First allow access for mail programs (IMAP/POP3) in your account settings at %1.")};
const LocalizedText kMailPasswordNote {
    QStringLiteral("Richten Sie zuerst bei %1 ein eigenes Passwort für E-Mail-Programme ein. Das Passwort, "
                   "mit dem Sie sich auf der Website anmelden, funktioniert dort nicht."),
    QStringLiteral("First set up a separate password for mail programs at %1. The password you use to sign "
                   "in on the website does not work there.")};
const LocalizedText kClientIpNote {
    QStringLiteral("Der Postausgangsserver von %1 nimmt E-Mails nur aus dem Netz von %1 an, zum Beispiel über "
                   "einen Internetanschluss von %1."),
    QStringLiteral("The outgoing server of %1 only accepts mail sent from the network of %1, for example "
                   "through an internet connection from %1.")};

const QString kDefaultUsername = QStringLiteral("%EMAILADDRESS%");

Note note(NoteKind kind, const LocalizedText &text, const QString &providerName, const QString &url = {})
{
    return {kind, {text.de.arg(providerName), text.en.arg(providerName)}, url};
}

/// `%EMAILADDRESS` without its closing `%` occurs in the real data; Thunderbird would put the
/// text in literally, which never works, so the placeholder is completed.
QString completedPlaceholders(const QString &text)
{
    static const QRegularExpression unclosed(QStringLiteral("%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN)(?!%)"));
    QString result = text;
    result.replace(unclosed, QStringLiteral("%\\1%"));
    return result;
}

/// The elements of one <incomingServer> or <outgoingServer>, as written.
struct RawServer {
    bool incoming = true;
    QString type;
    int line = 0;
    QString hostname;
    QString port;
    QStringList socketTypes;
    QStringList authentications;
    std::optional<QString> username;
    QStringList restrictions;
};

/// Reads one clientConfig document. QXmlStreamReader never loads external entities; a DOCTYPE
/// (the only place entities could be declared) is refused before anything else is read.
class ClientConfigReader
{
public:
    ClientConfigReader(const QByteArray &xml, QString fileName)
        : m_xml(xml)
        , m_file(std::move(fileName))
    { }

    IspdbImporter::FileResult read();

private:
    void warn(const QString &message, int line = -1)
    {
        m_warnings.append({m_file, line < 0 ? int(m_xml.lineNumber()) : line, message});
    }
    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); }
    void readClientConfig();
    void readEmailProvider();
    void readEnable();
    RawServer readServer(bool incoming);
    std::optional<ServerTemplate> convert(const RawServer &raw);
    std::optional<Provider> assemble();

    QXmlStreamReader m_xml;
    QString m_file;
    QList<IspdbImporter::Warning> m_warnings;
    bool m_seenProvider = false;
    QString m_id;
    QString m_displayName;
    QString m_shortName;
    QStringList m_domains;
    QStringList m_mx;
    QString m_helpUrl;
    bool m_enable = false;
    bool m_enableNeedsPassword = false;
    QString m_enableUrl;
    bool m_clientIpRestriction = false;
    QList<ServerTemplate> m_incoming;
    QList<ServerTemplate> m_outgoing;
};

IspdbImporter::FileResult ClientConfigReader::read()
{
    IspdbImporter::FileResult result;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            warn(QStringLiteral("file skipped: it has a document type declaration (DOCTYPE), which clientConfig "
                                "files never need and which could declare entities that expand without bound"));
            result.warnings = m_warnings;
            return result;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() != QLatin1String("clientConfig")) {
                warn(QStringLiteral("file skipped: not a clientConfig file (the root element is <%1>)")
                         .arg(m_xml.name().toString()));
                result.warnings = m_warnings;
                return result;
            }
            readClientConfig();
        }
    }
    if (m_xml.hasError()) {
        m_warnings = {{m_file, int(m_xml.lineNumber()),
            QStringLiteral("file skipped: not well-formed XML: %1").arg(m_xml.errorString())}};
    } else if (!m_seenProvider) {
        warn(QStringLiteral("file skipped: no <emailProvider> in <clientConfig>"), 0);
    } else {
        result.provider = assemble();
    }
    result.warnings = m_warnings;
    return result;
}

void ClientConfigReader::readClientConfig()
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("emailProvider") && !m_seenProvider) {
            m_seenProvider = true;
            readEmailProvider();
        } else if (name == QLatin1String("emailProvider")) {
            warn(QStringLiteral("second <emailProvider> ignored; only the first one of a file is imported"));
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("enable")) {
            // Some files put <enable> next to <emailProvider> rather than inside it.
            readEnable();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

void ClientConfigReader::readEmailProvider()
{
    m_id = m_xml.attributes().value(QStringLiteral("id")).toString().trimmed();
    // The real data marks MX host domains only by a comment such as "<!-- MX -->" right before
    // them; such domains are also MX patterns. Any other element or comment ends the run.
    static const QRegularExpression mxComment(QStringLiteral("\\bMX\\b"));
    bool afterMxComment = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            return;
        if (token == QXmlStreamReader::Comment) {
            afterMxComment = mxComment.match(m_xml.text()).hasMatch();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name != QLatin1String("domain"))
            afterMxComment = false;
        if (name == QLatin1String("domain")) {
            const bool mxOnly = m_xml.attributes().value(QStringLiteral("purpose")) == QLatin1String("mx");
            const int line = int(m_xml.lineNumber());
            const QString value = text();
            const DomainName domain = DomainName::parse(value);
            if (!domain.isValid()) {
                warn(QStringLiteral("domain '%1' skipped: %2").arg(value, domain.problem.message(Language::English)),
                    line);
            } else if (!mxOnly && m_domains.contains(domain.ace)) {
                warn(QStringLiteral("domain '%1' is listed twice in this file; the repetition is ignored").arg(value),
                    line);
            } else {
                if (!mxOnly)
                    m_domains.append(domain.ace);
                if ((mxOnly || afterMxComment) && !m_mx.contains(domain.ace))
                    m_mx.append(domain.ace);
            }
        } else if (name == QLatin1String("displayName")) {
            m_displayName = text().simplified();
        } else if (name == QLatin1String("displayShortName")) {
            m_shortName = text().simplified();
        } else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
            const RawServer raw = readServer(name == QLatin1String("incomingServer"));
            if (auto server = convert(raw))
                (raw.incoming ? m_incoming : m_outgoing).append(*server);
        } else if (name == QLatin1String("documentation")) {
            const QString url = m_xml.attributes().value(QStringLiteral("url")).toString().trimmed();
            if (m_helpUrl.isEmpty() && isWebLink(url))
                m_helpUrl = url;
            else if (!isWebLink(url))
                warn(QStringLiteral("documentation link '%1' skipped: not an http(s) URL").arg(url));
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("enable")) {
            readEnable();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

void ClientConfigReader::readEnable()
{
    m_enable = true;
    const QString url = m_xml.attributes().value(QStringLiteral("visiturl")).toString().trimmed();
    if (isWebLink(url))
        m_enableUrl = url;
    else if (!url.isEmpty())
        warn(QStringLiteral("enable link '%1' skipped: not an http(s) URL").arg(url));
    // The instructions are only read to tell "allow IMAP/POP3 access" from "set up a separate
    // mail password" (t-online.de); their text is not imported.
    static const QRegularExpression password(QStringLiteral("passw"), QRegularExpression::CaseInsensitiveOption);
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("instruction"))
            m_xml.skipCurrentElement();
        else if (password.match(text()).hasMatch())
            m_enableNeedsPassword = true;
    }
}

RawServer ClientConfigReader::readServer(bool incoming)
{
    RawServer raw;
    raw.incoming = incoming;
    raw.type = m_xml.attributes().value(QStringLiteral("type")).toString().trimmed();
    raw.line = int(m_xml.lineNumber());
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("hostname"))
            raw.hostname = text();
        else if (name == QLatin1String("port"))
            raw.port = text();
        else if (name == QLatin1String("socketType"))
            raw.socketTypes.append(text());
        else if (name == QLatin1String("authentication"))
            raw.authentications.append(text());
        else if (name == QLatin1String("username"))
            raw.username = text();
        else if (name == QLatin1String("restriction"))
            raw.restrictions.append(text());
        else
            m_xml.skipCurrentElement(); // pop3 options, password, Exchange URLs, ...
    }
    return raw;
}

std::optional<ServerTemplate> ClientConfigReader::convert(const RawServer &raw)
{
    const QString what = QStringLiteral("%1 server '%2'")
                             .arg(raw.incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing"),
                                 raw.hostname.isEmpty() ? raw.type : raw.hostname);
    auto skip = [&](const QString &why) {
        warn(QStringLiteral("%1 skipped: %2").arg(what, why), raw.line);
        return std::nullopt;
    };
    ServerTemplate server;
    const auto protocol = fromSpelling<Protocol>(raw.type);
    if (!protocol || (raw.incoming && *protocol == Protocol::Smtp) || (!raw.incoming && *protocol != Protocol::Smtp)) {
        return skip(raw.incoming ? QStringLiteral("type '%1' is not IMAP or POP3 (Exchange, EWS, OWA, Graph and "
                                                  "ActiveSync are not imported)")
                                       .arg(raw.type)
                                 : QStringLiteral("type '%1' is not SMTP").arg(raw.type));
    }
    server.protocol = *protocol;

    const QString host = completedPlaceholders(raw.hostname);
    if (host != raw.hostname)
        warn(QStringLiteral("%1: host name completed to '%2'").arg(what, host), raw.line);
    if (host.isEmpty())
        return skip(QStringLiteral("no hostname"));
    if (const QString problem = ServerTemplateRules::checkHost(host); !problem.isEmpty())
        return skip(problem);
    server.host = ServerTemplateRules::normalizedHost(host);

    bool portOk = false;
    const int port = raw.port.toInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return skip(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(raw.port));
    server.port = quint16(port);

    // Like Thunderbird: the first socketType it knows counts.
    std::optional<Security> security;
    for (const QString &value : raw.socketTypes) {
        if ((security = AutoconfigVocabulary::security(value)))
            break;
    }
    if (!security)
        return skip(
            QStringLiteral("no known socketType (SSL, STARTTLS or plain) in '%1'").arg(raw.socketTypes.join(u',')));
    server.security = *security;

    for (const QString &value : raw.authentications) {
        const auto method = AutoconfigVocabulary::authMethod(value);
        if (!method)
            warn(QStringLiteral("%1: unknown authentication '%2' ignored").arg(what, value), raw.line);
        else if (!server.auth.contains(*method))
            server.auth.append(*method);
    }
    if (server.auth.isEmpty())
        return skip(QStringLiteral("no known authentication method"));

    // Without <username> Thunderbird cannot log in; the full address is what it effectively needs.
    if (raw.username.value_or(QString()).isEmpty()) {
        server.username = kDefaultUsername;
        warn(QStringLiteral("%1: no <username>; %2 assumed").arg(what, kDefaultUsername), raw.line);
    } else {
        server.username = completedPlaceholders(*raw.username);
        if (server.username != *raw.username)
            warn(QStringLiteral("%1: user name '%2' completed to '%3'").arg(what, *raw.username, server.username),
                raw.line);
    }
    if (const QString problem = ServerTemplateRules::checkUsernameTemplate(server.username); !problem.isEmpty())
        return skip(problem);

    for (const QString &restriction : raw.restrictions) {
        if (restriction == QLatin1String("client-IP-address") && !raw.incoming)
            m_clientIpRestriction = true;
        else
            warn(QStringLiteral("%1: restriction '%2' ignored").arg(what, restriction), raw.line);
    }
    const QList<ServerTemplate> &existing = raw.incoming ? m_incoming : m_outgoing;
    if (existing.contains(server))
        return skip(QStringLiteral("the same server is already listed"));
    return server;
}

std::optional<Provider> ClientConfigReader::assemble()
{
    auto skipFile = [this](const QString &why) {
        warn(QStringLiteral("file skipped: %1").arg(why), 0);
        return std::nullopt;
    };
    if (m_domains.isEmpty())
        return skipFile(QStringLiteral("no usable <domain>"));
    if (m_incoming.isEmpty())
        return skipFile(QStringLiteral("no usable IMAP or POP3 server"));
    if (m_outgoing.isEmpty())
        return skipFile(QStringLiteral("no usable SMTP server"));
    Provider provider;
    provider.id = IspdbImporter::sanitizedId(m_id);
    // Thunderbird fills placeholders into display names ("%EMAILDOMAIN%"); a catalog name is
    // fixed text, so such names give way to the next choice.
    static const QRegularExpression placeholder(QStringLiteral("%[A-Z]+"));
    QStringList names;
    for (const QString &candidate : {m_displayName, m_shortName, m_id, m_domains.constFirst()}) {
        if (!candidate.isEmpty() && !placeholder.match(candidate).hasMatch())
            names.append(candidate);
    }
    provider.name = names.constFirst();
    const QString shortName = !m_shortName.isEmpty() && names.contains(m_shortName) ? m_shortName : provider.name;
    provider.status = ProviderStatus::Active;
    provider.domains = m_domains;
    provider.mxSuffixes = m_mx;
    provider.helpUrl = m_helpUrl;
    provider.incoming = m_incoming;
    provider.outgoing = m_outgoing;
    if (m_enable) {
        provider.notes.append(note(NoteKind::BeforeSetup, m_enableNeedsPassword ? kMailPasswordNote : kEnableAccessNote,
            shortName, m_enableUrl));
    }
    if (m_clientIpRestriction)
        provider.notes.append(note(NoteKind::Limit, kClientIpNote, shortName));
    return provider;
}

} // namespace

IspdbImporter::FileResult IspdbFileReader::read(const QByteArray &xml, const QString &fileName)
{
    return ClientConfigReader(xml, fileName).read();
}

} // namespace mailsetup
