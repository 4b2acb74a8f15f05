// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckReportFormat.h"
#include "check/ConnectionCheck.h"
#include "check/ServerCheck.h"
#include "../discovery/FakeNetwork.h"
#include "FakeTransport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mailsetup;
using namespace std::chrono_literals;

namespace {

ServerSettings imapServer(Security security = Security::Ssl, quint16 port = 993)
{
    return {Protocol::Imap, QStringLiteral("imap.example.test"), port, security, {AuthMethod::Password},
            QStringLiteral("test@example.test"), {}, {}};
}

FakeTransport::Server dovecotLike(bool loginOk)
{
    return FakeTransport::dovecotLike([loginOk](const QByteArray &) { return loginOk; });
}

struct Harness {
    fake::DnsResolver dns;
    QList<QByteArray> sent;
    QStringList connectedTo;
    FakeTransport::Script script{{"* OK Dovecot ready."}, dovecotLike(true), {}, {}, false, nullptr, nullptr};
    ConnectionOverrides overrides;
    std::chrono::milliseconds timeout = 5s;

    Harness()
    {
        DnsAnswer answer;
        answer.status = DnsAnswer::Status::Found;
        answer.addresses = {QHostAddress(QStringLiteral("192.0.2.10"))};
        dns.set(DnsResolver::Type::Address, QStringLiteral("imap.example.test"), {answer, 0, false});
    }

    ServerCheckReport run(const ServerSettings &server, const QString &password = {})
    {
        script.sent = &sent;
        script.connectedTo = &connectedTo;
        ServerCheck::Setup setup;
        setup.dns = &dns;
        setup.overrides = overrides;
        setup.timeout = timeout;
        setup.createTransport = [this](QObject *parent) { return new FakeTransport(script, parent); };
        ServerCheck check(server, password, setup);
        QSignalSpy finished(&check, &ServerCheck::finished);
        check.start();
        if (!finished.wait(10000))
            qWarning("check did not finish");
        return check.report();
    }
};

CheckStatus statusOf(const ServerCheckReport &report, CheckStepKind kind)
{
    for (const CheckStep &step : report.steps) {
        if (step.kind == kind)
            return step.status;
    }
    return CheckStatus::Skipped;
}

QString messageOf(const ServerCheckReport &report, CheckStepKind kind)
{
    for (const CheckStep &step : report.steps) {
        if (step.kind == kind)
            return step.message.en;
    }
    return {};
}

} // namespace

class TestServerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successWithLogin();
    void passwordNeverInReport();
    void startTlsMissing();
    void wrongPassword();
    void dnsNotFound();
    void overrideSkipsDns();
    void refusedTriesNextAddress();
    void certificateMismatchExplained();
    void hangingServerTimesOut();
    void connectionCheckChoosesServers();
};

void TestServerCheck::successWithLogin()
{
    Harness harness;
    const ServerCheckReport report = harness.run(imapServer(), QStringLiteral("secret"));
    QVERIFY2(report.passed(), qPrintable(CheckReportFormat::text(report, Language::English)));
    QCOMPARE(report.login, LoginResult::Succeeded);
    QCOMPARE(report.tlsProtocol, QStringLiteral("TLS 1.3"));
    QCOMPARE(report.authMechanisms, QStringList{"PLAIN"});
    QCOMPARE(harness.connectedTo, QStringList{"192.0.2.10:993"});
    QList<CheckStepKind> kinds;
    for (const CheckStep &step : report.steps)
        kinds.append(step.kind);
    QCOMPARE(kinds, (QList<CheckStepKind>{CheckStepKind::Dns, CheckStepKind::Connect, CheckStepKind::Encryption,
                                          CheckStepKind::Certificate, CheckStepKind::Greeting, CheckStepKind::Capabilities,
                                          CheckStepKind::Authentication, CheckStepKind::Login}));
    for (const CheckStep &step : report.steps)
        QVERIFY(!step.message.de.isEmpty() && !step.message.en.isEmpty());
}

void TestServerCheck::passwordNeverInReport()
{
    Harness harness;
    const ServerCheckReport report = harness.run(imapServer(), QStringLiteral("s3cr3t-pw"));
    const QByteArray json = QJsonDocument(CheckReportFormat::serverToJson(report)).toJson();
    QVERIFY(!json.contains("s3cr3t-pw"));
    QVERIFY(!CheckReportFormat::text(report, Language::German).contains(QStringLiteral("s3cr3t-pw")));
    QVERIFY(harness.sent.contains("A2 LOGIN \"test@example.test\" \"s3cr3t-pw\"")); // it was used, though
}

void TestServerCheck::startTlsMissing()
{
    Harness harness;
    harness.script.server = [](const QByteArray &line) -> QList<QByteArray> {
        const QByteArray tag = line.split(' ').constFirst();
        return {"* CAPABILITY IMAP4rev1 AUTH=PLAIN", tag + " OK done"};
    };
    const ServerCheckReport report = harness.run(imapServer(Security::StartTls, 143), QStringLiteral("secret"));
    QVERIFY(!report.passed());
    QCOMPARE(statusOf(report, CheckStepKind::Encryption), CheckStatus::Failed);
    QVERIFY2(messageOf(report, CheckStepKind::Encryption)
                 .contains(QStringLiteral("does not offer encryption (STARTTLS) on port 143")),
             qPrintable(messageOf(report, CheckStepKind::Encryption)));
    for (const QByteArray &line : harness.sent)
        QVERIFY2(!line.contains("secret"), line.constData());
}

