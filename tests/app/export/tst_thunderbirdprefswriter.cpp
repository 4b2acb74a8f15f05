// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/ThunderbirdOAuthHosts.h"
#include "export/ThunderbirdPrefsWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

QMap<QString, QVariant> prefsFor(const ExportAccount &account,
                                 ThunderbirdPrefsWriter::Target target = ThunderbirdPrefsWriter::Target::ProfileImport)
{
    QString error;
    const auto prefs = parsePrefs(bytes(ThunderbirdPrefsWriter::write(account, target)), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return prefs;
}

ServerSettings server(Protocol protocol, const QString &host, QList<AuthMethod> auth)
{
    ServerSettings settings;
    settings.protocol = protocol;
    settings.host = host;
    settings.auth = std::move(auth);
    return settings;
}

} // namespace

class TestThunderbirdPrefsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoted_data();
    void quoted();
    void socketTypes();
    void authMethod_data();
    void authMethod();
    void oauthHosts_data();
    void oauthHosts();
    void imapAccount();
    void pop3Account();
    void onlyTheAccountsOwnPrefs();
    void userJsCarriesTheCaveat();
};

void TestThunderbirdPrefsWriter::quoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Anna" << "\"Anna\"";
    QTest::newRow("quotes") << "Anna \"Ann\" O'Neil" << "\"Anna \\\"Ann\\\" O'Neil\"";
    QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
    QTest::newRow("newline") << "a\nb\rc" << "\"a\\nb\\rc\"";
    QTest::newRow("control") << QStringLiteral("a\x01") << "\"a\\x01\"";
    QTest::newRow("utf8") << "Jörg ✓" << "\"Jörg ✓\"";
}

void TestThunderbirdPrefsWriter::quoted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ThunderbirdPrefsWriter::quoted(text), expected);
}

void TestThunderbirdPrefsWriter::socketTypes()
{
    // 1 (trySTARTTLS) no longer exists in Thunderbird 153.
    QCOMPARE(ThunderbirdPrefsWriter::socketType(Security::Ssl), 3);
    QCOMPARE(ThunderbirdPrefsWriter::socketType(Security::StartTls), 2);
    QCOMPARE(ThunderbirdPrefsWriter::socketType(Security::None), 0);
}

void TestThunderbirdPrefsWriter::authMethod_data()
{
    QTest::addColumn<ServerSettings>("server");
    QTest::addColumn<std::optional<int>>("expected");
    const QString gmail = QStringLiteral("imap.gmail.com");
    const QString other = QStringLiteral("imap.example.org");
    QTest::newRow("password") << server(Protocol::Imap, other, {AuthMethod::Password}) << std::optional<int>(3);
    QTest::newRow("encrypted") << server(Protocol::Imap, other, {AuthMethod::PasswordEncrypted}) << std::optional<int>(4);
    QTest::newRow("oauth2-known") << server(Protocol::Imap, gmail, {AuthMethod::OAuth2, AuthMethod::Password})
                                  << std::optional<int>(10);
    QTest::newRow("oauth2-unknown-falls-back") << server(Protocol::Imap, other, {AuthMethod::OAuth2, AuthMethod::Password})
                                               << std::optional<int>(3);
    QTest::newRow("oauth2-unknown-only") << server(Protocol::Imap, other, {AuthMethod::OAuth2}) << std::optional<int>();
    QTest::newRow("ntlm") << server(Protocol::Imap, other, {AuthMethod::Ntlm}) << std::optional<int>(6);
    QTest::newRow("gssapi") << server(Protocol::Imap, other, {AuthMethod::Gssapi}) << std::optional<int>(5);
    QTest::newRow("smtp-client-ip") << server(Protocol::Smtp, other, {AuthMethod::ClientIp}) << std::optional<int>(1);
    QTest::newRow("imap-none") << server(Protocol::Imap, other, {AuthMethod::None}) << std::optional<int>();
}

void TestThunderbirdPrefsWriter::authMethod()
{
    QFETCH(ServerSettings, server);
    QFETCH(std::optional<int>, expected);
    QCOMPARE(ThunderbirdPrefsWriter::authMethod(server), expected);
}

