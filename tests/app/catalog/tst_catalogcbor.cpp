// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogCbor.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogYamlReader.h"

#include <QTest>

using namespace mailsetup;

class TestCatalogCbor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void bundledCatalogsAreEmbedded();
};

void TestCatalogCbor::roundTripKeepsEveryField()
{
    auto read = CatalogYamlReader::readFile(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml"));
    QVERIFY(read.ok());
    read.catalog.origin = {QStringLiteral("Test origin"), QStringLiteral("https://example.test"), QStringLiteral("abc123"),
                           QStringLiteral("MPL-2.0")};
    const auto decoded = CatalogCbor::decode(CatalogCbor::encode(read.catalog));
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, read.catalog);
}

void TestCatalogCbor::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("schema: 1\n");
    QTest::newRow("wrong version") << QByteArray::fromHex("a1006363");
}

void TestCatalogCbor::rejectsGarbage()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(!CatalogCbor::decode(data, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestCatalogCbor::bundledCatalogsAreEmbedded()
{
    for (const auto which : {CatalogLoader::Bundled::Curated, CatalogLoader::Bundled::Ispdb}) {
        QString error;
        const auto file = CatalogLoader::bundled(which, &error);
        QVERIFY2(file.has_value(), qPrintable(error));
        QVERIFY(file->snapshot.isValid());
    }
    QVERIFY(!CatalogLoader::bundled(CatalogLoader::Bundled::Curated)->providers.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogCbor)
#include "tst_catalogcbor.moc"
