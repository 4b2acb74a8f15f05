// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OnlineSearch.h"

#include "discovery/Bilingual.h"
#include "discovery/DiscoveryPlan.h"
#include "discovery/DiscoveryProgressModel.h"
#include "discovery/DiscoveryRun.h"
#include "discovery/PublicSuffixList.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"
#include "session/SetupSession.h"

#include <QUrl>

namespace mailsetup {

namespace {

const char *const kContext = "OnlineSearch";

QString translated(Language language, const char *source)
{
    return i18n::translate(language, kContext, source);
}

LocalizedText partyOf(DiscoverySourceKind kind)
{
    switch (kind) {
    case DiscoverySourceKind::Autoconfig:
        return bilingual(kContext, QT_TRANSLATE_NOOP("OnlineSearch", "your provider's web server"));
    case DiscoverySourceKind::Ispdb:
        return bilingual(kContext, QT_TRANSLATE_NOOP("OnlineSearch", "Thunderbird's provider database (ISPDB)"));
    case DiscoverySourceKind::Mx:
    case DiscoverySourceKind::Srv:
        break;
    }
    return bilingual(kContext, QT_TRANSLATE_NOOP("OnlineSearch", "your DNS server"));
}

} // namespace

OnlineSearch::OnlineSearch(SetupSession *session, OnlineServices services, OnlineConsent *consent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_services(std::move(services))
    , m_consent(consent)
    , m_progress(new DiscoveryProgressModel(this))
{
    // A new address makes the last search meaningless (and must not receive its answer).
    connect(m_session, &SetupSession::addressChanged, this, &OnlineSearch::reset);
    connect(m_session, &SetupSession::catalogChanged, this, &OnlineSearch::stateChanged);
    connect(m_consent, &OnlineConsent::changed, this, &OnlineSearch::stateChanged);
}

OnlineSearch::~OnlineSearch() = default;

bool OnlineSearch::canStart() const
{
    const LookupResult &offline = m_session->preview();
    return m_session->hasCatalog() && offline.address.isValid() && !offline.found && m_state != State::Running;
}

bool OnlineSearch::consentIsSwitchedOff() const
{
    return m_consent->isSwitchedOff(OnlineConsent::Purpose::Discovery);
}

DiscoveryOptions OnlineSearch::options() const
{
    DiscoveryOptions options = m_services.discovery;
    options.allowHttp = m_consent->allowInsecureSources();
    return options;
}

OnlineConsent::Request OnlineSearch::consentRequest() const
{
    OnlineConsent::Request request;
    request.purpose = OnlineConsent::Purpose::Discovery;
    for (const DiscoveryPlan::Contact &contact : DiscoveryPlan::contacts(m_session->address(), options()))
        request.contacts.append({partyOf(contact.source), contact.target, contact.sends});
    return request;
}

QString OnlineSearch::contactSummary(Language language) const
{
    QStringList webHosts;
    for (const DiscoveryPlan::Contact &contact : DiscoveryPlan::contacts(m_session->address(), options())) {
        const QString host = QUrl(contact.target).host();
        if (contact.source == DiscoverySourceKind::Autoconfig && !webHosts.contains(host))
            webHosts.append(host);
    }
    QString text = translated(language, QT_TRANSLATE_NOOP("OnlineSearch",
                                                          "It asks %1 (your provider's web server), %2 (Thunderbird's "
                                                          "provider database) and your DNS server, and sends only the "
                                                          "domain %3 — never your address."))
                       .arg(webHosts.join(QStringLiteral(", ")), options().ispdbBaseUrl.host(), m_session->address().domain());
    if (options().allowHttp)
        text += u' '
                + translated(language, QT_TRANSLATE_NOOP("OnlineSearch",
                                                         "As set in the privacy settings, it also asks without "
                                                         "encryption (http)."));
    return text;
}

bool OnlineSearch::start(const OnlineConsent::Asker &ask)
{
    if (!canStart() || !m_consent->obtain(consentRequest(), ask))
        return false;
    reset();
    DiscoveryContext context;
    context.address = m_session->address();
    context.catalog = &m_session->catalog()->catalog;
    context.network = m_services.network;
    context.dns = m_services.dns;
    context.suffixes = m_services.suffixes ? m_services.suffixes : &PublicSuffixList::shared();
    context.options = options();
    m_run = std::make_unique<DiscoveryRun>(context);
    m_progress->setRun(m_run.get());
    connect(m_run.get(), &DiscoveryRun::finished, this, &OnlineSearch::onFinished);
    setState(State::Running);
    m_run->start();
    return true;
}

void OnlineSearch::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

void OnlineSearch::onFinished()
{
    if (m_run->wasCancelled()) {
        setState(State::Cancelled);
        return;
    }
    if (!m_run->result().found) {
        setState(State::NothingFound);
        return;
    }
    LookupResult result = m_run->result();
    result.address = m_session->address();
    m_session->setResult(result);
    setState(State::Found);
    Q_EMIT resultFound();
}

void OnlineSearch::reset()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
    m_progress->setRun(nullptr);
    m_run.reset();
    setState(State::Ready);
}

void OnlineSearch::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

bool OnlineSearch::everySourceFailed() const
{
    return std::all_of(kDiscoverySources.cbegin(), kDiscoverySources.cend(), [this](DiscoverySourceKind kind) {
        const SourceState state = m_run->outcomeOf(kind).state;
        return state == SourceState::Failed || state == SourceState::TimedOut;
    });
}

QString OnlineSearch::statusText(Language language) const
{
    const QString domain = m_session->address().domain();
    switch (m_state) {
    case State::Ready:
        break;
    case State::Running:
        return translated(language, QT_TRANSLATE_NOOP("OnlineSearch", "Searching online for the settings of %1 …"))
            .arg(domain);
    case State::Found:
        return translated(language, QT_TRANSLATE_NOOP("OnlineSearch", "Settings found. Source: %1."))
            .arg(m_run->winner() ? SettingsText::sourceName(settingsSourceOf(*m_run->winner()), language) : QString());
    case State::NothingFound:
        if (everySourceFailed())
            return translated(language, QT_TRANSLATE_NOOP("OnlineSearch",
                                                          "The online search got no answer. Is this computer connected "
                                                          "to the Internet? You can still choose your hoster below or "
                                                          "enter the settings yourself."));
        return translated(language, QT_TRANSLATE_NOOP("OnlineSearch",
                                                      "Nothing was found online for %1. That is common for an own "
                                                      "domain: choose your hoster below, or enter the settings yourself."))
            .arg(domain);
    case State::Cancelled:
        return translated(language, QT_TRANSLATE_NOOP("OnlineSearch", "The search was stopped. Nothing more is sent."));
    }
    return {};
}

} // namespace mailsetup
