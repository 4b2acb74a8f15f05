// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every exporter with fuzzed names and settings. The input builds an export request the way the
// program's sources do (catalog templates with placeholders, or a hand-entered user name; host
// names that passed the checks every source applies; any text for names and notes), then each
// format is rendered and read back with an independent reader (tests/app/export/ExportReaders.h):
// what was written must be what was meant — or the exporter must refuse with a reason.
//
// Input: protocol, securities, sign-in methods (two bytes each side), ports, choices; then the
// text fields, separated by 0x1F: local part, domain, sender name, account name, provider name,
// incoming host, outgoing host, incoming user, outgoing user, note text, note link, help link.
#include "FuzzInput.h"
#include "FuzzTarget.h"

#include "../app/export/ExportReaders.h"
#include "../app/export/MobileconfigReader.h"

#include "catalog/ServerTemplateRules.h"
#include "discovery/ClientConfigParser.h"
#include "export/ExportAccount.h"
#include "export/OutlookPrfWriter.h"
#include "lookup/SettingsResolver.h"
#include "model/WebLink.h"

#include <cstdio>

using namespace mailsetup;
using namespace ExportReaders;

namespace {

enum class UsernameSource { Template, Typed, ProviderAssigns };

/// Every source of links (catalog, ISPDB, autoconfig) accepts web links only.
QString linkOrEmpty(const QString &text)
{
    return isWebLink(text) ? text : QString();
}

void fail(const char *format, const QString &expected, const QString &actual, const QByteArray &document)
{
    std::fprintf(stderr, "%s\nexpected: [%s]\nactual:   [%s]\n--- document ---\n", format, qPrintable(expected),
                 qPrintable(actual));
    std::fwrite(document.constData(), 1, size_t(document.size()), stderr);
}

#define EXPECT_EQUAL(expected, actual)                                                                                 \
    do {                                                                                                               \
        const QString expectedText = (expected);                                                                       \
        const QString actualText = (actual);                                                                           \
        if (expectedText != actualText) {                                                                              \
            fail(formatName, expectedText, actualText, document);                                                      \
            FUZZ_ASSERT(expectedText == actualText);                                                                   \
        }                                                                                                              \
    } while (false)

/// The sign-in methods of one server; a source always names at least one.
QList<AuthMethod> authMethods(FuzzInput &input)
{
    QList<AuthMethod> methods = input.subset({AuthMethod::Password, AuthMethod::PasswordEncrypted, AuthMethod::OAuth2,
                                              AuthMethod::Ntlm, AuthMethod::Gssapi, AuthMethod::TlsClientCert,
                                              AuthMethod::ClientIp, AuthMethod::SmtpAfterPop, AuthMethod::None});
    if (methods.isEmpty())
        methods = {AuthMethod::Password};
    return methods;
}

struct ServerInput {
    ServerTemplate server;
    UsernameSource usernameSource = UsernameSource::Template;
};

ServerInput serverInput(FuzzInput &input, Protocol protocol)
{
    ServerInput result;
    result.server.protocol = protocol;
    result.server.security = input.pick({Security::Ssl, Security::StartTls, Security::None});
    result.server.auth = authMethods(input);
    result.server.port = std::max<quint16>(1, input.number16());
    result.usernameSource = input.pick({UsernameSource::Template, UsernameSource::Typed, UsernameSource::ProviderAssigns});
    return result;
}

/// The server as a source hands it on, or nothing if no source would accept it.
std::optional<ServerSettings> settings(ServerInput input, const QString &host, const QString &username,
                                       const EmailAddress &address)
{
    if (!ServerTemplateRules::checkHost(host).isEmpty())
        return std::nullopt;
    input.server.host = ServerTemplateRules::normalizedHost(host);
    if (input.usernameSource == UsernameSource::Template) {
        if (!ServerTemplateRules::checkUsernameTemplate(username).isEmpty())
            return std::nullopt;
        input.server.username = username;
    } else if (input.usernameSource == UsernameSource::ProviderAssigns) {
        input.server.usernameHint = {QStringLiteral("Ihr Kontoname"), QStringLiteral("your account name")};
    }
    ServerSettings server = SettingsResolver::settingsFor({input.server}, address).constFirst();
    if (input.usernameSource == UsernameSource::Typed) {
        server.username = username.trimmed(); // the wizard's manual page
        if (server.username.isEmpty())
            return std::nullopt;
    }
    return server;
}

/// Thunderbird's prefs (user.js, and prefs.js inside the profile ZIP) hold exactly the account.
void checkPrefs(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    QString error;
    const QMap<QString, QVariant> prefs = parsePrefs(document, &error);
    EXPECT_EQUAL(QString(), error);
    const auto pref = [&prefs](const char *name) { return prefs.value(QString::fromLatin1(name)).toString(); };
    EXPECT_EQUAL(spelling(account.incoming.protocol), pref("mail.server.server1.type"));
    EXPECT_EQUAL(account.incoming.host, pref("mail.server.server1.hostname"));
    EXPECT_EQUAL(QString::number(account.incoming.port), pref("mail.server.server1.port"));
    EXPECT_EQUAL(account.incoming.username, pref("mail.server.server1.userName"));
    EXPECT_EQUAL(account.address, pref("mail.identity.id1.useremail"));
    EXPECT_EQUAL(account.displayName, pref("mail.identity.id1.fullName"));
    EXPECT_EQUAL(account.outgoing.host, pref("mail.smtpserver.smtp1.hostname"));
    EXPECT_EQUAL(QString::number(account.outgoing.port), pref("mail.smtpserver.smtp1.port"));
    if (prefs.contains(QStringLiteral("mail.smtpserver.smtp1.username")))
        EXPECT_EQUAL(account.outgoing.username, pref("mail.smtpserver.smtp1.username"));
    EXPECT_EQUAL(withoutControlCharacters(account.providerName), pref("mail.smtpserver.smtp1.description"));
}

void checkZip(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    QString error;
    const QMap<QString, QByteArray> files = readZip(document, &error);
    EXPECT_EQUAL(QString(), error);
    EXPECT_EQUAL(QStringLiteral("prefs.js"), files.keys().join(u','));
    checkPrefs(account, files.value(QStringLiteral("prefs.js")), formatName);
}

/// The autoconfig file, read by the program's own clientConfig parser (as Thunderbird would).
void checkAutoconfig(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    EXPECT_EQUAL(QString(), xmlError(document));
    const ClientConfigParser::Result parsed = ClientConfigParser::parse(document);
    EXPECT_EQUAL(QString(), parsed.problem.message(Language::English) + parsed.skipped.join(u';'));
    FUZZ_ASSERT(parsed.provider.has_value());
    const Provider &provider = *parsed.provider;
    // The reader trims names and falls back to the id (the domain) for an empty one.
    const QString name = withoutControlCharacters(account.providerName).trimmed();
    EXPECT_EQUAL(name.isEmpty() ? account.domain : name, provider.name);
    const EmailAddress address = EmailAddress::parse(account.address);
    const auto compare = [&](const QList<ServerSettings> &expected, const QList<ServerTemplate> &actual) {
        EXPECT_EQUAL(QString::number(expected.size()), QString::number(actual.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ServerSettings &server = expected.at(i);
            const ServerTemplate &read = actual.at(i);
            EXPECT_EQUAL(server.host, ServerTemplateRules::substitute(read.host, address));
            EXPECT_EQUAL(QString::number(server.port), QString::number(read.port));
            EXPECT_EQUAL(spelling(server.security), spelling(read.security));
            EXPECT_EQUAL(server.username, ServerTemplateRules::substitute(read.username, address));
            QList<AuthMethod> methods;
            for (const AuthMethod method : server.auth) {
                if (!methods.contains(method))
                    methods.append(method);
            }
            FUZZ_ASSERT(methods == read.auth);
        }
    };
    compare(account.incomingServers, provider.incoming);
    compare(account.outgoingServers, provider.outgoing);
}

void checkAutodiscover(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    QString error;
    const QStringList servers = xmlTexts(document, QStringLiteral("Server"), &error);
    EXPECT_EQUAL(QString(), error);
    const QStringList logins = xmlTexts(document, QStringLiteral("LoginName"), &error);
    FUZZ_ASSERT(!servers.isEmpty());
    EXPECT_EQUAL(account.incoming.host, servers.constFirst());
    FUZZ_ASSERT(servers.contains(account.outgoing.host) || servers.size() > 1);
    for (const QString &login : logins) {
        const bool known = std::any_of(account.incomingServers.cbegin(), account.incomingServers.cend(),
                                       [&login](const ServerSettings &s) { return s.username == login; })
                           || std::any_of(account.outgoingServers.cbegin(), account.outgoingServers.cend(),
                                          [&login](const ServerSettings &s) { return s.username == login; });
        FUZZ_ASSERT(known);
    }
}

/// What the PRF can say of a name: the INI rules (one line, trimmed) and '?' for characters
/// Windows-1252 lacks.
QString prfName(const QString &name)
{
    const QString value = OutlookPrfWriter::iniValue(name);
    QString expected;
    for (const QChar c : value)
        expected += fromWindows1252(OutlookPrfWriter::toWindows1252(QString(c)).value_or("?")).value_or(QStringLiteral("!"));
    return expected;
}

void checkPrf(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    const std::optional<QString> text = fromWindows1252(document);
    FUZZ_ASSERT(text.has_value());
    const auto ini = readIni(*text);
    const auto key = [&ini](const char *name) { return ini.value(QStringLiteral("Account1")).value(QString::fromLatin1(name)); };
    const bool imap = account.incoming.protocol == Protocol::Imap;
    EXPECT_EQUAL(account.address, key("EmailAddress"));
    EXPECT_EQUAL(account.address, ini.value(QStringLiteral("General")).value(QStringLiteral("ProfileName")));
    EXPECT_EQUAL(prfName(account.displayName.isEmpty() ? account.address : account.displayName), key("DisplayName"));
    EXPECT_EQUAL(account.incoming.host, key(imap ? "IMAPServer" : "POP3Server"));
    EXPECT_EQUAL(QString::number(account.incoming.port), key(imap ? "IMAPPort" : "POP3Port"));
    EXPECT_EQUAL(account.incoming.username, key(imap ? "IMAPUserName" : "POP3UserName"));
    EXPECT_EQUAL(account.outgoing.host, key("SMTPServer"));
    EXPECT_EQUAL(QString::number(account.outgoing.port), key("SMTPPort"));
    if (ini.value(QStringLiteral("Account1")).contains(QStringLiteral("SMTPUserName")))
        EXPECT_EQUAL(account.outgoing.username, key("SMTPUserName"));
}

void checkMobileconfig(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    QString error;
    const QVariantMap profile = MobileconfigReader::read(document, &error);
    EXPECT_EQUAL(QString(), error);
    const QVariantMap mail = profile.value(QStringLiteral("PayloadContent")).toList().value(0).toMap();
    const auto value = [&mail](const char *name) { return mail.value(QString::fromLatin1(name)).toString(); };
    EXPECT_EQUAL(account.address, value("EmailAddress"));
    EXPECT_EQUAL(account.displayName, value("EmailAccountName"));
    EXPECT_EQUAL(account.incoming.host, value("IncomingMailServerHostName"));
    EXPECT_EQUAL(QString::number(account.incoming.port), value("IncomingMailServerPortNumber"));
    if (mail.contains(QStringLiteral("IncomingMailServerUsername")))
        EXPECT_EQUAL(account.incoming.username, value("IncomingMailServerUsername"));
    EXPECT_EQUAL(account.outgoing.host, value("OutgoingMailServerHostName"));
    EXPECT_EQUAL(QString::number(account.outgoing.port), value("OutgoingMailServerPortNumber"));
    if (mail.contains(QStringLiteral("OutgoingMailServerUsername")))
        EXPECT_EQUAL(account.outgoing.username, value("OutgoingMailServerUsername"));
    EXPECT_EQUAL(QStringLiteral("%1 (%2)").arg(withoutControlCharacters(account.providerName), account.address),
                 profile.value(QStringLiteral("PayloadDisplayName")).toString());
}

void checkHtmlSheet(const ExportAccount &account, const QByteArray &document, const char *formatName)
{
    QString error;
    const QStringList cells = xmlTexts(document, QStringLiteral("td"), &error);
    EXPECT_EQUAL(QString(), error);
    FUZZ_ASSERT(cells.contains(account.incoming.host));
    FUZZ_ASSERT(cells.contains(account.outgoing.host));
}

void checkTextSheet(const ExportAccount &account, const QByteArray &document, const char * /*formatName*/)
{
    const QString text = QString::fromUtf8(document);
    FUZZ_ASSERT(text.toUtf8() == document); // valid UTF-8 throughout
    FUZZ_ASSERT(text.contains(account.address));
    FUZZ_ASSERT(text.contains(account.incoming.host));
    FUZZ_ASSERT(text.contains(account.outgoing.host));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const Protocol incomingProtocol = input.pick({Protocol::Imap, Protocol::Pop3});
    const ServerInput incomingInput = serverInput(input, incomingProtocol);
    const ServerInput outgoingInput = serverInput(input, Protocol::Smtp);
    const bool alternative = input.byte() & 1; // a second incoming server with the other protocol
    const std::optional<Protocol> chosen = input.pick<std::optional<Protocol>>({std::nullopt, Protocol::Imap, Protocol::Pop3});
    QList<Language> languages = input.pick<QList<Language>>(
        {{Language::English}, {Language::German}, {Language::German, Language::English}});
    const NoteKind noteKind = input.pick({NoteKind::BeforeSetup, NoteKind::AppPassword, NoteKind::Warning});

    const QString localPart = input.text(); // one statement each: the order of reading matters
    const QString domain = input.text();
    const EmailAddress address = EmailAddress::parse(QString(localPart + u'@' + domain));
    if (!address.isValid())
        return 0;
    ExportRequest request;
    request.displayName = input.text();
    request.accountName = input.text();
    request.incoming = chosen;
    request.languages = languages;
    Provider provider;
    provider.id = QStringLiteral("fuzz");
    provider.name = input.text();
    const QString incomingHost = input.text();
    const QString outgoingHost = input.text();
    const QString incomingUser = input.text();
    const QString outgoingUser = input.text();
    const QString noteText = input.text();
    const QString noteLink = linkOrEmpty(input.text());
    provider.helpUrl = linkOrEmpty(input.text());

    const auto incoming = settings(incomingInput, incomingHost, incomingUser, address);
    const auto outgoing = settings(outgoingInput, outgoingHost, outgoingUser, address);
    if (!incoming || !outgoing)
        return 0;
    LookupResult &result = request.result;
    result.address = address;
    result.found = true;
    result.source = SettingsSource::Catalog;
    result.provider = provider;
    result.incoming = {*incoming};
    if (alternative) {
        ServerSettings other = *incoming;
        other.protocol = incomingProtocol == Protocol::Imap ? Protocol::Pop3 : Protocol::Imap;
        result.incoming.append(other);
    }
    result.outgoing = {*outgoing};
    if (!noteText.isEmpty() || !noteLink.isEmpty())
        result.notes = {{noteKind, {noteText, noteText}, noteLink}};

    const auto chosenAccount = ExportAccount::from(request);
    if (const auto *refusal = std::get_if<ExportRefusal>(&chosenAccount)) {
        FUZZ_ASSERT(!refusal->reason.en.isEmpty() && !refusal->reason.de.isEmpty());
        return 0;
    }
    const ExportAccount &account = std::get<ExportAccount>(chosenAccount);
    for (const ExportFormat format : Exporter::allFormats()) {
        const auto rendered = Exporter::render(format, request);
        if (const auto *refusal = std::get_if<ExportRefusal>(&rendered)) {
            FUZZ_ASSERT(!refusal->reason.en.isEmpty() && !refusal->reason.de.isEmpty());
            continue;
        }
        const ExportDocument &document = std::get<ExportDocument>(rendered);
        FUZZ_ASSERT(!document.data.isEmpty());
        FUZZ_ASSERT(!document.suggestedFileName.isEmpty() && !document.suggestedFileName.contains(u'/'));
        switch (format) {
        case ExportFormat::ThunderbirdZip:
            checkZip(account, document.data, "thunderbird-zip");
            break;
        case ExportFormat::ThunderbirdPrefs:
            checkPrefs(account, document.data, "thunderbird-prefs");
            break;
        case ExportFormat::ThunderbirdAutoconfig:
            checkAutoconfig(account, document.data, "thunderbird-autoconfig");
            break;
        case ExportFormat::OutlookPrf:
            checkPrf(account, document.data, "outlook-prf");
            break;
        case ExportFormat::OutlookAutodiscover:
            checkAutodiscover(account, document.data, "outlook-autodiscover");
            break;
        case ExportFormat::AppleMobileconfig:
            checkMobileconfig(account, document.data, "apple-mobileconfig");
            break;
        case ExportFormat::SheetText:
            checkTextSheet(account, document.data, "sheet-text");
            break;
        case ExportFormat::SheetHtml:
        case ExportFormat::SheetPdf:
            checkHtmlSheet(account, document.data, "sheet-html");
            break;
        }
    }
    return 0;
}
