// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"
#include "discovery/DiscoveryProgressModel.h"
#include "discovery/DiscoveryRun.h"
#include "discovery/PublicSuffixList.h"
#include "FakeNetwork.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mailsetup;
using namespace std::chrono_literals;

namespace {

const PublicSuffixList kSuffixes = PublicSuffixList::fromData("com\nde\norg\nnet\ntest\n");
const QString kAutoconfig = QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml");
const QString kWellKnown = QStringLiteral("https://example.com/.well-known/autoconfig/mail/config-v1.1.xml");
const QString kIspdb = QStringLiteral("https://ispdb.test/v1.1/example.com");

Catalog hosterCatalog()
{
    Provider hoster;
    hoster.id = QStringLiteral("bighoster");
    hoster.name = QStringLiteral("Big Hoster");
    hoster.hoster = true;
    hoster.mxSuffixes = {QStringLiteral("bighoster.net")};
    hoster.incoming = {{Protocol::Imap, QStringLiteral("imap.bighoster.net"), 993, Security::Ssl, {AuthMethod::Password},
                        QStringLiteral("%EMAILADDRESS%"), {}, {}}};
    hoster.outgoing = {{Protocol::Smtp, QStringLiteral("smtp.bighoster.net"), 465, Security::Ssl, {AuthMethod::Password},
                        QStringLiteral("%EMAILADDRESS%"), {}, {}}};
    CatalogFile file;
    file.providers = {hoster};
    Catalog catalog;
    catalog.addLayer({SettingsSource::Catalog, QStringLiteral("test"), file});
    return catalog;
}

/// One discovery with fakes; finishes with run().
class Harness
{
public:
    Harness()
    {
        m_context.address = EmailAddress::parse(u"anna@example.com");
        m_context.catalog = &m_catalog;
        m_context.network = &network;
        m_context.dns = &dns;
        m_context.suffixes = &kSuffixes;
        m_context.options.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
    }

    DiscoveryOptions &options() { return m_context.options; }

    /// The run, created on first use (to connect to it before it starts).
    DiscoveryRun &discovery()
    {
        if (!m_run)
            m_run = std::make_unique<DiscoveryRun>(m_context);
        return *m_run;
    }

    /// Runs to the end; returns how long it took.
    std::chrono::milliseconds run()
    {
        discovery();
        QSignalSpy finished(m_run.get(), &DiscoveryRun::finished);
        QElapsedTimer clock;
        clock.start();
        m_run->start();
        if (!finished.wait(30000))
            qWarning("discovery did not finish");
        m_elapsed = std::chrono::milliseconds(clock.elapsed());
        return m_elapsed;
    }

    [[nodiscard]] SourceState state(DiscoverySourceKind kind) const { return m_run->outcomeOf(kind).state; }

    fake::NetworkAccessManager network;
    fake::DnsResolver dns;

private:
    Catalog m_catalog = hosterCatalog();
    DiscoveryContext m_context;
    std::unique_ptr<DiscoveryRun> m_run;
    std::chrono::milliseconds m_elapsed{0};
};

} // namespace

class TestDiscoveryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoconfigAlone();
    void wellKnownAlone();
    void ispdbAlone();
    void mxMatchesCatalogHoster();
    void mxLookAlikeIsNotTheHoster();
    void mxLeadsToIspdbOfBaseDomain();
    void mxOfOwnDomainIsNothing();
    void srvAlone();
    void srvNotOfferedIsNothing();
    void nothingAnywhere();
    void unreachableIspdbIsAFailure();
    void higherSourceWinsWhenSeveralAnswer();
    void lowerAnswerWaitsForSlowerHigherSource();
    void quickBestAnswerEndsRunAtOnce();
    void hangingHigherSourceDelaysOnlyUntilItsTimeout();
    void totalTimeoutBoundsTheRun();
    void plainHttpOnlyWhenAllowedAndInsecure();
    void cancelStopsEverything();
    void onlyTheDomainIsSent();
    void progressModel();
};

void TestDiscoveryRun::autoconfigAlone()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::xml(fake::clientConfig("imap.example.com")));
    harness.run();
    const LookupResult &result = harness.discovery().result();
    QVERIFY(result.found);
    QCOMPARE(result.source, std::optional(SettingsSource::Autoconfig));
    QVERIFY(result.secure);
    QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.example.com"));
    QCOMPARE(result.outgoing.constFirst().host, QStringLiteral("smtp.example.com"));
    QCOMPARE(harness.discovery().winner(), std::optional(DiscoverySourceKind::Autoconfig));
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::Found);
}

