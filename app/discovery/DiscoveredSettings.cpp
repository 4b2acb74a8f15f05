// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveredSettings.h"

#include "address/DomainName.h"
#include "discovery/Bilingual.h"
#include "discovery/PublicSuffixList.h"
#include "lookup/SettingsResolver.h"

#include <algorithm>

namespace mailsetup::DiscoveredSettings {

namespace {

const char *const kContext = "DiscoveredSettings";

/// A name from a DNS answer as a host name for settings (lower-case ACE, no root dot), or empty
/// when it is none: DNS labels may hold any byte, and broken or hostile servers send such names.
QString hostFromDns(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    const DomainName host = DomainName::parse(name);
    return host.isValid() ? host.ace : QString();
}

struct RankedServer {
    quint16 priority;
    quint16 weight;
    ServerSettings settings;
};

QList<ServerSettings> ranked(QList<RankedServer> servers)
{
    // RFC 2782/6186: lowest priority first, the heavier weight first among equals; the
    // product's recommendation order (encrypted, IMAP, implicit TLS) still comes first.
    std::stable_sort(servers.begin(), servers.end(), [](const RankedServer &a, const RankedServer &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    QList<ServerSettings> result;
    for (const RankedServer &server : std::as_const(servers)) {
        if (!result.contains(server.settings))
            result.append(server.settings);
    }
    SettingsResolver::sortRecommended(result);
    return result;
}

} // namespace

LookupResult fromProvider(const Provider &provider, const EmailAddress &address, SettingsSource source)
{
    LookupResult result;
    result.address = address;
    result.found = true;
    result.source = source;
    result.secure = true;
    result.provider = provider;
    result.incoming = SettingsResolver::settingsFor(provider.incoming, address);
    result.outgoing = SettingsResolver::settingsFor(provider.outgoing, address);
    result.notes = provider.notes;
    return result;
}

void markInsecure(LookupResult &result, const LocalizedText &why)
{
    result.secure = false;
    const LocalizedText warning = bilingualFrom([&why](Language language) {
        return i18n::translate(language, kContext,
                               QT_TRANSLATE_NOOP("DiscoveredSettings",
                                                 "These settings were found in a way that cannot be verified (%1). "
                                                 "Check them before you enter your password."))
            .arg(why.text(language));
    });
    result.notes.prepend({NoteKind::Warning, warning, {}});
}

QList<SrvService> srvServices()
{
    return {
        {"_submissions", Protocol::Smtp, Security::Ssl}, {"_submission", Protocol::Smtp, Security::StartTls},
        {"_imaps", Protocol::Imap, Security::Ssl},       {"_imap", Protocol::Imap, Security::StartTls},
        {"_pop3s", Protocol::Pop3, Security::Ssl},       {"_pop3", Protocol::Pop3, Security::StartTls},
    };
}

QString srvName(const SrvService &service, const QString &aceDomain)
{
    return QString::fromLatin1(service.label) + QStringLiteral("._tcp.") + aceDomain;
}

LookupResult fromSrv(const QList<SrvAnswer> &answers, const EmailAddress &address, const PublicSuffixList &suffixes)
{
    QList<RankedServer> incoming;
    QList<RankedServer> outgoing;
    bool allInOwnDomain = true;
    for (const SrvAnswer &answer : answers) {
        for (const SrvRecord &record : answer.answer.srv) {
            const QString host = hostFromDns(record.target);
            if (host.isEmpty() || record.port == 0)
                continue; // "." = decidedly not offered (RFC 2782), or not a host name at all
            ServerSettings server;
            server.protocol = answer.service.protocol;
            server.host = host;
            server.port = record.port;
            server.security = answer.service.security;
            server.auth = {AuthMethod::Password};
            server.username = address.addressAce();
            allInOwnDomain = allInOwnDomain && sameOrganisation(host, address.domainAce(), suffixes);
            (server.protocol == Protocol::Smtp ? outgoing : incoming).append({record.priority, record.weight, server});
        }
    }
    LookupResult result;
    result.address = address;
    result.incoming = ranked(incoming);
    result.outgoing = ranked(outgoing);
    result.found = result.isUsable();
    if (!result.found)
        return result;
    result.source = SettingsSource::Srv;
    Provider provider;
    provider.id = address.domainAce();
    provider.name = address.domain();
    result.provider = provider;
    result.notes.append({NoteKind::Info,
                         bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveredSettings",
                                                               "DNS service records name only servers and ports. The "
                                                               "user name is assumed to be your full e-mail address.")),
                         {}});
    if (!allInOwnDomain) {
        markInsecure(result, bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveredSettings",
                                                                   "unsigned DNS records point to servers outside %1"),
                                       address.domain()));
    }
    return result;
}

QStringList mxHostsByPreference(const QList<MxRecord> &records)
{
    QList<MxRecord> sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    QStringList hosts;
    for (const MxRecord &record : std::as_const(sorted)) {
        const QString host = hostFromDns(record.exchange);
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

QString mxBaseDomain(const QString &mxHost, const QString &aceDomain, const PublicSuffixList &suffixes)
{
    const QString base = suffixes.registrableDomain(mxHost);
    if (base.isEmpty() || base == suffixes.registrableDomain(aceDomain))
        return {};
    return base;
}

bool sameOrganisation(const QString &hostA, const QString &hostB, const PublicSuffixList &suffixes)
{
    const QString a = suffixes.registrableDomain(hostA);
    return !a.isEmpty() && a == suffixes.registrableDomain(hostB);
}

} // namespace mailsetup::DiscoveredSettings
