// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/ProtocolParsers.h"

#include <QTest>

using namespace mailsetup;
using namespace mailsetup::ProtocolParsers;

class TestProtocolParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapGreetingWithCapabilities();
    void imapTaggedAndUntagged();
    void imapQuoting_data();
    void imapQuoting();
    void pop3();
    void smtpLines_data();
    void smtpLines();
    void smtpMechanisms();
    void capabilityMatchIsWholeWord();
    void saslPlainEncoding();
};

void TestProtocolParsers::imapGreetingWithCapabilities()
{
    const ImapLine line = parseImapLine("* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN auth=login LOGINDISABLED] "
                                        "Dovecot (Debian) ready.");
    QCOMPARE(line.tag, QByteArray("*"));
    QCOMPARE(line.status, std::optional(ImapStatus::Ok));
    QCOMPARE(line.text, QStringLiteral("Dovecot (Debian) ready."));
    const QStringList capabilities = imapCapabilitiesFromCode(line);
    QCOMPARE(capabilities.size(), 6);
    QCOMPARE(imapMechanisms(capabilities), (QStringList{"PLAIN", "LOGIN"}));
}

void TestProtocolParsers::imapTaggedAndUntagged()
{
    const ImapLine capability = parseImapLine("* CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN");
    QCOMPARE(capability.capabilities, (QStringList{"IMAP4rev1", "IDLE", "AUTH=PLAIN"}));
    QVERIFY(!capability.status);

    const ImapLine no = parseImapLine("A4 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    QCOMPARE(no.tag, QByteArray("A4"));
    QCOMPARE(no.status, std::optional(ImapStatus::No));
    QCOMPARE(no.code, QStringList{"AUTHENTICATIONFAILED"});
    QCOMPARE(no.text, QStringLiteral("Authentication failed."));
    QVERIFY(imapCapabilitiesFromCode(no).isEmpty());

    QCOMPARE(parseImapLine("* BYE too many connections").status, std::optional(ImapStatus::Bye));
    QCOMPARE(parseImapLine("* PREAUTH welcome").status, std::optional(ImapStatus::PreAuth));
    QCOMPARE(parseImapLine("+ ").tag, QByteArray("+"));
    QVERIFY(!parseImapLine("garbage").status);
}

void TestProtocolParsers::imapQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<bool>("possible");
    QTest::newRow("plain") << "anna@example.com" << QByteArray("\"anna@example.com\"") << true;
    QTest::newRow("quote and backslash") << "a\"b\\c" << QByteArray("\"a\\\"b\\\\c\"") << true;
    QTest::newRow("space") << "with space" << QByteArray("\"with space\"") << true;
    QTest::newRow("umlaut needs a literal") << "pässwort" << QByteArray() << false;
    QTest::newRow("newline would inject a command") << "x\r\nA9 DELETE INBOX" << QByteArray() << false;
}

void TestProtocolParsers::imapQuoting()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, quoted);
    QFETCH(bool, possible);
    const auto result = imapQuoted(text);
    QCOMPARE(result.has_value(), possible);
    if (possible)
        QCOMPARE(*result, quoted);
}

void TestProtocolParsers::pop3()
{
    QCOMPARE(pop3Status("+OK Dovecot ready."), std::optional(true));
    QCOMPARE(pop3Status("-ERR [AUTH] Authentication failed."), std::optional(false));
    QVERIFY(!pop3Status("* OK imap"));
    QCOMPARE(pop3Mechanisms({"TOP", "USER", "SASL PLAIN login", "STLS"}), (QStringList{"PLAIN", "LOGIN"}));
    QVERIFY(pop3Mechanisms({"TOP", "SASL"}).isEmpty()); // dovecot from 127.0.0.2 without TLS
}

void TestProtocolParsers::smtpLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("last");
    QTest::addColumn<QString>("text");
    QTest::newRow("continued") << QByteArray("250-STARTTLS") << 250 << false << "STARTTLS";
    QTest::newRow("last") << QByteArray("250 PIPELINING") << 250 << true << "PIPELINING";
    QTest::newRow("bare code") << QByteArray("220") << 220 << true << "";
    QTest::newRow("not a reply") << QByteArray("* OK imap") << 0 << true << "";
    QTest::newRow("out of range") << QByteArray("999 what") << 0 << true << "";
}

void TestProtocolParsers::smtpLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(bool, last);
    QFETCH(QString, text);
    const SmtpLine parsed = parseSmtpLine(line);
    QCOMPARE(parsed.code, code);
    if (code) {
        QCOMPARE(parsed.last, last);
        QCOMPARE(parsed.text, text);
    }
}

void TestProtocolParsers::smtpMechanisms()
{
    const QStringList extensions = smtpExtensions({"mail.example.test", "8BITMIME", "AUTH PLAIN LOGIN", "AUTH=CRAM-MD5 PLAIN",
                                                   "STARTTLS"});
    QCOMPARE(extensions.size(), 4);
    QCOMPARE(ProtocolParsers::smtpMechanisms(extensions), (QStringList{"PLAIN", "LOGIN", "CRAM-MD5"}));
    QVERIFY(ProtocolParsers::smtpMechanisms({"SIZE 1000", "AUTHX"}).isEmpty());
    // Found by fuzz_mail_server: an empty "AUTH=" named an empty mechanism.
    QCOMPARE(ProtocolParsers::smtpMechanisms({"AUTH= LOGIN"}), QStringList{"LOGIN"});
    QVERIFY(imapMechanisms({"AUTH=", "IMAP4rev1"}).isEmpty());
}

void TestProtocolParsers::capabilityMatchIsWholeWord()
{
    QVERIFY(hasCapability({"IMAP4rev1", "starttls"}, QStringLiteral("STARTTLS")));
    QVERIFY(hasCapability({"SASL PLAIN"}, QStringLiteral("SASL")));
    QVERIFY(!hasCapability({"XSTARTTLS", "STARTTLSX"}, QStringLiteral("STARTTLS")));
}

void TestProtocolParsers::saslPlainEncoding()
{
    QCOMPARE(saslPlain(QStringLiteral("test@example.test"), QStringLiteral("secret")),
             QByteArray("AHRlc3RAZXhhbXBsZS50ZXN0AHNlY3JldA=="));
}

QTEST_GUILESS_MAIN(TestProtocolParsers)
#include "tst_protocolparsers.moc"
