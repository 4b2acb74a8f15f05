// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/MailDialog.h"

#include "check/ProtocolParsers.h"

namespace mailsetup {

using namespace ProtocolParsers;
using Kind = MailDialog::Action::Kind;

namespace {

MailDialog::Action send(const QByteArray &line, bool secret = false)
{
    return {Kind::Send, line, secret};
}

} // namespace

MailDialog::MailDialog(Options options) : m_options(std::move(options))
{
    m_facts.encrypted = false;
}

QByteArray MailDialog::imapTag() const
{
    return "A" + QByteArray::number(m_imapTag);
}

QList<MailDialog::Action> MailDialog::onEncrypted()
{
    m_facts.encrypted = true;
    if (m_state != State::AwaitTls)
        return {}; // implicit TLS: the greeting comes next
    m_facts.capabilities.clear();
    return askCapabilities();
}

QList<MailDialog::Action> MailDialog::onLine(const QByteArray &line)
{
    if (m_state == State::Done)
        return {};
    QList<Action> actions = dispatch(line);
    if (!actions.isEmpty()) { // the answer was complete: the next one starts afresh
        m_pendingLines = 0;
        m_pendingBytes = 0;
        return actions;
    }
    m_pendingBytes += line.size();
    if (++m_pendingLines > kMaxReplyLines || m_pendingBytes > kMaxReplyBytes) {
        m_facts.replyTooLong = true;
        m_replyLines.clear();
        return goodbye();
    }
    return actions;
}

QList<MailDialog::Action> MailDialog::dispatch(const QByteArray &line)
{
    switch (m_options.protocol) {
    case Protocol::Imap:
        return onImap(line);
    case Protocol::Pop3:
        return onPop3(line);
    case Protocol::Smtp:
        break;
    }
    return onSmtp(line);
}

QList<MailDialog::Action> MailDialog::askCapabilities()
{
    m_state = State::Capabilities;
    m_replyLines.clear();
    switch (m_options.protocol) {
    case Protocol::Imap:
        ++m_imapTag;
        return {send(imapTag() + " CAPABILITY")};
    case Protocol::Pop3:
        return {send("CAPA")};
    case Protocol::Smtp:
        break;
    }
    return {send("EHLO " + m_options.ehloName)};
}

QList<MailDialog::Action> MailDialog::afterCapabilities()
{
    const QStringList &capabilities = m_facts.capabilities;
    switch (m_options.protocol) {
    case Protocol::Imap:
        m_facts.mechanisms = imapMechanisms(capabilities);
        m_facts.loginDisabled = hasCapability(capabilities, QStringLiteral("LOGINDISABLED"));
        break;
    case Protocol::Pop3:
        m_facts.mechanisms = pop3Mechanisms(capabilities);
        // RFC 2449: without USER (and without SASL) there is no way to sign in here.
        m_facts.loginDisabled = !capabilities.isEmpty() && !hasCapability(capabilities, QStringLiteral("USER"))
                                && m_facts.mechanisms.isEmpty();
        break;
    case Protocol::Smtp:
        m_facts.mechanisms = smtpMechanisms(capabilities);
        m_facts.loginDisabled = m_facts.mechanisms.isEmpty();
        break;
    }
    if (m_options.security == Security::StartTls && !m_facts.encrypted) {
        const QString keyword = m_options.protocol == Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS");
        m_facts.startTlsOffered = hasCapability(capabilities, keyword);
        if (!m_facts.startTlsOffered)
            return goodbye();
        m_state = State::StartTls;
        if (m_options.protocol == Protocol::Imap) {
            ++m_imapTag;
            return {send(imapTag() + " STARTTLS")};
        }
        return {send(keyword.toLatin1())};
    }
    return startLogin();
}

QList<MailDialog::Action> MailDialog::startLogin()
{
    if (m_options.password.isEmpty() || m_facts.loginDisabled)
        return goodbye();
    if (!m_facts.encrypted) {
        m_facts.passwordWithheld = true;
        return goodbye();
    }
    const QStringList &mechanisms = m_facts.mechanisms;
    m_state = State::LoginStep1;
    switch (m_options.protocol) {
    case Protocol::Imap: {
        const auto user = imapQuoted(m_options.username);
        const auto password = imapQuoted(m_options.password);
        ++m_imapTag;
        if (user && password)
            return {send(imapTag() + " LOGIN " + *user + ' ' + *password, true)};
        // 8-bit or control characters cannot be quoted; SASL PLAIN carries them in base64
        // after the server's "+" (no SASL-IR needed).
        return {send(imapTag() + " AUTHENTICATE PLAIN")};
    }
    case Protocol::Pop3:
        if (hasCapability(m_facts.capabilities, QStringLiteral("USER")) || m_facts.capabilities.isEmpty())
            return {send("USER " + m_options.username.toUtf8())};
        m_state = State::LoginStep3; // the final answer comes next
        return {send("AUTH PLAIN " + saslPlain(m_options.username, m_options.password), true)};
    case Protocol::Smtp:
        break;
    }
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        m_state = State::LoginStep3;
        return {send("AUTH PLAIN " + saslPlain(m_options.username, m_options.password), true)};
    }
    if (mechanisms.contains(QStringLiteral("LOGIN")))
        return {send("AUTH LOGIN")};
    m_facts.noSupportedMechanism = true;
    return goodbye();
}

QList<MailDialog::Action> MailDialog::goodbye()
{
    m_state = State::Done;
    QByteArray line;
    switch (m_options.protocol) {
    case Protocol::Imap:
        ++m_imapTag;
        line = imapTag() + " LOGOUT";
        break;
    case Protocol::Pop3:
    case Protocol::Smtp:
        line = "QUIT";
        break;
    }
    return {send(line), {Kind::Close, {}, false}};
}

