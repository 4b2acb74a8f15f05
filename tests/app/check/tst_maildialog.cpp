// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/MailDialog.h"

#include <QQueue>
#include <QTest>

#include <functional>

using namespace mailsetup;
using Kind = MailDialog::Action::Kind;

namespace {

/// A scripted server: answers each client line with zero or more lines.
using Server = std::function<QList<QByteArray>(const QByteArray &clientLine)>;

struct Transcript {
    QList<QByteArray> sent;
    QList<QByteArray> secretLines;
    int tlsUpgrades = 0;
    bool closed = false;
};

/// Plays a whole conversation: greeting first, then the server's answers to what the dialog sends.
Transcript play(MailDialog &dialog, const QList<QByteArray> &greeting, const Server &server, bool implicitTls = false)
{
    Transcript transcript;
    QQueue<QByteArray> incoming;
    incoming.append(greeting);
    auto perform = [&](const QList<MailDialog::Action> &actions, auto &self) -> void {
        for (const MailDialog::Action &action : actions) {
            switch (action.kind) {
            case Kind::Send:
                transcript.sent.append(action.line);
                if (action.secret)
                    transcript.secretLines.append(action.line);
                incoming.append(server(action.line));
                break;
            case Kind::StartTls:
                ++transcript.tlsUpgrades;
                self(dialog.onEncrypted(), self);
                break;
            case Kind::Close:
                transcript.closed = true;
                return;
            }
        }
    };
    if (implicitTls)
        perform(dialog.onEncrypted(), perform);
    while (!incoming.isEmpty() && !transcript.closed)
        perform(dialog.onLine(incoming.dequeue()), perform);
    return transcript;
}

MailDialog dialog(Protocol protocol, Security security, const QString &password = {})
{
    return MailDialog({protocol, security, QStringLiteral("test@example.test"), password, "localhost"});
}

/// A Dovecot-like IMAP server; `startTls` and `loginOk` shape it.
Server imapServer(bool offersStartTls, bool loginOk, bool loginDisabled = false)
{
    return [=](const QByteArray &line) -> QList<QByteArray> {
        const QByteArray tag = line.split(' ').constFirst();
        if (line.endsWith(" CAPABILITY")) {
            QByteArray capabilities = "* CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN";
            if (offersStartTls)
                capabilities += " STARTTLS";
            if (loginDisabled)
                capabilities += " LOGINDISABLED";
            return {capabilities, tag + " OK Capability completed."};
        }
        if (line.endsWith(" STARTTLS"))
            return {tag + " OK Begin TLS negotiation now."};
        if (line.contains(" LOGIN ") || line.endsWith(" AUTHENTICATE PLAIN"))
            return {line.contains("AUTHENTICATE") ? QByteArray("+ ")
                                                  : tag + (loginOk ? " OK Logged in" : " NO [AUTHENTICATIONFAILED] Authentication failed.")};
        if (line.startsWith("AH")) // the SASL PLAIN answer to "+"
            return {"A2 OK Logged in"};
        return {tag + " OK Logout completed."};
    };
}

} // namespace

class TestMailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapImplicitTlsLogin();
    void imapStartTls();
    void imapStartTlsMissing();
    void imapLoginRefused();
    void imapLoginDisabled();
    void imapPasswordNeverSentUnencrypted();
    void imapEightBitPasswordUsesSasl();
    void imapGreetingRefused();
    void pop3StlsUserPass();
    void pop3WithoutCapa();
    void smtpStartTlsAuthPlain();
    void smtpAuthLogin();
    void smtpGreetingRefused();
    void garbageIsAProtocolError();
    void floodedAnswerEndsTheConversation_data();
    void floodedAnswerEndsTheConversation();
    void longAnswerWithinTheLimitIsRead();
};

void TestMailDialog::imapImplicitTlsLogin()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl, QStringLiteral("secret"));
    const Transcript transcript = play(conversation, {"* OK [CAPABILITY IMAP4rev1] Dovecot ready."},
                                       imapServer(false, true), true);
    QVERIFY(transcript.closed);
    QCOMPARE(transcript.sent, (QList<QByteArray>{"A1 CAPABILITY", "A2 LOGIN \"test@example.test\" \"secret\"", "A3 LOGOUT"}));
    QCOMPARE(transcript.secretLines.size(), 1);
    const auto &facts = conversation.facts();
    QVERIFY(facts.greeted);
    QCOMPARE(facts.greeting, QStringLiteral("Dovecot ready."));
    QVERIFY(facts.encrypted);
    QCOMPARE(facts.mechanisms, QStringList{"PLAIN"});
    QCOMPARE(facts.login, LoginResult::Succeeded);
    QVERIFY(conversation.isDone());
}

