// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../app/export/ExportFixture.h"
#include "export/AutoconfigXmlWriter.h"
#include "export/Exporter.h"
#include "export/ThunderbirdPrefsWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace mailsetup;
using namespace ExportFixture;

namespace {

/// The cases that matter: an IMAP provider (with a hostile name), the same with POP3, and an
/// OAuth2 provider Thunderbird knows.
struct ClientCase {
    const char *name;
    QString address;
    QString displayName;
    std::optional<Protocol> incoming;
};

const QList<ClientCase> &clientCases()
{
    static const QList<ClientCase> cases{
        {"imap", QStringLiteral("anna@beispiel-mail.test"), kHostileName, std::nullopt},
        {"pop3", QStringLiteral("joerg@beispiel-mail.test"), QStringLiteral("Jörg Müller"), Protocol::Pop3},
        {"oauth2", QStringLiteral("anna.example@gmail.com"), QStringLiteral("Anna Example"), std::nullopt},
    };
    return cases;
}

ExportRequest requestFor(const ClientCase &clientCase)
{
    return request(clientCase.address, clientCase.displayName, clientCase.incoming);
}

QJsonObject findByKey(const QJsonArray &array, const QString &key)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

/// Checks a server as Thunderbird holds it against what we exported.
void verifyServer(const QJsonObject &actual, const ServerSettings &expected)
{
    QCOMPARE(actual.value(QLatin1String("hostname")).toString(), expected.host);
    QCOMPARE(actual.value(QLatin1String("port")).toInt(), int(expected.port));
    QCOMPARE(actual.value(QLatin1String("socketType")).toInt(), ThunderbirdPrefsWriter::socketType(expected.security));
    QCOMPARE(actual.value(QLatin1String("authMethod")).toInt(), *ThunderbirdPrefsWriter::authMethod(expected));
    QCOMPARE(actual.value(QLatin1String("username")).toString(), expected.username);
}

/// Checks the account Thunderbird loaded for our export: incoming server, identity, and the
/// identity's own SMTP server.
void verifyAccount(const QJsonObject &accountState, const QJsonArray &smtpServers, const ExportAccount &account)
{
    const QJsonObject server = accountState.value(QLatin1String("server")).toObject();
    QCOMPARE(server.value(QLatin1String("type")).toString(), spelling(account.incoming.protocol));
    verifyServer(server, account.incoming);
    const QJsonArray identities = accountState.value(QLatin1String("identities")).toArray();
    QCOMPARE(identities.size(), 1);
    const QJsonObject identity = identities.first().toObject();
    QCOMPARE(identity.value(QLatin1String("email")).toString(), account.address);
    QCOMPARE(identity.value(QLatin1String("fullName")).toString(), account.displayName);
    const QJsonObject smtp = findByKey(smtpServers, identity.value(QLatin1String("smtpServerKey")).toString());
    QVERIFY2(!smtp.isEmpty(), "the identity does not name its SMTP server");
    verifyServer(smtp, account.outgoing);
}

} // namespace

/// Our Thunderbird exports in the real Thunderbird (Debian's 153 ESR), through the project's own
/// helper tests/thunderbird/tb_check.py: the user.js in a fresh profile, the profile ZIP imported
/// into a profile that already has an account, and the autoconfig file through Thunderbird's
/// own parser. Skips when Thunderbird or python3 is missing.
class TestThunderbird : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userJsInAFreshProfile_data();
    void userJsInAFreshProfile();
    void zipImportLeavesTheExistingAccountAlone_data();
    void zipImportLeavesTheExistingAccountAlone();
    void autoconfigThroughThunderbirdsParser();

private:
    void addCases();
    QJsonObject runHelper(const QStringList &arguments);
    QString writeTemporary(const QString &name, const QByteArray &data);

    QString m_python;
    QTemporaryDir m_dir;
};

void TestThunderbird::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed; the Thunderbird checks need it");
    const QString binary = qEnvironmentVariable("TB_BINARY", QStringLiteral("/usr/lib/thunderbird/thunderbird"));
    if (!QFileInfo(binary).isExecutable())
        QSKIP("Thunderbird is not installed (Debian package thunderbird, 153 ESR); the real-client checks are skipped");
    QVERIFY(m_dir.isValid());
}

