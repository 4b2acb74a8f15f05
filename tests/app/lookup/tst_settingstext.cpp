// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup/SettingsText.h"

#include "catalog/CatalogYamlReader.h"
#include "lookup/SettingsResolver.h"

#include <QLocale>
#include <QTest>

using namespace mailsetup;

/// The shared wording of the command line, "Copy all" and the settings sheet: dates are written
/// as people write them in each language, whatever the computer's own locale is.
class TestSettingsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesAreWrittenOutPerLanguage_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QDate(2010, 12, 30) << Language::German << QStringLiteral("30. Dezember 2010");
        QTest::newRow("en") << QDate(2010, 12, 30) << Language::English << QStringLiteral("30 December 2010");
        QTest::newRow("de umlaut, one digit") << QDate(2026, 3, 1) << Language::German << QStringLiteral("1. März 2026");
        QTest::newRow("en one digit") << QDate(2026, 3, 1) << Language::English << QStringLiteral("1 March 2026");
    }

    void datesAreWrittenOutPerLanguage()
    {
        QFETCH(QDate, date);
        QFETCH(Language, language);
        QFETCH(QString, expected);
        QCOMPARE(SettingsText::formatDate(date, language), expected);
    }

    void statusLineHasTheDateOfItsLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << Language::German << QStringLiteral("Status: aktiv · geprüft am 1. Oktober 2026\n");
        QTest::newRow("en") << Language::English << QStringLiteral("Status: active · checked on 1 October 2026\n");
    }

    void statusLineHasTheDateOfItsLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QString, expected);
        const auto read = CatalogYamlReader::readFile(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml"));
        QVERIFY(read.ok());
        Catalog catalog;
        catalog.addLayer({SettingsSource::UserCatalog, QStringLiteral("valid.yaml"), read.catalog});
        const LookupResult result
            = SettingsResolver::lookup(catalog, EmailAddress::parse(u"a@example-mail.test"), nullptr, QDate(2026, 11, 27));
        const QString text = SettingsText::formatResult(result, language);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("2026-10-01")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsText)
#include "tst_settingstext.moc"
