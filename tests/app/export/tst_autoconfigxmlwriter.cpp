// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/AutoconfigXmlWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

/// One `<incomingServer>`/`<outgoingServer>` as read back with a strict parser.
struct XmlServer {
    QString element;
    QString type;
    QMap<QString, QStringList> values; ///< child element -> texts, in order
};

QList<XmlServer> readServers(const QByteArray &xml, QString *error)
{
    QList<XmlServer> servers;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("incomingServer") || reader.name() == QLatin1String("outgoingServer")) {
            XmlServer server{reader.name().toString(), reader.attributes().value(QLatin1String("type")).toString(), {}};
            while (reader.readNextStartElement()) {
                const QString name = reader.name().toString();
                server.values[name].append(reader.readElementText());
            }
            servers.append(server);
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return servers;
}

} // namespace

class TestAutoconfigXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allServersRecommendedFirst();
    void chosenProtocolFirst();
    void exactSpellingsWithoutWhitespace();
    void oauth2WithPasswordFallbackOnlyWhereAccepted();
    void placeholdersForUsernames();
    void providerElements();
};

void TestAutoconfigXmlWriter::allServersRecommendedFirst()
{
    QString error;
    const auto servers = readServers(bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test")))), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(servers.size(), 5);
    const QStringList order{QStringLiteral("imap:993"), QStringLiteral("imap:143"), QStringLiteral("pop3:995"),
                            QStringLiteral("smtp:465"), QStringLiteral("smtp:587")};
    QStringList actual;
    for (const XmlServer &server : servers)
        actual.append(server.type + u':' + server.values.value(QStringLiteral("port")).value(0));
    QCOMPARE(actual, order);
    for (const XmlServer &server : servers)
        QCOMPARE(server.values.value(QStringLiteral("username")).size(), 1); // always a <username>
}

void TestAutoconfigXmlWriter::chosenProtocolFirst()
{
    QString error;
    const auto servers = readServers(
        bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3))), &error);
    QCOMPARE(servers.constFirst().type, QStringLiteral("pop3"));
    QCOMPARE(servers.at(1).type, QStringLiteral("imap"));
}

void TestAutoconfigXmlWriter::exactSpellingsWithoutWhitespace()
{
    const QByteArray xml = bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test"))));
    QString error;
    const auto servers = readServers(xml, &error);
    const QStringList socketTypes{QStringLiteral("SSL"), QStringLiteral("STARTTLS"), QStringLiteral("plain")};
    const QStringList methods{QStringLiteral("password-cleartext"), QStringLiteral("password-encrypted"), QStringLiteral("OAuth2")};
    for (const XmlServer &server : servers) {
        for (const QString &value : server.values.value(QStringLiteral("socketType")))
            QVERIFY2(socketTypes.contains(value), qPrintable(value));
        for (const QString &value : server.values.value(QStringLiteral("authentication")))
            QVERIFY2(methods.contains(value), qPrintable(value));
        for (const QStringList &texts : server.values) {
            for (const QString &text : texts)
                QCOMPARE(text, text.trimmed());
        }
    }
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
}

void TestAutoconfigXmlWriter::oauth2WithPasswordFallbackOnlyWhereAccepted()
{
    QString error;
    const auto gmail = readServers(bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@gmail.com")))), &error);
    for (const XmlServer &server : gmail) {
        QCOMPARE(server.values.value(QStringLiteral("authentication")),
                 (QStringList{QStringLiteral("OAuth2"), QStringLiteral("password-cleartext")}));
    }
    const auto microsoft = readServers(bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@outlook.com")))), &error);
    for (const XmlServer &server : microsoft)
        QCOMPARE(server.values.value(QStringLiteral("authentication")), QStringList{QStringLiteral("OAuth2")});
}

void TestAutoconfigXmlWriter::placeholdersForUsernames()
{
    ExportAccount anna = account(QStringLiteral("00123@beispiel-mail.test"));
    QCOMPARE(AutoconfigXmlWriter::usernameValue(anna, QStringLiteral("00123@beispiel-mail.test")), QStringLiteral("%EMAILADDRESS%"));
    // A numeric local part as a literal would become the number 123 in Thunderbird's parser.
    QCOMPARE(AutoconfigXmlWriter::usernameValue(anna, QStringLiteral("00123")), QStringLiteral("%EMAILLOCALPART%"));
    QCOMPARE(AutoconfigXmlWriter::usernameValue(anna, QStringLiteral("web123p4")), QStringLiteral("web123p4"));
}

void TestAutoconfigXmlWriter::providerElements()
{
    const QByteArray xml = bytes(AutoconfigXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test"))));
    QString error;
    QCOMPARE(xmlTexts(xml, QStringLiteral("domain"), &error), QStringList{QStringLiteral("beispiel-mail.test")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("displayName"), &error), QStringList{QStringLiteral("Beispiel Mail")});
    QVERIFY(xml.contains("<clientConfig version=\"1.1\">"));
    QVERIFY(xml.contains("<emailProvider id=\"beispiel-mail.test\">"));
    // The help URL's & is escaped in the attribute.
    QVERIFY(xml.contains("programme?client=any&amp;lang=de"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAutoconfigXmlWriter)
#include "tst_autoconfigxmlwriter.moc"
