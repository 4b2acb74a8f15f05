// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogYamlReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;

namespace {

const QString kDataDir = QStringLiteral(MAILSETUP_TEST_DATA_DIR);

/// A minimal valid provider whose fields the rows below replace one at a time.
QByteArray catalogWith(const QByteArray &providerFields, const QByteArray &top = "schema: 1\nsnapshot: 2026-11-01\n")
{
    return top + "providers:\n  - id: p\n    name: P\n" + providerFields;
}

const QByteArray kGoodRest = "    status: active\n"
                             "    domains: [p.test]\n"
                             "    verified: {date: 2026-01-01, source: https://p.test/}\n"
                             "    incoming: [{protocol: imap, host: imap.p.test, port: 993, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}]\n"
                             "    outgoing: [{protocol: smtp, host: smtp.p.test, port: 465, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}]\n";

} // namespace

class TestCatalogYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidFile();
    void reportsEverySchemaErrorWithPosition();
    void schemaErrors_data();
    void schemaErrors();
    void syntaxErrorHasPosition();
    void mergedIntoUnknownIdIsReportedWithPosition();
    void duplicateDomainAcrossProviders();
    void refusesOversizedFile();
    void refusesAliasBomb();
    void refusesDeepNesting();
    void missingFileIsReported();
};