void TestServerCheck::wrongPassword()
{
    Harness harness;
    harness.script.server = dovecotLike(false);
    const ServerCheckReport report = harness.run(imapServer(), QStringLiteral("wrong"));
    QVERIFY(!report.passed());
    QCOMPARE(report.login, LoginResult::Refused);
    QCOMPARE(statusOf(report, CheckStepKind::Login), CheckStatus::Failed);
    QVERIFY(messageOf(report, CheckStepKind::Login).contains(QStringLiteral("Authentication failed.")));
}

void TestServerCheck::dnsNotFound()
{
    Harness harness;
    ServerSettings server = imapServer();
    server.host = QStringLiteral("imap.typo.test");
    const ServerCheckReport report = harness.run(server);
    QCOMPARE(report.steps.size(), 1);
    QCOMPARE(statusOf(report, CheckStepKind::Dns), CheckStatus::Failed);
    QVERIFY(messageOf(report, CheckStepKind::Dns).contains(QStringLiteral("imap.typo.test does not exist")));
    QVERIFY(harness.connectedTo.isEmpty());
}

void TestServerCheck::overrideSkipsDns()
{
    Harness harness;
    harness.overrides.resolve = {{QStringLiteral("imap.example.test"), 993, QStringLiteral("127.0.0.1"), 10993}};
    const ServerCheckReport report = harness.run(imapServer());
    QVERIFY(report.passed());
    QCOMPARE(harness.connectedTo, QStringList{"127.0.0.1:10993"});
    QVERIFY(harness.dns.queries().isEmpty());
    QVERIFY(messageOf(report, CheckStepKind::Dns).contains(QStringLiteral("--resolve")));
}

void TestServerCheck::refusedTriesNextAddress()
{
    Harness harness;
    DnsAnswer answer;
    answer.status = DnsAnswer::Status::Found;
    answer.addresses = {QHostAddress(QStringLiteral("2001:db8::1")), QHostAddress(QStringLiteral("192.0.2.10"))};
    harness.dns.set(DnsResolver::Type::Address, QStringLiteral("imap.example.test"), {answer, 0, false});
    harness.script.connectFailure = CheckTransport::Failure::Refused;
    const ServerCheckReport report = harness.run(imapServer());
    QCOMPARE(harness.connectedTo.size(), 2);
    QCOMPARE(statusOf(report, CheckStepKind::Connect), CheckStatus::Failed);
    QVERIFY(messageOf(report, CheckStepKind::Connect).contains(QStringLiteral("refuses connections on port 993")));
}

void TestServerCheck::certificateMismatchExplained()
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/check/mail-example-net.pem"));
    QCOMPARE(certificates.size(), 1);
    Harness harness;
    harness.script.tlsErrors = {QSslError(QSslError::HostNameMismatch, certificates.constFirst())};
    const ServerCheckReport report = harness.run(imapServer(), QStringLiteral("secret"));
    QVERIFY(!report.passed());
    QCOMPARE(statusOf(report, CheckStepKind::Certificate), CheckStatus::Failed);
    QVERIFY2(messageOf(report, CheckStepKind::Certificate)
                 .startsWith(QStringLiteral("The certificate is for mail.example.net, smtp.example.net, not imap.example.test.")),
             qPrintable(messageOf(report, CheckStepKind::Certificate)));
    QCOMPARE(report.certificate.issuer, QStringLiteral("Example Net CA"));
    QVERIFY(harness.sent.isEmpty()); // not a word to a server that cannot prove who it is
}

void TestServerCheck::hangingServerTimesOut()
{
    Harness harness;
    harness.script.hang = true;
    harness.timeout = 300ms;
    const ServerCheckReport report = harness.run(imapServer(Security::StartTls, 143));
    QCOMPARE(statusOf(report, CheckStepKind::Greeting), CheckStatus::Failed);
    QVERIFY(messageOf(report, CheckStepKind::Greeting).contains(QStringLiteral("did not greet")));
}

void TestServerCheck::connectionCheckChoosesServers()
{
    LookupResult result;
    result.incoming = {imapServer(), {Protocol::Pop3, QStringLiteral("pop.example.test"), 995, Security::Ssl, {}, {}, {}, {}}};
    result.outgoing = {{Protocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Ssl, {}, {}, {}, {}}};
    QList<ServerSettings> chosen = ConnectionCheck::chooseServers(result);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0).protocol, Protocol::Imap);
    chosen = ConnectionCheck::chooseServers(result, Protocol::Pop3);
    QCOMPARE(chosen.at(0).host, QStringLiteral("pop.example.test"));
    QCOMPARE(chosen.at(1).protocol, Protocol::Smtp);

    Harness harness;
    ServerCheck::Setup setup;
    setup.dns = &harness.dns;
    setup.createTransport = [&harness](QObject *parent) { return new FakeTransport(harness.script, parent); };
    ConnectionCheck check({imapServer()}, QString(), setup);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy steps(&check, &ConnectionCheck::stepAdded);
    check.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(check.passed());
    QVERIFY(steps.count() >= 6);
    QCOMPARE(check.reports().constFirst().login, LoginResult::NotTried);
}

QTEST_GUILESS_MAIN(TestServerCheck)
#include "tst_servercheck.moc"
