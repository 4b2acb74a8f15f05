// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveredSettings.h"
#include "discovery/PublicSuffixList.h"

#include <QTest>

using namespace mailsetup;
using namespace mailsetup::DiscoveredSettings;

namespace {

const PublicSuffixList kSuffixes = PublicSuffixList::fromData("com\nde\nuk\nco.uk\ntest\n");

SrvService service(const char *label)
{
    for (const SrvService &each : srvServices()) {
        if (qstrcmp(each.label, label) == 0)
            return each;
    }
    qFatal("unknown service %s", label);
}

SrvAnswer answer(const char *label, const QList<SrvRecord> &records)
{
    DnsAnswer dns;
    dns.status = records.isEmpty() ? DnsAnswer::Status::NotFound : DnsAnswer::Status::Found;
    dns.srv = records;
    return {service(label), dns};
}

} // namespace

class TestDiscoveredSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void srvNames();
    void srvServersRecommendedFirst();
    void srvPriorityAndWeightOrderSameService();
    void srvNotOfferedIsLeftOut();
    void srvOnlyIncomingIsNotEnough();
    void srvOutsideOwnDomainIsInsecure();
    void srvGarbageNamesAreLeftOut();
    void mxHostsSortedByPreference();
    void mxGarbageNamesAreLeftOut();
    void mxBaseDomain_data();
    void mxBaseDomain();
    void providerFilledInForAddress();
};

void TestDiscoveredSettings::srvNames()
{
    QStringList names;
    for (const SrvService &each : srvServices())
        names.append(srvName(each, QStringLiteral("example.com")));
    QCOMPARE(names, (QStringList{"_submissions._tcp.example.com", "_submission._tcp.example.com",
                                 "_imaps._tcp.example.com", "_imap._tcp.example.com", "_pop3s._tcp.example.com",
                                 "_pop3._tcp.example.com"}));
}

void TestDiscoveredSettings::srvServersRecommendedFirst()
{
    const EmailAddress address = EmailAddress::parse(u"Anna@Example.com");
    // The provider prefers STARTTLS by priority; the product's order puts implicit TLS first.
    const LookupResult result = fromSrv({answer("_submission", {{"smtp.example.com", 587, 0, 1}}),
                                         answer("_submissions", {{"smtp.example.com", 465, 10, 1}}),
                                         answer("_pop3s", {{"pop.example.com", 995, 0, 1}}),
                                         answer("_imap", {{"imap.example.com", 143, 0, 1}}),
                                         answer("_imaps", {{"imap.example.com", 993, 5, 1}})},
                                        address, kSuffixes);
    QVERIFY(result.found);
    QCOMPARE(result.source, std::optional(SettingsSource::Srv));
    QVERIFY(result.secure);
    QCOMPARE(result.incoming.size(), 3);
    QCOMPARE(result.incoming.at(0).port, quint16(993));
    QCOMPARE(result.incoming.at(1).port, quint16(143));
    QCOMPARE(result.incoming.at(1).security, Security::StartTls);
    QCOMPARE(result.incoming.at(2).protocol, Protocol::Pop3);
    QCOMPARE(result.outgoing.at(0).port, quint16(465));
    QCOMPARE(result.outgoing.at(0).username, QStringLiteral("Anna@example.com"));
    QCOMPARE(result.incoming.at(0).auth, QList<AuthMethod>{AuthMethod::Password});
    QVERIFY(!result.notes.isEmpty()); // says that the user name is assumed
}

void TestDiscoveredSettings::srvPriorityAndWeightOrderSameService()
{
    const EmailAddress address = EmailAddress::parse(u"anna@example.com");
    const LookupResult result = fromSrv({answer("_imaps", {{"backup.example.com", 993, 20, 100},
                                                           {"light.example.com", 993, 10, 1},
                                                           {"heavy.example.com", 993, 10, 60}}),
                                         answer("_submissions", {{"smtp.example.com", 465, 0, 0}})},
                                        address, kSuffixes);
    QStringList hosts;
    for (const ServerSettings &server : result.incoming)
        hosts.append(server.host);
    QCOMPARE(hosts, (QStringList{"heavy.example.com", "light.example.com", "backup.example.com"}));
}

void TestDiscoveredSettings::srvNotOfferedIsLeftOut()
{
    const EmailAddress address = EmailAddress::parse(u"anna@example.com");
    // Qt reports RFC 2782's "." target as an empty target (toolchain.md §7).
    const LookupResult result = fromSrv({answer("_pop3", {{"", 1, 0, 0}}), answer("_pop3s", {{".", 0, 0, 0}}),
                                         answer("_imaps", {{"imap.example.com", 993, 0, 1}}),
                                         answer("_submission", {{"smtp.example.com", 587, 0, 1}})},
                                        address, kSuffixes);
    QVERIFY(result.found);
    QCOMPARE(result.incoming.size(), 1);
    QCOMPARE(result.incoming.constFirst().protocol, Protocol::Imap);

    const LookupResult nothing = fromSrv({answer("_imap", {{"", 1, 0, 0}}), answer("_submission", {{"", 1, 0, 0}})},
                                         address, kSuffixes);
    QVERIFY(!nothing.found);
    QVERIFY(!nothing.source);
}

