// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

class TestCliLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gmxChJson();
    void webDeLocalPartLogin();
    void lookAlikeIsNotMatched();
    void invalidAddressExitsTwoWithJson();
    void hugeAddressIsRefusedQuickly();
    void textOutputIsAlignedAndTranslated();
    void bothLanguagesPrintsBoth();
    void mergedEntryJson();
    void notFoundSuggests();
    void trailingDotSuggests();
    void brokenExplicitCatalogExitsTwo();
    void explicitCatalogWins();
    void brokenUserCatalogIsAWarning();
    void userCatalogIsALayer();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();

private:
    CliRunner m_cli;
};

void TestCliLookup::gmxChJson()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("found")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("catalog"));
    QCOMPARE(json.value(QStringLiteral("secure")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("domainAce")).toString(), QStringLiteral("gmx.ch"));
    const QJsonObject provider = json.value(QStringLiteral("provider")).toObject();
    QCOMPARE(provider.value(QStringLiteral("id")).toString(), QStringLiteral("gmx"));
    QCOMPARE(provider.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(provider.value(QStringLiteral("mergedInto")).isNull());
    const QJsonObject imap = json.value(QStringLiteral("incoming")).toArray().at(0).toObject();
    QCOMPARE(imap.value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
    QCOMPARE(imap.value(QStringLiteral("host")).toString(), QStringLiteral("imap.gmx.net"));
    QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 993);
    QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("ssl"));
    QCOMPARE(imap.value(QStringLiteral("username")).toString(), QStringLiteral("anna@gmx.ch"));
    QVERIFY(imap.value(QStringLiteral("usernameHint")).isNull());
    QCOMPARE(imap.value(QStringLiteral("auth")).toArray().at(0).toString(), QStringLiteral("password"));
    const QJsonObject smtp = json.value(QStringLiteral("outgoing")).toArray().at(0).toObject();
    QCOMPARE(smtp.value(QStringLiteral("host")).toString(), QStringLiteral("mail.gmx.net"));
    QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("ssl"));
    QCOMPARE(smtp.value(QStringLiteral("username")).toString(), QStringLiteral("anna@gmx.ch"));
    QVERIFY(json.value(QStringLiteral("suggestion")).isNull());
    QVERIFY(!json.value(QStringLiteral("notes")).toArray().isEmpty());
}

void TestCliLookup::webDeLocalPartLogin()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("ANNA@WEB.DE"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("ANNA@web.de"));
    const QString username = json.value(QStringLiteral("incoming")).toArray().at(0).toObject().value(QStringLiteral("username")).toString();
    QCOMPARE(username, QStringLiteral("ANNA"));
}

void TestCliLookup::lookAlikeIsNotMatched()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.li"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject json = run.json();
    const QString provider = json.value(QStringLiteral("provider")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(provider != QLatin1String("gmx"));
    for (const auto &server : json.value(QStringLiteral("incoming")).toArray())
        QVERIFY(server.toObject().value(QStringLiteral("host")).toString() != QLatin1String("imap.gmx.net"));
}

void TestCliLookup::invalidAddressExitsTwoWithJson()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@@x"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("found")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("provider")).isNull());
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("multiple-at"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("more than one")));
    QVERIFY(run.err.contains(QLatin1String("more than one")));

    const auto text = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@@x"), QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.out.contains(QStringLiteral("mehr als ein")), qPrintable(text.out));
}

void TestCliLookup::hugeAddressIsRefusedQuickly()
{
    // Linux passes at most 128 KiB per argument; the megabyte paste is tst_emailaddress's and
    // tst_wizardbadinput's.
    const QString huge = QString(100 * 1024, u'a') + QStringLiteral("@example.org");
    const auto run = m_cli.run({QStringLiteral("lookup"), huge, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("address-too-long"));
    QVERIFY2(run.err.contains(QLatin1String("at most 254 are allowed")), qPrintable(run.err.left(300)));
    QVERIFY(run.out.size() < 4096); // the address is not echoed back in full
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCliLookup::textOutputIsAlignedAndTranslated()
{
    const auto english = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(QLatin1String("Incoming mail (recommended): IMAP")));
    QVERIFY(english.out.contains(QLatin1String("  Server:          imap.gmx.net\n")));
    QVERIFY(english.out.contains(QLatin1String("  Authentication:  normal password\n")));
    const auto german = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QStringLiteral("Posteingang")), qPrintable(german.out));
    QVERIFY(german.out.contains(QStringLiteral("Verschlüsselung")));
}

