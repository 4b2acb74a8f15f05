// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogYamlWriter.h"

#include "TestServers.h"
#include "catalog/CatalogYamlReader.h"

#include <QTest>

using namespace mailsetup;

namespace {

/// A provider using every field of the schema; `text` goes into every free-text field.
Provider richProvider(const QString &text)
{
    Provider provider;
    provider.id = QStringLiteral("rich.example");
    provider.name = text;
    provider.domains = {QStringLiteral("rich.example"), QStringLiteral("xn--mller-kva.example")};
    provider.mxSuffixes = {QStringLiteral("mx.rich.example")};
    provider.helpUrl = QStringLiteral("https://help.rich.example/a?b=c&d=%20e#f:g");
    provider.verifiedDate = QDate(2026, 3, 12);
    provider.verifiedSource
        = QStringLiteral("https://github.com/thunderbird/autoconfig/blob/abc/ispdb/rich.example.xml");
    provider.incoming
        = {makeServer(Protocol::Imap, QStringLiteral("imap.%EMAILDOMAIN%"), 993, Security::Ssl,
               {AuthMethod::OAuth2, AuthMethod::Password}, QStringLiteral("%EMAILLOCALPART%.%EMAILDOMAIN%")),
            makeServer(Protocol::Pop3, QStringLiteral("10.0.0.1"), 110, Security::None, {AuthMethod::ClientIp},
                QStringLiteral("%EMAILADDRESS%"))};
    ServerTemplate hinted = makeServer(Protocol::Smtp, QStringLiteral("smtp.rich.example"), 587, Security::StartTls,
        {AuthMethod::PasswordEncrypted, AuthMethod::Ntlm, AuthMethod::Gssapi, AuthMethod::TlsClientCert,
            AuthMethod::SmtpAfterPop, AuthMethod::None},
        QString());
    hinted.usernameHint = {text + QStringLiteral(" (de)"), text + QStringLiteral(" (en)")};
    provider.outgoing = {hinted};
    provider.notes = {{NoteKind::BeforeSetup, {text, text + u'!'}, QStringLiteral("https://rich.example/enable")},
        {NoteKind::Limit, {QStringLiteral("Nur im Netz."), QStringLiteral("Only on the network.")}, {}}};
    return provider;
}

CatalogFile catalogOf(const QList<Provider> &providers)
{
    CatalogFile file;
    file.snapshot = QDate(2026, 3, 12);
    file.providers = providers;
    return file;
}

} // namespace

class TestCatalogYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarStyle_data();
    void scalarStyle();
    void roundTripsTrickyText_data();
    void roundTripsTrickyText();
    void roundTripsEveryField();
    void writesExactLayout();
    void headerCommentLines();
};

void TestCatalogYamlWriter::scalarStyle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inFlow");
    QTest::addColumn<QString>("written");
    QTest::newRow("host") << "imap.gmx.net" << true << "imap.gmx.net";
    QTest::newRow("id with digits") << "1und1.de" << false << "1und1.de";
    QTest::newRow("date-like") << "2026-03-12" << false << "2026-03-12";
    QTest::newRow("placeholder") << "%EMAILADDRESS%" << true << "\"%EMAILADDRESS%\"";
    QTest::newRow("null is quoted") << "null" << false << "\"null\"";
    QTest::newRow("space") << "GMX Freemail" << false << "\"GMX Freemail\"";
    QTest::newRow("url in block") << "https://a.example/b?c=d&e=f#g" << false << "https://a.example/b?c=d&e=f#g";
    QTest::newRow("url in flow") << "https://a.example/" << true << "\"https://a.example/\"";
    QTest::newRow("url ending in colon") << "https://a.example/b:" << false << "\"https://a.example/b:\"";
    QTest::newRow("url with comma") << "https://a.example/a,b" << false << "\"https://a.example/a,b\"";
    QTest::newRow("quote and backslash") << "a\"b\\c" << false << "\"a\\\"b\\\\c\"";
    QTest::newRow("newline and tab") << "a\nb\tc" << false << "\"a\\nb\\tc\"";
    QTest::newRow("control character") << QStringLiteral("a\x01z") << false << "\"a\\u0001z\"";
    QTest::newRow("line separator") << QStringLiteral("a\u2028z") << false << "\"a\\u2028z\"";
    QTest::newRow("umlaut kept") << QStringLiteral("Müller") << false << QStringLiteral("\"Müller\"");
    QTest::newRow("empty") << "" << false << "\"\"";
}

