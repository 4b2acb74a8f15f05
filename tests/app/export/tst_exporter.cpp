// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/Exporter.h"

#include <QRegularExpression>

using namespace mailsetup;
using namespace ExportFixture;

namespace {

/// The golden cases: one IMAP provider, the same with POP3 chosen, one OAuth2 provider.
struct GoldenCase {
    const char *name;
    const char *address;
    const char *displayName;
    std::optional<Protocol> incoming;
    QList<Language> languages;
};

const GoldenCase kGoldenCases[] = {
    {"imap", "anna@beispiel-mail.test", "Anna Beispiel", std::nullopt, {Language::German, Language::English}},
    {"pop3", "joerg@beispiel-mail.test", "Jörg Müller", Protocol::Pop3, {Language::English}},
    {"oauth2", "anna.example@gmail.com", "Anna Example", std::nullopt, {Language::German}},
};

QString goldenFileName(ExportFormat format)
{
    static const QMap<ExportFormat, QString> extensions{
        {ExportFormat::ThunderbirdZip, QStringLiteral("zip")},   {ExportFormat::ThunderbirdPrefs, QStringLiteral("js")},
        {ExportFormat::ThunderbirdAutoconfig, QStringLiteral("xml")}, {ExportFormat::OutlookPrf, QStringLiteral("prf")},
        {ExportFormat::OutlookAutodiscover, QStringLiteral("xml")}, {ExportFormat::AppleMobileconfig, QStringLiteral("mobileconfig")},
        {ExportFormat::SheetText, QStringLiteral("txt")},        {ExportFormat::SheetHtml, QStringLiteral("html")},
    };
    return Exporter::id(format) + u'.' + extensions.value(format);
}

ExportDocument render(ExportFormat format, const ExportRequest &request)
{
    const auto result = Exporter::render(format, request);
    if (const auto *refusal = std::get_if<ExportRefusal>(&result))
        qWarning("refused: %s", qPrintable(refusal->reason.en));
    return std::holds_alternative<ExportDocument>(result) ? std::get<ExportDocument>(result) : ExportDocument{};
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void pdfIsTheHtmlSheet();
    void idsRoundTrip();
    void formatsForClients();
    void importInstructionsInBothLanguages_data();
    void importInstructionsInBothLanguages();
    void refusals_data();
    void refusals();
    void noPasswordAnywhere();
    void hostileNameSurvivesEveryFormat();
    void hostileAddressSurvivesEveryFormat();
    void idnHostsAndAddressesAreAce();
    void fileNamesAreSafe();
    void givenAccountNameIsTheLogin();
    void loginWithControlCharactersIsRefused();
    void loginWithPercentSignIsNoAutoconfig();
    void unknownServerNameIsRefused();
};

void TestExporter::golden_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<ExportFormat>("format");
    for (int i = 0; i < int(std::size(kGoldenCases)); ++i) {
        for (const ExportFormat format : Exporter::allFormats()) {
            if (format != ExportFormat::SheetPdf)
                QTest::addRow("%s/%s", kGoldenCases[i].name, qPrintable(Exporter::id(format))) << i << format;
        }
    }
}

void TestExporter::golden()
{
    QFETCH(int, caseIndex);
    QFETCH(ExportFormat, format);
    const GoldenCase &golden = kGoldenCases[caseIndex];
    // Sheets in English only: their German also comes from SettingsText, whose translation is
    // not for these files to pin down (tst_settingssheet checks the German sheet).
    const bool sheet = Exporter::formatsFor(MailClient::Other).contains(format);
    const ExportDocument document = render(format, request(QString::fromUtf8(golden.address), QString::fromUtf8(golden.displayName),
                                                           golden.incoming, sheet ? QList{Language::English} : golden.languages));
    QVERIFY(!document.data.isEmpty());
    QVERIFY(matchesGolden(document.data, QString::fromLatin1(golden.name) + u'/' + goldenFileName(format)));
}

void TestExporter::pdfIsTheHtmlSheet()
{
    const ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"));
    const ExportDocument pdf = render(ExportFormat::SheetPdf, req);
    QCOMPARE(pdf.data, render(ExportFormat::SheetHtml, req).data);
    QCOMPARE(pdf.mimeType, QStringLiteral("text/html"));
    QVERIFY(pdf.isBinary);
    QVERIFY(pdf.suggestedFileName.endsWith(QLatin1String(".pdf")));
}