void TestCliLookup::bothLanguagesPrintsBoth()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--lang"), QStringLiteral("both")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Verschlüsselung")));
    QVERIFY(run.out.contains(QLatin1String("Encryption")));
    QVERIFY(run.out.indexOf(QStringLiteral("Verschlüsselung")) < run.out.indexOf(QLatin1String("Encryption")));
}

void TestCliLookup::mergedEntryJson()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("max@arcor.de"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonObject provider = json.value(QStringLiteral("provider")).toObject();
    QCOMPARE(provider.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QVERIFY(!provider.value(QStringLiteral("mergedInto")).toObject().value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!provider.value(QStringLiteral("mergedInto")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("incoming")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("status"));
}

void TestCliLookup::notFoundSuggests()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.dee"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("found")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("provider")).isNull());
    QVERIFY(json.value(QStringLiteral("source")).isNull());
    QCOMPARE(json.value(QStringLiteral("suggestion")).toString(), QStringLiteral("anna@gmx.de"));
    QVERIFY(!run.err.isEmpty());
    const auto text = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.dee"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(text.out.contains(QLatin1String("Did you mean anna@gmx.de?")));
}

void TestCliLookup::trailingDotSuggests()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@web.de."), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("trailing-dot"));
    QCOMPARE(run.json().value(QStringLiteral("suggestion")).toString(), QStringLiteral("anna@web.de"));
}

void TestCliLookup::brokenExplicitCatalogExitsTwo()
{
    const QString path = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml");
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--catalog"), path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(QStringLiteral(": error: ")), 3);
    QVERIFY(run.err.contains(path + QStringLiteral(":6:13: error:")));
}

void TestCliLookup::explicitCatalogWins()
{
    const QString path = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml");
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@example-mail.test"), QStringLiteral("--catalog"), path,
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("source")).toString(), QStringLiteral("user-catalog"));
    const auto defunct = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gone-mail.test"), QStringLiteral("--catalog"), path});
    QCOMPARE(defunct.exitCode, 1);
}

void TestCliLookup::brokenUserCatalogIsAWarning()
{
    CliRunner cli;
    QDir().mkpath(cli.configHome() + QStringLiteral("/mailsetup"));
    QVERIFY(QFile::copy(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml"),
                        cli.configHome() + QStringLiteral("/mailsetup/providers.yaml")));
    const auto run = cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("providers.yaml:6:13: warning:")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String(": error:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("mailsetup: warning: ")) && run.err.contains(QLatin1String("ignored")),
             qPrintable(run.err));
}

void TestCliLookup::userCatalogIsALayer()
{
    CliRunner cli;
    QDir().mkpath(cli.systemConfigDir() + QStringLiteral("/mailsetup"));
    QVERIFY(QFile::copy(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml"),
                        cli.systemConfigDir() + QStringLiteral("/mailsetup/providers.yaml")));
    const auto run = cli.run({QStringLiteral("lookup"), QStringLiteral("anna@example-mail.org"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("source")).toString(), QStringLiteral("user-catalog"));
}

void TestCliLookup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no address") << QStringList{QStringLiteral("lookup")};
    QTest::newRow("two addresses") << QStringList{QStringLiteral("lookup"), QStringLiteral("a@b.de"), QStringLiteral("c@d.de")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("lookup"), QStringLiteral("a@b.de"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad lang") << QStringList{QStringLiteral("lookup"), QStringLiteral("a@b.de"), QStringLiteral("--lang"), QStringLiteral("fr")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("lookup"), QStringLiteral("a@b.de"), QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("catalog"), QStringLiteral("frobnicate")};
}

void TestCliLookup::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliLookup::helpAndVersion()
{
    const auto help = m_cli.run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("lookup ADDRESS")));
    const auto lookupHelp = m_cli.run({QStringLiteral("lookup"), QStringLiteral("--help")});
    QCOMPARE(lookupHelp.exitCode, 0);
    QVERIFY(lookupHelp.out.startsWith(QLatin1String("Usage: mailsetup lookup")));
    const auto version = m_cli.run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("mailsetup ")));
    QVERIFY(version.out.contains(QLatin1String("snapshot 20")));
}

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_cli_lookup.moc"
