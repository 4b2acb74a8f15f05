// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/IspdbImporter.h"

#include "TestServers.h"
#include "catalog/CatalogYamlReader.h"
#include "catalog/CatalogYamlWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;

namespace {

const QString kFilesDir = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/files/");
const QString kFolderDir = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/folder");

IspdbImporter::Options options()
{
    return {QStringLiteral("0123456789abcdef0123456789abcdef01234567"), QDate(2026, 3, 12)};
}

QByteArray fixture(const QString &name)
{
    QFile file(kFilesDir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

IspdbImporter::FileResult readFixture(const QString &name)
{
    return IspdbImporter::readFile(fixture(name), name, options());
}

QStringList messages(const QList<IspdbImporter::Warning> &warnings)
{
    QStringList result;
    for (const auto &warning : warnings)
        result.append(warning.toString());
    return result;
}

} // namespace

class TestIspdbImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizedId_data();
    void sanitizedId();
    void fileOutcome_data();
    void fileOutcome();
    void fullFileIsImportedExactly();
    void oauth2OnlyListsNoPassword();
    void exchangeServersAreSkipped();
    void commentedOutServersAreIgnored();
    void mxDomains();
    void missingUsernameMeansFullAddress();
    void unusableServersAreSkippedOneByOne();
    void enableAndRestrictionBecomeOurNotes();
    void oversizedInputIsRefused();
    void oversizedFileInFolderIsSkipped();
    void folderImportResolvesDuplicatesAndIds();
    void importIsDeterministic();
    void folderErrors();
    void sourceUrlAndHeader();
};

void TestIspdbImporter::sanitizedId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sanitized");
    QTest::newRow("already fine") << "gmx.net"
                                  << "gmx.net";
    QTest::newRow("upper case") << "MessagingEngine"
                                << "messagingengine";
    QTest::newRow("upper case with dash") << "OXCloud-EU"
                                          << "oxcloud-eu";
    QTest::newRow("underscore and space") << "Foo_Bar Mail"
                                          << "foo-bar-mail";
    QTest::newRow("bad start and end") << "-.lead.ing.-"
                                       << "lead.ing";
    QTest::newRow("umlaut becomes ACE") << QStringLiteral("müller.de") << "xn--mller-kva.de";
    QTest::newRow("nothing left") << "!!!"
                                  << "";
}

void TestIspdbImporter::sanitizedId()
{
    QFETCH(QString, id);
    QFETCH(QString, sanitized);
    QCOMPARE(IspdbImporter::sanitizedId(id), sanitized);
}

