// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/MobileconfigWriter.h"

#include "i18n/Translation.h"

#include <QXmlStreamWriter>

#include <optional>

namespace mailsetup {

namespace {

/// The namespace of Mail Setup Assistant's name-based UUIDs (chosen once, never to change).
const QUuid kUuidNamespace(QStringLiteral("{ec490f0a-5373-4f81-88e9-53d44893c07b}"));

/// Apple's EmailAuthentication value for the first method Mail can use, or nothing.
std::optional<QString> appleAuthentication(const ServerSettings &server)
{
    for (const AuthMethod method : server.auth) {
        switch (method) {
        case AuthMethod::Password:
            return QStringLiteral("EmailAuthPassword");
        case AuthMethod::PasswordEncrypted:
            return QStringLiteral("EmailAuthCRAMMD5");
        case AuthMethod::Ntlm:
            return QStringLiteral("EmailAuthNTLM");
        case AuthMethod::ClientIp:
        case AuthMethod::None:
            if (server.protocol == Protocol::Smtp)
                return QStringLiteral("EmailAuthNone");
            break;
        case AuthMethod::OAuth2:
        case AuthMethod::Gssapi:
        case AuthMethod::TlsClientCert:
        case AuthMethod::SmtpAfterPop:
            break;
        }
    }
    return std::nullopt;
}

class Plist
{
public:
    explicit Plist(QByteArray *data) : m_xml(data) {}
    QXmlStreamWriter &xml() { return m_xml; }
    void string(const QString &key, const QString &value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeTextElement(QStringLiteral("string"), value);
    }
    void integer(const QString &key, int value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeTextElement(QStringLiteral("integer"), QString::number(value));
    }
    void boolean(const QString &key, bool value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
    }

private:
    QXmlStreamWriter m_xml;
};

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

void writeServer(Plist &plist, const QString &prefix, const ServerSettings &server, const QString &authentication)
{
    plist.string(prefix + QLatin1String("MailServerHostName"), server.host);
    plist.integer(prefix + QLatin1String("MailServerPortNumber"), server.port);
    // Apple has one switch for TLS; the port tells implicit TLS from STARTTLS.
    plist.boolean(prefix + QLatin1String("MailServerUseSSL"), server.isEncrypted());
    plist.string(prefix + QLatin1String("MailServerAuthentication"), authentication);
    // Without a user name the device asks for it.
    if (!server.username.isEmpty() && authentication != QLatin1String("EmailAuthNone"))
        plist.string(prefix + QLatin1String("MailServerUsername"), server.username);
}

} // namespace

QUuid MobileconfigWriter::uuidFor(const QString &address, QStringView part)
{
    return QUuid::createUuidV5(kUuidNamespace, part.toString() + u':' + address.toLower());
}

ExportBytes MobileconfigWriter::write(const ExportAccount &account, Language language)
{
    for (const ServerSettings *server : {&account.incoming, &account.outgoing}) {
        if (!appleAuthentication(*server)) {
            return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                                   "Apple profiles cannot set up the sign-in %1 requires at %2 (OAuth2). "
                                                   "Add the account on the device instead: Settings > Mail > Accounts > "
                                                   "Add Account, then choose the provider or enter %3."),
                                 {account.providerName, server->host, account.address});
        }
    }
    const QString incomingAuth = *appleAuthentication(account.incoming);
    const QString outgoingAuth = *appleAuthentication(account.outgoing);
    const QString profileUuid = uuidText(uuidFor(account.address, u"profile"));
    const QString identifier = QStringLiteral("mailsetup.account.") + profileUuid.toLower();
    const QString title = QStringLiteral("%1 (%2)").arg(withoutControlCharacters(account.providerName), account.address);

    QByteArray data;
    Plist plist(&data);
    QXmlStreamWriter &xml = plist.xml();
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    plist.string(QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
    plist.integer(QStringLiteral("PayloadVersion"), 1);
    plist.string(QStringLiteral("PayloadIdentifier"), identifier);
    plist.string(QStringLiteral("PayloadUUID"), profileUuid);
    plist.string(QStringLiteral("PayloadDisplayName"), title);
    plist.string(QStringLiteral("PayloadDescription"),
                 i18n::translate(language, "MobileconfigWriter", QT_TRANSLATE_NOOP("MobileconfigWriter",
                                                                                   "Sets up the e-mail account %1 in Mail. "
                                                                                   "You enter the password when installing."))
                     .arg(account.address));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("PayloadContent"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeStartElement(QStringLiteral("dict"));
    plist.string(QStringLiteral("PayloadType"), QStringLiteral("com.apple.mail.managed"));
    plist.integer(QStringLiteral("PayloadVersion"), 1);
    plist.string(QStringLiteral("PayloadIdentifier"), identifier + QLatin1String(".mail"));
    plist.string(QStringLiteral("PayloadUUID"), uuidText(uuidFor(account.address, u"mail")));
    plist.string(QStringLiteral("PayloadDisplayName"), title);
    plist.string(QStringLiteral("EmailAccountType"), account.incoming.protocol == Protocol::Imap
                                                         ? QStringLiteral("EmailTypeIMAP")
                                                         : QStringLiteral("EmailTypePOP"));
    plist.string(QStringLiteral("EmailAccountDescription"), title);
    if (!account.displayName.isEmpty())
        plist.string(QStringLiteral("EmailAccountName"), account.displayName);
    plist.string(QStringLiteral("EmailAddress"), account.address);
    writeServer(plist, QStringLiteral("Incoming"), account.incoming, incomingAuth);
    writeServer(plist, QStringLiteral("Outgoing"), account.outgoing, outgoingAuth);
    if (outgoingAuth != QLatin1String("EmailAuthNone"))
        plist.boolean(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"),
                      account.outgoing.username == account.incoming.username);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // array
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return data;
}

} // namespace mailsetup
