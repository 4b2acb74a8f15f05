// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A hostile mail server talking to the connection check (MailDialog and the ProtocolParsers it
// uses). Input: one byte each for protocol, security and whether a password is given, then the
// server's lines separated by LF (what SocketTransport delivers, CR LF removed). Whenever the
// check asks for STARTTLS, the handshake succeeds. Properties:
// - nothing crashes, and the conversation ends once the lines run out or the check closes;
// - the password leaves only in lines marked secret, and only over an encrypted connection;
// - no answer makes the check keep more than MailDialog::kMaxReplyLines lines of it;
// - nothing is sent after Close, and Close ends an action list.
#include "FuzzInput.h"
#include "FuzzTarget.h"

#include "check/MailDialog.h"
#include "check/ProtocolParsers.h"

using namespace mailsetup;
using Kind = MailDialog::Action::Kind;

namespace {

// Needs quoting and is 8-bit, so the IMAP dialog takes the SASL path as well as LOGIN.
const QString kPassword = QStringLiteral("Pw\"\\Ä-4711");
const QString kAsciiPassword = QStringLiteral("Pw\"\\-4711");

/// Every form in which a password can appear in a line.
QList<QByteArray> passwordForms(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    QList<QByteArray> forms{raw, raw.toBase64(),
                            ProtocolParsers::saslPlain(QStringLiteral("user@example.com"), password)};
    if (const auto quoted = ProtocolParsers::imapQuoted(password))
        forms.append(*quoted);
    return forms;
}

/// Undoes imapQuoted().
QString unquoted(const QByteArray &quoted)
{
    QByteArray text;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted.at(i) == '\\')
            ++i;
        text += quoted.at(i);
    }
    return QString::fromLatin1(text);
}

/// The parsers on their own, with the properties they promise.
void checkParsers(const QByteArray &line)
{
    const ProtocolParsers::ImapLine imap = ProtocolParsers::parseImapLine(line);
    if (!imap.capabilities.isEmpty())
        FUZZ_ASSERT(imap.tag == "*");
    for (const QString &mechanism : ProtocolParsers::imapMechanisms(imap.capabilities))
        FUZZ_ASSERT(!mechanism.isEmpty() && mechanism == mechanism.toUpper());
    const ProtocolParsers::SmtpLine smtp = ProtocolParsers::parseSmtpLine(line);
    FUZZ_ASSERT(smtp.code == 0 || (smtp.code >= 200 && smtp.code <= 599));
    const QString text = QString::fromUtf8(line);
    if (const auto quoted = ProtocolParsers::imapQuoted(text)) {
        FUZZ_ASSERT(!quoted->contains('\r') && !quoted->contains('\n'));
        FUZZ_ASSERT(unquoted(*quoted) == text);
    }
    FUZZ_ASSERT(ProtocolParsers::hasCapability({text}, text));
    for (const QString &mechanism : ProtocolParsers::smtpMechanisms(text.split(u'\n')))
        FUZZ_ASSERT(!mechanism.isEmpty() && mechanism == mechanism.toUpper());
    for (const QString &mechanism : ProtocolParsers::pop3Mechanisms({text}))
        FUZZ_ASSERT(!mechanism.isEmpty() && mechanism == mechanism.toUpper());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    MailDialog::Options options;
    options.protocol = input.pick({Protocol::Imap, Protocol::Pop3, Protocol::Smtp});
    options.security = input.pick({Security::Ssl, Security::StartTls, Security::None});
    options.username = QStringLiteral("user@example.com");
    options.password = input.pick({kPassword, kAsciiPassword, QString()});
    const QList<QByteArray> forms = options.password.isEmpty() ? QList<QByteArray>() : passwordForms(options.password);
    const QList<QByteArray> lines = input.bytes().split('\n');

    MailDialog dialog(options);
    bool closed = false;
    int sentSinceAnswer = 0;
    auto perform = [&](const QList<MailDialog::Action> &actions, auto &self) -> void {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const MailDialog::Action &action = actions.at(i);
            FUZZ_ASSERT(!closed);
            switch (action.kind) {
            case Kind::Send:
                FUZZ_ASSERT(++sentSinceAnswer < 10); // no endless chatter without an answer
                FUZZ_ASSERT(!action.line.contains('\n') && !action.line.contains('\r'));
                if (action.secret)
                    FUZZ_ASSERT(dialog.facts().encrypted);
                for (const QByteArray &form : forms)
                    FUZZ_ASSERT(action.secret || !action.line.contains(form));
                break;
            case Kind::StartTls:
                FUZZ_ASSERT(!dialog.facts().encrypted);
                self(dialog.onEncrypted(), self);
                break;
            case Kind::Close:
                FUZZ_ASSERT(i == actions.size() - 1);
                FUZZ_ASSERT(dialog.isDone());
                closed = true;
                break;
            }
        }
    };
    if (options.security == Security::Ssl)
        perform(dialog.onEncrypted(), perform);
    for (QByteArray line : lines) {
        while (line.endsWith('\r'))
            line.chop(1);
        checkParsers(line);
        sentSinceAnswer = 0;
        const QList<MailDialog::Action> actions = dialog.onLine(line);
        if (closed) {
            FUZZ_ASSERT(actions.isEmpty());
            continue;
        }
        perform(actions, perform);
    }
    const MailDialog::Facts &facts = dialog.facts();
    FUZZ_ASSERT(facts.capabilities.size() <= MailDialog::kMaxReplyLines || options.protocol == Protocol::Imap);
    FUZZ_ASSERT(facts.protocolError.size() <= 200);
    if (facts.login != LoginResult::NotTried)
        FUZZ_ASSERT(!options.password.isEmpty() && facts.encrypted);
    return 0;
}