void TestCatalogYamlReader::readsValidFile()
{
    const auto result = CatalogYamlReader::readFile(kDataDir + QStringLiteral("/catalogs/valid.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.catalog.snapshot, QDate(2026, 11, 1));
    QCOMPARE(result.catalog.providers.size(), 4);
    const Provider &mail = result.catalog.providers.at(0);
    QCOMPARE(mail.id, QStringLiteral("example-mail"));
    QCOMPARE(mail.domains, QStringList({QStringLiteral("example-mail.test"), QStringLiteral("example-mail.org"),
                                        QStringLiteral("xn--bcher-kva.test")}));
    QCOMPARE(mail.incoming.size(), 3);
    QCOMPARE(mail.incoming.at(2).auth, QList<AuthMethod>({AuthMethod::Password, AuthMethod::PasswordEncrypted}));
    QCOMPARE(mail.incoming.at(1).security, Security::StartTls);
    QCOMPARE(mail.notes.at(0).kind, NoteKind::BeforeSetup);
    QCOMPARE(mail.notes.at(0).text.de, QStringLiteral("Schalten Sie zuerst IMAP in den Einstellungen ein."));
    QCOMPARE(mail.verifiedDate, QDate(2026, 10, 1));
    const Provider &hoster = result.catalog.providers.at(1);
    QVERIFY(hoster.hoster);
    QCOMPARE(hoster.incoming.at(0).host, QStringLiteral("imap.%EMAILDOMAIN%"));
    QVERIFY(hoster.incoming.at(0).username.isEmpty());
    QCOMPARE(hoster.incoming.at(0).usernameHint.en, QStringLiteral("The mailbox name from your customer menu, e.g. web123p4"));
    QCOMPARE(result.catalog.providers.at(2).mergedInto, QStringLiteral("example-mail"));
    QCOMPARE(result.catalog.providers.at(3).status, ProviderStatus::Defunct);
}

void TestCatalogYamlReader::reportsEverySchemaErrorWithPosition()
{
    const QString path = kDataDir + QStringLiteral("/catalogs/three-errors.yaml");
    const auto result = CatalogYamlReader::readFile(path);
    QStringList lines;
    for (const auto &error : result.errors)
        lines.append(error.toString());
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":6:13: error: status 'actve' is not one of")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(path + QStringLiteral(":14:15: error: port 99999")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(path + QStringLiteral(":20:9: error: unknown key 'hots'")), qPrintable(lines.at(2)));
}

void TestCatalogYamlReader::schemaErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("missing schema") << QByteArray("snapshot: 2026-01-01\nproviders: []\n") << "missing the required key 'schema'" << 1;
    QTest::newRow("future schema") << QByteArray("schema: 2\nsnapshot: 2026-01-01\nproviders: []\n") << "schema version 2 is not supported" << 1;
    QTest::newRow("top level not a map") << QByteArray("- a\n- b\n") << "must be a mapping" << 1;
    QTest::newRow("bad snapshot date") << QByteArray("schema: 1\nsnapshot: 1.1.2026\nproviders: []\n") << "YYYY-MM-DD" << 2;
    QTest::newRow("unknown top key") << QByteArray("schema: 1\nsnapshot: 2026-01-01\nprovider: []\n") << "unknown key 'provider'" << 3;
    QTest::newRow("providers not a list") << QByteArray("schema: 1\nsnapshot: 2026-01-01\nproviders: {}\n") << "providers must be a list" << 3;
    QTest::newRow("bad status") << catalogWith(QByteArray(kGoodRest).replace("active", "aktiv")) << "status 'aktiv' is not one of" << 6;
    QTest::newRow("missing verified") << catalogWith(QByteArray(kGoodRest).replace("    verified: {date: 2026-01-01, source: https://p.test/}\n", ""))
                                      << "missing the required key 'verified'" << 4;
    QTest::newRow("port as quoted text") << catalogWith(QByteArray(kGoodRest).replace("port: 993", "port: \"993\"")) << "port must be a whole number, found quoted text" << 9;
    QTest::newRow("port zero") << catalogWith(QByteArray(kGoodRest).replace("port: 993", "port: 0")) << "port 0 is outside" << 9;
    QTest::newRow("port not a number") << catalogWith(QByteArray(kGoodRest).replace("port: 993", "port: imaps")) << "port must be a whole number" << 9;
    QTest::newRow("bad security") << catalogWith(QByteArray(kGoodRest).replace("security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}]\n    outgoing",
                                                                               "security: tls, auth: [password], username: \"%EMAILADDRESS%\"}]\n    outgoing"))
                                  << "security 'tls' is not one of: ssl, starttls, none" << 9;
    QTest::newRow("bad auth") << catalogWith(QByteArray(kGoodRest).replace("auth: [password], username: \"%EMAILADDRESS%\"}]\n    outgoing",
                                                                           "auth: [plain], username: \"%EMAILADDRESS%\"}]\n    outgoing"))
                              << "authentication method 'plain' is not one of" << 9;
    QTest::newRow("smtp as incoming") << catalogWith(QByteArray(kGoodRest).replace("protocol: imap", "protocol: smtp")) << "an incoming server must use imap or pop3" << 9;
    QTest::newRow("unknown placeholder") << catalogWith(QByteArray(kGoodRest).replace("username: \"%EMAILADDRESS%\"}]\n    outgoing",
                                                                                      "username: \"%EMAILADRESS%\"}]\n    outgoing"))
                                         << "unknown placeholder '%EMAILADRESS%'" << 9;
    QTest::newRow("no username at all") << catalogWith(QByteArray(kGoodRest).replace(", username: \"%EMAILADDRESS%\"}]\n    outgoing", "}]\n    outgoing"))
                                        << "needs a username template or a usernameHint" << 9;
    QTest::newRow("hint without english") << catalogWith(QByteArray(kGoodRest).replace("username: \"%EMAILADDRESS%\"}]\n    outgoing",
                                                                                       "usernameHint: {de: Kundennummer}}]\n    outgoing"))
                                          << "usernameHint is missing the required key 'en'" << 9;
    QTest::newRow("bad host") << catalogWith(QByteArray(kGoodRest).replace("imap.p.test", "imap_p.test")) << "is not a valid host name" << 9;
    // Found by fuzz_export: QHostAddress accepts anything after a NUL byte.
    QTest::newRow("IP address with a NUL") << catalogWith(QByteArray(kGoodRest).replace("imap.p.test", "\"192.0.2.1\\0x.test\""))
                                           << "is not a valid host name" << 9;
    QTest::newRow("username with a control character") << catalogWith(QByteArray(kGoodRest).replace("username: \"%EMAILADDRESS%\"}]\n    outgoing",
                                                                                                     "username: \"a\\tb\"}]\n    outgoing"))
                                                       << "contains a control character" << 9;
    QTest::newRow("mx host without hint") << catalogWith(QByteArray(kGoodRest).replace("host: imap.p.test", "host: \"%MXHOST%\"")) << "host %MXHOST% needs a hostHint" << 9;
    QTest::newRow("hint without mx host") << catalogWith(QByteArray(kGoodRest).replace("host: imap.p.test", "host: imap.p.test, hostHint: {de: A, en: B}")) << "hostHint is only for host %MXHOST%" << 9;
    QTest::newRow("mx host inside a name") << catalogWith(QByteArray(kGoodRest).replace("host: imap.p.test", "host: \"imap.%MXHOST%\"")) << "unknown placeholder '%MXHOST%'" << 9;
    QTest::newRow("bad help url") << catalogWith(kGoodRest + "    helpUrl: hilfe.p.test\n") << "helpUrl must be an http(s) URL" << 11;
    QTest::newRow("bad domain") << catalogWith(QByteArray(kGoodRest).replace("[p.test]", "[p..test]")) << "'p..test' is not a valid domain" << 7;
    QTest::newRow("domain twice in one provider") << catalogWith(QByteArray(kGoodRest).replace("[p.test]", "[p.test, P.TEST]")) << "listed twice" << 7;
    QTest::newRow("bad id") << QByteArray("schema: 1\nsnapshot: 2026-01-01\nproviders:\n  - id: P Mail\n    name: P\n") + kGoodRest
                            << "may only contain" << 4;
    QTest::newRow("merged without target") << catalogWith(QByteArray(kGoodRest).replace("active", "merged")) << "has status merged but no mergedInto" << 4;
    QTest::newRow("mergedInto on active") << catalogWith(kGoodRest + "    mergedInto: q\n") << "mergedInto is only allowed with status merged" << 11;
    QTest::newRow("defunct without status note") << catalogWith("    status: defunct\n    domains: [p.test]\n    verified: {date: 2026-01-01, source: https://p.test/}\n")
                                                 << "needs a note of kind 'status'" << 4;
    QTest::newRow("defunct with servers") << catalogWith(QByteArray(kGoodRest).replace("active", "defunct")
                                                         + "    notes: [{kind: status, de: Weg., en: Gone.}]\n")
                                          << "must not list servers" << 9;
    QTest::newRow("note without german") << catalogWith(kGoodRest + "    notes: [{kind: info, en: Hello}]\n") << "a note is missing the required key 'de'" << 11;
    QTest::newRow("bad note kind") << catalogWith(kGoodRest + "    notes: [{kind: tip, de: Hallo, en: Hello}]\n") << "note kind 'tip' is not one of" << 11;
    QTest::newRow("duplicate key") << catalogWith(kGoodRest + "    status: active\n") << "duplicate key 'status'" << 11;
    QTest::newRow("hoster flag not bool") << catalogWith(kGoodRest + "    hoster: yes\n") << "hoster must be true or false" << 11;
    QTest::newRow("missing domains") << catalogWith(QByteArray(kGoodRest).replace("    domains: [p.test]\n", "")) << "needs domains" << 4;
    QTest::newRow("duplicate provider id") << catalogWith(kGoodRest + "  - id: p\n    name: Q\n" + QByteArray(kGoodRest).replace("p.test]", "q.test]"))
                                           << "provider id 'p' is already used at line 4" << 11;
}

