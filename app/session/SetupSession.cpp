// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SetupSession.h"

#include "i18n/Translation.h"
#include "lookup/SettingsResolver.h"

namespace mailsetup {

namespace {

const char *const kManualNote = QT_TRANSLATE_NOOP("SetupSession",
    "You entered these settings yourself, partly from guesses. If your mail "
    "program cannot connect, ask your provider for the correct values.");

template<typename T> void moveToFront(QList<T> &list, qsizetype index)
{
    if (index > 0 && index < list.size())
        list.move(index, 0);
}

} // namespace

SetupSession::SetupSession(QObject *parent)
    : QObject(parent)
{
    m_preview.address = EmailAddress::parse(m_addressText);
}

SetupSession::~SetupSession() = default;

void SetupSession::setCatalog(std::shared_ptr<const LoadedCatalog> catalog)
{
    m_catalog = std::move(catalog);
    Q_EMIT catalogChanged();
    updatePreview();
}

void SetupSession::setAddressText(const QString &text)
{
    if (text == m_addressText)
        return;
    m_addressText = text;
    updatePreview();
}

void SetupSession::updatePreview()
{
    const EmailAddress address = EmailAddress::parse(m_addressText);
    if (m_catalog) {
        m_preview = SettingsResolver::lookup(m_catalog->catalog, address, &m_catalog->suggester);
    } else {
        m_preview = LookupResult {};
        m_preview.address = address;
    }
    Q_EMIT addressChanged();
}

void SetupSession::lookUp()
{
    setResult(m_preview);
}

void SetupSession::chooseHoster(const QString &providerId)
{
    if (!m_catalog)
        return;
    const Catalog::Entry entry = m_catalog->catalog.findProvider(providerId);
    setResult(SettingsResolver::resolve(m_catalog->catalog, entry, address()));
}

void SetupSession::useManualSettings(const ServerSettings &incoming, const ServerSettings &outgoing)
{
    LookupResult result;
    result.address = address();
    result.found = true;
    result.secure = true; // typed by the user, not received from anywhere
    Provider provider;
    provider.id = QLatin1String(kManualProviderId);
    provider.name = address().domain();
    result.provider = provider;
    result.incoming = {incoming};
    result.outgoing = {outgoing};
    result.notes = {Note {NoteKind::Warning,
        {i18n::translate(Language::German, "SetupSession", kManualNote),
            i18n::translate(Language::English, "SetupSession", kManualNote)},
        {}}};
    setResult(result);
}

void SetupSession::setResult(const LookupResult &result)
{
    m_result = result;
    m_confirmed = false;
    m_incomingIndex = 0;
    m_outgoingIndex = 0;
    Q_EMIT resultChanged();
    Q_EMIT choiceChanged();
}

void SetupSession::confirmInsecureResult()
{
    if (m_confirmed)
        return;
    m_confirmed = true;
    Q_EMIT resultChanged();
}

void SetupSession::chooseIncoming(qsizetype index)
{
    if (index < 0 || index >= m_result.incoming.size() || index == m_incomingIndex)
        return;
    m_incomingIndex = index;
    Q_EMIT choiceChanged();
}

void SetupSession::chooseOutgoing(qsizetype index)
{
    if (index < 0 || index >= m_result.outgoing.size() || index == m_outgoingIndex)
        return;
    m_outgoingIndex = index;
    Q_EMIT choiceChanged();
}

void SetupSession::chooseIncomingProtocol(Protocol protocol)
{
    // The servers are sorted recommended first, so the first one of a protocol is its best.
    for (qsizetype i = 0; i < m_result.incoming.size(); ++i) {
        if (m_result.incoming.at(i).protocol == protocol) {
            chooseIncoming(i);
            return;
        }
    }
}

QList<Protocol> SetupSession::incomingProtocols() const
{
    QList<Protocol> protocols;
    for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3}) {
        for (const ServerSettings &server : m_result.incoming) {
            if (server.protocol == protocol) {
                protocols.append(protocol);
                break;
            }
        }
    }
    return protocols;
}

const ServerSettings *SetupSession::chosenIncoming() const
{
    return m_incomingIndex < m_result.incoming.size() ? &m_result.incoming.at(m_incomingIndex) : nullptr;
}

const ServerSettings *SetupSession::chosenOutgoing() const
{
    return m_outgoingIndex < m_result.outgoing.size() ? &m_result.outgoing.at(m_outgoingIndex) : nullptr;
}

LookupResult SetupSession::chosenResult() const
{
    LookupResult result = m_result;
    moveToFront(result.incoming, m_incomingIndex);
    moveToFront(result.outgoing, m_outgoingIndex);
    return result;
}

void SetupSession::setBothLanguages(bool both)
{
    if (both == m_bothLanguages)
        return;
    m_bothLanguages = both;
    Q_EMIT choiceChanged();
}

ExportRequest SetupSession::exportRequest(Language currentLanguage) const
{
    ExportRequest request;
    request.result = chosenResult();
    request.displayName = m_displayName;
    if (const ServerSettings *incoming = chosenIncoming())
        request.incoming = incoming->protocol;
    if (m_bothLanguages)
        request.languages
            = {currentLanguage, currentLanguage == Language::German ? Language::English : Language::German};
    else
        request.languages = {currentLanguage};
    return request;
}

SetupSession::Guess SetupSession::guessFor(const EmailAddress &address)
{
    Guess guess;
    guess.incoming.protocol = Protocol::Imap;
    guess.incoming.host = QStringLiteral("imap.") + address.domainAce();
    guess.incoming.port = standardPort(Protocol::Imap, Security::Ssl);
    guess.incoming.security = Security::Ssl;
    guess.incoming.auth = {AuthMethod::Password};
    guess.incoming.username = address.addressAce();
    guess.outgoing = guess.incoming;
    guess.outgoing.protocol = Protocol::Smtp;
    guess.outgoing.host = QStringLiteral("smtp.") + address.domainAce();
    guess.outgoing.port = standardPort(Protocol::Smtp, Security::Ssl);
    return guess;
}

quint16 SetupSession::standardPort(Protocol protocol, Security security)
{
    const bool implicitTls = security == Security::Ssl;
    switch (protocol) {
    case Protocol::Imap:
        return implicitTls ? 993 : 143;
    case Protocol::Pop3:
        return implicitTls ? 995 : 110;
    case Protocol::Smtp:
        return implicitTls ? 465 : (security == Security::StartTls ? 587 : 25);
    }
    return 0;
}

} // namespace mailsetup
