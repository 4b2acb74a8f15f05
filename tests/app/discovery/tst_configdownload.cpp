// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ClientConfigParser.h"
#include "discovery/ConfigDownload.h"
#include "FakeNetwork.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mailsetup;
using Status = ConfigDownload::Status;

Q_DECLARE_METATYPE(ConfigDownload::Status)

namespace {

const QString kUrl = QStringLiteral("https://autoconfig.example.org/mail/config-v1.1.xml");

QByteArray validConfig()
{
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/discovery/example-provider.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

/// Runs one download to its end and returns the outcome.
ConfigDownload::Outcome download(fake::NetworkAccessManager &network, const QString &url, bool allowHttp = false)
{
    ConfigDownload job(&network, allowHttp);
    QSignalSpy finished(&job, &ConfigDownload::finished);
    job.start(QUrl(url));
    if (!finished.wait(5000))
        qWarning("download did not finish");
    return job.outcome();
}

} // namespace

class TestConfigDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validConfigIsFound();
    void requestCarriesNoAddressAndAcceptsXml();
    void outcomes_data();
    void outcomes();
    void oversizedBodyIsNotReadToTheEnd();
    void redirectsAreFollowedUpToThree();
    void redirectLoopFails();
    void httpsToHttpRedirectIsRefused();
    void httpIsNotAskedWithoutPermission();
    void httpResultIsInsecure();
    void contentTypes_data();
    void contentTypes();
};

void TestConfigDownload::validConfigIsFound()
{
    fake::NetworkAccessManager network;
    network.set(kUrl, fake::Response::xml(validConfig()));
    const auto outcome = download(network, kUrl);
    QCOMPARE(outcome.status, Status::Found);
    QVERIFY(outcome.secure);
    QCOMPARE(outcome.provider->name, QStringLiteral("Example Mail"));
    QCOMPARE(outcome.finalUrl.toString(), kUrl);
}

