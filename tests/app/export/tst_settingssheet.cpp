// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/SettingsSheet.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

QStringList termIds(const ExportAccount &account)
{
    QStringList ids;
    for (const GlossaryTerm *term : SettingsSheet::termsUsed(account))
        ids.append(term->id);
    return ids;
}

} // namespace

class TestSettingsSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textHasEveryField();
    void bothLanguagesInOrder();
    void chosenProtocolIsShown();
    void glossaryOfTheTermsUsed();
    void htmlIsStrictXml();
};

void TestSettingsSheet::textHasEveryField()
{
    const ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Anna Beispiel"));
    const QString text = SettingsSheet::text(req, account(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Anna Beispiel")));
    for (const char *expected : {"E-mail settings for anna@beispiel-mail.test", "Sender name: Anna Beispiel", "Beispiel Mail",
                                 "imap.beispiel-mail.test", "993", "SSL/TLS", "smtp.beispiel-mail.test", "465",
                                 "normal password", "First switch on IMAP/POP3", "pop.beispiel-mail.test", "Terms used:"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
}

void TestSettingsSheet::bothLanguagesInOrder()
{
    const ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"), {}, std::nullopt,
                                      {Language::German, Language::English});
    const QString text = SettingsSheet::text(req, account(QStringLiteral("anna@beispiel-mail.test")));
    const qsizetype german = text.indexOf(QStringLiteral("E-Mail-Einstellungen für"));
    const qsizetype english = text.indexOf(QStringLiteral("E-mail settings for"));
    QVERIFY(german >= 0);
    QVERIFY(english > german);
    QVERIFY(text.contains(QStringLiteral("Schalten Sie zuerst IMAP/POP3")));
}

void TestSettingsSheet::chosenProtocolIsShown()
{
    const ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3);
    const QString text = SettingsSheet::text(req, account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3));
    QVERIFY(text.indexOf(QLatin1String("pop.beispiel-mail.test")) < text.indexOf(QLatin1String("imap.beispiel-mail.test")));
}

void TestSettingsSheet::glossaryOfTheTermsUsed()
{
    const QStringList imap = termIds(account(QStringLiteral("anna@beispiel-mail.test")));
    for (const char *id : {"imap", "smtp", "ssl-tls", "smtp-auth", "server", "port", "username", "authentication"})
        QVERIFY2(imap.contains(QLatin1String(id)), id);
    QVERIFY(!imap.contains(QLatin1String("pop3")));
    QVERIFY(!imap.contains(QLatin1String("oauth2")));
    const QStringList pop3 = termIds(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3));
    QVERIFY(pop3.contains(QLatin1String("pop3")));
    const QStringList gmail = termIds(account(QStringLiteral("anna@gmail.com")));
    QVERIFY(gmail.contains(QLatin1String("oauth2")));
    QVERIFY(gmail.contains(QLatin1String("app-password")));
}

void TestSettingsSheet::htmlIsStrictXml()
{
    const ExportRequest req = request(QStringLiteral("anna@gmail.com"), QStringLiteral("A <b>&amp;</b>"), std::nullopt,
                                      {Language::English, Language::German});
    const QString html = SettingsSheet::html(req, account(QStringLiteral("anna@gmail.com"), QStringLiteral("A <b>&amp;</b>")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QString error;
    const QStringList cells = xmlTexts(html.toUtf8(), QStringLiteral("td"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cells.size(), 20); // 2 languages x 2 servers x 5 fields
    QVERIFY(cells.contains(QStringLiteral("imap.gmail.com")));
    QVERIFY(xmlTexts(html.toUtf8(), QStringLiteral("p"), &error).contains(QStringLiteral("Sender name: A <b>&amp;</b>")));
    QCOMPARE(xmlTexts(html.toUtf8(), QStringLiteral("div"), &error).size(), 2);

    // Found by fuzz_export: a control character in a note (from a catalog file) broke the XML.
    ExportRequest withNul = req;
    withNul.result.notes = {{NoteKind::Info, {QStringLiteral("Bitte\x01 so"), QStringLiteral("Please\x01 \xFFFF do")}, {}}};
    ExportAccount account = std::get<ExportAccount>(ExportAccount::from(withNul));
    const QByteArray cleaned = SettingsSheet::html(withNul, account).toUtf8();
    QCOMPARE(xmlError(cleaned), QString());
    QVERIFY(xmlTexts(cleaned, QStringLiteral("li"), &error).contains(QStringLiteral("Note: Please    do")));
}

QTEST_GUILESS_MAIN(TestSettingsSheet)
#include "tst_settingssheet.moc"
