// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/ServerCheck.h"

#include "check/CheckExplanations.h"

#include <algorithm>

namespace mailsetup {

ServerCheck::ServerCheck(ServerSettings server, QString password, Setup setup, QObject *parent)
    : QObject(parent), m_setup(std::move(setup))
{
    m_report.server = std::move(server);
    m_hasUsername = !m_report.server.username.isEmpty();
    m_hasPassword = !password.isEmpty();
    MailDialog::Options options;
    options.protocol = m_report.server.protocol;
    options.security = m_report.server.security;
    options.username = m_report.server.username;
    if (m_hasUsername)
        options.password = std::move(password);
    m_dialog.emplace(std::move(options));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerCheck::onTimeout);
}

ServerCheck::~ServerCheck() = default;

void ServerCheck::start()
{
    const ServerSettings &server = m_report.server;
    m_timer.start(m_setup.timeout);
    m_connectPort = server.port;
    if (server.host.isEmpty()) {
        addStep(CheckExplanations::serverNameUnknown());
        QMetaObject::invokeMethod(this, &ServerCheck::finish, Qt::QueuedConnection);
        return;
    }
    if (const HostOverride *entry = m_setup.overrides.find(server.host, server.port)) {
        addStep(CheckExplanations::dnsOverridden(server.host, entry->address));
        m_addresses = {QHostAddress(entry->address)};
        m_connectPort = entry->connectPort();
        // Report from the event loop, as a real connection would.
        QMetaObject::invokeMethod(this, &ServerCheck::connectNext, Qt::QueuedConnection);
        return;
    }
    m_setup.dns->lookup(DnsResolver::Type::Address, server.host, this, [this](const DnsAnswer &answer) { onAddress(answer); });
}

void ServerCheck::onAddress(const DnsAnswer &answer)
{
    const QString &host = m_report.server.host;
    switch (answer.status) {
    case DnsAnswer::Status::NotFound:
        addStep(CheckExplanations::dnsNotFound(host));
        finish();
        return;
    case DnsAnswer::Status::Failed:
        addStep(CheckExplanations::dnsFailed(host, answer.error));
        finish();
        return;
    case DnsAnswer::Status::Found:
        break;
    }
    if (answer.addresses.isEmpty()) {
        addStep(CheckExplanations::dnsNotFound(host));
        finish();
        return;
    }
    addStep(CheckExplanations::dnsFound(host, answer.addresses));
    m_addresses = answer.addresses;
    connectNext();
}

void ServerCheck::connectNext()
{
    if (m_finished)
        return;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->deleteLater();
    }
    const QHostAddress address = m_addresses.takeFirst();
    m_connectedAddress = address.toString();
    m_transport = m_setup.createTransport(this);
    connect(m_transport, &CheckTransport::connected, this, &ServerCheck::onConnected);
    connect(m_transport, &CheckTransport::encrypted, this, &ServerCheck::onEncrypted);
    connect(m_transport, &CheckTransport::lineReceived, this, &ServerCheck::onLine);
    connect(m_transport, &CheckTransport::failed, this, &ServerCheck::onFailed);
    m_transport->connectTo(address, m_connectPort, m_report.server.host, m_report.server.security == Security::Ssl);
}

void ServerCheck::onConnected()
{
    m_connected = true;
    addStep(CheckExplanations::connected(m_connectedAddress, m_connectPort));
    if (m_report.server.security == Security::None)
        addStep(CheckExplanations::notEncrypted(m_report.server.port));
}

void ServerCheck::onEncrypted()
{
    const QList<QSslCertificate> chain = m_transport->peerCertificateChain();
    m_report.tlsProtocol = m_transport->tlsProtocolName();
    if (!chain.isEmpty())
        m_report.certificate = CheckExplanations::summarize(chain.constFirst());
    addStep(CheckExplanations::encrypted(m_report.tlsProtocol, m_report.server.security == Security::StartTls));
    addStep(CheckExplanations::certificateValid(m_report.certificate, m_report.server.host));
    perform(m_dialog->onEncrypted());
}

void ServerCheck::onLine(const QByteArray &line)
{
    if (m_dialog)
        perform(m_dialog->onLine(line));
}

void ServerCheck::onFailed(CheckTransport::Failure failure, const QString &detail)
{
    const bool connectFailure = failure == CheckTransport::Failure::Refused || failure == CheckTransport::Failure::Timeout
                                || failure == CheckTransport::Failure::Other;
    if (!m_connected && connectFailure && !m_addresses.isEmpty()) {
        connectNext(); // the next address of the name may work (IPv6 vs IPv4)
        return;
    }
    const QList<QSslError> tlsErrors = m_transport->tlsErrors();
    if (failure == CheckTransport::Failure::Tls && !tlsErrors.isEmpty()) {
        m_report.certificate = CheckExplanations::summarize(tlsErrors.constFirst().certificate());
        addStep(CheckExplanations::certificateRejected(tlsErrors, m_report.server.host));
    } else {
        addStep(CheckExplanations::transportFailed(failure, m_connectPort, detail));
    }
    finish();
}

void ServerCheck::onTimeout()
{
    CheckStepKind during = CheckStepKind::Dns;
    if (m_transport)
        during = CheckStepKind::Connect;
    if (m_connected)
        during = m_dialog && m_dialog->facts().greeted ? CheckStepKind::Capabilities : CheckStepKind::Greeting;
    addStep(CheckExplanations::timedOut(during, int(m_setup.timeout.count() / 1000)));
    if (m_transport)
        m_transport->close();
    finish();
}

void ServerCheck::perform(const QList<MailDialog::Action> &actions)
{
    for (const MailDialog::Action &action : actions) {
        switch (action.kind) {
        case MailDialog::Action::Kind::Send:
            m_transport->sendLine(action.line);
            break;
        case MailDialog::Action::Kind::StartTls:
            m_transport->startTls();
            break;
        case MailDialog::Action::Kind::Close:
            m_transport->close();
            finish();
            return;
        }
    }
}

void ServerCheck::addStep(const CheckStep &step)
{
    m_report.steps.append(step);
    Q_EMIT stepAdded(step);
}

void ServerCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_dialog) {
        const MailDialog::Facts &facts = m_dialog->facts();
        for (const CheckStep &step :
             CheckExplanations::fromConversation(facts, m_report.server, m_hasUsername, m_hasPassword))
            addStep(step);
        m_report.greeting = facts.greeting;
        m_report.capabilities = facts.capabilities;
        m_report.authMechanisms = facts.mechanisms;
        m_report.login = facts.login;
        m_dialog.reset(); // drops the password
    }
    // Steps happen in protocol order (STARTTLS after the greeting); people read them in a fixed one.
    std::stable_sort(m_report.steps.begin(), m_report.steps.end(),
                     [](const CheckStep &a, const CheckStep &b) { return a.kind < b.kind; });
    Q_EMIT finished();
}

} // namespace mailsetup
