// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "FakeMailServer.h"
#include "TestPki.h"
#include "SecretScan.h"

#include <QJsonArray>
#include <QTest>

using namespace mailsetup;

/// A password entered for the connection check must reach the mail server and nothing else: the
/// test runs `mailsetup check --password-stdin` with a unique marker password against scripted
/// TLS servers (IMAP with TLS from the start, SMTP with STARTTLS), proves the servers received
/// it, then searches every file under the run's HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME,
/// XDG_DATA_HOME, XDG_STATE_HOME and TMPDIR, and the program's stdout and stderr, for the marker
/// in every encoding it travels in (plain, UTF-16, base64, SASL PLAIN).
class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsAPlantedMarker();
    void acceptedPasswordLeavesNoTrace();
    void refusedPasswordLeavesNoTrace();
    void passwordThatIsNoPasswordIsRefused_data();
    void passwordThatIsNoPasswordIsRefused();

private:
    /// A fresh run directory and CLI runner whose every XDG location and TMPDIR lie inside it.
    [[nodiscard]] std::unique_ptr<CliRunner> isolatedRunner() const;
    CliRunner::Run runCheck(const CliRunner &runner, const QString &password, bool acceptLogin);
    /// The files (relative to the runner's HOME) and output streams that contain `password`.
    [[nodiscard]] static QStringList traces(const CliRunner &runner, const CliRunner::Run &run, const QString &password);
    [[nodiscard]] static QList<QByteArray> encodings(const QString &password);

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void TestSecrets::initTestCase()
{
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->createAuthority(), qPrintable(m_pki->errorString()));
    QVERIFY2(m_pki->createServer(QStringLiteral("mail"), {"imap.example.test", "smtp.example.test"}),
             qPrintable(m_pki->errorString()));
}

std::unique_ptr<CliRunner> TestSecrets::isolatedRunner() const
{
    auto runner = std::make_unique<CliRunner>();
    const QDir home(runner->homePath());
    for (const char *name : {"XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR", "XDG_RUNTIME_DIR"}) {
        const QString path = home.filePath(QString::fromLatin1(name).toLower());
        home.mkpath(path);
        runner->setEnvironment(QString::fromLatin1(name), path);
    }
    home.mkpath(runner->configHome());
    return runner;
}

QList<QByteArray> TestSecrets::encodings(const QString &password)
{
    return SecretScan::forms(password, QStringLiteral("test@example.test"));
}

QStringList TestSecrets::traces(const CliRunner &runner, const CliRunner::Run &run, const QString &password)
{
    const QList<QByteArray> forms = encodings(password);
    QStringList found;
    if (SecretScan::contains(run.rawOut, forms))
        found.append(QStringLiteral("<stdout>"));
    if (SecretScan::contains(run.err.toUtf8(), forms))
        found.append(QStringLiteral("<stderr>"));
    return found + SecretScan::filesContaining(runner.homePath(), forms);
}

