// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "FakeDnsServer.h"
#include "Loopback.h"
#include "OnlineTestbed.h"

#include <QJsonArray>
#include <QTest>

/// Online discovery (`lookup --online`) and the connection check (`check`) when the DNS server
/// misbehaves: silence, garbage, SERVFAIL, NXDOMAIN, and MX/SRV names with bytes no host name
/// has. Each must end within its time limit with "nothing found" or an explanation, and never
/// turn a hostile name into a server. Needs root: the fake server must bind port 53.
class TestIntegrationDnsFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoveryEndsWithoutServers_data();
    void discoveryEndsWithoutServers();
    void checkExplainsTheDnsFault_data();
    void checkExplainsTheDnsFault();

private:
    OnlineTestbed m_testbed;
    CliRunner m_cli;
};

namespace {

const QHostAddress kDnsAddress(QStringLiteral("127.0.0.77"));

void addModes()
{
    QTest::addColumn<FakeDnsServer::Mode>("mode");
    QTest::addColumn<QString>("expected"); ///< the DNS sources' state, or the check's DNS message
}

} // namespace

void TestIntegrationDnsFaults::initTestCase()
{
    if (!loopback::isRoot())
        QSKIP("needs root: the fake DNS server must bind port 53 (Qt 6.4's QDnsLookup cannot ask another port)");
    QVERIFY2(m_testbed.start({QStringLiteral("faults.test"), QStringLiteral("autoconfig.faults.test")}),
             qPrintable(m_testbed.pki().errorString()));
}

void TestIntegrationDnsFaults::discoveryEndsWithoutServers_data()
{
    addModes();
    QTest::newRow("silent") << FakeDnsServer::Mode::Silent << "timed-out";
    QTest::newRow("garbage") << FakeDnsServer::Mode::Garbage << "failed";
    QTest::newRow("SERVFAIL") << FakeDnsServer::Mode::ServFail << "failed";
    QTest::newRow("NXDOMAIN") << FakeDnsServer::Mode::NxDomain << "nothing";
    QTest::newRow("hostile names") << FakeDnsServer::Mode::HostileNames << "nothing";
}

void TestIntegrationDnsFaults::discoveryEndsWithoutServers()
{
    QFETCH(FakeDnsServer::Mode, mode);
    QFETCH(QString, expected);
    FakeDnsServer dns;
    QVERIFY(dns.start(kDnsAddress, mode));
    const auto run = m_cli.run(m_testbed.lookupArguments(QStringLiteral("faults.test"), kDnsAddress.toString(), 3));
    QCOMPARE(run.exitCode, 1);
    // The answer comes after --timeout (3 s); questions still open end after at most 2 x 2 s
    // (QtDnsResolver::limitResolverWaiting), in two rounds of Qt's five DNS threads.
    QVERIFY2(run.elapsedMs < 11000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(dns.questions() > 0);
    const QJsonObject json = run.json();
    QVERIFY2(json[QStringLiteral("incoming")].toArray().isEmpty(), qPrintable(run.out));
    QCOMPARE(OnlineTestbed::sourceState(json, QStringLiteral("mx")), expected);
    QCOMPARE(OnlineTestbed::sourceState(json, QStringLiteral("srv")), expected);
}

void TestIntegrationDnsFaults::checkExplainsTheDnsFault_data()
{
    addModes();
    QTest::newRow("silent") << FakeDnsServer::Mode::Silent << "did not answer within 3 seconds";
    QTest::newRow("garbage") << FakeDnsServer::Mode::Garbage << "could not be looked up";
    QTest::newRow("SERVFAIL") << FakeDnsServer::Mode::ServFail << "could not be looked up";
    QTest::newRow("NXDOMAIN") << FakeDnsServer::Mode::NxDomain << "does not exist";
}

void TestIntegrationDnsFaults::checkExplainsTheDnsFault()
{
    QFETCH(FakeDnsServer::Mode, mode);
    QFETCH(QString, expected);
    FakeDnsServer dns;
    QVERIFY(dns.start(kDnsAddress, mode));
    const auto run = m_cli.run({QStringLiteral("check"), QStringLiteral("anna@hostile.test"), QStringLiteral("--catalog"),
                                QStringLiteral(MAILSETUP_TEST_DATA_DIR "/check/hostile-catalog.yaml"),
                                QStringLiteral("--dns-server"), kDnsAddress.toString(), QStringLiteral("--timeout"),
                                QStringLiteral("3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.elapsedMs < 7000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestIntegrationDnsFaults)
#include "tst_integration_dnsfaults.moc"
