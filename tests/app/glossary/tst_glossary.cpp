// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/Glossary.h"
#include "glossary/GlossaryLinks.h"

#include <QTest>

using namespace mailsetup;

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledGlossaryHasTheRequiredTerms_data();
    void bundledGlossaryHasTheRequiredTerms();
    void everyTermIsComplete();
    void everyLinkedTermExists();
    void searchFindsNamesFirst();
    void schemaErrors_data();
    void schemaErrors();
    void cborRoundTrip();
};

void TestGlossary::bundledGlossaryHasTheRequiredTerms_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"pop3", "imap", "smtp", "smtp-auth", "ssl-tls", "starttls", "port", "oauth2", "app-password", "mx-record"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestGlossary::bundledGlossaryHasTheRequiredTerms()
{
    QFETCH(QString, id);
    QVERIFY2(Glossary::bundled().find(id), qPrintable(id));
}

void TestGlossary::everyTermIsComplete()
{
    const Glossary &glossary = Glossary::bundled();
    QVERIFY(glossary.terms().size() >= 10);
    for (const GlossaryTerm &term : glossary.terms()) {
        for (const LocalizedText *text : {&term.term, &term.shortText, &term.text}) {
            QVERIFY2(!text->de.isEmpty() && !text->en.isEmpty(), qPrintable(term.id));
        }
        QVERIFY2(term.shortText.de != term.shortText.en, qPrintable(term.id));
        for (const QString &related : term.related)
            QVERIFY2(glossary.find(related), qPrintable(term.id + QLatin1String(" -> ") + related));
    }
}

void TestGlossary::everyLinkedTermExists()
{
    const Glossary &glossary = Glossary::bundled();
    for (const auto field : {SettingsText::Field::Server, SettingsText::Field::Port, SettingsText::Field::Encryption,
                             SettingsText::Field::Username, SettingsText::Field::Authentication})
        QVERIFY(glossary.find(GlossaryLinks::termFor(field)));
    for (const auto protocol : {Protocol::Imap, Protocol::Pop3, Protocol::Smtp})
        QVERIFY(glossary.find(GlossaryLinks::termFor(protocol)));
    for (const auto security : {Security::Ssl, Security::StartTls, Security::None})
        QVERIFY(glossary.find(GlossaryLinks::termFor(security)));
    QVERIFY(glossary.find(GlossaryLinks::termFor(AuthMethod::OAuth2)));
}

void TestGlossary::searchFindsNamesFirst()
{
    const Glossary &glossary = Glossary::bundled();
    const auto hits = glossary.search(QStringLiteral("starttls"));
    QVERIFY(hits.size() >= 2); // the term itself, and terms that mention it
    QCOMPARE(hits.at(0)->id, QStringLiteral("starttls"));
    QCOMPARE(glossary.search(QString()).size(), glossary.terms().size());
    QVERIFY(!glossary.search(QStringLiteral("Postausgangsserver")).isEmpty()); // German text is searched too
    QVERIFY(glossary.search(QStringLiteral("no-such-word-anywhere")).isEmpty());
}

void TestGlossary::schemaErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    const QByteArray term = "  - id: a\n    term: {de: A, en: A}\n    short: {de: Kurz, en: Short}\n    text: {de: Lang, en: Long}\n";
    QTest::newRow("unknown related") << QByteArray("schema: 1\nterms:\n" + term + "    related: [b]\n") << "related term 'b' does not exist";
    QTest::newRow("missing english") << QByteArray("schema: 1\nterms:\n" + QByteArray(term).replace("en: Short", "fr: Court")) << "unknown key 'fr'";
    QTest::newRow("duplicate id") << QByteArray("schema: 1\nterms:\n" + term + term) << "term id 'a' is used twice";
    QTest::newRow("typo in key") << QByteArray("schema: 1\nterms:\n" + QByteArray(term).replace("short:", "shrt:")) << "unknown key 'shrt'";
}

void TestGlossary::schemaErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    CatalogDiagnostics errors;
    QVERIFY(!Glossary::fromYaml(yaml, QStringLiteral("g.yaml"), errors).has_value());
    QStringList all;
    for (const auto &error : errors)
        all.append(error.toString());
    QVERIFY2(all.join(QLatin1Char('\n')).contains(message), qPrintable(all.join(QLatin1Char('\n'))));
}

void TestGlossary::cborRoundTrip()
{
    const Glossary &glossary = Glossary::bundled();
    const auto copy = Glossary::fromCbor(glossary.toCbor());
    QVERIFY(copy.has_value());
    QCOMPARE(copy->terms(), glossary.terms());
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