void TestCatalogYamlReader::schemaErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    const auto result = CatalogYamlReader::read(yaml, QStringLiteral("t.yaml"));
    QVERIFY2(!result.ok(), "expected an error");
    const auto match = std::find_if(result.errors.cbegin(), result.errors.cend(),
                                    [&](const CatalogDiagnostic &d) { return d.message.contains(message); });
    QStringList all;
    for (const auto &d : result.errors)
        all.append(d.toString());
    QVERIFY2(match != result.errors.cend(), qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(match->line, line);
    QVERIFY(match->column >= 1);
}

void TestCatalogYamlReader::syntaxErrorHasPosition()
{
    const auto result = CatalogYamlReader::read("schema: 1\nsnapshot: 2026-01-01\nproviders:\n  - id: [unclosed\n", QStringLiteral("s.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).line >= 4);
    QVERIFY(result.errors.at(0).toString().startsWith(QStringLiteral("s.yaml:")));
}

void TestCatalogYamlReader::mergedIntoUnknownIdIsReportedWithPosition()
{
    auto result = CatalogYamlReader::read(catalogWith("    status: merged\n    mergedInto: nowhere\n    domains: [p.test]\n"
                                                      "    verified: {date: 2026-01-01, source: https://p.test/}\n"
                                                      "    notes: [{kind: status, de: Weg., en: Gone.}]\n"),
                                          QStringLiteral("m.yaml"));
    QVERIFY(result.ok());
    QCOMPARE(result.externalMerges.size(), 1);
    result.resolveExternalMerges(QStringLiteral("m.yaml"), {QStringLiteral("p")});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).toString(), QStringLiteral("m.yaml:7:17: error: mergedInto 'nowhere' names no provider in any catalog"));

    auto resolvable = CatalogYamlReader::read(catalogWith("    status: merged\n    mergedInto: other\n    domains: [p.test]\n"
                                                          "    verified: {date: 2026-01-01, source: https://p.test/}\n"
                                                          "    notes: [{kind: status, de: Weg., en: Gone.}]\n"),
                                              QStringLiteral("m.yaml"));
    resolvable.resolveExternalMerges(QStringLiteral("m.yaml"), {QStringLiteral("other")});
    QVERIFY(resolvable.ok());
}