void TestExporter::idsRoundTrip()
{
    QCOMPARE(Exporter::allFormats().size(), 9);
    for (const ExportFormat format : Exporter::allFormats()) {
        QCOMPARE(Exporter::fromId(Exporter::id(format)), format);
        QVERIFY(!Exporter::displayName(format, Language::English).isEmpty());
    }
    QCOMPARE(Exporter::fromId(u"thunderbird"), std::nullopt);
    QCOMPARE(Exporter::id(ExportFormat::OutlookPrf), QStringLiteral("outlook-prf"));
}

void TestExporter::formatsForClients()
{
    QCOMPARE(Exporter::formatsFor(MailClient::Thunderbird).constFirst(), ExportFormat::ThunderbirdZip);
    QCOMPARE(Exporter::formatsFor(MailClient::OutlookClassic), QList<ExportFormat>{ExportFormat::OutlookPrf});
    QVERIFY(Exporter::formatsFor(MailClient::OutlookNew).isEmpty()); // field by field instead
    QCOMPARE(Exporter::formatsFor(MailClient::AppleMail), QList<ExportFormat>{ExportFormat::AppleMobileconfig});
    QVERIFY(Exporter::formatsFor(MailClient::Other).contains(ExportFormat::SheetPdf));
}

void TestExporter::importInstructionsInBothLanguages_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (const ExportFormat format : Exporter::allFormats())
        QTest::newRow(qPrintable(Exporter::id(format))) << format;
}

void TestExporter::importInstructionsInBothLanguages()
{
    QFETCH(ExportFormat, format);
    const QString german = Exporter::importInstructions(format, Language::German);
    const QString english = Exporter::importInstructions(format, Language::English);
    static const QRegularExpression numberedSteps(QStringLiteral("(^|\\n)1\\. .+\\n2\\. "));
    QVERIFY2(numberedSteps.match(english).hasMatch(), qPrintable(english));
    QVERIFY2(numberedSteps.match(german).hasMatch(), qPrintable(german));
    QVERIFY2(german != english, "the German instructions are missing (untranslated)");
}

void TestExporter::refusals_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("advice");
    // PRF, POX and Apple profiles cannot say OAuth2; the advice says what to do instead.
    QTest::newRow("prf/oauth2-only") << "anna@outlook.com" << ExportFormat::OutlookPrf << "Add the account in Outlook by its address";
    QTest::newRow("autodiscover/oauth2-only") << "anna@outlook.com" << ExportFormat::OutlookAutodiscover << "add the account by its address";
    QTest::newRow("mobileconfig/oauth2-only") << "anna@outlook.com" << ExportFormat::AppleMobileconfig << "Add the account on the device";
    // Thunderbird does OAuth2 only for providers it knows.
    QTest::newRow("prefs/unknown-oauth2") << "anna@nur-oauth.test" << ExportFormat::ThunderbirdPrefs << "Thunderbird cannot use it";
    QTest::newRow("zip/unknown-oauth2") << "anna@nur-oauth.test" << ExportFormat::ThunderbirdZip << "Thunderbird cannot use it";
    // Providers that assign account names need the user's.
    QTest::newRow("prefs/hoster") << "info@eigene-domain.test" << ExportFormat::ThunderbirdPrefs << "--username";
    QTest::newRow("prf/hoster") << "info@eigene-domain.test" << ExportFormat::OutlookPrf << "e.g. web123p4";
    QTest::newRow("not-found") << "anna@unknown.test" << ExportFormat::SheetText << "No usable server settings";
    QTest::newRow("defunct") << "anna@gone-mail.test" << ExportFormat::ThunderbirdZip << "No usable server settings";
}

void TestExporter::refusals()
{
    QFETCH(QString, address);
    QFETCH(ExportFormat, format);
    QFETCH(QString, advice);
    const auto result = Exporter::render(format, request(address));
    QVERIFY(std::holds_alternative<ExportRefusal>(result));
    const LocalizedText &reason = std::get<ExportRefusal>(result).reason;
    QVERIFY2(reason.en.contains(advice), qPrintable(reason.en));
    QVERIFY(!reason.de.isEmpty() && reason.de != reason.en);
}