void TestDiscoveryRun::wellKnownAlone()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::notFound());
    harness.network.set(kWellKnown, fake::Response::xml(fake::clientConfig("wellknown.example.com")));
    harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::Autoconfig));
    QCOMPARE(harness.discovery().result().incoming.constFirst().host, QStringLiteral("wellknown.example.com"));
}

void TestDiscoveryRun::ispdbAlone()
{
    Harness harness;
    harness.network.set(kIspdb, fake::Response::xml(fake::clientConfig("imap.ispdb.example.com")));
    harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::OnlineIspdb));
    QVERIFY(harness.discovery().result().secure);
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::Nothing);
}

void TestDiscoveryRun::mxMatchesCatalogHoster()
{
    Harness harness;
    harness.dns.setMx(QStringLiteral("example.com"), {{"mx02.bighoster.net", 20}, {"mx01.bighoster.net", 10}});
    harness.run();
    const LookupResult &result = harness.discovery().result();
    QCOMPARE(result.source, std::optional(SettingsSource::Mx));
    QVERIFY(!result.secure); // a guess that leads to another domain
    QCOMPARE(result.provider->id, QStringLiteral("bighoster"));
    QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.bighoster.net"));
    QVERIFY(harness.discovery().outcomeOf(DiscoverySourceKind::Mx).detail.en.contains(QStringLiteral("Big Hoster")));
}

void TestDiscoveryRun::mxLookAlikeIsNotTheHoster()
{
    Harness harness;
    harness.dns.setMx(QStringLiteral("example.com"), {{"mx.evilbighoster.net", 10}});
    harness.run();
    QVERIFY(!harness.discovery().result().found); // the catalog's "bighoster.net" matches on label boundaries only
    QVERIFY(harness.network.requestedUrls().contains(QStringLiteral("https://ispdb.test/v1.1/evilbighoster.net")));
}

void TestDiscoveryRun::mxLeadsToIspdbOfBaseDomain()
{
    Harness harness;
    harness.dns.setMx(QStringLiteral("example.com"), {{"mx.eu.otherhoster.de", 10}});
    harness.network.set("https://ispdb.test/v1.1/otherhoster.de", fake::Response::xml(fake::clientConfig("imap.otherhoster.de")));
    harness.run();
    const LookupResult &result = harness.discovery().result();
    QCOMPARE(result.source, std::optional(SettingsSource::Mx));
    QVERIFY(!result.secure);
    QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.otherhoster.de"));
    QCOMPARE(result.outgoing.constFirst().host, QStringLiteral("smtp.example.com")); // %EMAILDOMAIN% is the user's
    QVERIFY(harness.network.requestedUrls().contains(QStringLiteral("https://autoconfig.otherhoster.de/mail/config-v1.1.xml")));
}

void TestDiscoveryRun::mxOfOwnDomainIsNothing()
{
    Harness harness;
    harness.dns.setMx(QStringLiteral("example.com"), {{"mail.example.com", 10}});
    harness.run();
    QVERIFY(!harness.discovery().result().found);
    QCOMPARE(harness.state(DiscoverySourceKind::Mx), SourceState::Nothing);
    for (const QString &url : harness.network.requestedUrls())
        QVERIFY2(!url.contains(QStringLiteral("mail.example.com")), qPrintable(url));
}

void TestDiscoveryRun::srvAlone()
{
    Harness harness;
    harness.dns.setSrv(QStringLiteral("_imaps._tcp.example.com"), {{"imap.example.com", 993, 0, 1}});
    harness.dns.setSrv(QStringLiteral("_submission._tcp.example.com"), {{"smtp.example.com", 587, 0, 1}});
    harness.run();
    const LookupResult &result = harness.discovery().result();
    QCOMPARE(result.source, std::optional(SettingsSource::Srv));
    QVERIFY(result.secure);
    QCOMPARE(result.outgoing.constFirst().security, Security::StartTls);
}

void TestDiscoveryRun::srvNotOfferedIsNothing()
{
    Harness harness;
    harness.dns.setSrv(QStringLiteral("_imaps._tcp.example.com"), {{"", 1, 0, 0}});
    harness.dns.setSrv(QStringLiteral("_submission._tcp.example.com"), {{"", 1, 0, 0}});
    harness.run();
    QVERIFY(!harness.discovery().result().found);
    QCOMPARE(harness.state(DiscoverySourceKind::Srv), SourceState::Nothing);
    QVERIFY(harness.discovery().outcomeOf(DiscoverySourceKind::Srv).detail.en.contains(QStringLiteral("no mail service")));
}

