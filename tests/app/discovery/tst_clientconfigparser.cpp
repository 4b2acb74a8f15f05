// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ClientConfigParser.h"

#include <QFile>
#include <QTest>

using namespace mailsetup;
using Error = ClientConfigParser::Error;

Q_DECLARE_METATYPE(ClientConfigParser::Error)

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/discovery/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray minimal(const QByteArray &incoming = "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname>"
                                                "<port>993</port><socketType>SSL</socketType>"
                                                "<authentication>password-cleartext</authentication>"
                                                "<username>%EMAILADDRESS%</username></incomingServer>",
                   const QByteArray &outgoing = "<outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname>"
                                                "<port>465</port><socketType>SSL</socketType>"
                                                "<authentication>password-cleartext</authentication>"
                                                "<username>%EMAILADDRESS%</username></outgoingServer>")
{
    return "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.com\">"
           "<domain>example.com</domain>"
           + incoming + outgoing + "</emailProvider></clientConfig>";
}

} // namespace

class TestClientConfigParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCompleteProvider();
    void skipsServersThunderbirdWouldReject();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void missingUsernameGetsHint();
    void onlyWebLinksAreKept();
    void problemsHaveMessagesInBothLanguages();
};

void TestClientConfigParser::readsCompleteProvider()
{
    const auto result = ClientConfigParser::parse(fixture("example-provider.xml"));
    QVERIFY2(result.provider, qPrintable(result.problem.message(Language::English)));
    const Provider &provider = *result.provider;
    QCOMPARE(provider.id, QStringLiteral("example.org"));
    QCOMPARE(provider.name, QStringLiteral("Example Mail"));
    QCOMPARE(provider.domains, (QStringList{QStringLiteral("example.org"), QStringLiteral("example.net")}));
    QCOMPARE(provider.helpUrl, QStringLiteral("https://example.org/help/mail"));

    QCOMPARE(provider.incoming.size(), 2); // exchange and the unknown socketType are left out
    QCOMPARE(provider.incoming.at(0).protocol, Protocol::Pop3);
    const ServerTemplate &imap = provider.incoming.at(1);
    QCOMPARE(imap.protocol, Protocol::Imap);
    QCOMPARE(imap.host, QStringLiteral("imap.%EMAILDOMAIN%")); // trimmed, placeholder kept
    QCOMPARE(imap.port, quint16(993));
    QCOMPARE(imap.security, Security::Ssl);
    QCOMPARE(imap.auth, (QList<AuthMethod>{AuthMethod::OAuth2, AuthMethod::Password}));
    QCOMPARE(imap.username, QStringLiteral("%EMAILLOCALPART%"));

    QCOMPARE(provider.outgoing.size(), 2);
    QCOMPARE(provider.outgoing.at(0).security, Security::StartTls);
    QCOMPARE(provider.outgoing.at(0).auth, QList<AuthMethod>{AuthMethod::PasswordEncrypted});
    QCOMPARE(provider.outgoing.at(1).auth, QList<AuthMethod>{AuthMethod::ClientIp});

    QCOMPARE(provider.notes.size(), 1);
    const Note &note = provider.notes.constFirst();
    QCOMPARE(note.kind, NoteKind::BeforeSetup);
    QCOMPARE(note.text.de, QStringLiteral("Erlauben Sie zuerst den IMAP-Zugriff."));
    QCOMPARE(note.text.en, QStringLiteral("Allow IMAP access first."));
    QCOMPARE(note.url, QStringLiteral("https://example.org/settings"));
    QCOMPARE(result.skipped.size(), 2);
}

void TestClientConfigParser::onlyWebLinksAreKept()
{
    // Links end up clickable in the wizard and on the settings sheet: javascript: or file: never.
    const QByteArray links = "<documentation url=\"javascript:alert(1)\"/>"
                             "<documentation url=\"https://example.com/help\"/>"
                             "<enable visiturl=\"file:///etc/passwd\"><instruction>Open this</instruction></enable>";
    QByteArray xml = minimal();
    xml.replace("</emailProvider>", QByteArray(links + "</emailProvider>"));
    const auto result = ClientConfigParser::parse(xml);
    QVERIFY(result.provider);
    QCOMPARE(result.provider->helpUrl, QStringLiteral("https://example.com/help"));
    QCOMPARE(result.provider->notes.size(), 1);
    QCOMPARE(result.provider->notes.constFirst().url, QString());
    QCOMPARE(result.provider->notes.constFirst().text.en, QStringLiteral("Open this"));
}

