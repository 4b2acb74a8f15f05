// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address/EmailAddress.h"

#include <QTest>

using namespace mailsetup;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatPeoplePaste_data();
    void acceptsWhatPeoplePaste();
    void rejectsWithPreciseReason_data();
    void rejectsWithPreciseReason();
    void internationalDomainKeepsBothForms();
    void punycodeInputIsShownAsUnicode();
    void messagesExistInBothLanguages();
    void spaceHasItsOwnMessage();
    void trailingDotOffersTheFixedDomain();
    void hugeInputIsRefusedQuickly();
};

void TestEmailAddress::acceptsWhatPeoplePaste_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("plain") << "anna@gmx.ch" << "anna@gmx.ch" << "anna" << "";
    QTest::newRow("surrounding space") << "  anna@gmx.ch \t" << "anna@gmx.ch" << "anna" << "";
    QTest::newRow("name and angle brackets") << " Anna Muster <anna@gmx.ch> " << "anna@gmx.ch" << "anna" << "Anna Muster";
    QTest::newRow("quoted name") << "\"Muster, Anna\" <anna@gmx.ch>" << "anna@gmx.ch" << "anna" << "Muster, Anna";
    QTest::newRow("brackets only") << "<anna@gmx.ch>" << "anna@gmx.ch" << "anna" << "";
    QTest::newRow("mailto") << "mailto:anna@gmx.ch" << "anna@gmx.ch" << "anna" << "";
    QTest::newRow("MAILTO with query") << "MAILTO:anna@gmx.ch?subject=Hallo" << "anna@gmx.ch" << "anna" << "";
    QTest::newRow("mailto percent-encoded") << "mailto:anna%2Bnews@gmx.ch" << "anna+news@gmx.ch" << "anna+news" << "";
    QTest::newRow("domain lower-cased, local part kept") << "ANNA@WEB.DE" << "ANNA@web.de" << "ANNA" << "";
    QTest::newRow("special atext characters") << "o'neil+tag_x=1@example.org" << "o'neil+tag_x=1@example.org" << "o'neil+tag_x=1" << "";
    QTest::newRow("dots inside the local part") << "anna.maria.muster@example.org" << "anna.maria.muster@example.org" << "anna.maria.muster" << "";
    QTest::newRow("umlaut domain") << "anna@Müller.de" << "anna@müller.de" << "anna" << "";
    QTest::newRow("64-character local part") << QString(64, u'a') + "@example.org" << QString(64, u'a') + "@example.org" << QString(64, u'a') << "";
}

void TestEmailAddress::acceptsWhatPeoplePaste()
{
    QFETCH(QString, input);
    const EmailAddress parsed = EmailAddress::parse(input);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem().message(Language::English)));
    QTEST(parsed.address(), "address");
    QTEST(parsed.localPart(), "localPart");
    QTEST(parsed.displayName(), "displayName");
}

void TestEmailAddress::rejectsWithPreciseReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "   " << "empty";
    QTest::newRow("no at") << "anna.gmx.ch" << "no-at";
    QTest::newRow("two at") << "anna@@x" << "multiple-at";
    QTest::newRow("two at apart") << "anna@gmx@ch" << "multiple-at";
    QTest::newRow("empty local part") << "@gmx.ch" << "empty-local";
    QTest::newRow("empty domain") << "anna@" << "empty-domain";
    QTest::newRow("space inside") << "anna maria@gmx.ch" << "invalid-character";
    QTest::newRow("comma") << "anna,maria@gmx.ch" << "invalid-character";
    QTest::newRow("underscore in domain") << "anna@gm_x.ch" << "invalid-character";
    QTest::newRow("consecutive dots local") << "anna..maria@gmx.ch" << "consecutive-dots";
    QTest::newRow("consecutive dots domain") << "anna@gmx..ch" << "consecutive-dots";
    QTest::newRow("leading dot local") << ".anna@gmx.ch" << "leading-or-trailing-dot";
    QTest::newRow("trailing dot local") << "anna.@gmx.ch" << "leading-or-trailing-dot";
    QTest::newRow("leading dot domain") << "anna@.gmx.ch" << "leading-or-trailing-dot";
    QTest::newRow("trailing dot domain") << "anna@web.de." << "trailing-dot";
    // IDNA reads the ideographic full stop as a dot (found by fuzz_email_address).
    QTest::newRow("trailing ideographic dot") << QStringLiteral("n@v\u3002") << "trailing-dot";
    QTest::newRow("ideographic dots in a row") << QStringLiteral("anna@gmx\u3002\uFF0Ede") << "consecutive-dots";
    QTest::newRow("label too long") << "anna@" + QString(64, u'a') + ".de" << "label-too-long";
    QTest::newRow("label hyphen start") << "anna@-gmx.ch" << "label-hyphen";
    QTest::newRow("label hyphen end") << "anna@gmx-.ch" << "label-hyphen";
    QTest::newRow("domain without dot") << "anna@localhost" << "domain-no-dot";
    QTest::newRow("local part over 64") << QString(65, u'a') + "@example.org" << "local-too-long";
    QTest::newRow("umlauts count as octets") << QString(33, u'ä') + "@example.org" << "local-too-long";
    QTest::newRow("address over 254") << QString(60, u'a') + "@" + QString(60, u'b') + "." + QString(60, u'c') + "."
                                             + QString(60, u'd') + "." + QString(20, u'e') + ".de"
                                      << "address-too-long";
    QTest::newRow("invalid idn") << "anna@xn--zz.de" << "idn-invalid";
}

