// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ConfigSource.h"

#include "discovery/Bilingual.h"
#include "discovery/ConfigFetchGroup.h"
#include "discovery/DiscoveredSettings.h"
#include "discovery/DiscoveryUrls.h"

namespace mailsetup {

ConfigSource::ConfigSource(DiscoverySourceKind kind, const DiscoveryContext &context, QObject *parent)
    : DiscoverySource(kind, context, parent)
{
}

QList<QUrl> ConfigSource::urls() const
{
    const QString domain = context().address.domainAce();
    if (kind() == DiscoverySourceKind::Ispdb)
        return {DiscoveryUrls::ispdb(context().options.ispdbBaseUrl, domain)};
    return DiscoveryUrls::autoconfig(domain, context().options.allowHttp);
}

void ConfigSource::start()
{
    m_fetch = new ConfigFetchGroup(context().network, context().options.allowHttp, this);
    connect(m_fetch, &ConfigFetchGroup::finished, this, &ConfigSource::onFetched);
    m_fetch->start(urls(), context().options.ispdbBaseUrl.host());
}

void ConfigSource::onFetched()
{
    const ConfigDownload::Outcome &fetched = m_fetch->outcome();
    SourceOutcome outcome;
    outcome.detail = fetched.reason;
    switch (fetched.status) {
    case ConfigDownload::Status::Nothing:
        outcome.state = SourceState::Nothing;
        break;
    case ConfigDownload::Status::Failed:
        outcome.state = SourceState::Failed;
        break;
    case ConfigDownload::Status::Found:
        outcome.state = SourceState::Found;
        outcome.result = DiscoveredSettings::fromProvider(*fetched.provider, context().address, settingsSourceOf(kind()));
        outcome.detail = bilingual("ConfigSource", QT_TRANSLATE_NOOP("ConfigSource", "found at %1"),
                                   fetched.finalUrl.toString());
        if (!fetched.secure) {
            DiscoveredSettings::markInsecure(
                outcome.result, bilingual("ConfigSource", QT_TRANSLATE_NOOP("ConfigSource", "downloaded without encryption from %1"),
                                          fetched.finalUrl.host()));
        }
        break;
    }
    Q_EMIT finished(outcome);
}

} // namespace mailsetup
