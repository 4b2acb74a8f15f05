// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every identifiable provider of the 2010 seed page must resolve offline, to today's entry and
// with the expected status (tests/data/seed-addresses.tsv).
#include "catalog/CatalogLoader.h"
#include "lookup/SettingsResolver.h"

#include <QFile>
#include <QTest>

using namespace mailsetup;

class TestSeedProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data();
    void resolves();
};

void TestSeedProviders::resolves_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("status");
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/seed-addresses.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QVERIFY2(fields.size() >= 3, qPrintable(line));
        QTest::newRow(qPrintable(fields.at(0))) << fields.at(0) << fields.at(1) << fields.at(2);
        ++rows;
    }
    QVERIFY2(rows >= 34, "the seed page has about 34 identifiable providers");
}

void TestSeedProviders::resolves()
{
    QFETCH(QString, address);
    QFETCH(QString, providerId);
    QFETCH(QString, status);
    static const Catalog catalog = [] {
        CatalogLoader::Options options;
        options.userFile = false;
        options.systemFile = false;
        return CatalogLoader::load(options).catalog;
    }();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(address), nullptr);
    QVERIFY(result.found);
    QCOMPARE(result.source, SettingsSource::Catalog);
    QCOMPARE(result.provider->id, providerId);
    QCOMPARE(spelling(result.provider->status), status);
    if (status == QLatin1String("defunct")) {
        QVERIFY(!result.isUsable());
    } else {
        QVERIFY2(result.isUsable(), "an active, unverified or merged entry must give servers");
        // Never an unencrypted server first, never a dead seed host presented as working.
        QVERIFY(result.incoming.constFirst().isEncrypted());
        QVERIFY(result.outgoing.constFirst().isEncrypted());
    }
    if (status != QLatin1String("active")) {
        QVERIFY2(!result.notes.isEmpty() && result.notes.constFirst().kind == NoteKind::Status,
                 "a merged, defunct or unverified entry says so first");
    }
}

QTEST_GUILESS_MAIN(TestSeedProviders)
#include "tst_seedproviders.moc"