void TestThunderbirdPrefsWriter::oauthHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("known");
    QTest::newRow("gmail") << "imap.gmail.com" << true;
    QTest::newRow("googlemail") << "smtp.googlemail.com" << true;
    QTest::newRow("office365") << "outlook.office365.com" << true;
    QTest::newRow("outlook") << "smtp-mail.outlook.com" << true;
    QTest::newRow("yahoo") << "imap.mail.yahoo.com" << true;
    QTest::newRow("aol") << "imap.aol.com" << true;
    QTest::newRow("fastmail") << "imap.fastmail.com" << true;
    QTest::newRow("fastmail-other-host") << "mail.fastmail.com" << false;
    QTest::newRow("label-boundary") << "imap.notgmail.com" << false;
    QTest::newRow("suffix-only") << "com" << false;
    QTest::newRow("gmx") << "imap.gmx.net" << false;
    QTest::newRow("case") << "IMAP.GMAIL.COM" << true;
}

void TestThunderbirdPrefsWriter::oauthHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, known);
    QCOMPARE(ThunderbirdOAuthHosts::isKnown(host), known);
}

void TestThunderbirdPrefsWriter::imapAccount()
{
    const auto prefs = prefsFor(account(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("Anna")));
    QCOMPARE(prefs.value(QStringLiteral("mail.accountmanager.accounts")), QVariant(QStringLiteral("account1")));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.type")), QVariant(QStringLiteral("imap")));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.port")), QVariant(993));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.socketType")), QVariant(3));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.authMethod")), QVariant(3));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.userName")), QVariant(QStringLiteral("anna@beispiel-mail.test")));
    QCOMPARE(prefs.value(QStringLiteral("mail.identity.id1.smtpServer")), QVariant(QStringLiteral("smtp1")));
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp1.port")), QVariant(465));
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp1.try_ssl")), QVariant(3));
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp1.username")), QVariant(QStringLiteral("anna@beispiel-mail.test")));
    // The misspellings Thunderbird silently ignores are not there.
    QVERIFY(!prefs.contains(QStringLiteral("mail.server.server1.username")));
    QVERIFY(!prefs.contains(QStringLiteral("mail.smtpserver.smtp1.userName")));
    QVERIFY(!prefs.contains(QStringLiteral("mail.smtpserver.smtp1.socketType")));
}

void TestThunderbirdPrefsWriter::pop3Account()
{
    const auto prefs = prefsFor(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.type")), QVariant(QStringLiteral("pop3")));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.userName")), QVariant(QStringLiteral("anna")));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.leave_on_server")), QVariant(true));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.num_days_to_leave_on_server")), QVariant(14));
}

void TestThunderbirdPrefsWriter::onlyTheAccountsOwnPrefs()
{
    for (const auto target : {ThunderbirdPrefsWriter::Target::ProfileImport, ThunderbirdPrefsWriter::Target::UserJs}) {
        const auto prefs = prefsFor(account(QStringLiteral("anna.example@gmail.com")), target);
        QVERIFY(!prefs.isEmpty());
        QCOMPARE(prefs.value(QStringLiteral("mail.server.server1.authMethod")), QVariant(10));
        QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp1.authMethod")), QVariant(10));
        for (auto it = prefs.cbegin(); it != prefs.cend(); ++it) {
            const QString &name = it.key();
            const bool ownBranch = name.startsWith(QLatin1String("mail.server.server1."))
                                   || name.startsWith(QLatin1String("mail.identity.id1."))
                                   || name.startsWith(QLatin1String("mail.account.account1."))
                                   || name.startsWith(QLatin1String("mail.smtpserver.smtp1."))
                                   || name == QLatin1String("mail.accountmanager.accounts")
                                   || name == QLatin1String("mail.smtpservers");
            QVERIFY2(ownBranch, qPrintable(name));
            QVERIFY2(!name.contains(QLatin1String(".default.")), qPrintable(name));
            QVERIFY2(!name.contains(QLatin1String("directory")), qPrintable(name));
        }
    }
}

void TestThunderbirdPrefsWriter::userJsCarriesTheCaveat()
{
    const ExportAccount anna = account(QStringLiteral("anna@beispiel-mail.test"));
    const QString userJs = QString::fromUtf8(bytes(ThunderbirdPrefsWriter::write(anna, ThunderbirdPrefsWriter::Target::UserJs)));
    QVERIFY(userJs.contains(QLatin1String("NEW, empty profile")));
    QVERIFY(userJs.contains(QLatin1String("Delete user.js after the first start")));
    const QString prefsJs =
        QString::fromUtf8(bytes(ThunderbirdPrefsWriter::write(anna, ThunderbirdPrefsWriter::Target::ProfileImport)));
    QVERIFY(!prefsJs.contains(QLatin1String("user.js")));
}

QTEST_GUILESS_MAIN(TestThunderbirdPrefsWriter)
#include "tst_thunderbirdprefswriter.moc"
