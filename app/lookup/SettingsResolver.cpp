// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup/SettingsResolver.h"

#include "address/DomainName.h"
#include "catalog/ServerTemplateRules.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"
#include "lookup/TypoSuggester.h"

#include <algorithm>

namespace mailsetup {

namespace {

constexpr int kMaxMergeChain = 8;

LocalizedText bilingual(const char *sourceText)
{
    return {i18n::translate(Language::German, "SettingsResolver", sourceText),
            i18n::translate(Language::English, "SettingsResolver", sourceText)};
}

/// `sourceText` with an argument that is written differently in each language (a date).
LocalizedText bilingual(const char *sourceText, const LocalizedText &argument)
{
    const LocalizedText text = bilingual(sourceText);
    return {text.de.arg(argument.de), text.en.arg(argument.en)};
}

bool hasStatusNote(const Provider &provider)
{
    return std::any_of(provider.notes.cbegin(), provider.notes.cend(),
                       [](const Note &note) { return note.kind == NoteKind::Status; });
}

int securityRank(Security security)
{
    switch (security) {
    case Security::Ssl:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::None:
        break;
    }
    return 2;
}

} // namespace

QList<ServerSettings> SettingsResolver::settingsFor(const QList<ServerTemplate> &servers, const EmailAddress &address,
                                                    const QString &mxHost)
{
    QList<ServerSettings> result;
    result.reserve(servers.size());
    for (const ServerTemplate &server : servers) {
        ServerSettings settings;
        settings.protocol = server.protocol;
        if (!ServerTemplateRules::isMxHost(server.host))
            settings.host = DomainName::toAce(ServerTemplateRules::substitute(server.host, address));
        else if (!mxHost.isEmpty())
            settings.host = DomainName::toAce(mxHost.endsWith(u'.') ? mxHost.chopped(1) : mxHost);
        else
            settings.hostHint = server.hostHint;
        settings.port = server.port;
        settings.security = server.security;
        settings.auth = server.auth;
        if (!server.username.isEmpty())
            settings.username = ServerTemplateRules::substitute(server.username, address);
        settings.usernameHint = server.usernameHint;
        result.append(settings);
    }
    sortRecommended(result);
    return result;
}

void SettingsResolver::sortRecommended(QList<ServerSettings> &servers)
{
    std::stable_sort(servers.begin(), servers.end(), [](const ServerSettings &a, const ServerSettings &b) {
        if (a.isEncrypted() != b.isEncrypted())
            return a.isEncrypted();
        const bool aImap = a.protocol == Protocol::Imap;
        const bool bImap = b.protocol == Protocol::Imap;
        if (aImap != bImap)
            return aImap;
        return securityRank(a.security) < securityRank(b.security);
    });
}

LookupResult SettingsResolver::resolve(const Catalog &catalog, const Catalog::Entry &entry,
                                       const EmailAddress &address, QDate today, const QString &mxHost)
{
    LookupResult result;
    result.address = address;
    if (!entry.isValid())
        return result;
    const Provider &provider = *entry.provider;
    result.found = true;
    result.source = entry.source;
    result.secure = true; // every catalog layer is a local file
    result.provider = provider;

    QList<Note> statusNotes;
    QList<Note> otherNotes;
    for (const Note &note : provider.notes)
        (note.kind == NoteKind::Status ? statusNotes : otherNotes).append(note);

    const Provider *serving = &provider;
    if (provider.status == ProviderStatus::Merged) {
        serving = nullptr;
        QString targetId = provider.mergedInto;
        for (int step = 0; step < kMaxMergeChain && !targetId.isEmpty(); ++step) {
            const Catalog::Entry target = catalog.findProvider(targetId);
            if (!target.isValid())
                break;
            if (target.provider->status != ProviderStatus::Merged) {
                serving = target.provider;
                break;
            }
            targetId = target.provider->mergedInto;
        }
        if (serving) {
            result.mergedTarget = *serving;
            // The successor's hints apply to the old addresses too; a brand that already says
            // the same thing word for word should not show it twice.
            for (const Note &note : serving->notes) {
                if (note.kind != NoteKind::Status && !otherNotes.contains(note))
                    otherNotes.append(note);
            }
        } else {
            statusNotes.append({NoteKind::Status,
                                bilingual(QT_TRANSLATE_NOOP("SettingsResolver",
                                                            "The provider that took over these addresses is not in the catalog, "
                                                            "so no servers can be shown.")),
                                {}});
        }
    }
    if (provider.status == ProviderStatus::Unverified && !hasStatusNote(provider)) {
        statusNotes.append({NoteKind::Status,
                            bilingual(QT_TRANSLATE_NOOP("SettingsResolver",
                                                        "These settings could not be confirmed from a current public source. "
                                                        "They are the best known settings; if they do not work, ask your provider.")),
                            {}});
    }
    // Freshness is about the servers shown: for a merged brand those of its successor; a
    // discontinued provider shows none, so nothing can be outdated.
    const QDate checked = serving ? serving->verifiedDate : QDate();
    result.outdated = provider.status != ProviderStatus::Defunct && checked.isValid()
                      && checked.addMonths(kFreshnessMonths) < today;
    if (result.outdated) {
        statusNotes.append({NoteKind::Status,
                            bilingual(QT_TRANSLATE_NOOP("SettingsResolver",
                                                        "May be outdated: these settings were last checked on %1."),
                                      {SettingsText::formatDate(checked, Language::German),
                                       SettingsText::formatDate(checked, Language::English)}),
                            {}});
    }
    result.notes = statusNotes + otherNotes;

    if (serving && provider.status != ProviderStatus::Defunct) {
        result.incoming = settingsFor(serving->incoming, address, mxHost);
        result.outgoing = settingsFor(serving->outgoing, address, mxHost);
    }
    return result;
}

LookupResult SettingsResolver::lookup(const Catalog &catalog, const EmailAddress &address,
                                      const TypoSuggester *suggester, QDate today)
{
    if (!address.isValid()) {
        LookupResult result;
        result.address = address;
        const QString fixedDomain = address.domainWithoutTrailingDot();
        if (!fixedDomain.isEmpty())
            result.suggestion = address.localPart() + u'@' + fixedDomain;
        return result;
    }
    const Catalog::Entry entry = catalog.findDomain(address.domainAce());
    if (entry.isValid())
        return resolve(catalog, entry, address, today);

    LookupResult result;
    result.address = address;
    result.source.reset();
    if (suggester) {
        const QString domain = suggester->suggest(address.domainAce());
        if (!domain.isEmpty())
            result.suggestion = address.withDomain(DomainName::parse(domain).unicode);
    }
    return result;
}

} // namespace mailsetup