void TestMailDialog::imapStartTls()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::StartTls);
    const Transcript transcript = play(conversation, {"* OK ready"}, imapServer(true, true));
    QCOMPARE(transcript.tlsUpgrades, 1);
    QCOMPARE(transcript.sent, (QList<QByteArray>{"A1 CAPABILITY", "A2 STARTTLS", "A3 CAPABILITY", "A4 LOGOUT"}));
    QVERIFY(conversation.facts().startTlsOffered);
    QVERIFY(conversation.facts().encrypted);
    QCOMPARE(conversation.facts().login, LoginResult::NotTried);
}

void TestMailDialog::imapStartTlsMissing()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::StartTls, QStringLiteral("secret"));
    const Transcript transcript = play(conversation, {"* OK ready"}, imapServer(false, true));
    QCOMPARE(transcript.tlsUpgrades, 0);
    QVERIFY(!conversation.facts().startTlsOffered);
    QVERIFY(!conversation.facts().encrypted);
    QVERIFY(transcript.secretLines.isEmpty());
    QCOMPARE(transcript.sent.constLast(), QByteArray("A2 LOGOUT"));
}

void TestMailDialog::imapLoginRefused()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl, QStringLiteral("wrong"));
    play(conversation, {"* OK ready"}, imapServer(false, false), true);
    QCOMPARE(conversation.facts().login, LoginResult::Refused);
    QCOMPARE(conversation.facts().loginReply, QStringLiteral("Authentication failed."));
}

void TestMailDialog::imapLoginDisabled()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl, QStringLiteral("secret"));
    const Transcript transcript = play(conversation, {"* OK ready"}, imapServer(false, true, true), true);
    QVERIFY(conversation.facts().loginDisabled);
    QVERIFY(transcript.secretLines.isEmpty());
}

void TestMailDialog::imapPasswordNeverSentUnencrypted()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::None, QStringLiteral("secret"));
    const Transcript transcript = play(conversation, {"* OK ready"}, imapServer(false, true));
    QVERIFY(conversation.facts().passwordWithheld);
    QVERIFY(transcript.secretLines.isEmpty());
    for (const QByteArray &line : transcript.sent)
        QVERIFY2(!line.contains("secret"), line.constData());
}

void TestMailDialog::imapEightBitPasswordUsesSasl()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl, QStringLiteral("pässwort"));
    const Transcript transcript = play(conversation, {"* OK ready"}, imapServer(false, true), true);
    QCOMPARE(transcript.sent.at(1), QByteArray("A2 AUTHENTICATE PLAIN"));
    QCOMPARE(transcript.secretLines.size(), 1);
    QCOMPARE(QByteArray::fromBase64(transcript.secretLines.constFirst()),
             QByteArray("\0test@example.test\0p\xc3\xa4sswort", 28));
}

void TestMailDialog::imapGreetingRefused()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl);
    const Transcript transcript = play(conversation, {"* BYE Too many connections"}, imapServer(false, true), true);
    QVERIFY(transcript.closed);
    QVERIFY(transcript.sent.isEmpty());
    QVERIFY(conversation.facts().greetingRefused);
    QCOMPARE(conversation.facts().greeting, QStringLiteral("Too many connections"));
}