void TestIspdbImporter::fileOutcome_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QStringList>("warnings"); // one expected fragment per warning, in order
    QTest::newRow("full") << "full.example.xml" << true << QStringList();
    QTest::newRow("OAuth2 only") << "oauth2-only.example.xml" << true << QStringList();
    QTest::newRow("commented out") << "commented-out.example.xml" << true << QStringList();
    QTest::newRow("mx") << "mx.example.xml" << true << QStringList();
    QTest::newRow("exchange")
        << "exchange.example.xml" << true
        << QStringList {":7: warning: incoming server 'outlook.exchange.example': user name "
                        "'%EMAILADDRESS' completed to '%EMAILADDRESS%'",
               ":14: warning: incoming server 'ews' skipped: type 'ews' is not IMAP or POP3",
               "type 'owa' is not IMAP or POP3", "type 'graph' is not IMAP or POP3",
               "type 'activesync' is not IMAP or POP3", "type 'exchange' is not IMAP or POP3",
               "outgoing server 'smtp.%EMAILDOMAIN': host name completed to 'smtp.%EMAILDOMAIN%'"};
    QTest::newRow("DOCTYPE refused") << "doctype.example.xml" << false
                                     << QStringList {"file skipped: it has a document type declaration (DOCTYPE)"};
    QTest::newRow("not clientConfig")
        << "not-clientconfig.example.xml" << false
        << QStringList {"file skipped: not a clientConfig file (the root element is <Autodiscover>)"};
    QTest::newRow("malformed") << "malformed.example.xml" << false << QStringList {"file skipped: not well-formed XML"};
    QTest::newRow("no emailProvider") << "no-provider.example.xml" << false
                                      << QStringList {"file skipped: no <emailProvider> in <clientConfig>"};
    QTest::newRow("no SMTP") << "no-smtp.example.xml" << false << QStringList {"file skipped: no usable SMTP server"};
    QTest::newRow("duplicate domains")
        << "duplicate-domains.example.xml" << true
        << QStringList {":7: warning: domain 'Duplicate-Domains.EXAMPLE' is listed twice in this file",
               ":8: warning: domain 'not a domain' skipped"};
    QTest::newRow("missing username") << "missing-username.example.xml" << true
                                      << QStringList {"no <username>; %EMAILADDRESS% assumed",
                                             "no <username>; %EMAILADDRESS% assumed"};
    QTest::newRow("unusable servers")
        << "unusable-servers.example.xml" << true
        << QStringList {"port '99999' is not a number from 1 to 65535",
               "no known socketType (SSL, STARTTLS or plain) in 'ssl'",
               "host 'imap unusable servers' is not a valid host name", "incoming server 'imap' skipped: no hostname",
               "unknown authentication 'password-magic' ignored", "skipped: no known authentication method",
               "unknown placeholder '%REALNAME%'", "type 'smtp' is not IMAP or POP3",
               "unknown authentication 'kerberos-v4' ignored", "skipped: the same server is already listed",
               "outgoing server 'imap.unusable-servers.example' skipped: type 'imap' is not SMTP"};
    QTest::newRow("enable password") << "enable-password.example.xml" << true
                                     << QStringList {"enable link 'javascript:alert(1)' skipped: not an http(s) URL"};
}

void TestIspdbImporter::fileOutcome()
{
    QFETCH(QString, file);
    QFETCH(bool, imported);
    QFETCH(QStringList, warnings);
    const IspdbImporter::FileResult result = readFixture(file);
    QCOMPARE(result.provider.has_value(), imported);
    const QStringList actual = messages(result.warnings);
    QVERIFY2(actual.size() == warnings.size(), qPrintable(actual.join(u'\n')));
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        QVERIFY2(actual.at(i).startsWith(file + u':'), qPrintable(actual.at(i)));
        QVERIFY2(actual.at(i).contains(warnings.at(i)),
            qPrintable(actual.at(i) + QStringLiteral("\nexpected: ") + warnings.at(i)));
    }
    if (imported) {
        // Whatever is imported must pass the schema.
        CatalogFile catalog;
        catalog.snapshot = options().sourceDate;
        catalog.providers = {*result.provider};
        const auto read = CatalogYamlReader::read(CatalogYamlWriter::write(catalog), file);
        QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
        QCOMPARE(read.catalog, catalog);
    }
}

void TestIspdbImporter::fullFileIsImportedExactly()
{
    const auto result = readFixture(QStringLiteral("full.example.xml"));
    QVERIFY(result.provider);
    Provider expected;
    expected.id = QStringLiteral("full.example");
    expected.name = QStringLiteral("Full & Example: \"Mail\"");
    expected.domains = {QStringLiteral("full.example"), QStringLiteral("xn--mller-mail-9db.example")};
    expected.helpUrl = QStringLiteral("https://help.full.example/mail-programs");
    expected.verifiedDate = QDate(2026, 3, 12);
    expected.verifiedSource = QStringLiteral("https://github.com/thunderbird/autoconfig/blob/"
                                             "0123456789abcdef0123456789abcdef01234567/ispdb/full.example.xml");
    expected.incoming
        = {makeServer(Protocol::Imap, QStringLiteral("imap.full.example"), 993, Security::Ssl, {AuthMethod::Password}),
            makeServer(Protocol::Imap, QStringLiteral("imap.full.example"), 143, Security::StartTls,
                {AuthMethod::PasswordEncrypted, AuthMethod::Password}, QStringLiteral("%EMAILLOCALPART%")),
            makeServer(Protocol::Pop3, QStringLiteral("pop.%EMAILDOMAIN%"), 110, Security::None,
                {AuthMethod::PasswordEncrypted}, QStringLiteral("%EMAILLOCALPART%.%EMAILDOMAIN%"))};
    expected.outgoing = {makeServer(Protocol::Smtp, QStringLiteral("smtp.full.example"), 465, Security::Ssl,
                             {AuthMethod::OAuth2, AuthMethod::Password}),
        makeServer(Protocol::Smtp, QStringLiteral("smtp.full.example"), 25, Security::None, {AuthMethod::ClientIp})};
    QCOMPARE(result.provider->notes.size(), 1);
    const Note note = result.provider->notes.constFirst();
    QCOMPARE(note.kind, NoteKind::BeforeSetup);
    QCOMPARE(note.url, QStringLiteral("https://settings.full.example/imap?switch=on&lang=en"));
    // Our own words with the short name, never the ISPDB's instruction text.
    QVERIFY(note.text.de.contains(QStringLiteral("bei FullEx den Zugriff für E-Mail-Programme")));
    QVERIFY(note.text.en.contains(
        QStringLiteral("allow access for mail programs (IMAP/POP3) in your account settings at FullEx")));
    QVERIFY(!note.text.en.contains(QStringLiteral("prose")));
    expected.notes = result.provider->notes;
    QCOMPARE(*result.provider, expected);
}

