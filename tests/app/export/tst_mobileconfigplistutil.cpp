// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "MobileconfigReader.h"
#include "export/MobileconfigWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace mailsetup;
using namespace ExportFixture;

/// Apple profiles through libplist's own parser (Debian libplist-utils): plistutil must read our
/// XML, convert it to a binary plist and back, and the values must be the same as ours.
class TestMobileconfigPlistutil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plistutilReadsIt_data();
    void plistutilReadsIt();

private:
    bool plistutil(const QStringList &arguments);
    QString m_plistutil;
    QTemporaryDir m_dir;
};

void TestMobileconfigPlistutil::initTestCase()
{
    m_plistutil = QStandardPaths::findExecutable(QStringLiteral("plistutil"));
    if (m_plistutil.isEmpty())
        QSKIP("plistutil is not installed (Debian package libplist-utils); Apple profiles are not checked with it");
    QVERIFY(m_dir.isValid());
}

bool TestMobileconfigPlistutil::plistutil(const QStringList &arguments)
{
    QProcess process;
    process.start(m_plistutil, arguments);
    if (!process.waitForFinished(30000))
        return false;
    if (process.exitCode() != 0)
        qWarning("plistutil %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestMobileconfigPlistutil::plistutilReadsIt_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<Protocol>>("incoming");
    QTest::newRow("imap") << "anna@beispiel-mail.test" << "Anna Beispiel" << std::optional<Protocol>();
    QTest::newRow("pop3") << "anna@beispiel-mail.test" << "Jörg Müller" << std::optional<Protocol>(Protocol::Pop3);
    QTest::newRow("oauth2-provider") << "anna@gmail.com" << "" << std::optional<Protocol>();
    QTest::newRow("hostile") << kHostileAddress << kHostileName << std::optional<Protocol>();
}

void TestMobileconfigPlistutil::plistutilReadsIt()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QFETCH(std::optional<Protocol>, incoming);
    const QByteArray ours = bytes(MobileconfigWriter::write(account(address, name, incoming), Language::German));
    const QString xmlPath = m_dir.filePath(QStringLiteral("profile.mobileconfig"));
    const QString binaryPath = m_dir.filePath(QStringLiteral("profile.bin"));
    const QString backPath = m_dir.filePath(QStringLiteral("back.xml"));
    QFile xmlFile(xmlPath);
    QVERIFY(xmlFile.open(QIODevice::WriteOnly));
    xmlFile.write(ours);
    xmlFile.close();

    QVERIFY(plistutil({QStringLiteral("-i"), xmlPath, QStringLiteral("-o"), binaryPath, QStringLiteral("-f"), QStringLiteral("bin")}));
    QVERIFY(plistutil({QStringLiteral("-i"), binaryPath, QStringLiteral("-o"), backPath, QStringLiteral("-f"), QStringLiteral("xml")}));
    QFile backFile(backPath);
    QVERIFY(backFile.open(QIODevice::ReadOnly));

    QString error;
    const QVariantMap expected = MobileconfigReader::read(ours, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVariantMap roundTrip = MobileconfigReader::read(backFile.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(roundTrip, expected);
    const QVariantMap mail = roundTrip.value(QStringLiteral("PayloadContent")).toList().value(0).toMap();
    QCOMPARE(mail.value(QStringLiteral("EmailAddress")).toString(), EmailAddress::parse(address).addressAce());
    if (!name.isEmpty())
        QCOMPARE(mail.value(QStringLiteral("EmailAccountName")).toString(), name == kHostileName ? kHostileNameCleaned : name);
}

QTEST_GUILESS_MAIN(TestMobileconfigPlistutil)
#include "tst_mobileconfigplistutil.moc"
