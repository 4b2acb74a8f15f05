// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OnlineSearch.h"

#include "../discovery/FakeNetwork.h"
#include "discovery/DiscoveryProgressModel.h"
#include "discovery/PublicSuffixList.h"
#include "session/SetupSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using namespace std::chrono_literals;

namespace {

const QString kAutoconfig = QStringLiteral("https://autoconfig.own-domain.de/mail/config-v1.1.xml");
const QString kIspdb = QStringLiteral("https://ispdb.test/v1.1/own-domain.de");

/// A session for an address no catalog knows, with fake network and DNS.
struct Harness {
    Harness()
    {
        static const auto catalog = LoadedCatalog::load({{}, false, false, true});
        session.setCatalog(catalog);
        session.setAddressText(QStringLiteral("anna@own-domain.de"));
        session.lookUp();
        services.network = &network;
        services.dns = &dns;
        services.suffixes = &suffixes;
        services.discovery.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
        services.discovery.setTotalTimeout(3s);
    }

    bool runUntil(OnlineSearch &search, OnlineSearch::State state)
    {
        if (!search.start(allow))
            return false;
        return QTest::qWaitFor([&] { return search.state() == state; }, 5000);
    }

    QTemporaryDir dir;
    fake::NetworkAccessManager network;
    fake::DnsResolver dns;
    PublicSuffixList suffixes = PublicSuffixList::fromData("de\ncom\n");
    SetupSession session;
    OnlineServices services;
    OnlineConsent consent{dir.filePath(QStringLiteral("mailsetup.conf"))};
    OnlineConsent::Asker allow = [](const OnlineConsent::Request &) { return OnlineConsent::Answer{true, false}; };
};

} // namespace