QJsonObject TestThunderbird::runHelper(const QStringList &arguments)
{
    QProcess process;
    process.start(m_python, QStringList{QStringLiteral(MAILSETUP_TB_CHECK)} + arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        qWarning("tb_check.py did not finish within 120 s");
        return {};
    }
    const QByteArray errors = process.readAllStandardError();
    if (process.exitCode() != 0) {
        qWarning("tb_check.py %s failed (%d): %s", qPrintable(arguments.constFirst()), process.exitCode(), errors.constData());
        return {};
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (result.value(QLatin1String("isolation")).toString() == QLatin1String("prefs-only"))
        qInfo("no network namespace available: Thunderbird was kept offline by its prefs only");
    return result;
}

QString TestThunderbird::writeTemporary(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestThunderbird::addCases()
{
    QTest::addColumn<int>("caseIndex");
    for (qsizetype i = 0; i < clientCases().size(); ++i)
        QTest::newRow(clientCases().at(i).name) << int(i);
}

void TestThunderbird::userJsInAFreshProfile_data()
{
    addCases();
}

void TestThunderbird::userJsInAFreshProfile()
{
    QFETCH(int, caseIndex);
    const ClientCase &clientCase = clientCases().at(caseIndex);
    const ExportRequest req = requestFor(clientCase);
    const auto document = Exporter::render(ExportFormat::ThunderbirdPrefs, req);
    QVERIFY(std::holds_alternative<ExportDocument>(document));
    const QString userJs = writeTemporary(QStringLiteral("user.js"), std::get<ExportDocument>(document).data);

    const QJsonObject state = runHelper({QStringLiteral("accounts"), userJs});
    QVERIFY(!state.isEmpty());
    QVERIFY(state.value(QLatin1String("version")).toString().startsWith(QLatin1String("153.")));
    const QJsonArray accounts = state.value(QLatin1String("accounts")).toArray();
    // Ours, and the Local Folders Thunderbird adds itself.
    QCOMPARE(accounts.size(), 2);
    const ExportAccount account = std::get<ExportAccount>(ExportAccount::from(req));
    verifyAccount(findByKey(accounts, QStringLiteral("account1")), state.value(QLatin1String("smtp")).toArray(), account);
}

void TestThunderbird::zipImportLeavesTheExistingAccountAlone_data()
{
    addCases();
}

void TestThunderbird::zipImportLeavesTheExistingAccountAlone()
{
    QFETCH(int, caseIndex);
    const ClientCase &clientCase = clientCases().at(caseIndex);
    const ExportRequest req = requestFor(clientCase);
    const auto document = Exporter::render(ExportFormat::ThunderbirdZip, req);
    QVERIFY(std::holds_alternative<ExportDocument>(document));
    const QString zip = writeTemporary(QStringLiteral("profile.zip"), std::get<ExportDocument>(document).data);

    // The POP3 case imports into a profile that never wrote mail.smtp.defaultserver and whose
    // identity has no smtpServer: a ZIP carrying its own default would take over there.
    QStringList arguments{QStringLiteral("import-zip"), zip};
    if (clientCase.incoming == Protocol::Pop3)
        arguments.append(QStringLiteral("--no-default-smtp"));
    const QJsonObject result = runHelper(arguments);
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.value(QLatin1String("validated")).toBool(), "Thunderbird's wizard: nothing can be imported");
    QVERIFY2(!result.contains(QLatin1String("importError")), qPrintable(result.value(QLatin1String("importError")).toString()));

    const QJsonObject before = result.value(QLatin1String("before")).toObject();
    const QJsonObject after = result.value(QLatin1String("after")).toObject();
    const QJsonArray accountsBefore = before.value(QLatin1String("accounts")).toArray();
    const QJsonArray accountsAfter = after.value(QLatin1String("accounts")).toArray();
    const QJsonArray smtpBefore = before.value(QLatin1String("smtp")).toArray();
    const QJsonArray smtpAfter = after.value(QLatin1String("smtp")).toArray();
    // Every account and SMTP server that was there is still there, field by field.
    for (const QJsonValue &existing : accountsBefore) {
        const QString key = existing.toObject().value(QLatin1String("key")).toString();
        QCOMPARE(findByKey(accountsAfter, key), existing.toObject());
    }
    for (const QJsonValue &existing : smtpBefore) {
        const QString key = existing.toObject().value(QLatin1String("key")).toString();
        QCOMPARE(findByKey(smtpAfter, key), existing.toObject());
    }
    // The defaults did not move: the existing identity still sends through its own server.
    for (const char *key : {"defaultSmtp", "defaultSmtpPref", "defaultAccount"})
        QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
    QCOMPARE(after.value(QLatin1String("defaultSmtp")).toString(), QStringLiteral("smtp1"));

    // Exactly one account arrived, with our values, sending through its own new SMTP server.
    QCOMPARE(accountsAfter.size(), accountsBefore.size() + 1);
    QCOMPARE(smtpAfter.size(), smtpBefore.size() + 1);
    QJsonObject imported;
    for (const QJsonValue &candidate : accountsAfter) {
        if (findByKey(accountsBefore, candidate.toObject().value(QLatin1String("key")).toString()).isEmpty())
            imported = candidate.toObject();
    }
    const ExportAccount account = std::get<ExportAccount>(ExportAccount::from(req));
    verifyAccount(imported, smtpAfter, account);
    const QString importedSmtp = imported.value(QLatin1String("identities")).toArray().first().toObject()
                                     .value(QLatin1String("smtpServerKey")).toString();
    QVERIFY(findByKey(smtpBefore, importedSmtp).isEmpty());
}

void TestThunderbird::autoconfigThroughThunderbirdsParser()
{
    QStringList arguments{QStringLiteral("autoconfig")};
    QList<ExportAccount> accounts;
    for (const ClientCase &clientCase : clientCases()) {
        const ExportRequest req = requestFor(clientCase);
        const auto document = Exporter::render(ExportFormat::ThunderbirdAutoconfig, req);
        QVERIFY(std::holds_alternative<ExportDocument>(document));
        arguments << writeTemporary(QString::fromLatin1(clientCase.name) + QLatin1String(".xml"),
                                    std::get<ExportDocument>(document).data)
                  << clientCase.address;
        accounts.append(std::get<ExportAccount>(ExportAccount::from(req)));
    }
    const QJsonArray results = runHelper(arguments).value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const ExportAccount &account = accounts.at(i);
        const QJsonObject config = results.at(i).toObject();
        QVERIFY2(config.value(QLatin1String("ok")).toBool(), qPrintable(config.value(QLatin1String("error")).toString()));
        QCOMPARE(config.value(QLatin1String("id")).toString(), account.domain);
        // The chosen protocol first, the recommended servers as Thunderbird's defaults.
        for (const auto &[direction, expected] : {std::pair{"incoming", account.incomingServers.constFirst()},
                                                  std::pair{"outgoing", account.outgoingServers.constFirst()}}) {
            const QJsonObject server = config.value(QLatin1String(direction)).toObject();
            QCOMPARE(server.value(QLatin1String("type")).toString(), spelling(expected.protocol));
            QCOMPARE(server.value(QLatin1String("hostname")).toString(), expected.host);
            QCOMPARE(server.value(QLatin1String("port")).toInt(), int(expected.port));
            QCOMPARE(server.value(QLatin1String("socketType")).toInt(), ThunderbirdPrefsWriter::socketType(expected.security));
            QCOMPARE(server.value(QLatin1String("auth")).toInt(), *ThunderbirdPrefsWriter::authMethod(expected));
            // Placeholders filled in for the address: the same login as exported.
            QCOMPARE(server.value(QLatin1String("username")).toString(), expected.username);
        }
        QCOMPARE(config.value(QLatin1String("incomingAlternatives")).toArray().size(), account.incomingServers.size() - 1);
        QCOMPARE(config.value(QLatin1String("outgoingAlternatives")).toArray().size(), account.outgoingServers.size() - 1);
    }
    // The OAuth2 provider: Thunderbird accepted OAuth2 (10) for a host it knows.
    QCOMPARE(results.at(2).toObject().value(QLatin1String("incoming")).toObject().value(QLatin1String("auth")).toInt(), 10);
}

QTEST_GUILESS_MAIN(TestThunderbird)
#include "tst_thunderbird.moc"
