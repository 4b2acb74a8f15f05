// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Per-call cost of the offline answer (QBENCHMARK): lookup in the loaded bundled catalogs, and the
// typo suggestion for a domain the catalog does not know.
#include "catalog/CatalogLoader.h"
#include "lookup/SettingsResolver.h"
#include "lookup/TypoSuggester.h"

#include <QTest>

using namespace mailsetup;

class BenchLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookupFound();
    void typoSuggestion();
    void loadBundledCatalogs();

private:
    Catalog m_catalog;
};

void BenchLookup::initTestCase()
{
    CatalogLoader::Options options;
    options.userFile = false;
    options.systemFile = false;
    m_catalog = CatalogLoader::load(options).catalog;
    QVERIFY(m_catalog.domainIndex().size() > 100);
}

void BenchLookup::lookupFound()
{
    const EmailAddress address = EmailAddress::parse(u"anna@gmx.ch");
    QBENCHMARK {
        const LookupResult result = SettingsResolver::lookup(m_catalog, address, nullptr);
        QVERIFY(result.isUsable());
    }
}

void BenchLookup::typoSuggestion()
{
    const TypoSuggester suggester(m_catalog);
    QBENCHMARK {
        QCOMPARE(suggester.suggest(QStringLiteral("gmial.com")), QStringLiteral("gmail.com"));
    }
}

void BenchLookup::loadBundledCatalogs()
{
    CatalogLoader::Options options;
    options.userFile = false;
    options.systemFile = false;
    QBENCHMARK {
        QVERIFY(!CatalogLoader::load(options).catalog.domainIndex().isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchLookup)
#include "bench_lookup.moc"