void TestMailDialog::pop3StlsUserPass()
{
    MailDialog conversation = dialog(Protocol::Pop3, Security::StartTls, QStringLiteral("secret"));
    bool tls = false;
    const Transcript transcript = play(conversation, {"+OK Dovecot ready."}, [&tls](const QByteArray &line) -> QList<QByteArray> {
        if (line == "CAPA") {
            QList<QByteArray> lines{"+OK", "TOP", "UIDL"};
            lines += tls ? QList<QByteArray>{"USER", "SASL PLAIN LOGIN"} : QList<QByteArray>{"STLS", "SASL"};
            lines.append(".");
            return lines;
        }
        if (line == "STLS") {
            tls = true;
            return {"+OK Begin TLS negotiation now."};
        }
        if (line.startsWith("USER"))
            return {"+OK"};
        if (line.startsWith("PASS"))
            return {"+OK Logged in."};
        return {"+OK Logging out."};
    });
    QCOMPARE(transcript.sent, (QList<QByteArray>{"CAPA", "STLS", "CAPA", "USER test@example.test", "PASS secret", "QUIT"}));
    QCOMPARE(transcript.secretLines, QList<QByteArray>{"PASS secret"});
    QCOMPARE(conversation.facts().mechanisms, (QStringList{"PLAIN", "LOGIN"}));
    QCOMPARE(conversation.facts().login, LoginResult::Succeeded);
}

void TestMailDialog::pop3WithoutCapa()
{
    MailDialog conversation = dialog(Protocol::Pop3, Security::Ssl, QStringLiteral("wrong"));
    const Transcript transcript = play(conversation, {"+OK old server"}, [](const QByteArray &line) -> QList<QByteArray> {
        if (line == "CAPA")
            return {"-ERR unknown command"};
        if (line.startsWith("USER"))
            return {"+OK"};
        if (line.startsWith("PASS"))
            return {"-ERR [AUTH] Authentication failed."};
        return {"+OK"};
    }, true);
    QVERIFY(conversation.facts().capabilities.isEmpty());
    QCOMPARE(conversation.facts().login, LoginResult::Refused);
    QCOMPARE(conversation.facts().loginReply, QStringLiteral("[AUTH] Authentication failed."));
    QCOMPARE(transcript.sent.constLast(), QByteArray("QUIT"));
}

void TestMailDialog::smtpStartTlsAuthPlain()
{
    MailDialog conversation = dialog(Protocol::Smtp, Security::StartTls, QStringLiteral("secret"));
    bool tls = false;
    const Transcript transcript = play(conversation, {"220-mail.example.test ESMTP", "220 second greeting line"},
                                       [&tls](const QByteArray &line) -> QList<QByteArray> {
                                           if (line.startsWith("EHLO")) {
                                               if (tls)
                                                   return {"250-mail.example.test", "250-AUTH PLAIN LOGIN", "250 SIZE 1000"};
                                               return {"250-mail.example.test", "250-STARTTLS", "250 SIZE 1000"};
                                           }
                                           if (line == "STARTTLS") {
                                               tls = true;
                                               return {"220 2.0.0 Ready to start TLS"};
                                           }
                                           if (line.startsWith("AUTH PLAIN"))
                                               return {"235 2.7.0 Logged in."};
                                           return {"221 Bye"};
                                       });
    QCOMPARE(transcript.sent.at(0), QByteArray("EHLO localhost"));
    QCOMPARE(transcript.sent.at(1), QByteArray("STARTTLS"));
    QCOMPARE(transcript.sent.at(2), QByteArray("EHLO localhost"));
    QVERIFY(transcript.sent.at(3).startsWith("AUTH PLAIN "));
    QCOMPARE(conversation.facts().greeting, QStringLiteral("mail.example.test ESMTP second greeting line"));
    QCOMPARE(conversation.facts().capabilities, (QStringList{"AUTH PLAIN LOGIN", "SIZE 1000"}));
    QCOMPARE(conversation.facts().login, LoginResult::Succeeded);
}

void TestMailDialog::smtpAuthLogin()
{
    MailDialog conversation = dialog(Protocol::Smtp, Security::Ssl, QStringLiteral("secret"));
    const Transcript transcript = play(conversation, {"220 ready"}, [](const QByteArray &line) -> QList<QByteArray> {
        if (line.startsWith("EHLO"))
            return {"250-mx", "250 AUTH LOGIN"};
        if (line == "AUTH LOGIN")
            return {"334 VXNlcm5hbWU6"};
        if (line == QByteArray("test@example.test").toBase64())
            return {"334 UGFzc3dvcmQ6"};
        if (line == QByteArray("secret").toBase64())
            return {"535 5.7.8 Authentication failed"};
        return {"221 Bye"};
    }, true);
    QCOMPARE(transcript.secretLines, QList<QByteArray>{QByteArray("secret").toBase64()});
    QCOMPARE(conversation.facts().login, LoginResult::Refused);
    QCOMPARE(conversation.facts().loginReply, QStringLiteral("5.7.8 Authentication failed"));
}

