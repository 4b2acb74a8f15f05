// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogYamlReader.h"
#include "lookup/SettingsResolver.h"
#include "lookup/SettingsText.h"
#include "lookup/TypoSuggester.h"

#include <QTest>

using namespace mailsetup;

namespace {

Catalog fixtureCatalog()
{
    const auto read = CatalogYamlReader::readFile(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml"));
    Q_ASSERT(read.ok());
    Catalog catalog;
    catalog.addLayer({SettingsSource::UserCatalog, QStringLiteral("valid.yaml"), read.catalog});
    return catalog;
}

const QDate kToday(2026, 11, 27);

} // namespace

class TestSettingsResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recommendedOrder();
    void unencryptedIsNeverFirst();
    void usernamesUseAceDomain();
    void mergedEntryUsesTargetServers();
    void mergedEntryDoesNotRepeatItsOwnNotes();
    void defunctEntryHasNoServers();
    void notFoundGivesSuggestion();
    void invalidTrailingDotGivesSuggestion();
    void outdatedEntryGetsStatusNote();
    void unverifiedEntryGetsStatusNote();
    void hosterTemplateUsesDomain();
    void mxHostIsFilledFromTheMxRecord();
};

void TestSettingsResolver::recommendedOrder()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"Anna@example-mail.test"), nullptr, kToday);
    QVERIFY(result.found);
    QCOMPARE(result.source, SettingsSource::UserCatalog);
    QCOMPARE(result.incoming.size(), 3);
    // IMAP before POP3, implicit TLS before STARTTLS.
    QCOMPARE(result.incoming.at(0).protocol, Protocol::Imap);
    QCOMPARE(result.incoming.at(0).port, 993);
    QCOMPARE(result.incoming.at(1).port, 143);
    QCOMPARE(result.incoming.at(2).protocol, Protocol::Pop3);
    QCOMPARE(result.outgoing.at(0).port, 465);
    QCOMPARE(result.outgoing.at(1).port, 587);
    QCOMPARE(result.incoming.at(0).username, QStringLiteral("Anna"));
    QCOMPARE(result.outgoing.at(0).username, QStringLiteral("Anna@example-mail.test"));
    QVERIFY(result.isUsable());
}

void TestSettingsResolver::unencryptedIsNeverFirst()
{
    QList<ServerSettings> servers(3);
    servers[0].protocol = Protocol::Imap;
    servers[0].security = Security::None;
    servers[1].protocol = Protocol::Pop3;
    servers[1].security = Security::StartTls;
    servers[2].protocol = Protocol::Pop3;
    servers[2].security = Security::Ssl;
    SettingsResolver::sortRecommended(servers);
    QCOMPARE(servers.at(0).security, Security::Ssl);
    QCOMPARE(servers.at(1).security, Security::StartTls);
    QCOMPARE(servers.at(2).security, Security::None);
}

void TestSettingsResolver::usernamesUseAceDomain()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"jörg@Bücher.test"), nullptr, kToday);
    QVERIFY(result.found);
    const auto pop = std::find_if(result.incoming.cbegin(), result.incoming.cend(),
                                  [](const ServerSettings &s) { return s.protocol == Protocol::Pop3; });
    QCOMPARE(pop->username, QStringLiteral("jörg@xn--bcher-kva.test"));
}

void TestSettingsResolver::mergedEntryUsesTargetServers()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"max@old-brand.test"), nullptr, kToday);
    QVERIFY(result.found);
    QCOMPARE(result.provider->status, ProviderStatus::Merged);
    QCOMPARE(result.mergedTarget->id, QStringLiteral("example-mail"));
    QCOMPARE(result.incoming.at(0).host, QStringLiteral("imap.example-mail.test"));
    QCOMPARE(result.outgoing.at(0).username, QStringLiteral("max@old-brand.test"));
    QCOMPARE(result.notes.at(0).kind, NoteKind::Status);
    // The target's own hints (enable IMAP first) apply to the merged addresses too.
    QVERIFY(std::any_of(result.notes.cbegin(), result.notes.cend(), [](const Note &n) { return n.kind == NoteKind::BeforeSetup; }));
    QVERIFY(result.isUsable());
}

void TestSettingsResolver::mergedEntryDoesNotRepeatItsOwnNotes()
{
    Catalog catalog = fixtureCatalog();
    const Provider &target = *catalog.findProvider(QStringLiteral("example-mail")).provider;
    const auto beforeSetup = std::find_if(target.notes.cbegin(), target.notes.cend(),
                                          [](const Note &n) { return n.kind == NoteKind::BeforeSetup; });
    QVERIFY(beforeSetup != target.notes.cend());
    // The brand repeats its successor's note word for word, and has one that differs only in its link.
    Provider brand = *catalog.findProvider(QStringLiteral("old-brand")).provider;
    brand.id = QStringLiteral("copying-brand");
    brand.domains = {QStringLiteral("copying-brand.test")};
    Note sameTextOtherLink = *beforeSetup;
    sameTextOtherLink.url = QStringLiteral("https://copying-brand.test/imap");
    brand.notes += {*beforeSetup, sameTextOtherLink};
    CatalogFile file;
    file.providers = {brand};
    catalog.addLayer({SettingsSource::Catalog, QStringLiteral("extra"), file});

    const LookupResult result
        = SettingsResolver::lookup(catalog, EmailAddress::parse(u"max@copying-brand.test"), nullptr, kToday);
    QCOMPARE(result.notes.count(*beforeSetup), 1);
    QCOMPARE(result.notes.count(sameTextOtherLink), 1);
    // Every note of the successor that the brand does not have is still there.
    for (const Note &note : target.notes)
        QVERIFY(result.notes.contains(note));
}

