// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "Loopback.h"
#include "OnlineTestbed.h"

#include <QJsonArray>
#include <QTest>

/// `mailsetup lookup --online` against real HTTPS servers on loopback (an in-process QSslServer
/// with a test CA), reached through --resolve. DNS questions go to an address where nothing
/// listens, so MX and SRV fail at once and the HTTP sources decide.
class TestIntegrationAutoconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void providerAutoconfigFound();
    void wellKnownFound();
    void ispdbWhenProviderHasNone();
    void wrongContentTypeFails();
    void oversizedAnswerFails();
    void redirectLoopFails();
    void httpsToHttpRedirectRefused();
    void plainHttpOnlyWhenAllowedAndInsecure();
    void untrustedCertificateFails();
    void certificateForOtherNameFails();
    void hangingProviderDelaysOnlyUntilTimeout();
    void nothingFoundExitsOne();

private:
    QStringList arguments(const QString &domain, const QStringList &extra = {}) const;
    [[nodiscard]] static QString sourceState(const QJsonObject &json, const QString &source)
    {
        return OnlineTestbed::sourceState(json, source);
    }

    OnlineTestbed m_testbed;
    HttpTestServer *m_https = nullptr;
    HttpTestServer *m_http = nullptr;
    std::unique_ptr<HttpTestServer> m_wrongName;
    QByteArray m_config;
    QString m_deadDns;
    CliRunner m_cli;
};