QList<MailDialog::Action> MailDialog::unexpected(const QByteArray &line)
{
    m_facts.protocolError = QString::fromUtf8(line.left(200));
    return goodbye();
}

QList<MailDialog::Action> MailDialog::onImap(const QByteArray &line)
{
    const ImapLine reply = parseImapLine(line);
    const bool tagged = reply.tag == imapTag();
    switch (m_state) {
    case State::Greeting:
        if (reply.tag != "*" || !reply.status)
            return unexpected(line);
        if (*reply.status == ImapStatus::Bye || *reply.status == ImapStatus::No || *reply.status == ImapStatus::Bad) {
            m_facts.greetingRefused = true;
            m_facts.greeting = reply.text;
            m_state = State::Done;
            return {{Kind::Close, {}, false}};
        }
        m_facts.greeted = true;
        m_facts.greeting = reply.text;
        return askCapabilities();
    case State::Capabilities:
        if (!reply.capabilities.isEmpty())
            m_facts.capabilities = reply.capabilities;
        if (!tagged)
            return {};
        if (reply.status != ImapStatus::Ok)
            return unexpected(line);
        if (m_facts.capabilities.isEmpty())
            m_facts.capabilities = imapCapabilitiesFromCode(reply);
        return afterCapabilities();
    case State::StartTls:
        if (!tagged)
            return {};
        if (reply.status != ImapStatus::Ok) {
            m_facts.startTlsRefused = true;
            return goodbye();
        }
        m_state = State::AwaitTls;
        return {{Kind::StartTls, {}, false}};
    case State::LoginStep1:
        if (reply.tag == "+")
            return {send(saslPlain(m_options.username, m_options.password), true)};
        if (!tagged)
            return {};
        m_facts.login = reply.status == ImapStatus::Ok ? LoginResult::Succeeded : LoginResult::Refused;
        if (m_facts.login == LoginResult::Refused)
            m_facts.loginReply = reply.text;
        return goodbye();
    default:
        return unexpected(line);
    }
}

QList<MailDialog::Action> MailDialog::onPop3(const QByteArray &line)
{
    const std::optional<bool> ok = pop3Status(line);
    const QString text = QString::fromUtf8(line.mid(line.indexOf(' ') + 1)).trimmed();
    switch (m_state) {
    case State::Greeting:
        if (!ok)
            return unexpected(line);
        m_facts.greeting = text;
        if (!*ok) {
            m_facts.greetingRefused = true;
            m_state = State::Done;
            return {{Kind::Close, {}, false}};
        }
        m_facts.greeted = true;
        return askCapabilities();
    case State::Capabilities:
        if (!ok)
            return unexpected(line);
        if (!*ok) // no CAPA support (RFC 1939 servers): nothing known
            return afterCapabilities();
        m_state = State::CapaLines;
        return {};
    case State::CapaLines:
        if (line == ".") {
            m_facts.capabilities = m_replyLines;
            return afterCapabilities();
        }
        m_replyLines.append(QString::fromUtf8(line.startsWith("..") ? line.mid(1) : line).trimmed());
        return {};
    case State::StartTls:
        if (ok != true) {
            m_facts.startTlsRefused = true;
            return goodbye();
        }
        m_state = State::AwaitTls;
        return {{Kind::StartTls, {}, false}};
    case State::LoginStep1: // answer to USER
        if (ok == true) {
            m_state = State::LoginStep3;
            return {send("PASS " + m_options.password.toUtf8(), true)};
        }
        [[fallthrough]];
    case State::LoginStep3: // answer to PASS or AUTH PLAIN
        if (!ok)
            return unexpected(line);
        m_facts.login = *ok ? LoginResult::Succeeded : LoginResult::Refused;
        if (!*ok)
            m_facts.loginReply = text;
        return goodbye();
    default:
        return unexpected(line);
    }
}

QList<MailDialog::Action> MailDialog::onSmtp(const QByteArray &line)
{
    const SmtpLine reply = parseSmtpLine(line);
    if (reply.code == 0)
        return unexpected(line);
    m_replyLines.append(reply.text);
    if (!reply.last)
        return {};
    const QStringList lines = std::exchange(m_replyLines, {});
    switch (m_state) {
    case State::Greeting:
        m_facts.greeting = lines.join(u' ');
        if (reply.code != 220) {
            m_facts.greetingRefused = true;
            return goodbye();
        }
        m_facts.greeted = true;
        return askCapabilities();
    case State::Capabilities:
        m_facts.capabilities = reply.code == 250 ? smtpExtensions(lines) : QStringList();
        return afterCapabilities();
    case State::StartTls:
        if (reply.code != 220) {
            m_facts.startTlsRefused = true;
            return goodbye();
        }
        m_state = State::AwaitTls;
        return {{Kind::StartTls, {}, false}};
    case State::LoginStep1: // AUTH LOGIN: asks for the user name
        if (reply.code != 334)
            break;
        m_state = State::LoginStep2;
        return {send(m_options.username.toUtf8().toBase64())};
    case State::LoginStep2: // AUTH LOGIN: asks for the password
        if (reply.code != 334)
            break;
        m_state = State::LoginStep3;
        return {send(m_options.password.toUtf8().toBase64(), true)};
    case State::LoginStep3:
        break;
    default:
        return unexpected(line);
    }
    // The answer to the login.
    m_facts.login = reply.code == 235 ? LoginResult::Succeeded : LoginResult::Refused;
    if (m_facts.login == LoginResult::Refused)
        m_facts.loginReply = lines.join(u' ');
    return goodbye();
}

} // namespace mailsetup
