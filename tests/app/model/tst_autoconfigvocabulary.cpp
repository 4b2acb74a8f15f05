// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AutoconfigVocabulary.h"

#include <QTest>

using namespace mailsetup;

class TestAutoconfigVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authMapping_data();
    void authMapping();
    void securityMapping_data();
    void securityMapping();
    void writtenValuesReadBack();
};

void TestAutoconfigVocabulary::authMapping_data()
{
    QTest::addColumn<QString>("ispdb");
    QTest::addColumn<QString>("catalog"); // empty: not recognised
    QTest::newRow("password-cleartext") << "password-cleartext"
                                        << "password";
    QTest::newRow("plain") << "plain"
                           << "password";
    QTest::newRow("password-encrypted") << "password-encrypted"
                                        << "password-encrypted";
    QTest::newRow("secure") << "secure"
                            << "password-encrypted";
    QTest::newRow("OAuth2") << "OAuth2"
                            << "oauth2";
    QTest::newRow("NTLM") << "NTLM"
                          << "ntlm";
    QTest::newRow("GSSAPI") << "GSSAPI"
                            << "gssapi";
    QTest::newRow("TLS-client-cert") << "TLS-client-cert"
                                     << "tls-client-cert";
    QTest::newRow("client-IP-address") << "client-IP-address"
                                       << "client-ip";
    QTest::newRow("smtp-after-pop") << "smtp-after-pop"
                                    << "smtp-after-pop";
    QTest::newRow("none") << "none"
                          << "none";
    QTest::newRow("case matters: oauth2") << "oauth2"
                                          << "";
    QTest::newRow("case matters: ntlm") << "ntlm"
                                        << "";
    QTest::newRow("unknown") << "password-magic"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAutoconfigVocabulary::authMapping()
{
    QFETCH(QString, ispdb);
    QFETCH(QString, catalog);
    const auto method = AutoconfigVocabulary::authMethod(ispdb);
    QCOMPARE(method ? spelling(*method) : QString(), catalog);
}

void TestAutoconfigVocabulary::securityMapping_data()
{
    QTest::addColumn<QString>("ispdb");
    QTest::addColumn<QString>("catalog");
    QTest::newRow("SSL") << "SSL"
                         << "ssl";
    QTest::newRow("STARTTLS") << "STARTTLS"
                              << "starttls";
    QTest::newRow("plain") << "plain"
                           << "none";
    QTest::newRow("case matters") << "ssl"
                                  << "";
    QTest::newRow("TLS is not a value") << "TLS"
                                        << "";
}

void TestAutoconfigVocabulary::securityMapping()
{
    QFETCH(QString, ispdb);
    QFETCH(QString, catalog);
    const auto security = AutoconfigVocabulary::security(ispdb);
    QCOMPARE(security ? spelling(*security) : QString(), catalog);
}

void TestAutoconfigVocabulary::writtenValuesReadBack()
{
    // What we write is the current, non-deprecated spelling and reads back to the same value.
    QCOMPARE(AutoconfigVocabulary::authValue(AuthMethod::Password), QStringLiteral("password-cleartext"));
    QCOMPARE(AutoconfigVocabulary::authValue(AuthMethod::PasswordEncrypted), QStringLiteral("password-encrypted"));
    for (const auto &entry : kAuthMethodSpellings)
        QCOMPARE(AutoconfigVocabulary::authMethod(AutoconfigVocabulary::authValue(entry.value)), std::optional(entry.value));
    for (const auto &entry : kSecuritySpellings)
        QCOMPARE(AutoconfigVocabulary::security(AutoconfigVocabulary::securityValue(entry.value)), std::optional(entry.value));
}

QTEST_GUILESS_MAIN(TestAutoconfigVocabulary)
#include "tst_autoconfigvocabulary.moc"