void TestCatalogYamlWriter::scalarStyle()
{
    QFETCH(QString, text);
    QFETCH(bool, inFlow);
    QFETCH(QString, written);
    QCOMPARE(CatalogYamlWriter::scalar(text, inFlow), written);
}

void TestCatalogYamlWriter::roundTripsTrickyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("double quotes") << "Sagen Sie \"Ja\"";
    QTest::newRow("single quotes") << "it's 'quoted'";
    QTest::newRow("colon space") << "key: value";
    QTest::newRow("trailing colon") << "Achtung:";
    QTest::newRow("umlauts") << QStringLiteral("Schalten Sie zuerst IMAP ein – Grüße, ÄÖÜß");
    QTest::newRow("percent") << "100% %EMAILADDRESS% %";
    QTest::newRow("newlines in a note") << "line one\nline two\n\nline four";
    QTest::newRow("comment sign") << "a # not a comment";
    QTest::newRow("leading dash") << "- not a list";
    QTest::newRow("flow punctuation") << "[x], {y}: z";
    QTest::newRow("indicators first") << "&anchor *alias !tag |literal >folded @at `tick";
    QTest::newRow("null word") << "null";
    QTest::newRow("tilde") << "~";
    QTest::newRow("boolean word") << "yes";
    QTest::newRow("number-like") << "1e3";
    QTest::newRow("backslashes") << "C:\\Users\\anna\\";
    QTest::newRow("tab inside") << "a\tb";
    QTest::newRow("emoji") << QStringLiteral("Post 📬 ok");
    QTest::newRow("control characters") << QStringLiteral("bell\x07 and esc\x1b end");
    QTest::newRow("unicode line separators") << QStringLiteral("a\u2028b\u2029c\u0085d");
    QTest::newRow("document markers") << "--- ... %YAML";
}

void TestCatalogYamlWriter::roundTripsTrickyText()
{
    QFETCH(QString, text);
    const CatalogFile original = catalogOf({richProvider(text)});
    const QByteArray yaml = CatalogYamlWriter::write(original, {text});
    const CatalogYamlReader::Result read = CatalogYamlReader::read(yaml, QStringLiteral("written.yaml"));
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString() + u'\n' + QString::fromUtf8(yaml)));
    QCOMPARE(read.catalog, original);
}

void TestCatalogYamlWriter::roundTripsEveryField()
{
    Provider hoster = richProvider(QStringLiteral("Hoster"));
    hoster.id = QStringLiteral("hoster");
    hoster.hoster = true;
    hoster.domains.clear();
    hoster.mxSuffixes = {QStringLiteral("kundenserver.example"), QStringLiteral("schlund.example")};
    Provider old;
    old.id = QStringLiteral("old-brand");
    old.name = QStringLiteral("Old Brand");
    old.status = ProviderStatus::Merged;
    old.mergedInto = QStringLiteral("rich.example");
    old.domains = {QStringLiteral("old-brand.example")};
    old.verifiedDate = QDate(2024, 4, 2);
    old.verifiedSource = QStringLiteral("https://old-brand.example/news");
    old.notes = {{NoteKind::Status, {QStringLiteral("Gibt es nicht mehr."), QStringLiteral("No longer exists.")}, {}}};
    Provider gone = old;
    gone.id = QStringLiteral("gone");
    gone.status = ProviderStatus::Defunct;
    gone.mergedInto.clear();
    gone.domains = {QStringLiteral("gone.example")};
    Provider unsure = richProvider(QStringLiteral("Unsure"));
    unsure.id = QStringLiteral("unsure");
    unsure.status = ProviderStatus::Unverified;
    unsure.domains = {QStringLiteral("unsure.example")};
    unsure.mxSuffixes.clear();
    unsure.helpUrl.clear();
    unsure.notes.clear();

    CatalogFile original = catalogOf({richProvider(QStringLiteral("Rich")), hoster, old, gone, unsure});
    original.origin = {QStringLiteral("Mozilla ISPDB"), QStringLiteral("https://github.com/thunderbird/autoconfig"),
        QStringLiteral("c6ad79659b5fc321d1593ec4c277815b83e5dec5"), QStringLiteral("MPL-2.0")};
    const QByteArray yaml = CatalogYamlWriter::write(original);
    const CatalogYamlReader::Result read = CatalogYamlReader::read(yaml, QStringLiteral("written.yaml"));
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString() + u'\n' + QString::fromUtf8(yaml)));
    QCOMPARE(read.catalog, original);
    QCOMPARE(CatalogYamlWriter::write(read.catalog), yaml);
}

