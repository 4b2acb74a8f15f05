// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogLoader.h"
#include "lookup/TypoSuggester.h"

#include <QTest>

using namespace mailsetup;

namespace {

Catalog bundledCatalog()
{
    CatalogLoader::Options options;
    options.userFile = false;
    options.systemFile = false;
    return CatalogLoader::load(options).catalog;
}

Catalog syntheticCatalog()
{
    auto layer = [](SettingsSource source, const QStringList &domains) {
        CatalogFile file;
        Provider provider;
        provider.id = spelling(source);
        provider.domains = domains;
        file.providers.append(provider);
        return Catalog::Layer{source, QStringLiteral("test"), file};
    };
    Catalog catalog;
    catalog.addLayer(layer(SettingsSource::Catalog, {QStringLiteral("abcd.de"), QStringLiteral("zbcd.de")}));
    catalog.addLayer(layer(SettingsSource::Ispdb, {QStringLiteral("abce.de"), QStringLiteral("aacd.de")}));
    return catalog;
}

} // namespace

class TestTypoSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productExamples_data();
    void productExamples();
    void tiesPreferCuratedThenAlphabetical();
    void distance_data();
    void distance();
};

void TestTypoSuggester::productExamples_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("gmx.dee") << "gmx.dee" << "gmx.de";
    QTest::newRow("gmial.com") << "gmial.com" << "gmail.com";
    QTest::newRow("t-onlien.de") << "t-onlien.de" << "t-online.de";
    QTest::newRow("t-onlne.de") << "t-onlne.de" << "t-online.de";
    QTest::newRow("bluewin.com") << "bluewin.com" << "bluewin.ch";
    QTest::newRow("catalog domain gmx.de") << "gmx.de" << "";
    QTest::newRow("catalog domain gmx.net") << "gmx.net" << "";
    QTest::newRow("catalog domain web.de") << "web.de" << "";
    QTest::newRow("example.com") << "example.com" << "";
    QTest::newRow("müller.de") << "xn--mller-kva.de" << "";
}

void TestTypoSuggester::productExamples()
{
    QFETCH(QString, domain);
    static const Catalog catalog = bundledCatalog();
    static const TypoSuggester suggester(catalog);
    QTEST(suggester.suggest(domain), "suggestion");
}

void TestTypoSuggester::tiesPreferCuratedThenAlphabetical()
{
    const Catalog catalog = syntheticCatalog();
    const TypoSuggester suggester(catalog);
    // "abcx.de" is one edit from abcd.de (curated), abce.de (imported): curated wins.
    QCOMPARE(suggester.suggest(QStringLiteral("abcx.de")), QStringLiteral("abcd.de"));
    // "xbcd.de" is one edit from abcd.de and zbcd.de, both curated: alphabetical order decides.
    QCOMPARE(suggester.suggest(QStringLiteral("xbcd.de")), QStringLiteral("abcd.de"));
    // Only an imported domain is close: it is suggested.
    QCOMPARE(suggester.suggest(QStringLiteral("aacx.de")), QStringLiteral("aacd.de"));
}

void TestTypoSuggester::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << "gmx.de" << "gmx.de" << 0;
    QTest::newRow("insertion") << "gmx.dee" << "gmx.de" << 1;
    QTest::newRow("transposition") << "gmial.com" << "gmail.com" << 1;
    QTest::newRow("substitution") << "gmx.ce" << "gmx.de" << 1;
    QTest::newRow("two edits") << "bluewin.com" << "bluewin.ch" << 2;
    QTest::newRow("beyond limit is limit+1") << "example.com" << "gmx.de" << 3;
}

void TestTypoSuggester::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(TypoSuggester::distance(a, b, 2), expected);
    QCOMPARE(TypoSuggester::distance(b, a, 2), expected);
}

QTEST_GUILESS_MAIN(TestTypoSuggester)
#include "tst_typosuggester.moc"
