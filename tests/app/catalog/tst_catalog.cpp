// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include <QTest>

using namespace mailsetup;

namespace {

Provider provider(const QString &id, const QStringList &domains, const QStringList &mx = {})
{
    Provider p;
    p.id = id;
    p.name = id.toUpper();
    p.domains = domains;
    p.mxSuffixes = mx;
    return p;
}

Catalog::Layer layer(SettingsSource source, const QList<Provider> &providers)
{
    CatalogFile file;
    file.providers = providers;
    return {source, QStringLiteral("test"), file};
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactDomainMatch_data();
    void exactDomainMatch();
    void higherLayerReplacesProviderWhole();
    void higherLayerClaimsDomain();
    void mxSuffixMatchesOnLabelBoundary_data();
    void mxSuffixMatchesOnLabelBoundary();
    void findByMxPrefersLongestPattern();
    void copyKeepsWorkingIndex();
};

void TestCatalog::exactDomainMatch_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("provider");
    QTest::newRow("main domain") << "gmx.net" << "gmx";
    QTest::newRow("alias") << "gmx.ch" << "gmx";
    QTest::newRow("look-alike gmx.li") << "gmx.li" << "";
    QTest::newRow("alice.it is not alice.de") << "alice.it" << "";
    QTest::newRow("chello.nl is not chello.at") << "chello.nl" << "";
    QTest::newRow("subdomain does not match") << "mail.gmx.net" << "";
    QTest::newRow("suffix does not match") << "xgmx.net" << "";
}

void TestCatalog::exactDomainMatch()
{
    QFETCH(QString, domain);
    QFETCH(QString, provider);
    Catalog catalog;
    catalog.addLayer(layer(SettingsSource::Catalog,
                           {::provider(QStringLiteral("gmx"), {QStringLiteral("gmx.net"), QStringLiteral("gmx.ch")}),
                            ::provider(QStringLiteral("alice"), {QStringLiteral("alice.de")}),
                            ::provider(QStringLiteral("chello"), {QStringLiteral("chello.at")})}));
    const Catalog::Entry entry = catalog.findDomain(domain);
    QCOMPARE(entry.isValid() ? entry.provider->id : QString(), provider);
}

void TestCatalog::higherLayerReplacesProviderWhole()
{
    Catalog catalog;
    catalog.addLayer(layer(SettingsSource::UserCatalog, {provider(QStringLiteral("gmx"), {QStringLiteral("gmx.de")})}));
    catalog.addLayer(layer(SettingsSource::Catalog, {provider(QStringLiteral("gmx"), {QStringLiteral("gmx.de"), QStringLiteral("gmx.at")})}));
    QCOMPARE(catalog.findDomain(QStringLiteral("gmx.de")).source, SettingsSource::UserCatalog);
    // The lower entry is replaced whole, so its extra domain no longer answers.
    QVERIFY(!catalog.findDomain(QStringLiteral("gmx.at")).isValid());
    QCOMPARE(catalog.providers().size(), 1);
    QCOMPARE(catalog.allProviderIds().size(), 2);
}

void TestCatalog::higherLayerClaimsDomain()
{
    Catalog catalog;
    catalog.addLayer(layer(SettingsSource::Catalog, {provider(QStringLiteral("curated"), {QStringLiteral("a.test")})}));
    catalog.addLayer(layer(SettingsSource::Ispdb, {provider(QStringLiteral("imported"), {QStringLiteral("a.test"), QStringLiteral("b.test")})}));
    QCOMPARE(catalog.findDomain(QStringLiteral("a.test")).provider->id, QStringLiteral("curated"));
    QCOMPARE(catalog.findDomain(QStringLiteral("b.test")).provider->id, QStringLiteral("imported"));
    QCOMPARE(catalog.findDomain(QStringLiteral("b.test")).source, SettingsSource::Ispdb);
    QCOMPARE(catalog.domainIndex().size(), 2);
}

void TestCatalog::mxSuffixMatchesOnLabelBoundary_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("subdomain") << "mx00.kundenserver.de" << true;
    QTest::newRow("exact") << "kundenserver.de" << true;
    QTest::newRow("root dot from DNS") << "mx01.kundenserver.de." << true;
    QTest::newRow("upper case") << "MX01.KUNDENSERVER.DE" << true;
    QTest::newRow("not on a label boundary") << "evilkundenserver.de" << false;
    QTest::newRow("different domain") << "kundenserver.de.evil.test" << false;
}

void TestCatalog::mxSuffixMatchesOnLabelBoundary()
{
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(Catalog::matchesSuffix(host, QStringLiteral("kundenserver.de")), matches);
}

void TestCatalog::findByMxPrefersLongestPattern()
{
    Catalog catalog;
    catalog.addLayer(layer(SettingsSource::Catalog,
                           {provider(QStringLiteral("google"), {QStringLiteral("gmail.com")}, {QStringLiteral("google.com")}),
                            provider(QStringLiteral("workspace"), {}, {QStringLiteral("aspmx.l.google.com")})}));
    const auto matches = catalog.findByMx(QStringLiteral("aspmx.l.google.com"));
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).provider->id, QStringLiteral("workspace"));
    QVERIFY(catalog.findByMx(QStringLiteral("mx.example.org")).isEmpty());
}

void TestCatalog::copyKeepsWorkingIndex()
{
    auto original = std::make_unique<Catalog>();
    original->addLayer(layer(SettingsSource::Catalog, {provider(QStringLiteral("gmx"), {QStringLiteral("gmx.de")})}));
    const Catalog copy = *original;
    original.reset();
    QCOMPARE(copy.findDomain(QStringLiteral("gmx.de")).provider->id, QStringLiteral("gmx"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