void TestConfigDownload::requestCarriesNoAddressAndAcceptsXml()
{
    fake::NetworkAccessManager network;
    network.set(kUrl, fake::Response::xml(validConfig()));
    download(network, kUrl);
    QCOMPARE(network.requests().size(), 1);
    const QNetworkRequest &request = network.requests().constFirst();
    QVERIFY(!request.url().hasQuery());
    QCOMPARE(request.rawHeader("Accept"), QByteArray("text/xml, application/xml"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
}

void TestConfigDownload::outcomes_data()
{
    QTest::addColumn<fake::Response>("response");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("404") << fake::Response::notFound() << Status::Nothing << "HTTP 404";
    QTest::newRow("no such host") << fake::Response::failure(QNetworkReply::HostNotFoundError, "Host not found")
                                  << Status::Nothing << "does not exist";
    QTest::newRow("tls error") << fake::Response::failure(QNetworkReply::SslHandshakeFailedError,
                                                          "The host name did not match any of the valid hosts")
                               << Status::Failed << "secure connection";
    QTest::newRow("refused") << fake::Response::failure(QNetworkReply::ConnectionRefusedError, "Connection refused")
                             << Status::Failed << "Connection refused";
    fake::Response serverError = fake::Response::xml("<error/>");
    serverError.status = 500;
    serverError.error = QNetworkReply::InternalServerError;
    serverError.errorString = "Internal Server Error";
    QTest::newRow("500") << serverError << Status::Failed << "Internal Server Error";
    QTest::newRow("garbage") << fake::Response::xml("\x00\x01garbage<<<") << Status::Failed << "not valid XML";
    QTest::newRow("html as xml") << fake::Response::xml("<html><body>parked</body></html>") << Status::Failed
                                 << "not a mail configuration";
    fake::Response html = fake::Response::xml(validConfig());
    html.contentType = "text/html; charset=utf-8";
    QTest::newRow("wrong content type") << html << Status::Failed << "text/html";
    fake::Response noType = fake::Response::xml(validConfig());
    noType.contentType.clear();
    QTest::newRow("no content type") << noType << Status::Failed << "content type";
    QTest::newRow("redirect without target") << fake::Response::redirect("") << Status::Failed << "without a valid target";
}

void TestConfigDownload::outcomes()
{
    QFETCH(fake::Response, response);
    QFETCH(Status, status);
    QFETCH(QString, reasonPart);
    fake::NetworkAccessManager network;
    network.set(kUrl, response);
    const auto outcome = download(network, kUrl);
    QCOMPARE(outcome.status, status);
    QVERIFY(!outcome.provider);
    QVERIFY2(outcome.reason.en.contains(reasonPart), qPrintable(outcome.reason.en));
    QVERIFY(!outcome.reason.de.isEmpty());
}

void TestConfigDownload::oversizedBodyIsNotReadToTheEnd()
{
    for (const bool announced : {true, false}) {
        fake::NetworkAccessManager network;
        fake::Response huge = fake::Response::xml(QByteArray(3 * ClientConfigParser::kMaxBytes, 'x'));
        huge.announceLength = announced;
        network.set(kUrl, huge);
        const auto outcome = download(network, kUrl);
        QCOMPARE(outcome.status, Status::Failed);
        QVERIFY2(outcome.reason.en.contains(QStringLiteral("too large")), qPrintable(outcome.reason.en));
        const fake::ReplyLog &reply = *network.replyLogs().constFirst();
        QVERIFY(reply.aborted);
        QVERIFY(reply.bytesRead <= ClientConfigParser::kMaxBytes + 1);
        if (announced)
            QCOMPARE(reply.bytesRead, 0); // refused on the Content-Length alone
    }
}

void TestConfigDownload::redirectsAreFollowedUpToThree()
{
    fake::NetworkAccessManager network;
    network.set(kUrl, fake::Response::redirect("/second"));
    network.set("https://autoconfig.example.org/second", fake::Response::redirect("https://mail.example.org/third"));
    network.set("https://mail.example.org/third", fake::Response::redirect("https://mail.example.org/final.xml"));
    network.set("https://mail.example.org/final.xml", fake::Response::xml(validConfig()));
    const auto outcome = download(network, kUrl);
    QCOMPARE(outcome.status, Status::Found);
    QCOMPARE(outcome.finalUrl.toString(), QStringLiteral("https://mail.example.org/final.xml"));
    QCOMPARE(network.requests().size(), 4);
}

void TestConfigDownload::redirectLoopFails()
{
    fake::NetworkAccessManager network;
    network.set(kUrl, fake::Response::redirect("/loop"));
    network.set("https://autoconfig.example.org/loop", fake::Response::redirect("/mail/config-v1.1.xml"));
    const auto outcome = download(network, kUrl);
    QCOMPARE(outcome.status, Status::Failed);
    QVERIFY2(outcome.reason.en.contains(QStringLiteral("more than 3 times")), qPrintable(outcome.reason.en));
    QCOMPARE(network.requests().size(), 4); // the first request and three redirects, then it stops
}

void TestConfigDownload::httpsToHttpRedirectIsRefused()
{
    fake::NetworkAccessManager network;
    network.set(kUrl, fake::Response::redirect("http://autoconfig.example.org/mail/config-v1.1.xml"));
    network.set("http://autoconfig.example.org/mail/config-v1.1.xml", fake::Response::xml(validConfig()));
    const auto outcome = download(network, kUrl, /*allowHttp=*/true);
    QCOMPARE(outcome.status, Status::Failed);
    QVERIFY2(outcome.reason.en.contains(QStringLiteral("unprotected")), qPrintable(outcome.reason.en));
    QCOMPARE(network.requests().size(), 1);

    network.set(kUrl, fake::Response::redirect("ftp://autoconfig.example.org/config.xml"));
    QCOMPARE(download(network, kUrl, true).status, Status::Failed);
}

void TestConfigDownload::httpIsNotAskedWithoutPermission()
{
    fake::NetworkAccessManager network;
    const QString http = QStringLiteral("http://autoconfig.example.org/mail/config-v1.1.xml");
    network.set(http, fake::Response::xml(validConfig()));
    const auto outcome = download(network, http, false);
    QCOMPARE(outcome.status, Status::Failed);
    QVERIFY(network.requests().isEmpty());
}

void TestConfigDownload::httpResultIsInsecure()
{
    fake::NetworkAccessManager network;
    const QString http = QStringLiteral("http://autoconfig.example.org/mail/config-v1.1.xml");
    network.set(http, fake::Response::redirect(kUrl.toLatin1())); // upgraded, but the redirect itself was plain
    network.set(kUrl, fake::Response::xml(validConfig()));
    const auto outcome = download(network, http, true);
    QCOMPARE(outcome.status, Status::Found);
    QVERIFY(!outcome.secure);
}

void TestConfigDownload::contentTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("text/xml") << QByteArray("text/xml") << true;
    QTest::newRow("with charset") << QByteArray("application/xml; charset=UTF-8") << true;
    QTest::newRow("upper case") << QByteArray("Text/XML") << true;
    QTest::newRow("html") << QByteArray("text/html") << false;
    QTest::newRow("plain") << QByteArray("text/plain") << false;
    QTest::newRow("xhtml") << QByteArray("application/xhtml+xml") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestConfigDownload::contentTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, accepted);
    QCOMPARE(ConfigDownload::isXmlContentType(type), accepted);
}

QTEST_GUILESS_MAIN(TestConfigDownload)
#include "tst_configdownload.moc"