void TestSettingsResolver::defunctEntryHasNoServers()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"max@gone-mail.test"), nullptr, kToday);
    QVERIFY(result.found);
    QVERIFY(result.incoming.isEmpty());
    QVERIFY(!result.isUsable());
    QCOMPARE(result.notes.at(0).kind, NoteKind::Status);
    QVERIFY(result.notes.at(0).text.en.contains(QLatin1String("no longer work")));
}

void TestSettingsResolver::notFoundGivesSuggestion()
{
    const Catalog catalog = fixtureCatalog();
    const TypoSuggester suggester(catalog);
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"anna@example-mail.tset"), &suggester, kToday);
    QVERIFY(!result.found);
    QVERIFY(!result.source.has_value());
    QCOMPARE(result.suggestion, QStringLiteral("anna@example-mail.test"));
}

void TestSettingsResolver::invalidTrailingDotGivesSuggestion()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"anna@web.de."), nullptr, kToday);
    QVERIFY(!result.address.isValid());
    QCOMPARE(result.suggestion, QStringLiteral("anna@web.de"));
}

void TestSettingsResolver::outdatedEntryGetsStatusNote()
{
    const Catalog catalog = fixtureCatalog();
    const LookupResult fresh = SettingsResolver::lookup(catalog, EmailAddress::parse(u"a@example-mail.test"), nullptr, kToday);
    QVERIFY(!fresh.outdated);
    const LookupResult later = SettingsResolver::lookup(catalog, EmailAddress::parse(u"a@example-mail.test"), nullptr, QDate(2028, 6, 1));
    QVERIFY(later.outdated);
    QCOMPARE(later.notes.at(0).kind, NoteKind::Status);
    QVERIFY2(later.notes.at(0).text.en.endsWith(QLatin1String("last checked on 1 October 2026.")),
             qPrintable(later.notes.at(0).text.en));
    QVERIFY2(later.notes.at(0).text.de.endsWith(QStringLiteral("zuletzt am 1. Oktober 2026 geprüft.")),
             qPrintable(later.notes.at(0).text.de));
}

void TestSettingsResolver::unverifiedEntryGetsStatusNote()
{
    Catalog catalog = fixtureCatalog();
    CatalogFile file;
    Provider unverified = catalog.findProvider(QStringLiteral("example-mail")).provider[0];
    unverified.id = QStringLiteral("unsure");
    unverified.status = ProviderStatus::Unverified;
    unverified.domains = {QStringLiteral("unsure.test")};
    file.providers = {unverified};
    catalog.addLayer({SettingsSource::Catalog, QStringLiteral("extra"), file});
    const LookupResult result = SettingsResolver::lookup(catalog, EmailAddress::parse(u"a@unsure.test"), nullptr, kToday);
    QCOMPARE(result.notes.at(0).kind, NoteKind::Status);
    QVERIFY(result.notes.at(0).text.en.contains(QLatin1String("could not be confirmed")));
    QVERIFY(result.notes.at(0).text.de != result.notes.at(0).text.en);
}

void TestSettingsResolver::hosterTemplateUsesDomain()
{
    const Catalog catalog = fixtureCatalog();
    const Catalog::Entry hoster = catalog.findProvider(QStringLiteral("example-hoster"));
    const LookupResult result = SettingsResolver::resolve(catalog, hoster, EmailAddress::parse(u"info@Müller.de"), kToday);
    QCOMPARE(result.incoming.at(0).host, QStringLiteral("imap.xn--mller-kva.de"));
    QVERIFY(result.incoming.at(0).username.isEmpty());
    QVERIFY(result.incoming.at(0).usernameHint.de.contains(QLatin1String("web123p4")));
}

void TestSettingsResolver::mxHostIsFilledFromTheMxRecord()
{
    const QByteArray yaml = "schema: 1\nsnapshot: 2026-11-01\nproviders:\n"
                            "  - id: kas\n    name: KAS\n    status: active\n    hoster: true\n    mx: [kasserver.test]\n"
                            "    verified: {date: 2026-11-01, source: https://kas.test/}\n"
                            "    incoming: [{protocol: imap, host: \"%MXHOST%\", hostHint: {de: Ihr Server, en: Your server}, "
                            "port: 993, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}]\n"
                            "    outgoing: [{protocol: smtp, host: \"%MXHOST%\", hostHint: {de: Ihr Server, en: Your server}, "
                            "port: 465, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}]\n";
    const auto read = CatalogYamlReader::read(yaml, QStringLiteral("kas.yaml"));
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    Catalog catalog;
    catalog.addLayer({SettingsSource::UserCatalog, QStringLiteral("kas.yaml"), read.catalog});
    const Catalog::Entry kas = catalog.findProvider(QStringLiteral("kas"));
    const EmailAddress address = EmailAddress::parse(u"info@firma.test");

    // Picked from the hoster list: the server is the customer's own and not known.
    const LookupResult offline = SettingsResolver::resolve(catalog, kas, address, kToday);
    QVERIFY(offline.incoming.at(0).host.isEmpty());
    QCOMPARE(offline.incoming.at(0).hostHint.en, QStringLiteral("Your server"));
    QCOMPARE(SettingsText::fieldValue(offline.incoming.at(0), SettingsText::Field::Server, Language::German),
             QStringLiteral("Ihr Server"));

    // Found through the domain's MX record: that host is the server.
    const LookupResult online = SettingsResolver::resolve(catalog, kas, address, kToday, QStringLiteral("W0123456.kasserver.test."));
    QCOMPARE(online.incoming.at(0).host, QStringLiteral("w0123456.kasserver.test"));
    QCOMPARE(online.outgoing.at(0).host, QStringLiteral("w0123456.kasserver.test"));
    QVERIFY(online.incoming.at(0).hostHint.isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsResolver)
#include "tst_settingsresolver.moc"