void TestIspdbImporter::oauth2OnlyListsNoPassword()
{
    const auto result = readFixture(QStringLiteral("oauth2-only.example.xml"));
    QVERIFY(result.provider);
    const QList<ServerTemplate> servers = result.provider->incoming + result.provider->outgoing;
    QCOMPARE(servers.size(), 2);
    for (const ServerTemplate &server : servers)
        QCOMPARE(server.auth, QList<AuthMethod> {AuthMethod::OAuth2});
}

void TestIspdbImporter::exchangeServersAreSkipped()
{
    const auto result = readFixture(QStringLiteral("exchange.example.xml"));
    QVERIFY(result.provider);
    QCOMPARE(result.provider->incoming,
        QList<ServerTemplate> {makeServer(
            Protocol::Imap, QStringLiteral("outlook.exchange.example"), 993, Security::Ssl, {AuthMethod::OAuth2})});
    QCOMPARE(result.provider->outgoing,
        QList<ServerTemplate> {makeServer(
            Protocol::Smtp, QStringLiteral("smtp.%EMAILDOMAIN%"), 587, Security::StartTls, {AuthMethod::OAuth2})});
}

void TestIspdbImporter::commentedOutServersAreIgnored()
{
    const auto result = readFixture(QStringLiteral("commented-out.example.xml"));
    QVERIFY(result.provider);
    QCOMPARE(result.provider->domains, QStringList {QStringLiteral("commented-out.example")});
    QCOMPARE(result.provider->incoming.size(), 1);
    QCOMPARE(result.provider->incoming.constFirst().protocol, Protocol::Imap);
}

void TestIspdbImporter::mxDomains()
{
    const auto result = readFixture(QStringLiteral("mx.example.xml"));
    QVERIFY(result.provider);
    // purpose="mx" is an MX pattern only; domains right after an "MX" comment are both.
    QCOMPARE(result.provider->domains,
        QStringList({QStringLiteral("mx.example"), QStringLiteral("kundenserver.mx.example"),
            QStringLiteral("schlund.mx.example"), QStringLiteral("small.mx.example"), QStringLiteral("late.mx.example"),
            QStringLiteral("gmx-lookalike.mx.example")}));
    QCOMPARE(result.provider->mxSuffixes,
        QStringList({QStringLiteral("mail.protection.mx.example"), QStringLiteral("kundenserver.mx.example"),
            QStringLiteral("schlund.mx.example")}));
}

void TestIspdbImporter::missingUsernameMeansFullAddress()
{
    const auto result = readFixture(QStringLiteral("missing-username.example.xml"));
    QVERIFY(result.provider);
    QCOMPARE(result.provider->incoming.constFirst().username, QStringLiteral("%EMAILADDRESS%"));
    QCOMPARE(result.provider->outgoing.constFirst().username, QStringLiteral("%EMAILADDRESS%"));
}