void TestEmailAddress::rejectsWithPreciseReason()
{
    QFETCH(QString, input);
    const EmailAddress parsed = EmailAddress::parse(input);
    QVERIFY(!parsed.isValid());
    QTEST(parsed.problem().code(), "code");
    QVERIFY(!parsed.problem().message(Language::English).isEmpty());
    QVERIFY(!parsed.problem().message(Language::English).contains(QLatin1String("%1")));
}

void TestEmailAddress::internationalDomainKeepsBothForms()
{
    const EmailAddress parsed = EmailAddress::parse(u"anna@müller.de");
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.domain(), QStringLiteral("müller.de"));
    QCOMPARE(parsed.domainAce(), QStringLiteral("xn--mller-kva.de"));
    QCOMPARE(parsed.address(), QStringLiteral("anna@müller.de"));
    QCOMPARE(parsed.addressAce(), QStringLiteral("anna@xn--mller-kva.de"));
}

void TestEmailAddress::punycodeInputIsShownAsUnicode()
{
    const EmailAddress parsed = EmailAddress::parse(u"anna@XN--MLLER-KVA.DE");
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.domain(), QStringLiteral("müller.de"));
    QCOMPARE(parsed.domainAce(), QStringLiteral("xn--mller-kva.de"));
}

void TestEmailAddress::messagesExistInBothLanguages()
{
    const EmailAddress parsed = EmailAddress::parse(u"anna.gmx.ch");
    const QString german = parsed.problem().message(Language::German);
    const QString english = parsed.problem().message(Language::English);
    QVERIFY(english.contains(QLatin1String("@")));
    QVERIFY(!german.isEmpty());
    QVERIFY2(german != english, "the German translation is missing from the embedded .qm");
}

void TestEmailAddress::spaceHasItsOwnMessage()
{
    const EmailAddress parsed = EmailAddress::parse(u"anna maria@gmx.ch");
    QCOMPARE(parsed.problem().code(), QStringLiteral("invalid-character"));
    QVERIFY(parsed.problem().message(Language::English).contains(QLatin1String("space")));
}

void TestEmailAddress::trailingDotOffersTheFixedDomain()
{
    const EmailAddress parsed = EmailAddress::parse(u"anna@web.de.");
    QCOMPARE(parsed.problem().code(), QStringLiteral("trailing-dot"));
    QCOMPARE(parsed.domainWithoutTrailingDot(), QStringLiteral("web.de"));
    QCOMPARE(EmailAddress::parse(u"anna@web.de").domainWithoutTrailingDot(), QString());
    QCOMPARE(EmailAddress::parse(u"anna@web\u3002de\u3002").domainWithoutTrailingDot(), QStringLiteral("web.de"));
}

void TestEmailAddress::hugeInputIsRefusedQuickly()
{
    const QString huge = QString(1024 * 1024, u'a') + QStringLiteral("@example.org");
    QElapsedTimer timer;
    timer.start();
    const EmailAddress parsed = EmailAddress::parse(huge);
    QCOMPARE(parsed.problem().code(), QStringLiteral("address-too-long"));
    QVERIFY(timer.elapsed() < 1000); // generous: it must not scan the megabyte character by character
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