void TestCatalogYamlReader::duplicateDomainAcrossProviders()
{
    const QByteArray yaml = catalogWith(kGoodRest + "  - id: q\n    name: Q\n" + kGoodRest);
    const auto result = CatalogYamlReader::read(yaml, QStringLiteral("d.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).message, QStringLiteral("domain 'p.test' is already claimed by provider 'p'"));
    QCOMPARE(result.errors.at(0).line, 14);
}

void TestCatalogYamlReader::refusesOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray chunk(1024 * 1024, '#');
    for (int i = 0; i < 17; ++i)
        file.write(chunk);
    file.close();
    QElapsedTimer timer;
    timer.start();
    const auto result = CatalogYamlReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("over 16 MiB")));
    QVERIFY(timer.elapsed() < 5000);
}

void TestCatalogYamlReader::refusesAliasBomb()
{
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'k'; ++level) {
        const char previous = static_cast<char>(level - 1);
        bomb += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [";
        for (int i = 0; i < 10; ++i)
            bomb += QByteArray(i ? ", *" : "*") + QByteArray(1, previous);
        bomb += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = CatalogYamlReader::read(bomb, QStringLiteral("bomb.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("aliases")));
    QCOMPARE(result.errors.at(0).line, 2);
    QVERIFY(timer.elapsed() < 5000);
}

void TestCatalogYamlReader::refusesDeepNesting()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto result = CatalogYamlReader::read(deep, QStringLiteral("deep.yaml"));
    QCOMPARE(result.errors.size(), 1); // yaml-cpp's depth guard, not a stack overflow
    // In our words: yaml-cpp's own message for it is "bad file".
    QCOMPARE(result.errors.at(0).message, QStringLiteral("lists or mappings are nested too deeply (500 levels or more)"));
}

void TestCatalogYamlReader::missingFileIsReported()
{
    const auto result = CatalogYamlReader::readFile(QStringLiteral("/nonexistent/providers.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).toString(), QStringLiteral("/nonexistent/providers.yaml: error: file not found"));
}

QTEST_GUILESS_MAIN(TestCatalogYamlReader)
#include "tst_catalogyamlreader.moc"
