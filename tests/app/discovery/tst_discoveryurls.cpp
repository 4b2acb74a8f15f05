// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryUrls.h"

#include <QTest>

using namespace mailsetup;

class TestDiscoveryUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoconfigHttpsOnlyByDefault();
    void autoconfigWithHttp();
    void ispdb_data();
    void ispdb();
    void forMxDomainIsHttpsOnly();
};

namespace {

QStringList strings(const QList<QUrl> &urls)
{
    QStringList result;
    for (const QUrl &url : urls)
        result.append(QString::fromLatin1(url.toEncoded()));
    return result;
}

} // namespace

void TestDiscoveryUrls::autoconfigHttpsOnlyByDefault()
{
    QCOMPARE(strings(DiscoveryUrls::autoconfig(QStringLiteral("example.com"), false)),
             (QStringList{"https://autoconfig.example.com/mail/config-v1.1.xml",
                          "https://example.com/.well-known/autoconfig/mail/config-v1.1.xml"}));
}

void TestDiscoveryUrls::autoconfigWithHttp()
{
    const QStringList urls = strings(DiscoveryUrls::autoconfig(QStringLiteral("xn--mller-kva.de"), true));
    QCOMPARE(urls, (QStringList{"https://autoconfig.xn--mller-kva.de/mail/config-v1.1.xml",
                                "https://xn--mller-kva.de/.well-known/autoconfig/mail/config-v1.1.xml",
                                "http://autoconfig.xn--mller-kva.de/mail/config-v1.1.xml",
                                "http://xn--mller-kva.de/.well-known/autoconfig/mail/config-v1.1.xml"}));
    for (const QString &url : urls)
        QVERIFY2(!url.contains(u'?') && !url.contains(u'@'), qPrintable(url)); // never the address
}

void TestDiscoveryUrls::ispdb_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << "https://live.thunderbird.net/autoconfig/v1.1/"
                             << "https://live.thunderbird.net/autoconfig/v1.1/example.com";
    QTest::newRow("no slash") << "https://ispdb.example.test:8443/v1.1"
                              << "https://ispdb.example.test:8443/v1.1/example.com";
    QTest::newRow("placeholder") << "https://db.example.test/{{domain}}.xml" << "https://db.example.test/example.com.xml";
}

void TestDiscoveryUrls::ispdb()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(DiscoveryUrls::ispdb(QUrl(base), QStringLiteral("example.com")).toString(), expected);
}

void TestDiscoveryUrls::forMxDomainIsHttpsOnly()
{
    QCOMPARE(strings(DiscoveryUrls::forMxDomain(QStringLiteral("kundenserver.de"),
                                                QUrl(QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/")))),
             (QStringList{"https://autoconfig.kundenserver.de/mail/config-v1.1.xml",
                          "https://live.thunderbird.net/autoconfig/v1.1/kundenserver.de"}));
}

QTEST_GUILESS_MAIN(TestDiscoveryUrls)
#include "tst_discoveryurls.moc"