void TestIntegrationAutoconfig::initTestCase()
{
    QVERIFY2(m_testbed.start({"autoconfig.example.test", "example.test", "autoconfig.loop.test", "autoconfig.nothing.test",
                              "nothing.test"}),
             qPrintable(m_testbed.pki().errorString()));
    m_https = m_testbed.https.get();
    m_http = m_testbed.http.get();
    QVERIFY2(m_testbed.pki().createServer(QStringLiteral("other"), {"unrelated.test"}),
             qPrintable(m_testbed.pki().errorString()));
    m_wrongName = std::make_unique<HttpTestServer>(m_testbed.pki().certificateFile(QStringLiteral("other")),
                                                   m_testbed.pki().keyFile(QStringLiteral("other")));
    QVERIFY(m_wrongName->listen());

    QFile config(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/discovery/example-provider.xml"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    m_config = config.readAll();
    m_deadDns = loopback::uniqueAddress().toString();
}

void TestIntegrationAutoconfig::init()
{
    m_https->clear();
    m_wrongName->clear();
    m_http->clear();
}

QStringList TestIntegrationAutoconfig::arguments(const QString &domain, const QStringList &extra) const
{
    return m_testbed.lookupArguments(domain, m_deadDns) + extra;
}

void TestIntegrationAutoconfig::providerAutoconfigFound()
{
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml", HttpTestServer::xml(m_config));
    const auto run = m_cli.run(arguments(QStringLiteral("example.test")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[QStringLiteral("source")].toString(), QStringLiteral("autoconfig"));
    QCOMPARE(json[QStringLiteral("secure")].toBool(), true);
    QCOMPARE(json[QStringLiteral("incoming")][0][QStringLiteral("host")].toString(), QStringLiteral("imap.example.test"));
    QCOMPARE(json[QStringLiteral("provider")][QStringLiteral("name")].toString(), QStringLiteral("Example Mail"));
    // What the server saw: the real host name, the path, nothing about the person.
    bool sawAutoconfig = false;
    for (const HttpTestServer::Request &request : m_https->requests()) {
        QVERIFY2(!request.raw.contains("anna"), request.raw.constData());
        QVERIFY(!request.path.contains('?'));
        sawAutoconfig = sawAutoconfig || (request.host == "autoconfig.example.test" && request.path == "/mail/config-v1.1.xml");
    }
    QVERIFY(sawAutoconfig);
}

void TestIntegrationAutoconfig::wellKnownFound()
{
    m_https->set("example.test", "/.well-known/autoconfig/mail/config-v1.1.xml", HttpTestServer::xml(m_config));
    const auto run = m_cli.run(arguments(QStringLiteral("example.test")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("source")].toString(), QStringLiteral("autoconfig"));
}

void TestIntegrationAutoconfig::ispdbWhenProviderHasNone()
{
    m_https->set("ispdb.example.test", "/v1.1/example.test", HttpTestServer::xml(m_config));
    const auto run = m_cli.run(arguments(QStringLiteral("example.test")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[QStringLiteral("source")].toString(), QStringLiteral("online-ispdb"));
    QCOMPARE(json[QStringLiteral("secure")].toBool(), true);
    QCOMPARE(sourceState(json, QStringLiteral("autoconfig")), QStringLiteral("nothing"));
}

void TestIntegrationAutoconfig::wrongContentTypeFails()
{
    HttpTestServer::Response html = HttpTestServer::xml(m_config);
    html.contentType = "text/html";
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml", html);
    m_https->set("ispdb.example.test", "/v1.1/example.test", HttpTestServer::xml(m_config));
    const auto run = m_cli.run(arguments(QStringLiteral("example.test")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("source")].toString(), QStringLiteral("online-ispdb"));
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
}

void TestIntegrationAutoconfig::oversizedAnswerFails()
{
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml", HttpTestServer::xml(QByteArray(2 * 1024 * 1024, ' ')));
    const auto run = m_cli.run(arguments(QStringLiteral("example.test")));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
}

void TestIntegrationAutoconfig::redirectLoopFails()
{
    const QByteArray self = "https://autoconfig.loop.test/mail/config-v1.1.xml";
    m_https->set("autoconfig.loop.test", "/mail/config-v1.1.xml", HttpTestServer::redirect(self));
    const auto run = m_cli.run(arguments(QStringLiteral("loop.test")));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
    int loops = 0;
    for (const HttpTestServer::Request &request : m_https->requests())
        loops += request.host == "autoconfig.loop.test" ? 1 : 0;
    QCOMPARE(loops, 4); // the request and three redirects, no more
}

void TestIntegrationAutoconfig::httpsToHttpRedirectRefused()
{
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml",
                 HttpTestServer::redirect("http://autoconfig.example.test/redirected.xml"));
    m_http->set("autoconfig.example.test", "/redirected.xml", HttpTestServer::xml(m_config));
    // Even with --allow-http, a downgrade from https is never followed.
    const auto run = m_cli.run(arguments(QStringLiteral("example.test"), {QStringLiteral("--allow-http")}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
    QVERIFY2(run.out.contains(QStringLiteral("redirected to the unprotected address")), qPrintable(run.out));
    for (const HttpTestServer::Request &request : m_http->requests())
        QVERIFY2(request.path != "/redirected.xml", "the http redirect target was fetched");
}

void TestIntegrationAutoconfig::plainHttpOnlyWhenAllowedAndInsecure()
{
    m_http->set("autoconfig.example.test", "/mail/config-v1.1.xml", HttpTestServer::xml(m_config));
    const auto strict = m_cli.run(arguments(QStringLiteral("example.test")));
    QCOMPARE(strict.exitCode, 1);
    QVERIFY(m_http->requests().isEmpty());

    const auto allowed = m_cli.run(arguments(QStringLiteral("example.test"), {QStringLiteral("--allow-http")}));
    QCOMPARE(allowed.exitCode, 0);
    const QJsonObject json = allowed.json();
    QCOMPARE(json[QStringLiteral("source")].toString(), QStringLiteral("autoconfig"));
    QCOMPARE(json[QStringLiteral("secure")].toBool(), false);
    QCOMPARE(json[QStringLiteral("notes")][0][QStringLiteral("kind")].toString(), QStringLiteral("warning"));
}

void TestIntegrationAutoconfig::untrustedCertificateFails()
{
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml", HttpTestServer::xml(m_config));
    QStringList args = arguments(QStringLiteral("example.test"));
    const qsizetype ca = args.indexOf(QStringLiteral("--ca-file"));
    QVERIFY(ca > 0);
    args.remove(ca, 2);
    const auto run = m_cli.run(args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
}

void TestIntegrationAutoconfig::certificateForOtherNameFails()
{
    m_wrongName->set("autoconfig.example.test", "/mail/config-v1.1.xml", HttpTestServer::xml(m_config));
    QStringList args = arguments(QStringLiteral("example.test"));
    args.replaceInStrings(QStringLiteral("autoconfig.example.test:443:127.0.0.1:%1").arg(m_https->port()),
                          QStringLiteral("autoconfig.example.test:443:127.0.0.1:%1").arg(m_wrongName->port()));
    const auto run = m_cli.run(args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("failed"));
    QVERIFY(m_wrongName->requests().isEmpty()); // the request itself never went out
}

void TestIntegrationAutoconfig::hangingProviderDelaysOnlyUntilTimeout()
{
    HttpTestServer::Response hang;
    hang.hang = true;
    m_https->set("autoconfig.example.test", "/mail/config-v1.1.xml", hang);
    m_https->set("ispdb.example.test", "/v1.1/example.test", HttpTestServer::xml(m_config));
    const auto run = m_cli.run(m_testbed.lookupArguments(QStringLiteral("example.test"), m_deadDns, 2));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[QStringLiteral("source")].toString(), QStringLiteral("online-ispdb"));
    QCOMPARE(sourceState(run.json(), QStringLiteral("autoconfig")), QStringLiteral("timed-out"));
    QVERIFY2(run.elapsedMs >= 1800 && run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
}

void TestIntegrationAutoconfig::nothingFoundExitsOne()
{
    const auto run = m_cli.run(arguments(QStringLiteral("nothing.test")));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json[QStringLiteral("found")].toBool(), false);
    QVERIFY(json[QStringLiteral("source")].isNull());
    QCOMPARE(json[QStringLiteral("discovery")].toArray().size(), 4);
    QVERIFY2(run.elapsedMs < 6000, "nothing to wait for: the answer must not sit out the timeout");
}

QTEST_GUILESS_MAIN(TestIntegrationAutoconfig)
#include "tst_integration_autoconfig.moc"