void TestDiscoveryRun::nothingAnywhere()
{
    Harness harness;
    harness.network.set(kIspdb, fake::Response::notFound());
    const auto elapsed = harness.run();
    QVERIFY(!harness.discovery().result().found);
    QVERIFY(!harness.discovery().winner());
    QVERIFY2(elapsed < 2s, "nothing to wait for: must not sit out a timeout");
    for (const DiscoverySourceKind kind : kDiscoverySources)
        QCOMPARE(harness.state(kind), SourceState::Nothing);
}

void TestDiscoveryRun::unreachableIspdbIsAFailure()
{
    Harness harness; // no answer for the ISPDB host: like a machine without internet
    harness.run();
    QCOMPARE(harness.state(DiscoverySourceKind::Ispdb), SourceState::Failed);
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::Nothing); // optional hosts
    QVERIFY(harness.discovery().outcomeOf(DiscoverySourceKind::Ispdb).detail.en.contains(QStringLiteral("ispdb.test")));
}

void TestDiscoveryRun::higherSourceWinsWhenSeveralAnswer()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::xml(fake::clientConfig("imap.autoconfig.example.com"), 50));
    harness.network.set(kIspdb, fake::Response::xml(fake::clientConfig("imap.ispdb.example.com")));
    harness.dns.setMx(QStringLiteral("example.com"), {{"mx01.bighoster.net", 10}});
    harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::Autoconfig));
    QCOMPARE(harness.discovery().result().incoming.constFirst().host, QStringLiteral("imap.autoconfig.example.com"));
    QCOMPARE(harness.state(DiscoverySourceKind::Ispdb), SourceState::Found);
}

void TestDiscoveryRun::lowerAnswerWaitsForSlowerHigherSource()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::notFound(300));
    harness.network.set(kWellKnown, fake::Response::notFound(300));
    harness.network.set(kIspdb, fake::Response::xml(fake::clientConfig("imap.ispdb.example.com")));
    const auto elapsed = harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::OnlineIspdb));
    QVERIFY2(elapsed >= 250ms, "the ISPDB answer must wait until autoconfig has said no");
}

void TestDiscoveryRun::quickBestAnswerEndsRunAtOnce()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::xml(fake::clientConfig("imap.example.com"), 50));
    harness.network.set(kWellKnown, fake::Response::hanging());
    harness.network.set(kIspdb, fake::Response::hanging());
    harness.dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("example.com"));
    harness.options().setTotalTimeout(5s);
    const auto elapsed = harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::Autoconfig));
    QVERIFY2(elapsed < 2s, qPrintable(QString::number(elapsed.count())));
    QCOMPARE(harness.state(DiscoverySourceKind::Ispdb), SourceState::Skipped);
    QCOMPARE(harness.state(DiscoverySourceKind::Mx), SourceState::Skipped);
    QTRY_VERIFY(std::all_of(harness.network.replyLogs().cbegin(), harness.network.replyLogs().cend(),
                            [](const auto &log) { return log->aborted || log->bytesRead > 0; }));
}

void TestDiscoveryRun::hangingHigherSourceDelaysOnlyUntilItsTimeout()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::hanging());
    harness.network.set(kIspdb, fake::Response::xml(fake::clientConfig("imap.ispdb.example.com"), 20));
    harness.options().sourceTimeouts = {600ms, 5s, 5s, 5s};
    const auto elapsed = harness.run();
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::OnlineIspdb));
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::TimedOut);
    QVERIFY2(elapsed >= 550ms && elapsed < 3s, qPrintable(QString::number(elapsed.count())));
}

void TestDiscoveryRun::totalTimeoutBoundsTheRun()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::hanging());
    harness.network.set(kWellKnown, fake::Response::hanging());
    harness.network.set(kIspdb, fake::Response::hanging());
    harness.dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("example.com"));
    harness.dns.setSrv(QStringLiteral("_imaps._tcp.example.com"), {{"imap.example.com", 993, 0, 1}});
    harness.dns.setSrv(QStringLiteral("_submissions._tcp.example.com"), {{"smtp.example.com", 465, 0, 1}});
    harness.options().setTotalTimeout(700ms);
    const auto elapsed = harness.run();
    QVERIFY2(elapsed >= 650ms && elapsed < 3s, qPrintable(QString::number(elapsed.count())));
    // The higher sources timed out, so the SRV answer that was there all along is taken.
    QCOMPARE(harness.discovery().result().source, std::optional(SettingsSource::Srv));
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::TimedOut);
    QCOMPARE(harness.state(DiscoverySourceKind::Mx), SourceState::TimedOut);
}