CliRunner::Run TestSecrets::runCheck(const CliRunner &runner, const QString &password, bool acceptLogin)
{
    const QByteArray marker = password.toUtf8();
    FakeMailServer imap("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n", [=](const QByteArray &line) {
        const QByteArray tag = line.split(' ').constFirst();
        if (line.endsWith(" CAPABILITY"))
            return FakeMailServer::Reply{"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + " OK done\r\n"};
        if (line.endsWith(" AUTHENTICATE PLAIN"))
            return FakeMailServer::Reply{"+ \r\n"};
        if (line.contains(" LOGIN ") || !line.contains(' ')) // LOGIN, or the SASL answer after "+"
            return FakeMailServer::Reply{acceptLogin ? "A2 OK Logged in\r\n" : "A2 NO [AUTHENTICATIONFAILED] Failed.\r\n"};
        return FakeMailServer::Reply{tag + " OK bye\r\n"};
    });
    imap.useTls(m_pki->certificateFile(QStringLiteral("mail")), m_pki->keyFile(QStringLiteral("mail")), true);
    auto ehlos = std::make_shared<int>(0);
    FakeMailServer smtp("220 smtp.example.test ESMTP\r\n", [=](const QByteArray &line) {
        if (line.startsWith("EHLO"))
            return FakeMailServer::Reply{++*ehlos == 1 ? "250-smtp.example.test\r\n250 STARTTLS\r\n"
                                                       : "250-smtp.example.test\r\n250 AUTH PLAIN LOGIN\r\n"};
        if (line == "STARTTLS")
            return FakeMailServer::Reply{"220 2.0.0 Ready to start TLS\r\n", true};
        if (line.startsWith("AUTH PLAIN"))
            return FakeMailServer::Reply{acceptLogin ? "235 2.7.0 Authentication successful\r\n"
                                                     : "535 5.7.8 Authentication failed\r\n"};
        return FakeMailServer::Reply{"221 2.0.0 Bye\r\n"};
    });
    smtp.useTls(m_pki->certificateFile(QStringLiteral("mail")), m_pki->keyFile(QStringLiteral("mail")), false);
    if (!imap.listen() || !smtp.listen())
        return {};
    const CliRunner::Run run = runner.run(
        {QStringLiteral("check"), QStringLiteral("test@example.test"), QStringLiteral("--password-stdin"),
         QStringLiteral("--catalog"), QStringLiteral(MAILSETUP_TEST_DATA_DIR "/check/dovecot-catalog.yaml"),
         QStringLiteral("--ca-file"), m_pki->caFile(), QStringLiteral("--timeout"), QStringLiteral("20"),
         QStringLiteral("--resolve"), QStringLiteral("imap.example.test:993:127.0.0.1:%1").arg(imap.serverPort()),
         QStringLiteral("--resolve"), QStringLiteral("smtp.example.test:587:127.0.0.1:%1").arg(smtp.serverPort())},
        marker + '\n');
    // Proof that the password was entered and used: both servers received it.
    const QList<QByteArray> forms = encodings(password);
    const auto received = [&forms](const FakeMailServer &server) {
        return std::any_of(server.received().cbegin(), server.received().cend(),
                           [&forms](const QByteArray &line) { return SecretScan::contains(line, forms); });
    };
    if (!received(imap) || !received(smtp)) {
        qWarning("the servers did not receive the password: %s", qPrintable(run.out + run.err));
        return {};
    }
    return run;
}

void TestSecrets::scannerFindsAPlantedMarker()
{
    // The scan must be able to fail: a marker planted in a nested cache file is found.
    const auto runner = isolatedRunner();
    const QString marker = QStringLiteral("Planted-7c41d2");
    const QString folder = QDir(runner->homePath()).filePath(QStringLiteral("xdg_cache_home/deep/.hidden"));
    QDir().mkpath(folder);
    QFile planted(folder + QStringLiteral("/state.bin"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("prefix " + encodings(marker).at(2) + " suffix"); // as base64
    planted.close();
    QCOMPARE(traces(*runner, {}, marker), QStringList{"xdg_cache_home/deep/.hidden/state.bin"});
}

void TestSecrets::acceptedPasswordLeavesNoTrace()
{
    const auto runner = isolatedRunner();
    const QString marker = QStringLiteral("Mk-5f0e9b3d-Secret");
    const CliRunner::Run run = runCheck(*runner, marker, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("Signing in as test@example.test worked.")), qPrintable(run.out));
    QCOMPARE(traces(*runner, run, marker), QStringList());
}

void TestSecrets::refusedPasswordLeavesNoTrace()
{
    // 8-bit: the IMAP check sends it with AUTHENTICATE PLAIN (base64) instead of LOGIN.
    const auto runner = isolatedRunner();
    const QString marker = QStringLiteral("Mk-Ärger-2a77c0-Secret");
    const CliRunner::Run run = runCheck(*runner, marker, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("did not accept the user name test@example.test")), qPrintable(run.out));
    QCOMPARE(traces(*runner, run, marker), QStringList());
}

void TestSecrets::passwordThatIsNoPasswordIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("\n") << "standard input holds no password";
    QTest::newRow("longer than 4 KiB") << QByteArray(4097, 'p') << "not a password (longer than 4096 bytes";
    QTest::newRow("NUL byte") << QByteArray("pass\0word\n", 10) << "not a password (longer than 4096 bytes or with a NUL byte)";
    QTest::newRow("a binary piped in") << QByteArray(1024 * 1024, '\0') << "not a password";
}

void TestSecrets::passwordThatIsNoPasswordIsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto runner = isolatedRunner();
    const CliRunner::Run run = runner->run({QStringLiteral("check"), QStringLiteral("test@example.test"),
                                            QStringLiteral("--password-stdin")},
                                           input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
