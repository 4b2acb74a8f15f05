// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "Dovecot.h"
#include "TestPki.h"
#include "check/CheckReportFormat.h"
#include "check/ServerCheck.h"
#include "check/SocketTransport.h"
#include "discovery/QtDnsResolver.h"

#include <QJsonArray>
#include <QTest>

using namespace mailsetup;

/// `mailsetup check` and ServerCheck against real dovecot servers on 127.0.0.1 with a test CA:
/// success with login, wrong password, STARTTLS missing, untrusted and wrong-name certificates,
/// and LOGINDISABLED as seen from 127.0.0.2.
class TestIntegrationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void successWithLogin();
    void pop3WithStartTls();
    void wrongPassword();
    void startTlsMissing();
    void untrustedCertificate();
    void certificateForAnotherName();
    void loginDisabledWithoutEncryption();

private:
    QStringList checkArguments(const QString &address, bool trustCa = true) const;
    [[nodiscard]] static QJsonObject step(const QJsonObject &server, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    Dovecot m_tls;   ///< STARTTLS and implicit TLS
    Dovecot m_plain; ///< no encryption at all
    CliRunner m_cli;
};

void TestIntegrationCheck::initTestCase()
{
    if (!loopback::isRoot())
        QSKIP("needs root: dovecot runs its login processes as other users");
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->createAuthority(), qPrintable(m_pki->errorString()));
    QVERIFY2(m_pki->createServer(QStringLiteral("mail"), {"mail.example.test", "imap.example.test", "pop.example.test",
                                                          "smtp.example.test"}),
             qPrintable(m_pki->errorString()));
    QVERIFY2(m_tls.start(m_pki->certificateFile(QStringLiteral("mail")), m_pki->keyFile(QStringLiteral("mail")), true),
             qPrintable(m_tls.errorString()));
    QVERIFY2(m_plain.start({}, {}, false), qPrintable(m_plain.errorString()));
}

void TestIntegrationCheck::cleanupTestCase()
{
    // Both at once: each takes about a second to exit.
    m_tls.requestStop();
    m_plain.requestStop();
    m_tls.stop();
    m_plain.stop();
}

QStringList TestIntegrationCheck::checkArguments(const QString &address, bool trustCa) const
{
    auto resolve = [](const QString &host, int port, quint16 target) {
        return QStringList{QStringLiteral("--resolve"), QStringLiteral("%1:%2:127.0.0.1:%3").arg(host).arg(port).arg(target)};
    };
    QStringList arguments{QStringLiteral("check"), address, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--catalog"), QStringLiteral(MAILSETUP_TEST_DATA_DIR "/check/dovecot-catalog.yaml"),
                          QStringLiteral("--timeout"), QStringLiteral("10")};
    arguments += resolve(QStringLiteral("imap.example.test"), 993, m_tls.port(QStringLiteral("imaps")));
    arguments += resolve(QStringLiteral("imap.wrong.test"), 993, m_tls.port(QStringLiteral("imaps")));
    arguments += resolve(QStringLiteral("pop.example.test"), 110, m_tls.port(QStringLiteral("pop3")));
    arguments += resolve(QStringLiteral("smtp.example.test"), 587, m_tls.port(QStringLiteral("submission")));
    arguments += resolve(QStringLiteral("imap.plain.test"), 143, m_plain.port(QStringLiteral("imap")));
    arguments += resolve(QStringLiteral("smtp.plain.test"), 587, m_plain.port(QStringLiteral("submission")));
    if (trustCa)
        arguments << QStringLiteral("--ca-file") << m_pki->caFile();
    return arguments;
}

QJsonObject TestIntegrationCheck::step(const QJsonObject &server, const QString &name)
{
    for (const QJsonValue &each : server[QStringLiteral("steps")].toArray()) {
        if (each[QStringLiteral("step")].toString() == name)
            return each.toObject();
    }
    return {};
}

void TestIntegrationCheck::successWithLogin()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@example.test")) << QStringLiteral("--password-stdin"),
                               "secret\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[QStringLiteral("passed")].toBool(), true);
    const QJsonArray servers = json[QStringLiteral("servers")].toArray();
    QCOMPARE(servers.size(), 2);
    const QJsonObject imap = servers.at(0).toObject();
    QCOMPARE(imap[QStringLiteral("protocol")].toString(), QStringLiteral("imap"));
    QCOMPARE(imap[QStringLiteral("login")].toString(), QStringLiteral("succeeded"));
    QVERIFY(imap[QStringLiteral("tls")].toString().startsWith(QStringLiteral("TLS")));
    QVERIFY(imap[QStringLiteral("certificate")][QStringLiteral("names")].toArray().contains(QStringLiteral("imap.example.test")));
    QVERIFY(imap[QStringLiteral("authMechanisms")].toArray().contains(QStringLiteral("PLAIN")));
    const QJsonObject smtp = servers.at(1).toObject();
    QCOMPARE(smtp[QStringLiteral("role")].toString(), QStringLiteral("outgoing"));
    QCOMPARE(smtp[QStringLiteral("login")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(step(smtp, QStringLiteral("encryption"))[QStringLiteral("status")].toString(), QStringLiteral("passed"));
    QVERIFY(!run.out.contains(QStringLiteral("secret")));
}

void TestIntegrationCheck::pop3WithStartTls()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@example.test"))
                                   << QStringLiteral("--incoming") << QStringLiteral("pop3") << QStringLiteral("--password-stdin"),
                               "secret\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject pop3 = run.json()[QStringLiteral("servers")][0].toObject();
    QCOMPARE(pop3[QStringLiteral("protocol")].toString(), QStringLiteral("pop3"));
    QCOMPARE(pop3[QStringLiteral("login")].toString(), QStringLiteral("succeeded"));
    QVERIFY(step(pop3, QStringLiteral("encryption"))[QStringLiteral("message")][QStringLiteral("en")].toString().contains(
        QStringLiteral("STARTTLS")));
}