void TestDiscoveredSettings::srvOnlyIncomingIsNotEnough()
{
    const EmailAddress address = EmailAddress::parse(u"anna@example.com");
    const LookupResult result = fromSrv({answer("_imaps", {{"imap.example.com", 993, 0, 1}})}, address, kSuffixes);
    QVERIFY(!result.found);
    QCOMPARE(result.incoming.size(), 1);
}

void TestDiscoveredSettings::srvOutsideOwnDomainIsInsecure()
{
    const EmailAddress address = EmailAddress::parse(u"anna@example.com");
    const LookupResult result = fromSrv({answer("_imaps", {{"imap.hoster.de", 993, 0, 1}}),
                                         answer("_submissions", {{"smtp.example.com", 465, 0, 1}})},
                                        address, kSuffixes);
    QVERIFY(result.found);
    QVERIFY(!result.secure);
    QCOMPARE(result.notes.constFirst().kind, NoteKind::Warning);
    QVERIFY(result.notes.constFirst().text.en.contains(QStringLiteral("cannot be verified")));
}

void TestDiscoveredSettings::srvGarbageNamesAreLeftOut()
{
    // DNS labels may hold any byte; Qt passes such names on escaped or raw.
    const EmailAddress address = EmailAddress::parse(u"anna@example.com");
    const LookupResult result = fromSrv({answer("_imaps", {{"imap\\032.example.com", 993, 0, 1},
                                                          {"a b.example.com", 993, 0, 1},
                                                          {"<script>.example.com", 993, 0, 1},
                                                          {"-bad-.example.com", 993, 0, 1},
                                                          {"IMAP.Example.COM.", 993, 5, 1}}),
                                         answer("_submissions", {{"smtp\".example.com", 465, 0, 1},
                                                                 {"xn--.example.com", 465, 0, 1},
                                                                 {"localhost", 465, 0, 1}})},
                                        address, kSuffixes);
    QVERIFY(!result.found);
    QCOMPARE(result.incoming.size(), 1);
    QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.example.com"));
    QVERIFY(result.outgoing.isEmpty());
}

void TestDiscoveredSettings::mxGarbageNamesAreLeftOut()
{
    QCOMPARE(mxHostsByPreference({{"mx\\032.example.com", 1}, {"<mx>.example.com", 2}, {"mx .example.com", 3},
                                  {"Mx.Müller.DE.", 10}, {"mx", 11}}),
             QStringList{"mx.xn--mller-kva.de"});
}

void TestDiscoveredSettings::mxHostsSortedByPreference()
{
    QCOMPARE(mxHostsByPreference({{"mx2.example.com.", 20}, {"MX1.example.com", 10}, {"mx1.example.com", 30}, {"", 5}}),
             (QStringList{"mx1.example.com", "mx2.example.com"}));
}

void TestDiscoveredSettings::mxBaseDomain_data()
{
    QTest::addColumn<QString>("mxHost");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("base");
    QTest::newRow("hoster") << "mx00.kundenserver.de" << "example.com" << "kundenserver.de";
    QTest::newRow("co.uk hoster") << "mx.mailhost.co.uk" << "example.com" << "mailhost.co.uk";
    QTest::newRow("own domain") << "mx.example.com" << "example.com" << "";
    QTest::newRow("own domain, subdomain address") << "mx.example.com" << "shop.example.com" << "";
    QTest::newRow("suffix only") << "co.uk" << "example.com" << "";
}

void TestDiscoveredSettings::mxBaseDomain()
{
    QFETCH(QString, mxHost);
    QFETCH(QString, domain);
    QFETCH(QString, base);
    QCOMPARE(DiscoveredSettings::mxBaseDomain(mxHost, domain, kSuffixes), base);
}

void TestDiscoveredSettings::providerFilledInForAddress()
{
    Provider provider;
    provider.id = QStringLiteral("hoster");
    provider.name = QStringLiteral("Hoster");
    provider.incoming = {{Protocol::Pop3, QStringLiteral("pop.%EMAILDOMAIN%"), 995, Security::Ssl, {AuthMethod::Password},
                          QStringLiteral("%EMAILADDRESS%"), {}, {}},
                         {Protocol::Imap, QStringLiteral("imap.%EMAILDOMAIN%"), 993, Security::Ssl, {AuthMethod::Password},
                          QStringLiteral("%EMAILLOCALPART%"), {}, {}}};
    provider.outgoing = {{Protocol::Smtp, QStringLiteral("smtp.hoster.de"), 465, Security::Ssl, {AuthMethod::Password},
                          QStringLiteral("%EMAILADDRESS%"), {}, {}}};
    const EmailAddress address = EmailAddress::parse(u"anna@müller.de");
    LookupResult result = fromProvider(provider, address, SettingsSource::Autoconfig);
    QVERIFY(result.found);
    QVERIFY(result.secure);
    QCOMPARE(result.incoming.constFirst().host, QStringLiteral("imap.xn--mller-kva.de")); // IMAP first
    QCOMPARE(result.incoming.constFirst().username, QStringLiteral("anna"));

    markInsecure(result, {QStringLiteral("de"), QStringLiteral("plain http")});
    QVERIFY(!result.secure);
    QVERIFY(result.notes.constFirst().text.en.contains(QStringLiteral("(plain http)")));
}

QTEST_GUILESS_MAIN(TestDiscoveredSettings)
#include "tst_discoveredsettings.moc"