void TestIspdbImporter::unusableServersAreSkippedOneByOne()
{
    const auto result = readFixture(QStringLiteral("unusable-servers.example.xml"));
    QVERIFY(result.provider);
    QCOMPARE(result.provider->incoming,
        QList<ServerTemplate> {makeServer(Protocol::Pop3, QStringLiteral("pop.unusable-servers.example"), 995,
            Security::Ssl, {AuthMethod::Password})});
    QCOMPARE(result.provider->outgoing,
        QList<ServerTemplate> {makeServer(Protocol::Smtp, QStringLiteral("smtp.unusable-servers.example"), 587,
            Security::StartTls, {AuthMethod::Password})});
}

void TestIspdbImporter::enableAndRestrictionBecomeOurNotes()
{
    const auto result = readFixture(QStringLiteral("enable-password.example.xml"));
    QVERIFY(result.provider);
    // "%EMAILDOMAIN%" is no name; the emailProvider id stands in.
    QCOMPARE(result.provider->name, QStringLiteral("enable-password.example"));
    QCOMPARE(result.provider->notes.size(), 2);
    const Note password = result.provider->notes.at(0);
    QCOMPARE(password.kind, NoteKind::BeforeSetup);
    QVERIFY(password.url.isEmpty()); // the javascript: link is not taken
    QVERIFY(password.text.de.contains(QStringLiteral("eigenes Passwort für E-Mail-Programme")));
    QVERIFY(
        password.text.en.contains(QStringLiteral("separate password for mail programs at enable-password.example")));
    const Note limit = result.provider->notes.at(1);
    QCOMPARE(limit.kind, NoteKind::Limit);
    QVERIFY(limit.text.de.contains(QStringLiteral("Postausgangsserver")));
    QVERIFY(
        limit.text.en.contains(QStringLiteral("only accepts mail sent from the network of enable-password.example")));
    // The restriction is a note, not an authentication method.
    QCOMPARE(result.provider->outgoing.constFirst().auth, QList<AuthMethod> {AuthMethod::Password});
}

void TestIspdbImporter::oversizedInputIsRefused()
{
    const QByteArray xml = fixture(QStringLiteral("oauth2-only.example.xml"));
    const QByteArray filler = "<!--" + QByteArray(IspdbImporter::kMaxFileSize - xml.size() - 8, 'x') + "-->\n";
    const QByteArray atLimit = xml + filler;
    QCOMPARE(atLimit.size(), IspdbImporter::kMaxFileSize);
    QVERIFY(IspdbImporter::readFile(atLimit, QStringLiteral("limit.xml"), options()).provider);
    const auto refused = IspdbImporter::readFile(atLimit + ' ', QStringLiteral("big.xml"), options());
    QVERIFY(!refused.provider);
    QCOMPARE(messages(refused.warnings),
        QStringList {QStringLiteral("big.xml: warning: file skipped: larger than 1024 KiB")});
}

void TestIspdbImporter::oversizedFileInFolderIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(kFilesDir + QStringLiteral("oauth2-only.example.xml"), dir.filePath(QStringLiteral("ok.xml"))));
    QFile big(dir.filePath(QStringLiteral("big.xml")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(IspdbImporter::kMaxFileSize + 1, ' '));
    big.close();
    const auto result = IspdbImporter::importDirectory(dir.path(), options(), Language::English);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.catalog.providers.size(), 1);
    QCOMPARE(messages(result.warnings),
        QStringList {QStringLiteral("big.xml: warning: file skipped: larger than 1024 KiB")});
}

