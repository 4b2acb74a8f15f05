// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/OutlookPrfWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

/// The keys of Section 5 that are control keys, not account properties (no mapping line).
const QStringList kControlKeys{QStringLiteral("UniqueService")};

QByteArray prfFor(const ExportAccount &account)
{
    return bytes(OutlookPrfWriter::write(account));
}

} // namespace

class TestOutlookPrfWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows1252_data();
    void windows1252();
    void iniValue_data();
    void iniValue();
    void everyKeyHasItsMapping_data();
    void everyKeyHasItsMapping();
    void crlfAndEightBit();
    void pop3WithOwnSmtpLogin();
    void nonAsciiNames();
    void refusesWhatPrfCannotSay();
};

void TestOutlookPrfWriter::windows1252_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("encodable");
    QTest::newRow("ascii") << "Anna" << QByteArray("Anna") << true;
    QTest::newRow("umlauts") << "Jörg Müßig" << QByteArray("J\xF6rg M\xFC\xDFig") << true;
    QTest::newRow("euro") << "5 €" << QByteArray("5 \x80") << true;
    QTest::newRow("quotes-dashes") << "„x“ – Ÿ" << QByteArray("\x84x\x93 \x96 \x9F") << true;
    QTest::newRow("polish") << "Łukasz" << QByteArray() << false;
    QTest::newRow("unassigned-c1") << QStringLiteral("\u0081") << QByteArray() << false;
}

void TestOutlookPrfWriter::windows1252()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, encodable);
    const auto encoded = OutlookPrfWriter::toWindows1252(text);
    QCOMPARE(encoded.has_value(), encodable);
    if (encodable)
        QCOMPARE(*encoded, expected);
}

void TestOutlookPrfWriter::iniValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Anna" << "Anna";
    QTest::newRow("newline") << "Anna\nZeile 2" << "Anna Zeile 2";
    QTest::newRow("crlf") << "Anna\r\nZeile 2" << "Anna Zeile 2";
    QTest::newRow("surrounding-space") << "  Anna  " << "Anna";
    QTest::newRow("inner-quotes") << "Anna \"Ann\" O'Neil" << "Anna \"Ann\" O'Neil";
    QTest::newRow("wrapped-in-quotes") << "\"Anna\"" << "\"\"Anna\"\"";
    QTest::newRow("semicolon-equals") << "a;b=c [d]" << "a;b=c [d]";
}

void TestOutlookPrfWriter::iniValue()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString value = OutlookPrfWriter::iniValue(text);
    QCOMPARE(value, expected);
    // Read back as Windows does, the value is the text on one line.
    const auto ini = readIni(QStringLiteral("[A]\r\nKey=") + value + QStringLiteral("\r\n"));
    QCOMPARE(ini.value(QStringLiteral("A")).value(QStringLiteral("Key")),
             QString(text).replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(u'\n', u' ').trimmed());
}

void TestOutlookPrfWriter::everyKeyHasItsMapping_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<std::optional<Protocol>>("incoming");
    QTest::addColumn<QString>("accountType");
    QTest::newRow("imap") << "anna@beispiel-mail.test" << std::optional<Protocol>() << "IMAP_I_Mail";
    QTest::newRow("pop3") << "anna@beispiel-mail.test" << std::optional<Protocol>(Protocol::Pop3) << "I_Mail";
    QTest::newRow("gmail-app-password") << "anna@gmail.com" << std::optional<Protocol>() << "IMAP_I_Mail";
}

void TestOutlookPrfWriter::everyKeyHasItsMapping()
{
    QFETCH(QString, address);
    QFETCH(std::optional<Protocol>, incoming);
    QFETCH(QString, accountType);
    const auto ini = readIni(fromWindows1252(prfFor(account(address, QStringLiteral("Anna"), incoming))).value());
    QCOMPARE(ini.value(QStringLiteral("Internet Account List")).value(QStringLiteral("Account1")), accountType);
    const auto account1 = ini.value(QStringLiteral("Account1"));
    const auto mappings = ini.value(accountType);
    QVERIFY(account1.size() > 10);
    for (auto it = account1.cbegin(); it != account1.cend(); ++it) {
        if (kControlKeys.contains(it.key()))
            continue;
        QVERIFY2(mappings.value(it.key()).startsWith(QLatin1String("PT_")), qPrintable(it.key() + QLatin1String(" has no mapping")));
    }
    QCOMPARE(mappings.value(QStringLiteral("AccountType")), accountType == QLatin1String("I_Mail") ? QStringLiteral("POP3")
                                                                                                   : QStringLiteral("IMAP"));
    QCOMPARE(account1.value(QStringLiteral("EmailAddress")), EmailAddress::parse(address).addressAce());
    QCOMPARE(ini.value(QStringLiteral("General")).value(QStringLiteral("Custom")), QStringLiteral("1"));
}

void TestOutlookPrfWriter::crlfAndEightBit()
{
    const QByteArray prf = prfFor(account(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Jörg")));
    QCOMPARE(prf.count("\r\n"), prf.count('\n'));
    QVERIFY(prf.contains("DisplayName=J\xF6rg\r\n"));
    QVERIFY(!prf.contains("\xC3")); // no UTF-8
}

void TestOutlookPrfWriter::pop3WithOwnSmtpLogin()
{
    const auto ini = readIni(fromWindows1252(prfFor(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3))).value());
    const auto account1 = ini.value(QStringLiteral("Account1"));
    QCOMPARE(account1.value(QStringLiteral("POP3Server")), QStringLiteral("pop.beispiel-mail.test"));
    QCOMPARE(account1.value(QStringLiteral("POP3UserName")), QStringLiteral("anna"));
    QCOMPARE(account1.value(QStringLiteral("POP3UseSSL")), QStringLiteral("1"));
    QCOMPARE(account1.value(QStringLiteral("SMTPSecureConnection")), QStringLiteral("1"));
    // The SMTP login differs from the POP3 one, so it is given explicitly.
    QCOMPARE(account1.value(QStringLiteral("SMTPAuthMethod")), QStringLiteral("1"));
    QCOMPARE(account1.value(QStringLiteral("SMTPUserName")), QStringLiteral("anna@beispiel-mail.test"));
    QCOMPARE(account1.value(QStringLiteral("DisplayName")), QStringLiteral("anna@beispiel-mail.test")); // no name given
    QVERIFY(account1.contains(QStringLiteral("LeaveOnServer")));
}

void TestOutlookPrfWriter::nonAsciiNames()
{
    const QByteArray prf = prfFor(account(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Łukasz „Łuki“ Ñandú €")));
    QVERIFY(prf.contains("DisplayName=?ukasz \x84?uki\x93 \xD1" "and\xFA \x80\r\n"));
}

void TestOutlookPrfWriter::refusesWhatPrfCannotSay()
{
    const auto oauthOnly = OutlookPrfWriter::write(account(QStringLiteral("anna@outlook.com")));
    QVERIFY(std::holds_alternative<ExportRefusal>(oauthOnly));
    QVERIFY(std::get<ExportRefusal>(oauthOnly).reason.en.contains(QLatin1String("anna@outlook.com")));
    const auto unicodeAddress = OutlookPrfWriter::write(account(QStringLiteral("łukasz@beispiel-mail.test")));
    QVERIFY(std::holds_alternative<ExportRefusal>(unicodeAddress));
    QVERIFY(std::get<ExportRefusal>(unicodeAddress).reason.en.contains(QLatin1String("Windows-1252")));
}

QTEST_GUILESS_MAIN(TestOutlookPrfWriter)
#include "tst_outlookprfwriter.moc"
