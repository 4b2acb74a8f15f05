// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks the shipped resources/catalog/ispdb.yaml against the ISPDB copy it was made from. That
// copy lives outside the repository (MAILSETUP_ISPDB_REFERENCE_DIR); in a clone without it the
// test skips. This is the only test that reads it.
#include "address/EmailAddress.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogYamlWriter.h"
#include "catalog/IspdbImporter.h"
#include "lookup/SettingsResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace mailsetup;

namespace {

const QString kReferenceDir = QStringLiteral(MAILSETUP_ISPDB_REFERENCE_DIR);
const QString kShippedFile = QStringLiteral(MAILSETUP_SOURCE_DIR "/resources/catalog/ispdb.yaml");
/// Counted in the reference copy (commit c6ad796, 2026-03-12): 963 <domain> elements, one of
/// them (cty-net.ne.jp) listed twice.
constexpr int kDistinctDomains = 962;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Commit and date of the reference copy, from its SOURCE.txt.
std::optional<IspdbImporter::Options> referenceOptions()
{
    const QString source = QString::fromUtf8(readAll(kReferenceDir + QStringLiteral("/SOURCE.txt")));
    static const QRegularExpression commit(
        QStringLiteral("^Commit: ([0-9a-f]{40})"), QRegularExpression::MultilineOption);
    static const QRegularExpression date(
        QStringLiteral("^Date: (\\d{4}-\\d{2}-\\d{2})"), QRegularExpression::MultilineOption);
    const auto commitMatch = commit.match(source);
    const auto dateMatch = date.match(source);
    if (!commitMatch.hasMatch() || !dateMatch.hasMatch())
        return std::nullopt;
    return IspdbImporter::Options {commitMatch.captured(1), QDate::fromString(dateMatch.captured(1), Qt::ISODate)};
}

/// Every <domain> of every <emailProvider>, read independently of the importer.
QSet<QString> referenceDomains()
{
    QSet<QString> domains;
    const QDir dir(kReferenceDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files)) {
        QXmlStreamReader xml(readAll(dir.filePath(name)));
        QStringList path;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                path.removeLast();
            if (token != QXmlStreamReader::StartElement)
                continue;
            path.append(xml.name().toString());
            if (path
                    == QStringList {QStringLiteral("clientConfig"), QStringLiteral("emailProvider"),
                        QStringLiteral("domain")}
                && xml.attributes().value(QStringLiteral("purpose")) != QLatin1String("mx")) {
                domains.insert(xml.readElementText().trimmed().toLower());
                path.removeLast();
            }
        }
    }
    return domains;
}

} // namespace

class TestShippedIspdb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shippedFileIsTheImportersOutput();
    void everyIspdbDomainAnswersOffline();
};

void TestShippedIspdb::init()
{
    if (!QFileInfo::exists(kReferenceDir)) {
        QSKIP(qPrintable(QStringLiteral("the ISPDB reference copy %1 is not here (only the project's shared workspace "
                                        "has it); the shipped ispdb.yaml is not re-checked")
                             .arg(QDir::cleanPath(kReferenceDir))));
    }
}

void TestShippedIspdb::shippedFileIsTheImportersOutput()
{
    const auto options = referenceOptions();
    QVERIFY2(options, "SOURCE.txt of the reference copy names no Commit: and Date:");
    const IspdbImporter::Result result = IspdbImporter::importDirectory(kReferenceDir, *options, Language::English);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QByteArray expected = CatalogYamlWriter::write(result.catalog, IspdbImporter::headerComment(*options));
    const QByteArray shipped = readAll(kShippedFile);
    if (shipped != expected) {
        const QList<QByteArray> want = expected.split('\n');
        const QList<QByteArray> have = shipped.split('\n');
        qsizetype line = 0;
        while (line < want.size() && line < have.size() && want.at(line) == have.at(line))
            ++line;
        QFAIL(
            qPrintable(QStringLiteral("%1 is not the importer's output (first difference in line %2):\n  shipped:  %3\n"
                                      "  expected: %4\nRegenerate it with the command in docs/catalog.md.")
                           .arg(kShippedFile, QString::number(line + 1), QString::fromUtf8(have.value(line)),
                               QString::fromUtf8(want.value(line)))));
    }
    // The program embeds the same data (compiled at build time from the shipped file).
    const auto bundled = CatalogLoader::bundled(CatalogLoader::Bundled::Ispdb);
    QVERIFY2(
        bundled && *bundled == result.catalog, "the embedded ISPDB catalog differs from the shipped file; rebuild");
}

void TestShippedIspdb::everyIspdbDomainAnswersOffline()
{
    const QSet<QString> domains = referenceDomains();
    QCOMPARE(domains.size(), kDistinctDomains);
    CatalogLoader::Options bundledOnly;
    bundledOnly.userFile = false;
    bundledOnly.systemFile = false;
    const CatalogLoader::Loaded loaded = CatalogLoader::load(bundledOnly);
    QVERIFY(loaded.errors.isEmpty() && loaded.warnings.isEmpty());
    int curated = 0;
    QStringList failures;
    for (const QString &domain : domains) {
        const EmailAddress address = EmailAddress::parse(QString(QStringLiteral("anna@") + domain));
        const LookupResult result = SettingsResolver::lookup(loaded.catalog, address, nullptr, QDate(2026, 3, 12));
        if (!result.found) {
            failures.append(domain + QStringLiteral(": not found"));
        } else if (result.source == SettingsSource::Catalog) {
            ++curated; // the curated providers.yaml claims it and wins; any answer of it counts
        } else if (result.source != SettingsSource::Ispdb) {
            failures.append(domain + QStringLiteral(": answered by source %1").arg(spelling(*result.source)));
        } else if (!result.isUsable()) {
            failures.append(domain + QStringLiteral(": the ISPDB entry gives no incoming and outgoing server"));
        }
    }
    failures.sort();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    qInfo("%d ISPDB domains answer offline, %d of them from the curated catalog", int(domains.size()), curated);
}

QTEST_GUILESS_MAIN(TestShippedIspdb)
#include "tst_shippedispdb.moc"