/// The view model behind "Search online": consent first, progress per source, the answer into
/// the session, plain words for every outcome.
class TestOnlineSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutConsentNothingIsSent()
    {
        Harness h;
        OnlineSearch search(&h.session, h.services, &h.consent);
        QVERIFY(search.canStart());
        QVERIFY(!search.start([](const OnlineConsent::Request &) { return OnlineConsent::Answer{false, false}; }));
        QTest::qWait(20);
        QVERIFY(h.network.requests().isEmpty());
        QVERIFY(h.dns.queries().isEmpty());
        QCOMPARE(search.state(), OnlineSearch::State::Ready);
        QVERIFY(search.statusText(Language::English).isEmpty());
    }

    void knownDomainsAreNeverSearched()
    {
        Harness h;
        h.session.setAddressText(QStringLiteral("anna@gmx.ch"));
        OnlineSearch search(&h.session, h.services, &h.consent);
        QVERIFY(!search.canStart());
        QVERIFY(!search.start(h.allow));
        QVERIFY(h.network.requests().isEmpty());
    }

    void consentRequestAndSummaryNameEveryoneButNotTheAddress()
    {
        Harness h;
        OnlineSearch search(&h.session, h.services, &h.consent);
        const OnlineConsent::Request request = search.consentRequest();
        QCOMPARE(request.purpose, OnlineConsent::Purpose::Discovery);
        QStringList targets;
        for (const OnlineConsent::Contact &contact : request.contacts) {
            targets.append(contact.target);
            for (const QString &text : {contact.receives.en, contact.receives.de})
                QVERIFY2(!text.contains(QStringLiteral("anna")), qPrintable(text));
        }
        QCOMPARE(targets, (QStringList{kAutoconfig,
                     QStringLiteral("https://own-domain.de/.well-known/autoconfig/mail/config-v1.1.xml"), kIspdb,
                     QStringLiteral("DNS"), QStringLiteral("DNS")}));
        QCOMPARE(request.contacts.at(2).who.en, QStringLiteral("Thunderbird's provider database (ISPDB)"));
        const QString summary = search.contactSummary(Language::English);
        QCOMPARE(summary, QStringLiteral("It asks autoconfig.own-domain.de, own-domain.de (your provider's web server), "
                                         "ispdb.test (Thunderbird's provider database) and your DNS server, and sends "
                                         "only the domain own-domain.de — never your address."));
        h.consent.setAllowInsecureSources(true);
        QVERIFY(search.consentRequest().contacts.size() == 7); // the two http:// addresses too
        QVERIFY(search.contactSummary(Language::English).endsWith(QStringLiteral("without encryption (http).")));
        QVERIFY(search.contactSummary(Language::German).contains(QStringLiteral("nur die Domain own-domain.de")));
    }

    void progressRowsFollowTheSources()
    {
        Harness h;
        h.network.set(kAutoconfig, fake::Response::notFound(30));
        h.network.set(kIspdb, fake::Response::xml(fake::clientConfig(QStringLiteral("imap.own-domain.de")), 200));
        OnlineSearch search(&h.session, h.services, &h.consent);
        DiscoveryProgressModel *model = search.progress();
        QSignalSpy rowChanged(model, &QAbstractItemModel::dataChanged);
        QVERIFY(search.start(h.allow));
        QCOMPARE(search.state(), OnlineSearch::State::Running);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(SourceState(model->index(1).data(DiscoveryProgressModel::StateRole).toInt()), SourceState::Waiting);
        QTRY_COMPARE(SourceState(model->index(0).data(DiscoveryProgressModel::StateRole).toInt()), SourceState::Nothing);
        QCOMPARE(SourceState(model->index(1).data(DiscoveryProgressModel::StateRole).toInt()), SourceState::Waiting);
        QTRY_COMPARE(search.state(), OnlineSearch::State::Found);
        QCOMPARE(SourceState(model->index(1).data(DiscoveryProgressModel::StateRole).toInt()), SourceState::Found);
        QVERIFY(rowChanged.count() >= 3);
        QVERIFY(model->index(0).data().toString().startsWith(QStringLiteral("The provider's own configuration file: nothing found")));
    }

    void foundAnswerBecomesTheSessionsResult()
    {
        Harness h;
        h.network.set(kAutoconfig, fake::Response::xml(fake::clientConfig(QStringLiteral("imap.own-domain.de"))));
        OnlineSearch search(&h.session, h.services, &h.consent);
        QSignalSpy found(&search, &OnlineSearch::resultFound);
        QVERIFY(h.runUntil(search, OnlineSearch::State::Found));
        QCOMPARE(found.count(), 1);
        const LookupResult &result = h.session.result();
        QVERIFY(result.found);
        QVERIFY(result.secure);
        QCOMPARE(result.source, std::optional(SettingsSource::Autoconfig));
        QCOMPARE(result.address.address(), QStringLiteral("anna@own-domain.de"));
        QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.own-domain.de"));
        QVERIFY(h.session.isReady());
        QCOMPARE(search.statusText(Language::English),
            QStringLiteral("Settings found. Source: the provider's own configuration file."));
    }

    void insecureAnswerNeedsConfirmation()
    {
        Harness h;
        h.consent.setAllowInsecureSources(true);
        h.network.set(QStringLiteral("http://autoconfig.own-domain.de/mail/config-v1.1.xml"),
            fake::Response::xml(fake::clientConfig(QStringLiteral("imap.own-domain.de"))));
        OnlineSearch search(&h.session, h.services, &h.consent);
        QVERIFY(h.runUntil(search, OnlineSearch::State::Found));
        QVERIFY(!h.session.result().secure);
        QVERIFY(h.session.needsConfirmation());
        QVERIFY(!h.session.isReady());
    }

    void nothingFoundIsSaidPlainly()
    {
        Harness h;
        OnlineSearch search(&h.session, h.services, &h.consent);
        QVERIFY(h.runUntil(search, OnlineSearch::State::NothingFound));
        QVERIFY(!h.session.result().found);
        QCOMPARE(search.statusText(Language::English),
            QStringLiteral("Nothing was found online for own-domain.de. That is common for an own domain: choose your "
                           "hoster below, or enter the settings yourself."));
        QVERIFY(search.statusText(Language::German).startsWith(QStringLiteral("Online wurde für own-domain.de nichts gefunden")));
        QVERIFY(search.canStart()); // may be tried again
    }

    void noAnswerAnywhereSuggestsTheConnection()
    {
        Harness h;
        for (const QString &url : {kAutoconfig, QStringLiteral("https://own-domain.de/.well-known/autoconfig/mail/config-v1.1.xml"), kIspdb})
            h.network.set(url, fake::Response::failure(QNetworkReply::TemporaryNetworkFailureError, QStringLiteral("offline")));
        DnsAnswer failed;
        failed.status = DnsAnswer::Status::Failed;
        failed.error = QStringLiteral("no route");
        h.dns.set(DnsResolver::Type::Mx, QStringLiteral("own-domain.de"), {failed, 0, false});
        for (const QString &service : {QStringLiteral("_submissions"), QStringLiteral("_submission"), QStringLiteral("_imaps"),
                 QStringLiteral("_imap"), QStringLiteral("_pop3s"), QStringLiteral("_pop3")})
            h.dns.set(DnsResolver::Type::Srv, service + QStringLiteral("._tcp.own-domain.de"), {failed, 0, false});
        OnlineSearch search(&h.session, h.services, &h.consent);
        QVERIFY(h.runUntil(search, OnlineSearch::State::NothingFound));
        QVERIFY2(search.statusText(Language::English).contains(QStringLiteral("connected to the Internet")),
            qPrintable(search.statusText(Language::English)));
    }

    void cancelStopsEveryRequest()
    {
        Harness h;
        h.network.set(kAutoconfig, fake::Response::hanging());
        h.network.set(kIspdb, fake::Response::hanging());
        OnlineSearch search(&h.session, h.services, &h.consent);
        QSignalSpy found(&search, &OnlineSearch::resultFound);
        QVERIFY(search.start(h.allow));
        QTest::qWait(20);
        search.cancel();
        QCOMPARE(search.state(), OnlineSearch::State::Cancelled);
        const qsizetype autoconfig = h.network.requestedUrls().indexOf(kAutoconfig);
        QTRY_VERIFY(h.network.replyLogs().at(autoconfig)->aborted);
        QCOMPARE(found.count(), 0);
        QVERIFY(!h.session.result().found);
        QCOMPARE(search.statusText(Language::English), QStringLiteral("The search was stopped. Nothing more is sent."));
        QCOMPARE(SourceState(search.progress()->index(0).data(DiscoveryProgressModel::StateRole).toInt()),
            SourceState::Skipped);
    }

    void aNewAddressStartsAfresh()
    {
        Harness h;
        h.network.set(kAutoconfig, fake::Response::hanging());
        OnlineSearch search(&h.session, h.services, &h.consent);
        QSignalSpy found(&search, &OnlineSearch::resultFound);
        QVERIFY(search.start(h.allow));
        h.session.setAddressText(QStringLiteral("anna@another-domain.de"));
        QCOMPARE(search.state(), OnlineSearch::State::Ready);
        QCOMPARE(SourceState(search.progress()->index(0).data(DiscoveryProgressModel::StateRole).toInt()),
            SourceState::Waiting); // no run: nothing to show
        QTest::qWait(50);
        QCOMPARE(found.count(), 0);
        QVERIFY(search.contactSummary(Language::English).contains(QStringLiteral("another-domain.de")));
    }
};

QTEST_GUILESS_MAIN(TestOnlineSearch)
#include "tst_onlinesearch.moc"