void TestMailDialog::smtpGreetingRefused()
{
    MailDialog conversation = dialog(Protocol::Smtp, Security::Ssl);
    const Transcript transcript = play(conversation, {"554 5.7.1 Your address is blocked"},
                                       [](const QByteArray &) { return QList<QByteArray>{"221 Bye"}; }, true);
    QVERIFY(conversation.facts().greetingRefused);
    QCOMPARE(transcript.sent, QList<QByteArray>{"QUIT"});
}

void TestMailDialog::garbageIsAProtocolError()
{
    MailDialog conversation = dialog(Protocol::Imap, Security::Ssl);
    play(conversation, {"HTTP/1.1 400 Bad Request"}, imapServer(false, true), true);
    QCOMPARE(conversation.facts().protocolError, QStringLiteral("HTTP/1.1 400 Bad Request"));
    QVERIFY(!conversation.facts().greeted);
    QVERIFY(conversation.isDone());
}

void TestMailDialog::floodedAnswerEndsTheConversation_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("greeting"); ///< empty: the flood is the greeting
    QTest::addColumn<QByteArray>("floodLine");
    QTest::addColumn<int>("lines");

    QTest::newRow("IMAP untagged lines") << Protocol::Imap << QByteArray("* OK ready") << QByteArray("* OK still here")
                                         << MailDialog::kMaxReplyLines + 1;
    QTest::newRow("IMAP lines of 64 KiB") << Protocol::Imap << QByteArray("* OK ready")
                                          << "* CAPABILITY " + QByteArray(64 * 1024 - 13, 'X') << 5;
    QTest::newRow("POP3 CAPA") << Protocol::Pop3 << QByteArray("+OK ready") << QByteArray("X-ENDLESS")
                               << MailDialog::kMaxReplyLines + 1;
    QTest::newRow("SMTP EHLO") << Protocol::Smtp << QByteArray("220 ready") << QByteArray("250-X-ENDLESS")
                               << MailDialog::kMaxReplyLines + 1;
    QTest::newRow("SMTP greeting") << Protocol::Smtp << QByteArray() << QByteArray("220-welcome, welcome, welcome")
                                   << MailDialog::kMaxReplyLines + 1;
}

void TestMailDialog::floodedAnswerEndsTheConversation()
{
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, floodLine);
    QFETCH(int, lines);
    const QList<QByteArray> flood(lines, floodLine);
    MailDialog conversation = dialog(protocol, Security::Ssl, QStringLiteral("secret"));
    const auto server = [&](const QByteArray &line) -> QList<QByteArray> {
        if (line.startsWith("QUIT") || line.endsWith("LOGOUT"))
            return {};
        return protocol == Protocol::Pop3 ? QList<QByteArray>{"+OK capability list follows"} + flood : flood;
    };
    const Transcript transcript = play(conversation, greeting.isEmpty() ? flood : QList<QByteArray>{greeting}, server, true);
    QVERIFY(transcript.closed);
    QVERIFY(conversation.facts().replyTooLong);
    QCOMPARE(conversation.facts().login, LoginResult::NotTried);
    QVERIFY(conversation.facts().capabilities.size() <= MailDialog::kMaxReplyLines);
    QVERIFY(transcript.secretLines.isEmpty());
}

void TestMailDialog::longAnswerWithinTheLimitIsRead()
{
    MailDialog conversation = dialog(Protocol::Smtp, Security::Ssl);
    play(conversation, {"220 ready"}, [](const QByteArray &line) -> QList<QByteArray> {
        if (!line.startsWith("EHLO"))
            return {"221 bye"};
        QList<QByteArray> answer{"250-mail.example.test"};
        for (int i = 0; i < MailDialog::kMaxReplyLines - 2; ++i)
            answer.append("250-X-EXTENSION-" + QByteArray::number(i));
        answer.append("250 AUTH PLAIN");
        return answer;
    }, true);
    QVERIFY(!conversation.facts().replyTooLong);
    QCOMPARE(conversation.facts().capabilities.size(), MailDialog::kMaxReplyLines - 1);
    QCOMPARE(conversation.facts().mechanisms, QStringList{"PLAIN"});
}

QTEST_GUILESS_MAIN(TestMailDialog)
#include "tst_maildialog.moc"
