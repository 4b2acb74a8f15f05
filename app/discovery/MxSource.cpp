// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/MxSource.h"

#include "catalog/Catalog.h"
#include "discovery/Bilingual.h"
#include "discovery/ConfigFetchGroup.h"
#include "discovery/DiscoveredSettings.h"
#include "discovery/DiscoveryUrls.h"
#include "discovery/PublicSuffixList.h"
#include "lookup/SettingsResolver.h"

namespace mailsetup {

namespace {

const char *const kContext = "MxSource";

} // namespace

MxSource::MxSource(const DiscoveryContext &context, QObject *parent)
    : DiscoverySource(DiscoverySourceKind::Mx, context, parent)
{
}

void MxSource::start()
{
    context().dns->lookup(DnsResolver::Type::Mx, context().address.domainAce(), this,
                          [this](const DnsAnswer &answer) { onMx(answer); });
}

void MxSource::onMx(const DnsAnswer &answer)
{
    const QString domain = context().address.domainAce();
    const QStringList hosts = DiscoveredSettings::mxHostsByPreference(answer.mx);
    if (answer.status == DnsAnswer::Status::Failed) {
        finishWith(SourceState::Failed,
                   bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "the DNS query for %1 failed: %2"), domain, answer.error));
        return;
    }
    if (hosts.isEmpty()) {
        finishWith(SourceState::Nothing, bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "%1 has no MX record"), domain));
        return;
    }
    const PublicSuffixList &suffixes = *context().suffixes;
    m_mxHost = hosts.constFirst();
    if (context().catalog) {
        for (const QString &host : hosts) {
            const QList<Catalog::Entry> matches = context().catalog->findByMx(host);
            if (matches.isEmpty())
                continue;
            LookupResult result = SettingsResolver::resolve(*context().catalog, matches.constFirst(), context().address,
                                                            QDate::currentDate(), host);
            if (!result.isUsable())
                continue; // e.g. a hoster that closed down: maybe another MX host is better known
            result.source = SettingsSource::Mx;
            const QString name = matches.constFirst().provider->name;
            result.notes.prepend({NoteKind::Info,
                                  bilingual(kContext, QT_TRANSLATE_NOOP("MxSource",
                                                                        "Mail for %1 is received by %2 (mail server %3)."),
                                            context().address.domain(), name, host),
                                  {}});
            if (!DiscoveredSettings::sameOrganisation(host, domain, suffixes)) {
                DiscoveredSettings::markInsecure(
                    result, bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "a guess from the mail server %1 of another domain"),
                                      host));
            }
            finishWith(SourceState::Found,
                       bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "mail server %1 belongs to %2"), host, name), result);
            return;
        }
    }
    m_baseDomain = DiscoveredSettings::mxBaseDomain(m_mxHost, domain, suffixes);
    if (m_baseDomain.isEmpty()) {
        finishWith(SourceState::Nothing,
                   bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "the mail server %1 is not run by a known provider"),
                             m_mxHost));
        return;
    }
    m_fetch = new ConfigFetchGroup(context().network, false, this);
    connect(m_fetch, &ConfigFetchGroup::finished, this, &MxSource::onFetched);
    m_fetch->start(DiscoveryUrls::forMxDomain(m_baseDomain, context().options.ispdbBaseUrl),
                   context().options.ispdbBaseUrl.host());
}

void MxSource::onFetched()
{
    const ConfigDownload::Outcome &fetched = m_fetch->outcome();
    if (fetched.status != ConfigDownload::Status::Found) {
        finishWith(fetched.status == ConfigDownload::Status::Nothing ? SourceState::Nothing : SourceState::Failed,
                   bilingualFrom([&](Language language) {
                       return i18n::translate(language, kContext,
                                              QT_TRANSLATE_NOOP("MxSource", "mail server %1, nothing known about %2: %3"))
                           .arg(m_mxHost, m_baseDomain, fetched.reason.text(language));
                   }));
        return;
    }
    LookupResult result = DiscoveredSettings::fromProvider(*fetched.provider, context().address, SettingsSource::Mx);
    DiscoveredSettings::markInsecure(
        result, bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "a guess from the mail server %1 of another domain"),
                          m_mxHost));
    finishWith(SourceState::Found,
               bilingual(kContext, QT_TRANSLATE_NOOP("MxSource", "mail server %1, settings of %2 found at %3"), m_mxHost,
                         m_baseDomain, fetched.finalUrl.toString()),
               result);
}

void MxSource::finishWith(SourceState state, const LocalizedText &detail, const LookupResult &result)
{
    Q_EMIT finished({state, result, detail});
}

} // namespace mailsetup
