// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/ZipWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32_data();
    void crc32();
    void storedFilesReadBack();
    void sameContentSameBytes();
    void emptyArchive();
};

void TestZipWriter::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // The standard check value of CRC-32/ISO-HDLC, and zlib's crc32() of a few strings.
    QTest::newRow("check") << QByteArray("123456789") << quint32(0xCBF43926);
    QTest::newRow("empty") << QByteArray() << quint32(0);
    QTest::newRow("a") << QByteArray("a") << quint32(0xE8B7BE43);
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339);
}

void TestZipWriter::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(ZipWriter::crc32(data), crc);
}

void TestZipWriter::storedFilesReadBack()
{
    ZipWriter zip;
    const QByteArray prefs("user_pref(\"a\", \"ü\");\n");
    zip.addFile(QStringLiteral("prefs.js"), prefs);
    zip.addFile(QStringLiteral("Ordner/über.txt"), QByteArray(70000, 'x'));
    const QByteArray archive = zip.finish();
    QString error;
    const auto files = readZip(archive, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.keys(), (QStringList{QStringLiteral("Ordner/über.txt"), QStringLiteral("prefs.js")}));
    QCOMPARE(files.value(QStringLiteral("prefs.js")), prefs);
    QCOMPARE(files.value(QStringLiteral("Ordner/über.txt")).size(), 70000);
    QCOMPARE(archive.left(4), QByteArray("PK\x03\x04", 4));
    // The UTF-8 flag (bit 11) is set only on the non-ASCII name.
    QCOMPARE(qFromLittleEndian<quint16>(archive.constData() + 6), quint16(0));
    const qsizetype second = 30 + 8 + prefs.size();
    QCOMPARE(qFromLittleEndian<quint16>(archive.constData() + second + 6), quint16(1 << 11));
}

void TestZipWriter::sameContentSameBytes()
{
    const auto build = [] {
        ZipWriter zip;
        zip.addFile(QStringLiteral("prefs.js"), QByteArray("x"));
        return zip.finish();
    };
    QCOMPARE(build(), build());
}

void TestZipWriter::emptyArchive()
{
    const QByteArray archive = ZipWriter().finish();
    QCOMPARE(archive.size(), 22);
    QString error;
    QVERIFY(readZip(archive, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
