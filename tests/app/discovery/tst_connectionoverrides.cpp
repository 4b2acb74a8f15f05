// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ConnectionOverrides.h"
#include "discovery/OverridingNetworkAccessManager.h"

#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;

class TestConnectionOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseResolve_data();
    void parseResolve();
    void findMatchesHostAndPort();
    void rewrittenRequestKeepsTheNameToVerify();
    void untouchedRequestStillGetsExtraAuthorities();
    void caFileMustHoldCertificates();
};

void TestConnectionOverrides::parseResolve_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("connectPort");

    QTest::newRow("curl form") << "Autoconfig.Example.test:443:127.0.0.1" << true << "autoconfig.example.test" << 443
                               << "127.0.0.1" << 443;
    QTest::newRow("with target port") << "autoconfig.example.test:443:127.0.0.2:8443" << true
                                      << "autoconfig.example.test" << 443 << "127.0.0.2" << 8443;
    QTest::newRow("ipv6") << "imap.example.test:993:[::1]" << true << "imap.example.test" << 993 << "::1" << 993;
    QTest::newRow("ipv6 with target port") << "imap.example.test:993:[::1]:10993" << true << "imap.example.test" << 993
                                           << "::1" << 10993;
    QTest::newRow("name instead of address") << "a.test:443:localhost" << false << "" << 0 << "" << 0;
    QTest::newRow("no port") << "a.test::127.0.0.1" << false << "" << 0 << "" << 0;
    QTest::newRow("port too big") << "a.test:70000:127.0.0.1" << false << "" << 0 << "" << 0;
    QTest::newRow("too few parts") << "a.test:443" << false << "" << 0 << "" << 0;
    QTest::newRow("bad target port") << "a.test:443:127.0.0.1:x" << false << "" << 0 << "" << 0;
    QTest::newRow("unclosed bracket") << "a.test:443:[::1" << false << "" << 0 << "" << 0;
}

void TestConnectionOverrides::parseResolve()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto parsed = ConnectionOverrides::parseResolve(spec, Language::English, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QVERIFY2(error.contains(QStringLiteral("HOST:PORT:ADDRESS")), qPrintable(error));
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);
    QFETCH(int, connectPort);
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->address, address);
    QCOMPARE(int(parsed->connectPort()), connectPort);
}

void TestConnectionOverrides::findMatchesHostAndPort()
{
    ConnectionOverrides overrides;
    overrides.resolve = {{QStringLiteral("imap.example.test"), 993, QStringLiteral("127.0.0.1"), 10993}};
    QVERIFY(overrides.find(QStringLiteral("IMAP.example.test"), 993));
    QVERIFY(!overrides.find(QStringLiteral("imap.example.test"), 143));
    QVERIFY(!overrides.find(QStringLiteral("smtp.example.test"), 993));
}

void TestConnectionOverrides::rewrittenRequestKeepsTheNameToVerify()
{
    ConnectionOverrides overrides;
    overrides.resolve = {{QStringLiteral("autoconfig.example.test"), 443, QStringLiteral("127.0.0.7"), 8443},
                         {QStringLiteral("ispdb.example.test"), 9443, QStringLiteral("127.0.0.8"), 0}};
    const QNetworkRequest request = OverridingNetworkAccessManager::rewritten(
        QNetworkRequest(QUrl(QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml"))), overrides);
    QCOMPARE(request.url().toString(), QStringLiteral("https://127.0.0.7:8443/mail/config-v1.1.xml"));
    QCOMPARE(request.peerVerifyName(), QStringLiteral("autoconfig.example.test"));
    QCOMPARE(request.rawHeader("Host"), QByteArray("autoconfig.example.test"));

    const QNetworkRequest other = OverridingNetworkAccessManager::rewritten(
        QNetworkRequest(QUrl(QStringLiteral("https://ispdb.example.test:9443/v1.1/example.test"))), overrides);
    QCOMPARE(other.url().toString(), QStringLiteral("https://127.0.0.8:9443/v1.1/example.test"));
    QCOMPARE(other.rawHeader("Host"), QByteArray("ispdb.example.test:9443"));
}

void TestConnectionOverrides::untouchedRequestStillGetsExtraAuthorities()
{
    ConnectionOverrides overrides;
    const QList<QSslCertificate> system = QSslConfiguration::defaultConfiguration().caCertificates();
    const QNetworkRequest plain = OverridingNetworkAccessManager::rewritten(
        QNetworkRequest(QUrl(QStringLiteral("https://example.org/"))), overrides);
    QCOMPARE(plain.url().toString(), QStringLiteral("https://example.org/"));
    QVERIFY(plain.peerVerifyName().isEmpty());
    QCOMPARE(plain.sslConfiguration().caCertificates().size(), system.size());
    QCOMPARE(plain.sslConfiguration().peerVerifyMode(), QSslSocket::AutoVerifyPeer);
}

void TestConnectionOverrides::caFileMustHoldCertificates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-cert.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    ConnectionOverrides overrides;
    QString error;
    QVERIFY(!overrides.addCaFile(path, Language::English, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!overrides.addCaFile(dir.filePath(QStringLiteral("missing.pem")), Language::English, &error));
    // A device that never ends is read no further than the limit.
    QVERIFY(!overrides.addCaFile(QStringLiteral("/dev/zero"), Language::English, &error));
    QCOMPARE(error, QStringLiteral("/dev/zero: larger than 4 MiB, which no file of certificate authorities is"));
}

QTEST_GUILESS_MAIN(TestConnectionOverrides)
#include "tst_connectionoverrides.moc"
