// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ConnectionTester.h"

#include "check/CheckProgressModel.h"
#include "check/ConnectionCheck.h"
#include "discovery/Bilingual.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"
#include "session/SetupSession.h"

namespace mailsetup {

namespace {

const char *const kContext = "ConnectionTester";

QString translated(Language language, const char *source)
{
    return i18n::translate(language, kContext, source);
}

} // namespace

ConnectionTester::ConnectionTester(SetupSession *session, OnlineServices services, OnlineConsent *consent,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_services(std::move(services))
    , m_consent(consent)
    , m_progress(new CheckProgressModel(this))
{
    connect(m_session, &SetupSession::resultChanged, this, &ConnectionTester::onSessionChanged);
    connect(m_session, &SetupSession::choiceChanged, this, &ConnectionTester::onSessionChanged);
    connect(m_consent, &OnlineConsent::changed, this, &ConnectionTester::stateChanged);
}

ConnectionTester::~ConnectionTester()
{
    delete m_check; // stops the connections; the password goes with it
}

QList<ServerSettings> ConnectionTester::servers() const
{
    QList<ServerSettings> servers;
    if (const ServerSettings *incoming = m_session->chosenIncoming())
        servers.append(*incoming);
    if (const ServerSettings *outgoing = m_session->chosenOutgoing())
        servers.append(*outgoing);
    return servers;
}

bool ConnectionTester::offersPasswordLogin() const
{
    const QList<ServerSettings> chosen = servers();
    return std::any_of(chosen.cbegin(), chosen.cend(), [](const ServerSettings &server) {
        return server.auth.contains(AuthMethod::Password) || server.auth.contains(AuthMethod::PasswordEncrypted);
    });
}

bool ConnectionTester::waitsForConfirmation() const
{
    return m_session->needsConfirmation();
}

bool ConnectionTester::consentIsSwitchedOff() const
{
    return m_consent->isSwitchedOff(OnlineConsent::Purpose::ConnectionCheck);
}

bool ConnectionTester::canStart() const
{
    return m_session->isReady() && m_state != State::Running;
}

OnlineConsent::Request ConnectionTester::consentRequest() const
{
    OnlineConsent::Request request;
    request.purpose = OnlineConsent::Purpose::ConnectionCheck;
    QStringList hosts;
    for (const ServerSettings &server : servers()) {
        const bool outgoing = server.protocol == Protocol::Smtp;
        request.contacts.append(
            {outgoing ? bilingual(kContext, QT_TRANSLATE_NOOP("ConnectionTester", "your provider's outgoing mail server"))
                      : bilingual(kContext, QT_TRANSLATE_NOOP("ConnectionTester", "your provider's incoming mail server")),
             QStringLiteral("%1:%2").arg(server.host).arg(server.port),
             bilingual(kContext,
                       QT_TRANSLATE_NOOP("ConnectionTester",
                                         "what a mail program sends to connect; with a password also your user name "
                                         "and the password, and only over an encrypted connection"))});
        if (!hosts.contains(server.host))
            hosts.append(server.host);
    }
    request.contacts.append({bilingual(kContext, QT_TRANSLATE_NOOP("ConnectionTester", "your DNS server")),
                             QStringLiteral("DNS"),
                             bilingual(kContext, QT_TRANSLATE_NOOP("ConnectionTester", "the names %1"),
                                       hosts.join(QStringLiteral(", ")))});
    return request;
}

bool ConnectionTester::start(QString password, const OnlineConsent::Asker &ask)
{
    const bool started = canStart() && m_consent->obtain(consentRequest(), ask);
    if (started) {
        delete m_check;
        m_checkedServers = servers();
        ServerCheck::Setup setup;
        setup.dns = m_services.dns;
        setup.createTransport = m_services.createTransport;
        setup.timeout = m_services.checkTimeout;
        m_loginTried = !password.isEmpty();
        m_check = new ConnectionCheck(m_checkedServers, password, setup, this);
        m_progress->setCheck(m_check, m_checkedServers);
        connect(m_check, &ConnectionCheck::finished, this, &ConnectionTester::onFinished);
        setState(State::Running);
        m_check->start();
    }
    password.fill(u'\0'); // the check holds its own copy until it ends
    return started;
}

void ConnectionTester::stop()
{
    if (m_state != State::Running)
        return;
    m_progress->markStopped();
    delete m_check; // closes the connections and drops the password
    setState(State::Stopped);
}

void ConnectionTester::onFinished()
{
    const bool passed = m_check->passed();
    m_incomingFailed = m_outgoingFailed = false;
    for (const ServerCheckReport &report : m_check->reports()) {
        if (!report.passed())
            (report.server.protocol == Protocol::Smtp ? m_outgoingFailed : m_incomingFailed) = true;
    }
    // The steps stay in the progress model; the check goes (it dropped the password already).
    m_check->deleteLater();
    m_check = nullptr;
    setState(passed ? State::Passed : State::Failed);
}

void ConnectionTester::onSessionChanged()
{
    // Results belong to the servers they were made for; "both languages" changes nothing here.
    if (m_state != State::Idle && servers() != m_checkedServers) {
        stop();
        m_progress->clear();
        m_checkedServers.clear();
        setState(State::Idle);
        return;
    }
    Q_EMIT stateChanged();
}

void ConnectionTester::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

QString ConnectionTester::statusText(Language language) const
{
    switch (m_state) {
    case State::Idle:
        break;
    case State::Running:
        return translated(language, QT_TRANSLATE_NOOP("ConnectionTester", "Checking the connection …"));
    case State::Passed:
        return m_loginTried ? translated(language, QT_TRANSLATE_NOOP("ConnectionTester",
                                                                     "Both servers work with these settings, and the "
                                                                     "sign-in with your password worked."))
                            : translated(language, QT_TRANSLATE_NOOP("ConnectionTester",
                                                                     "Both servers work with these settings. Whether "
                                                                     "your password is right shows the first time your "
                                                                     "mail program signs in."));
    case State::Failed:
        if (m_incomingFailed && m_outgoingFailed)
            return translated(language, QT_TRANSLATE_NOOP("ConnectionTester",
                                                          "Neither server works with these settings. The lines marked "
                                                          "with a red cross say why."));
        if (m_outgoingFailed)
            return translated(language, QT_TRANSLATE_NOOP("ConnectionTester",
                                                          "The outgoing server does not work with these settings; the "
                                                          "incoming server does. The lines marked with a red cross say "
                                                          "why."));
        return translated(language, QT_TRANSLATE_NOOP("ConnectionTester",
                                                      "The incoming server does not work with these settings; the "
                                                      "outgoing server does. The lines marked with a red cross say why."));
    case State::Stopped:
        return translated(language, QT_TRANSLATE_NOOP("ConnectionTester", "The check was stopped."));
    }
    return {};
}

} // namespace mailsetup
