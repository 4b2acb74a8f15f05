// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "MobileconfigReader.h"
#include "export/MobileconfigWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

QVariantMap profileFor(const ExportAccount &account, QString *error)
{
    return MobileconfigReader::read(bytes(MobileconfigWriter::write(account, Language::English)), error);
}

QVariantMap mailPayload(const QVariantMap &profile)
{
    return profile.value(QStringLiteral("PayloadContent")).toList().value(0).toMap();
}

} // namespace

class TestMobileconfigWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapPayload();
    void pop3Payload();
    void stableUuidsPerAddress();
    void refusesOAuth2Only();
};

void TestMobileconfigWriter::imapPayload()
{
    QString error;
    const QVariantMap profile = profileFor(account(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Anna")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(profile.value(QStringLiteral("PayloadType")), QVariant(QStringLiteral("Configuration")));
    QCOMPARE(profile.value(QStringLiteral("PayloadVersion")), QVariant(1LL));
    const QVariantMap mail = mailPayload(profile);
    QCOMPARE(mail.value(QStringLiteral("PayloadType")), QVariant(QStringLiteral("com.apple.mail.managed")));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountType")), QVariant(QStringLiteral("EmailTypeIMAP")));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountName")), QVariant(QStringLiteral("Anna")));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerHostName")), QVariant(QStringLiteral("imap.beispiel-mail.test")));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerPortNumber")), QVariant(993LL));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerUseSSL")), QVariant(true));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerAuthentication")), QVariant(QStringLiteral("EmailAuthPassword")));
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerPortNumber")), QVariant(465LL));
    QCOMPARE(mail.value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword")), QVariant(true));
    QVERIFY(!mail.contains(QStringLiteral("IncomingPassword")));
    QVERIFY(!mail.contains(QStringLiteral("OutgoingPassword")));
    QVERIFY(mail.value(QStringLiteral("PayloadIdentifier")).toString().startsWith(profile.value(QStringLiteral("PayloadIdentifier")).toString()));
    QVERIFY(mail.value(QStringLiteral("PayloadUUID")) != profile.value(QStringLiteral("PayloadUUID")));
}

void TestMobileconfigWriter::pop3Payload()
{
    QString error;
    const QVariantMap mail = mailPayload(profileFor(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3), &error));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountType")), QVariant(QStringLiteral("EmailTypePOP")));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerUsername")), QVariant(QStringLiteral("anna")));
    QCOMPARE(mail.value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword")), QVariant(false));
    QVERIFY(!mail.contains(QStringLiteral("EmailAccountName"))); // no name given: the device asks
}

void TestMobileconfigWriter::stableUuidsPerAddress()
{
    const QUuid first = MobileconfigWriter::uuidFor(QStringLiteral("anna@beispiel-mail.test"), u"profile");
    QCOMPARE(first.version(), QUuid::Sha1);
    QCOMPARE(MobileconfigWriter::uuidFor(QStringLiteral("Anna@beispiel-mail.test"), u"profile"), first);
    QVERIFY(MobileconfigWriter::uuidFor(QStringLiteral("anna@beispiel-mail.test"), u"mail") != first);
    QVERIFY(MobileconfigWriter::uuidFor(QStringLiteral("berta@beispiel-mail.test"), u"profile") != first);
    // The same address gives the same bytes, so a re-installed profile replaces the old one.
    const ExportAccount anna = account(QStringLiteral("anna@beispiel-mail.test"));
    QCOMPARE(bytes(MobileconfigWriter::write(anna, Language::German)), bytes(MobileconfigWriter::write(anna, Language::German)));
}

void TestMobileconfigWriter::refusesOAuth2Only()
{
    QVERIFY(std::holds_alternative<ExportRefusal>(MobileconfigWriter::write(account(QStringLiteral("anna@outlook.com")), Language::English)));
    QString error;
    const QVariantMap gmail = mailPayload(profileFor(account(QStringLiteral("anna@gmail.com")), &error));
    QCOMPARE(gmail.value(QStringLiteral("IncomingMailServerAuthentication")), QVariant(QStringLiteral("EmailAuthPassword")));
}

QTEST_GUILESS_MAIN(TestMobileconfigWriter)
#include "tst_mobileconfigwriter.moc"