void TestDiscoveryRun::plainHttpOnlyWhenAllowedAndInsecure()
{
    const QString http = QStringLiteral("http://autoconfig.example.com/mail/config-v1.1.xml");
    {
        Harness harness;
        harness.network.set(http, fake::Response::xml(fake::clientConfig("imap.example.com")));
        harness.run();
        QVERIFY(!harness.discovery().result().found);
        QVERIFY(!harness.network.requestedUrls().contains(http));
    }
    Harness harness;
    harness.options().allowHttp = true;
    harness.network.set(http, fake::Response::xml(fake::clientConfig("imap.example.com")));
    harness.run();
    const LookupResult &result = harness.discovery().result();
    QCOMPARE(result.source, std::optional(SettingsSource::Autoconfig));
    QVERIFY(!result.secure);
    QCOMPARE(result.notes.constFirst().kind, NoteKind::Warning);
}

void TestDiscoveryRun::cancelStopsEverything()
{
    Harness harness;
    harness.network.set(kAutoconfig, fake::Response::hanging());
    harness.network.set(kWellKnown, fake::Response::hanging());
    harness.network.set(kIspdb, fake::Response::hanging());
    QTimer::singleShot(100, &harness.network, [&harness] { harness.discovery().cancel(); });
    const auto elapsed = harness.run();
    QVERIFY(elapsed < 2s);
    QVERIFY(harness.discovery().wasCancelled());
    QVERIFY(!harness.discovery().result().found);
    QCOMPARE(harness.state(DiscoverySourceKind::Autoconfig), SourceState::Skipped);
    QTRY_VERIFY(std::all_of(harness.network.replyLogs().cbegin(), harness.network.replyLogs().cend(),
                            [](const auto &log) { return log->aborted; }));
}

void TestDiscoveryRun::onlyTheDomainIsSent()
{
    Harness harness;
    harness.dns.setMx(QStringLiteral("example.com"), {{"mx.otherhoster.de", 10}});
    harness.run();
    QVERIFY(!harness.network.requests().isEmpty());
    for (const QNetworkRequest &request : harness.network.requests()) {
        const QByteArray everything = request.url().toEncoded() + request.rawHeaderList().join(' ');
        QVERIFY2(!everything.contains("anna"), everything.constData());
        QVERIFY(!request.url().hasQuery());
    }
    for (const QString &name : harness.dns.queries())
        QVERIFY2(!name.contains(QStringLiteral("anna")), qPrintable(name));
}

void TestDiscoveryRun::progressModel()
{
    Harness harness;
    harness.network.set(kIspdb, fake::Response::xml(fake::clientConfig("imap.ispdb.example.com"), 30));
    DiscoveryProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0), DiscoveryProgressModel::StateRole).toInt(), int(SourceState::Waiting));

    // Follow a run from its start: every source changes at least twice (waiting, then done).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRun(&harness.discovery());
    harness.run();
    QVERIFY2(changed.count() >= 8, qPrintable(QString::number(changed.count())));
    const QString autoconfigLine = model.data(model.index(0)).toString();
    QVERIFY2(autoconfigLine.startsWith(QStringLiteral("The provider's own configuration file: nothing found")),
             qPrintable(autoconfigLine));
    QCOMPARE(model.data(model.index(1), DiscoveryProgressModel::StateRole).toInt(), int(SourceState::Found));
    QCOMPARE(model.data(model.index(1), DiscoveryProgressModel::KindRole).toInt(), int(DiscoverySourceKind::Ispdb));
    QVERIFY(model.data(model.index(1), DiscoveryProgressModel::DetailRole).toString().contains(kIspdb));
    QVERIFY(!model.data(model.index(1), DiscoveryProgressModel::GermanLineRole).toString().isEmpty());
    model.setLanguage(Language::German);
    QCOMPARE(model.data(model.index(1)).toString(), model.data(model.index(1), DiscoveryProgressModel::GermanLineRole).toString());
}

QTEST_GUILESS_MAIN(TestDiscoveryRun)
#include "tst_discoveryrun.moc"