void TestExporter::noPasswordAnywhere()
{
    for (const GoldenCase &golden : kGoldenCases) {
        const ExportRequest req = request(QString::fromUtf8(golden.address), {}, golden.incoming);
        for (const ExportFormat format : Exporter::allFormats()) {
            QByteArray data = render(format, req).data;
            if (format == ExportFormat::ThunderbirdZip) {
                QString error;
                data = readZip(data, &error).value(QStringLiteral("prefs.js"));
            }
            // Mentions in comments and help text are fine; keys and elements are not.
            static const QRegularExpression passwordKey(
                QStringLiteral("(?i)(<password>|\\.password\"|<key>(Incoming|Outgoing)Password</key>|Passwd)"));
            QVERIFY2(!passwordKey.match(QString::fromUtf8(data)).hasMatch(), qPrintable(Exporter::id(format)));
        }
    }
}

void TestExporter::hostileNameSurvivesEveryFormat()
{
    const ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"), kHostileName, std::nullopt,
                                      {Language::German, Language::English});
    QString error;
    // Thunderbird (JS strings in user.js and in the ZIP's prefs.js)
    const auto userJs = parsePrefs(render(ExportFormat::ThunderbirdPrefs, req).data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(userJs.value(QStringLiteral("mail.identity.id1.fullName")).toString(), kHostileNameCleaned);
    const auto zip = readZip(render(ExportFormat::ThunderbirdZip, req).data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsePrefs(zip.value(QStringLiteral("prefs.js")), &error), userJs);
    // Outlook PRF: one line, Windows-1252, the line break became a space
    const auto prf = readIni(QString::fromLatin1(render(ExportFormat::OutlookPrf, req).data));
    QCOMPARE(prf.value(QStringLiteral("Account1")).value(QStringLiteral("DisplayName")),
             QString(kHostileNameCleaned).replace(u'\n', u' '));
    // Apple profile (plist XML)
    const QByteArray plist = render(ExportFormat::AppleMobileconfig, req).data;
    const QStringList strings = xmlTexts(plist, QStringLiteral("string"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(strings.contains(kHostileNameCleaned));
    // Sheets: the text has it verbatim, the HTML is strict XML with a <br/> for the line break
    QVERIFY(QString::fromUtf8(render(ExportFormat::SheetText, req).data).contains(kHostileNameCleaned));
    const QStringList paragraphs = xmlTexts(render(ExportFormat::SheetHtml, req).data, QStringLiteral("p"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(paragraphs.contains(QStringLiteral("Sender name: ") + QString(kHostileNameCleaned).remove(u'\n')));
    // The XML formats without a name stay well-formed
    for (const ExportFormat format : {ExportFormat::ThunderbirdAutoconfig, ExportFormat::OutlookAutodiscover})
        QCOMPARE(xmlError(render(format, req).data), QString());
}

void TestExporter::hostileAddressSurvivesEveryFormat()
{
    const ExportRequest req = request(kHostileAddress, QStringLiteral("O'Neil & Co"), Protocol::Pop3);
    QString error;
    const auto prefs = parsePrefs(render(ExportFormat::ThunderbirdPrefs, req).data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(prefs.value(QStringLiteral("mail.identity.id1.useremail")).toString(), kHostileAddress);
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.userName")).toString(), QStringLiteral("o'neil&co+x"));
    const QByteArray autodiscover = render(ExportFormat::OutlookAutodiscover, req).data;
    const QStringList logins = xmlTexts(autodiscover, QStringLiteral("LoginName"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(logins.constFirst(), QStringLiteral("o'neil&co+x"));
    QVERIFY(logins.contains(kHostileAddress));
    const QStringList plist = xmlTexts(render(ExportFormat::AppleMobileconfig, req).data, QStringLiteral("string"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(plist.contains(kHostileAddress));
    const auto prf = readIni(QString::fromLatin1(render(ExportFormat::OutlookPrf, req).data));
    QCOMPARE(prf.value(QStringLiteral("Account1")).value(QStringLiteral("EmailAddress")), kHostileAddress);
    QCOMPARE(prf.value(QStringLiteral("Account1")).value(QStringLiteral("SMTPUserName")), kHostileAddress);
    QCOMPARE(xmlError(render(ExportFormat::ThunderbirdAutoconfig, req).data), QString());
}

void TestExporter::idnHostsAndAddressesAreAce()
{
    const ExportRequest req = request(QStringLiteral("anna@müller-mail.test"));
    for (const ExportFormat format : Exporter::allFormats()) {
        QByteArray data = render(format, req).data;
        if (format == ExportFormat::ThunderbirdZip) {
            QString error;
            data = readZip(data, &error).value(QStringLiteral("prefs.js"));
        }
        const QString text = QString::fromUtf8(data);
        QVERIFY2(text.contains(QLatin1String("xn--mller-mail-9db.test")), qPrintable(Exporter::id(format)));
        // Only the sheets, written for people, also show the Unicode form.
        const bool sheet = Exporter::formatsFor(MailClient::Other).contains(format);
        QVERIFY2(sheet || !text.contains(QStringLiteral("müller-mail")), qPrintable(Exporter::id(format)));
    }
}

void TestExporter::fileNamesAreSafe()
{
    const ExportRequest req = request(QStringLiteral("a/b|c@beispiel-mail.test"));
    QVERIFY(req.result.address.isValid());
    QCOMPARE(render(ExportFormat::OutlookPrf, req).suggestedFileName, QStringLiteral("a_b_c@beispiel-mail.test.prf"));
    QCOMPARE(render(ExportFormat::ThunderbirdPrefs, req).suggestedFileName, QStringLiteral("user.js"));
}

void TestExporter::givenAccountNameIsTheLogin()
{
    ExportRequest req = request(QStringLiteral("info@eigene-domain.test"));
    req.accountName = QStringLiteral(" web123p4 ");
    QString error;
    const auto prefs = parsePrefs(render(ExportFormat::ThunderbirdPrefs, req).data, &error);
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.userName")).toString(), QStringLiteral("web123p4"));
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp1.username")).toString(), QStringLiteral("web123p4"));
    QCOMPARE(xmlTexts(render(ExportFormat::ThunderbirdAutoconfig, req).data, QStringLiteral("username"), &error),
             (QStringList{QStringLiteral("web123p4"), QStringLiteral("web123p4")}));
    QVERIFY(QString::fromUtf8(render(ExportFormat::SheetText, req).data).contains(QLatin1String("User name:       web123p4")));
    // Without it, the formats that can leave the login to the device do so.
    req.accountName.clear();
    const QStringList plist = xmlTexts(render(ExportFormat::AppleMobileconfig, req).data, QStringLiteral("key"), &error);
    QVERIFY(!plist.contains(QStringLiteral("IncomingMailServerUsername")));
    QVERIFY(xmlTexts(render(ExportFormat::OutlookAutodiscover, req).data, QStringLiteral("LoginName"), &error).isEmpty());
}

void TestExporter::loginWithControlCharactersIsRefused()
{
    // Found by fuzz_export: XML writers dropped the control character, so the login changed.
    ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"));
    req.result.incoming.first().username = QStringLiteral("anna\x17x");
    for (const ExportFormat format : Exporter::allFormats()) {
        const auto result = Exporter::render(format, req);
        QVERIFY2(std::holds_alternative<ExportRefusal>(result), qPrintable(Exporter::id(format)));
        QVERIFY(std::get<ExportRefusal>(result).reason.en.contains(QLatin1String("\"anna x\" contains invisible control")));
    }
}

void TestExporter::loginWithPercentSignIsNoAutoconfig()
{
    // Found by fuzz_export: Thunderbird reads '%' in <username> as the start of a placeholder.
    ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"));
    for (ServerSettings &server : req.result.incoming)
        server.username = QStringLiteral("DOMAIN%anna");
    const auto autoconfig = Exporter::render(ExportFormat::ThunderbirdAutoconfig, req);
    QVERIFY(std::holds_alternative<ExportRefusal>(autoconfig));
    QVERIFY(std::get<ExportRefusal>(autoconfig).reason.en.contains(QLatin1String("contains a percent sign")));
    QString error;
    const auto prefs = parsePrefs(render(ExportFormat::ThunderbirdPrefs, req).data, &error);
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.userName")).toString(), QStringLiteral("DOMAIN%anna"));
}

void TestExporter::unknownServerNameIsRefused()
{
    // A hoster that gives each customer a server name of their own, picked without its MX record.
    ExportRequest req = request(QStringLiteral("anna@beispiel-mail.test"));
    QVERIFY(!req.result.incoming.isEmpty());
    req.result.incoming[0].host.clear();
    req.result.incoming[0].hostHint = {QStringLiteral("Ihr Servername"), QStringLiteral("your server name")};
    for (const ExportFormat format : Exporter::allFormats()) {
        const auto outcome = Exporter::render(format, req);
        QVERIFY2(std::holds_alternative<ExportRefusal>(outcome), qPrintable(Exporter::id(format)));
        const ExportRefusal refusal = std::get<ExportRefusal>(outcome);
        QVERIFY(refusal.reason.en.contains(QLatin1String("your server name")));
        QVERIFY(refusal.reason.de.contains(QStringLiteral("Ihr Servername")));
    }
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
