// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportAccount.h"

#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

#include <algorithm>

namespace mailsetup {

namespace {

/// The servers of the chosen protocol first; the stable order keeps the recommendation otherwise.
QList<ServerSettings> chosenFirst(QList<ServerSettings> servers, Protocol protocol)
{
    std::stable_partition(servers.begin(), servers.end(),
                          [protocol](const ServerSettings &server) { return server.protocol == protocol; });
    return servers;
}

} // namespace

QString withoutControlCharacters(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(u'\r', u'\n');
    for (qsizetype i = 0; i < result.size(); ++i) {
        QChar &c = result[i];
        if (c.isHighSurrogate() && i + 1 < result.size() && result.at(i + 1).isLowSurrogate()) {
            ++i; // a valid pair: a character beyond U+FFFF
            continue;
        }
        // XML 1.0 cannot carry U+FFFE, U+FFFF and lone surrogates at all.
        const bool control = c.category() == QChar::Other_Control || c == QChar::LineSeparator
                             || c == QChar::ParagraphSeparator || c.unicode() >= 0xFFFE || c.isSurrogate();
        if (control && c != u'\n')
            c = u' ';
    }
    return result;
}

LocalizedText authNamesText(const ServerSettings &server)
{
    return {SettingsText::authNames(server.auth, Language::German), SettingsText::authNames(server.auth, Language::English)};
}

ExportRefusal exportRefusal(const char *sourceText, const QList<RefusalArgument> &arguments)
{
    // One pass, so that a "%2" inside an argument (e.g. a catalog's provider name) stays as it is.
    const auto fill = [&arguments](const QString &pattern, Language language) {
        QString result;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const int index = i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() : -1;
            if (pattern.at(i) == u'%' && index >= 1 && index <= arguments.size()) {
                result += arguments.at(index - 1).text.text(language);
                ++i;
            } else {
                result += pattern.at(i);
            }
        }
        return result;
    };
    return {{fill(i18n::translate(Language::German, "ExportRefusal", sourceText), Language::German),
             fill(i18n::translate(Language::English, "ExportRefusal", sourceText), Language::English)}};
}

std::variant<ExportAccount, ExportRefusal> ExportAccount::from(const ExportRequest &request)
{
    const LookupResult &result = request.result;
    if (!result.address.isValid() || !result.found || !result.provider || !result.isUsable()) {
        return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                               "No usable server settings are known for %1, so there is nothing to export."),
                             {result.address.cleaned()});
    }
    const Protocol protocol = request.incoming.value_or(result.incoming.constFirst().protocol);
    ExportAccount account;
    account.incomingServers = chosenFirst(result.incoming, protocol);
    if (account.incomingServers.constFirst().protocol != protocol) {
        return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal", "%1 offers no %2 server. Export the %3 settings instead."),
                             {result.provider->name, SettingsText::protocolName(protocol),
                              SettingsText::protocolName(result.incoming.constFirst().protocol)});
    }
    account.outgoingServers = result.outgoing;
    const QString accountName = withoutControlCharacters(request.accountName).trimmed();
    // Where the provider assigns account names, the one given is the login (also on the sheet).
    for (QList<ServerSettings> *servers : {&account.incomingServers, &account.outgoingServers}) {
        for (ServerSettings &server : *servers) {
            if (server.username.isEmpty())
                server.username = accountName;
        }
    }
    for (const QList<ServerSettings> *servers : {&account.incomingServers, &account.outgoingServers}) {
        for (const ServerSettings &server : *servers) {
            if (server.host.isEmpty()) {
                return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                                       "%1 gives every customer a server name of their own, and this file "
                                                       "must contain yours. Enter the settings in your mail program by "
                                                       "hand instead; the server name is: %2"),
                                     {result.provider->name, server.hostHint});
            }
            // A login must arrive exactly as it is; one with characters no file format can hold
            // is a typing or copying mistake, not something to clean up silently.
            if (server.username.contains(u'\n') || withoutControlCharacters(server.username) != server.username) {
                return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                                       "The user name \"%1\" contains invisible control characters or "
                                                       "a line break, which no mail program can store. Correct the "
                                                       "user name and export again."),
                                     {withoutControlCharacters(server.username).replace(u'\n', u' ')});
            }
        }
    }
    account.incoming = account.incomingServers.constFirst();
    account.outgoing = account.outgoingServers.constFirst();
    account.address = result.address.addressAce();
    account.localPart = result.address.localPart();
    account.domain = result.address.domainAce();
    account.displayName = withoutControlCharacters(request.displayName).trimmed();
    account.providerName = result.provider->name;
    account.helpUrl = result.provider->helpUrl;
    account.notes = result.notes;
    return account;
}

std::optional<ExportRefusal> ExportAccount::requireLogin(const QList<ServerSettings> &servers) const
{
    for (const ServerSettings &server : servers) {
        if (server.username.isEmpty()) {
            return exportRefusal(
                QT_TRANSLATE_NOOP("ExportRefusal", "%1 assigns its own account names, and this file must contain yours. "
                                                   "Give your account name (on the command line: --username NAME) and "
                                                   "export again. Where to find it: %2"),
                {providerName, server.usernameHint});
        }
    }
    return std::nullopt;
}

} // namespace mailsetup