void TestClientConfigParser::skipsServersThunderbirdWouldReject()
{
    const QByteArray bad = "<incomingServer type=\"imap\"><hostname>bad host</hostname><port>993</port>"
                           "<socketType>SSL</socketType><authentication>plain</authentication></incomingServer>"
                           "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>99999</port>"
                           "<socketType>SSL</socketType><authentication>plain</authentication></incomingServer>"
                           "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port>"
                           "<socketType>SSL</socketType><authentication>kerberos-v9</authentication></incomingServer>"
                           "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port>"
                           "<socketType>SSL</socketType><authentication>plain</authentication>"
                           "<username>%USERNAME%</username></incomingServer>";
    const auto result = ClientConfigParser::parse(minimal(bad));
    QCOMPARE(result.problem.error, Error::NoIncoming);
    QCOMPARE(result.skipped.size(), 4);
    QVERIFY(!result.provider);
}

void TestClientConfigParser::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<Error>("error");

    QTest::newRow("billion laughs") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                                  "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                                                  "<clientConfig>&lol2;</clientConfig>")
                                    << Error::Doctype;
    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM "
                                                   "\"file:///etc/passwd\">]><clientConfig>&x;</clientConfig>")
                                     << Error::Doctype;
    QTest::newRow("html") << QByteArray("<html><body>Welcome to our parking page</body></html>") << Error::WrongRoot;
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << Error::NotXml;
    QTest::newRow("empty") << QByteArray() << Error::NotXml;
    QTest::newRow("unclosed") << QByteArray("<clientConfig><emailProvider id=\"x\">") << Error::NotXml;
    QTest::newRow("undeclared entity") << minimal().replace("example.com</domain>", "&evil;</domain>") << Error::NotXml;
    QTest::newRow("trailing garbage") << minimal() + "<second-root/>" << Error::NotXml;
    QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"><webMail/></clientConfig>")
                                 << Error::NoProvider;
    QTest::newRow("no outgoing") << minimal(
        "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType>"
        "<authentication>plain</authentication></incomingServer>",
        "") << Error::NoOutgoing;
    QTest::newRow("element inside a value") << minimal().replace("<port>993</port>", "<port>9<b/>93</port>")
                                            << Error::NotXml;
    QTest::newRow("too large") << minimal() + QByteArray(ClientConfigParser::kMaxBytes, ' ') << Error::TooLarge;
}

void TestClientConfigParser::refusesBadDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(Error, error);
    const auto result = ClientConfigParser::parse(xml);
    QVERIFY(!result.provider);
    QCOMPARE(result.problem.error, error);
}

void TestClientConfigParser::missingUsernameGetsHint()
{
    QByteArray xml = minimal();
    xml.replace("<username>%EMAILADDRESS%</username></incomingServer>", "</incomingServer>");
    const auto result = ClientConfigParser::parse(xml);
    QVERIFY(result.provider);
    const ServerTemplate &server = result.provider->incoming.constFirst();
    QVERIFY(server.username.isEmpty());
    QVERIFY(!server.usernameHint.en.isEmpty());
    QVERIFY(!server.usernameHint.de.isEmpty());
}

void TestClientConfigParser::problemsHaveMessagesInBothLanguages()
{
    const auto result = ClientConfigParser::parse("<clientConfig><oops></clientConfig>");
    QCOMPARE(result.problem.error, Error::NotXml);
    QVERIFY(result.problem.line >= 1);
    const QString english = result.problem.message(Language::English);
    QVERIFY2(english.contains(QStringLiteral("not valid XML")), qPrintable(english));
    QVERIFY(!result.problem.message(Language::German).isEmpty());
}

QTEST_GUILESS_MAIN(TestClientConfigParser)
#include "tst_clientconfigparser.moc"