void TestCatalogYamlWriter::writesExactLayout()
{
    Provider provider;
    provider.id = QStringLiteral("gmx.net");
    provider.name = QStringLiteral("GMX");
    provider.domains = {QStringLiteral("gmx.net"), QStringLiteral("gmx.de")};
    provider.verifiedDate = QDate(2026, 3, 12);
    provider.verifiedSource = QStringLiteral("https://github.com/thunderbird/autoconfig/blob/abc/ispdb/gmx.net.xml");
    provider.incoming = {makeServer(Protocol::Imap, QStringLiteral("imap.gmx.net"), 993, Security::Ssl,
        {AuthMethod::Password}, QStringLiteral("%EMAILADDRESS%"))};
    provider.outgoing = {makeServer(Protocol::Smtp, QStringLiteral("mail.gmx.net"), 587, Security::StartTls,
        {AuthMethod::Password}, QStringLiteral("%EMAILADDRESS%"))};
    provider.notes
        = {{NoteKind::BeforeSetup, {QStringLiteral("Erst IMAP einschalten."), QStringLiteral("Enable IMAP first.")},
            QStringLiteral("https://hilfe.gmx.net/pop-imap/einschalten.html")}};
    const QByteArray expected = "schema: 1\n"
                                "snapshot: 2026-03-12\n"
                                "providers:\n"
                                "  - id: gmx.net\n"
                                "    name: GMX\n"
                                "    status: active\n"
                                "    domains:\n"
                                "      - gmx.net\n"
                                "      - gmx.de\n"
                                "    verified:\n"
                                "      date: 2026-03-12\n"
                                "      source: https://github.com/thunderbird/autoconfig/blob/abc/ispdb/gmx.net.xml\n"
                                "    incoming:\n"
                                "      - {protocol: imap, host: imap.gmx.net, port: 993, security: ssl, auth: "
                                "[password], username: \"%EMAILADDRESS%\"}\n"
                                "    outgoing:\n"
                                "      - {protocol: smtp, host: mail.gmx.net, port: 587, security: starttls, auth: "
                                "[password], username: \"%EMAILADDRESS%\"}\n"
                                "    notes:\n"
                                "      - kind: before-setup\n"
                                "        de: \"Erst IMAP einschalten.\"\n"
                                "        en: \"Enable IMAP first.\"\n"
                                "        url: https://hilfe.gmx.net/pop-imap/einschalten.html\n";
    QCOMPARE(CatalogYamlWriter::write(catalogOf({provider})), expected);
    QCOMPARE(CatalogYamlWriter::write(catalogOf({})), QByteArray("schema: 1\nsnapshot: 2026-03-12\nproviders: []\n"));
}

void TestCatalogYamlWriter::headerCommentLines()
{
    const QByteArray yaml = CatalogYamlWriter::write(
        catalogOf({}), {QStringLiteral("first"), QString(), QStringLiteral("second\nthird: not a key")});
    QVERIFY(yaml.startsWith("# first\n#\n# second\n# third: not a key\nschema: 1\n"));
    QVERIFY(CatalogYamlReader::read(yaml, QStringLiteral("header.yaml")).ok());
}

QTEST_GUILESS_MAIN(TestCatalogYamlWriter)
#include "tst_catalogyamlwriter.moc"