void TestIntegrationCheck::wrongPassword()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@example.test")) << QStringLiteral("--password-stdin"),
                               "not-the-password\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonObject imap = run.json()[QStringLiteral("servers")][0].toObject();
    QCOMPARE(imap[QStringLiteral("login")].toString(), QStringLiteral("refused"));
    QCOMPARE(step(imap, QStringLiteral("login"))[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY(!run.out.contains(QStringLiteral("not-the-password")));
    QVERIFY(!run.err.contains(QStringLiteral("not-the-password")));
}

void TestIntegrationCheck::startTlsMissing()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@plain.test")) << QStringLiteral("--password-stdin"),
                               "secret\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonObject imap = run.json()[QStringLiteral("servers")][0].toObject();
    const QJsonObject encryption = step(imap, QStringLiteral("encryption"));
    QCOMPARE(encryption[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY2(encryption[QStringLiteral("message")][QStringLiteral("en")].toString().contains(
                 QStringLiteral("does not offer encryption (STARTTLS) on port 143")),
             qPrintable(run.out));
    QCOMPARE(imap[QStringLiteral("login")].toString(), QStringLiteral("not-tried"));
}

void TestIntegrationCheck::untrustedCertificate()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@example.test"), false));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject imap = run.json()[QStringLiteral("servers")][0].toObject();
    const QJsonObject certificate = step(imap, QStringLiteral("certificate"));
    QCOMPARE(certificate[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY2(certificate[QStringLiteral("message")][QStringLiteral("en")].toString().contains(
                 QStringLiteral("not issued by an authority this computer trusts")),
             qPrintable(run.out));
}

void TestIntegrationCheck::certificateForAnotherName()
{
    const auto run = m_cli.run(checkArguments(QStringLiteral("test@wrong.test")));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject imap = run.json()[QStringLiteral("servers")][0].toObject();
    const QString message = step(imap, QStringLiteral("certificate"))[QStringLiteral("message")][QStringLiteral("en")].toString();
    QVERIFY2(message.startsWith(QStringLiteral("The certificate is for mail.example.test, imap.example.test")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("not imap.wrong.test")));
}

void TestIntegrationCheck::loginDisabledWithoutEncryption()
{
    // Seen from 127.0.0.1, dovecot treats a plain connection as secure (toolchain.md §8); from
    // 127.0.0.2 it shows what a real client sees: no password over an unencrypted connection.
    QtDnsResolver resolver;
    ServerCheck::Setup setup;
    setup.dns = &resolver;
    setup.overrides.resolve = {{QStringLiteral("imap.example.test"), 143, QStringLiteral("127.0.0.1"),
                                m_tls.port(QStringLiteral("imap"))}};
    setup.createTransport = [](QObject *parent) {
        return new SocketTransport(QSslConfiguration::defaultConfiguration(), QHostAddress(QStringLiteral("127.0.0.2")), parent);
    };
    const ServerSettings server{Protocol::Imap, QStringLiteral("imap.example.test"), 143, Security::None,
                                {AuthMethod::Password}, QStringLiteral("test@example.test"), {}, {}};
    ServerCheck check(server, QStringLiteral("secret"), setup);
    QSignalSpy finished(&check, &ServerCheck::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const ServerCheckReport &report = check.report();
    QVERIFY2(report.capabilities.contains(QStringLiteral("LOGINDISABLED")),
             qPrintable(CheckReportFormat::text(report, Language::English)));
    QVERIFY(!report.passed());
    QCOMPARE(report.login, LoginResult::NotTried);
    bool warnedAboutEncryption = false;
    for (const CheckStep &each : report.steps) {
        if (each.kind == CheckStepKind::Encryption)
            warnedAboutEncryption = each.status == CheckStatus::Warning;
        if (each.kind == CheckStepKind::Authentication)
            QCOMPARE(each.status, CheckStatus::Failed);
    }
    QVERIFY(warnedAboutEncryption);
}

QTEST_GUILESS_MAIN(TestIntegrationCheck)
#include "tst_integration_check.moc"