void TestIspdbImporter::folderImportResolvesDuplicatesAndIds()
{
    const auto result = IspdbImporter::importDirectory(kFolderDir, options(), Language::English);
    QVERIFY(result.error.isEmpty());
    QStringList ids;
    for (const Provider &provider : result.catalog.providers)
        ids.append(provider.id);
    // File-name order; README.txt is not read; the id shared with alpha.example.xml goes to the
    // file named after it, gamma gets its own file name; MessagingEngine is sanitised.
    QCOMPARE(ids,
        QStringList({QStringLiteral("alpha.example"), QStringLiteral("beta.example"), QStringLiteral("messagingengine"),
            QStringLiteral("gamma.example")}));
    QCOMPARE(result.catalog.providers.at(0).domains,
        QStringList({QStringLiteral("alpha.example"), QStringLiteral("shared.example")}));
    QCOMPARE(result.catalog.providers.at(1).domains, QStringList {QStringLiteral("beta.example")});
    QCOMPARE(messages(result.warnings),
        QStringList({QStringLiteral("beta.example.xml: warning: domain 'shared.example' skipped: already claimed by "
                                    "alpha.example.xml"),
            QStringLiteral(
                "epsilon.example.xml: warning: domain 'shared.example' skipped: already claimed by alpha.example.xml"),
            QStringLiteral("epsilon.example.xml: warning: file skipped: all its domains are claimed by other files"),
            QStringLiteral("gamma.example.xml: warning: provider id 'alpha.example' is also used by another file; "
                           "this entry gets the id 'gamma.example'"),
            QStringLiteral(
                "zeta-not-config.xml:3: warning: file skipped: not a clientConfig file (the root element is <rss>)")}));
    QCOMPARE(result.catalog.origin.name, QStringLiteral("Mozilla ISPDB"));
    QCOMPARE(result.catalog.origin.license, QStringLiteral("MPL-2.0"));
    QCOMPARE(result.catalog.origin.commit, options().sourceCommit);
    QCOMPARE(result.catalog.snapshot, options().sourceDate);
}

void TestIspdbImporter::importIsDeterministic()
{
    QList<IspdbImporter::SourceFile> files;
    const QStringList names = QDir(kFolderDir).entryList({QStringLiteral("*.xml")}, QDir::Files);
    for (const QString &name : names) {
        QFile file(QDir(kFolderDir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.append({name, file.readAll()});
    }
    QVERIFY(files.size() >= 5);
    const auto forward = IspdbImporter::importFiles(files, options());
    std::reverse(files.begin(), files.end());
    const auto backward = IspdbImporter::importFiles(files, options());
    QCOMPARE(backward.catalog, forward.catalog);
    QCOMPARE(backward.warnings, forward.warnings);
    const QByteArray yaml = CatalogYamlWriter::write(forward.catalog, IspdbImporter::headerComment(options()));
    QCOMPARE(CatalogYamlWriter::write(backward.catalog, IspdbImporter::headerComment(options())), yaml);
    QCOMPARE(IspdbImporter::importDirectory(kFolderDir, options(), Language::English).catalog, forward.catalog);
}

void TestIspdbImporter::folderErrors()
{
    const auto missing
        = IspdbImporter::importDirectory(kFolderDir + QStringLiteral("-missing"), options(), Language::English);
    QVERIFY(missing.error.contains(QStringLiteral("not found")));
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const auto none = IspdbImporter::importDirectory(empty.path(), options(), Language::English);
    QVERIFY(none.error.startsWith(QStringLiteral("no .xml files in")));
    const auto file
        = IspdbImporter::importDirectory(kFilesDir + QStringLiteral("full.example.xml"), options(), Language::English);
    QVERIFY(file.error.contains(QStringLiteral("is not a folder")));
}

void TestIspdbImporter::sourceUrlAndHeader()
{
    QCOMPARE(IspdbImporter::sourceUrl(options(), QStringLiteral("gmx.net.xml")),
        QStringLiteral("https://github.com/thunderbird/autoconfig/blob/0123456789abcdef0123456789abcdef01234567/ispdb/"
                       "gmx.net.xml"));
    QCOMPARE(IspdbImporter::sourceUrl({}, QStringLiteral("a b.xml")),
        QStringLiteral("https://github.com/thunderbird/autoconfig/blob/master/ispdb/a%20b.xml"));
    const QString header = IspdbImporter::headerComment(options()).join(u'\n');
    QVERIFY(header.contains(QStringLiteral("commit 0123456789abcdef0123456789abcdef01234567, dated 2026-03-12")));
    QVERIFY(header.contains(QStringLiteral("Mozilla Public License 2.0 (MPL-2.0)")));
}

QTEST_GUILESS_MAIN(TestIspdbImporter)
#include "tst_ispdbimporter.moc"
