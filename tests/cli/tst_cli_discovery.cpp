// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "../integration/Loopback.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

/// The privacy promise and the usage rules of `lookup --online` and `check`: without --online
/// nothing leaves the machine — proven with a "proxy" that counts every connection attempt.
class TestCliDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void withoutOnlineNothingIsSent();
    void onlineUsesTheSystemProxy();
    void knownDomainStaysOffline();
    void usageErrors_data();
    void usageErrors();
    void checkNeedsKnownSettings();

private:
    int connectionsSeen();

    QTcpServer m_proxy;
    int m_connections = 0;
    CliRunner m_cli;
    QString m_deadDns;
};

void TestCliDiscovery::initTestCase()
{
    QVERIFY(m_proxy.listen(QHostAddress::LocalHost, 0));
    connect(&m_proxy, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_proxy.nextPendingConnection()) {
            ++m_connections;
            socket->close(); // a proxy that answers nothing: the request fails at once
            socket->deleteLater();
        }
    });
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.serverPort());
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
        m_cli.setEnvironment(QString::fromLatin1(name), proxy);
    m_deadDns = loopback::uniqueAddress().toString();
}

void TestCliDiscovery::init()
{
    m_connections = 0;
}

int TestCliDiscovery::connectionsSeen()
{
    QTest::qWait(50); // let a late connection attempt arrive
    return m_connections;
}

void TestCliDiscovery::withoutOnlineNothingIsSent()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@own-domain.test"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.json().contains(QStringLiteral("discovery")));
    QCOMPARE(connectionsSeen(), 0);
}

void TestCliDiscovery::onlineUsesTheSystemProxy()
{
    // The control for the test above: the same lookup with --online does reach the "proxy".
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@own-domain.test"), QStringLiteral("--online"),
                                QStringLiteral("--dns-server"), m_deadDns, QStringLiteral("--timeout"), QStringLiteral("3"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[QStringLiteral("discovery")].toArray().size(), 4);
    QVERIFY2(connectionsSeen() >= 1, "online discovery must go through the system proxy");
}

void TestCliDiscovery::knownDomainStaysOffline()
{
    const auto run = m_cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.de"), QStringLiteral("--online"),
                                QStringLiteral("--dns-server"), m_deadDns, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("source")].toString(), QStringLiteral("catalog"));
    QVERIFY(!run.json().contains(QStringLiteral("discovery")));
    QCOMPARE(connectionsSeen(), 0);
}

void TestCliDiscovery::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString address = QStringLiteral("anna@own-domain.test");
    QTest::newRow("resolve without online") << QStringList{"lookup", address, "--resolve", "a.test:443:127.0.0.1"}
                                            << "--resolve needs --online";
    QTest::newRow("dns server without online") << QStringList{"lookup", address, "--dns-server", "127.0.0.1"}
                                               << "--dns-server needs --online";
    QTest::newRow("bad resolve") << QStringList{"lookup", address, "--online", "--resolve", "a.test:443"}
                                 << "HOST:PORT:ADDRESS";
    QTest::newRow("bad dns server") << QStringList{"lookup", address, "--online", "--dns-server", "dns.example"}
                                    << "--dns-server must be an IP address";
    QTest::newRow("zero timeout") << QStringList{"lookup", address, "--online", "--timeout", "0"} << "--timeout";
    QTest::newRow("http ispdb") << QStringList{"lookup", address, "--online", "--ispdb-url", "http://db.example/"}
                                << "--ispdb-url must be an https:// URL";
    QTest::newRow("missing ca file") << QStringList{"lookup", address, "--online", "--ca-file", "/nonexistent/ca.pem"}
                                     << "/nonexistent/ca.pem: No such file or directory";
    QTest::newRow("check smtp as incoming") << QStringList{"check", address, "--incoming", "smtp"} << "--incoming";
    QTest::newRow("check without address") << QStringList{"check"} << "exactly one e-mail address";
}

void TestCliDiscovery::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(connectionsSeen(), 0);
}

void TestCliDiscovery::checkNeedsKnownSettings()
{
    const auto unknown = m_cli.run({QStringLiteral("check"), QStringLiteral("anna@own-domain.test")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no settings known")), qPrintable(unknown.err));
    const auto noPassword = m_cli.run({QStringLiteral("check"), QStringLiteral("anna@gmx.de"), QStringLiteral("--password-stdin")});
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY(noPassword.err.contains(QStringLiteral("no password")));
    QCOMPARE(connectionsSeen(), 0);
}

QTEST_GUILESS_MAIN(TestCliDiscovery)
#include "tst_cli_discovery.moc"
