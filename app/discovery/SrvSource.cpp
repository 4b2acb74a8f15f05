// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/SrvSource.h"

#include "discovery/Bilingual.h"
#include "discovery/PublicSuffixList.h"

namespace mailsetup {

namespace {

const char *const kContext = "SrvSource";

} // namespace

SrvSource::SrvSource(const DiscoveryContext &context, QObject *parent)
    : DiscoverySource(DiscoverySourceKind::Srv, context, parent)
{
}

void SrvSource::start()
{
    const QList<DiscoveredSettings::SrvService> services = DiscoveredSettings::srvServices();
    m_expected = services.size();
    for (const DiscoveredSettings::SrvService &service : services) {
        context().dns->lookup(DnsResolver::Type::Srv, DiscoveredSettings::srvName(service, context().address.domainAce()),
                              this, [this, service](const DnsAnswer &answer) { onAnswer({service, answer}); });
    }
}

void SrvSource::onAnswer(const DiscoveredSettings::SrvAnswer &answer)
{
    m_answers.append(answer);
    if (m_answers.size() < m_expected)
        return;

    const QString domain = context().address.domain();
    SourceOutcome outcome;
    outcome.result = DiscoveredSettings::fromSrv(m_answers, context().address, *context().suffixes);
    if (outcome.result.found) {
        outcome.state = SourceState::Found;
        outcome.detail = bilingual(kContext, QT_TRANSLATE_NOOP("SrvSource", "service records of %1"), domain);
        Q_EMIT finished(outcome);
        return;
    }
    bool anyRecord = false;
    QString failure;
    for (const DiscoveredSettings::SrvAnswer &each : std::as_const(m_answers)) {
        anyRecord = anyRecord || !each.answer.srv.isEmpty();
        if (each.answer.status == DnsAnswer::Status::Failed && failure.isEmpty())
            failure = each.answer.error;
    }
    if (!outcome.result.incoming.isEmpty() || !outcome.result.outgoing.isEmpty()) {
        outcome.state = SourceState::Nothing;
        outcome.detail = bilingual(kContext, QT_TRANSLATE_NOOP("SrvSource",
                                                               "the service records of %1 name only incoming or only "
                                                               "outgoing servers"),
                                   domain);
    } else if (anyRecord) {
        outcome.state = SourceState::Nothing;
        outcome.detail = bilingual(kContext, QT_TRANSLATE_NOOP("SrvSource",
                                                               "the service records of %1 say that no mail service is "
                                                               "offered"),
                                   domain);
    } else if (!failure.isEmpty()) {
        outcome.state = SourceState::Failed;
        outcome.detail = bilingual(kContext, QT_TRANSLATE_NOOP("SrvSource", "the DNS query failed: %1"), failure);
    } else {
        outcome.state = SourceState::Nothing;
        outcome.detail = bilingual(kContext, QT_TRANSLATE_NOOP("SrvSource", "%1 has no mail service records"), domain);
    }
    outcome.result = {};
    Q_EMIT finished(outcome);
}

} // namespace mailsetup
