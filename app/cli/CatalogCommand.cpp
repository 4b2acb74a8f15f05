// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "catalog/CatalogStats.h"
#include "catalog/CatalogYamlReader.h"
#include "catalog/CatalogYamlWriter.h"
#include "catalog/IspdbImporter.h"
#include "export/AtomicWrite.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mailsetup::cli {

namespace {

const QStringList kFormats{QStringLiteral("text"), QStringLiteral("json")};

QJsonArray diagnosticsToJson(const CatalogDiagnostics &diagnostics)
{
    QJsonArray array;
    for (const CatalogDiagnostic &d : diagnostics) {
        array.append(QJsonObject{{QStringLiteral("file"), d.file},
                                 {QStringLiteral("line"), d.line},
                                 {QStringLiteral("column"), d.column},
                                 {QStringLiteral("message"), d.message}});
    }
    return array;
}

int runCheck(const QStringList &arguments, CliContext &context)
{
    const QString command = QStringLiteral("catalog check");
    CommandParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a catalog file against the catalog schema and prints every "
                                                    "error as FILE:LINE:COLUMN: error: MESSAGE. The schema (every key, "
                                                    "its type and its rules) is described in docs/catalog.md of the "
                                                    "source code; the Debian package installs it as "
                                                    "/usr/share/doc/mailsetup/catalog.md."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The catalog file (YAML) to check."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    if (const auto exit = parseOrExit(parser, arguments, command, context))
        return *exit;
    if (!CommonOptions::language(parser, command, context))
        return InvalidInput;
    const auto format = CommonOptions::format(parser, kFormats, command, context);
    if (!format)
        return InvalidInput;
    if (parser.positionalArguments().size() != 1)
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "give exactly one catalog file")), command, context);

    const QString path = parser.positionalArguments().constFirst();
    CatalogYamlReader::Result result = CatalogYamlReader::readFile(path);
    // mergedInto may name a provider of the bundled catalogs.
    CatalogLoader::Options bundledOnly;
    bundledOnly.userFile = false;
    bundledOnly.systemFile = false;
    QStringList knownIds = CatalogLoader::load(bundledOnly).catalog.allProviderIds();
    for (const Provider &provider : std::as_const(result.catalog.providers))
        knownIds.append(provider.id);
    result.resolveExternalMerges(path, knownIds);

    qsizetype domains = 0;
    for (const Provider &provider : std::as_const(result.catalog.providers))
        domains += provider.domains.size();
    if (*format == QLatin1String("json")) {
        printJson({{QStringLiteral("file"), path},
                   {QStringLiteral("ok"), result.ok()},
                   {QStringLiteral("errors"), diagnosticsToJson(result.errors)},
                   {QStringLiteral("providers"), result.ok() ? QJsonValue(result.catalog.providers.size()) : QJsonValue::Null},
                   {QStringLiteral("domains"), result.ok() ? QJsonValue(domains) : QJsonValue::Null}},
                  context);
    }
    if (!result.ok()) {
        for (const CatalogDiagnostic &error : std::as_const(result.errors))
            context.err << error.toString() << u'\n';
        const qsizetype count = result.errors.size();
        // The compiler-like summary stays English, like the lines above it (docs/cli.md).
        context.err << QStringLiteral("%1: %2 %3\n")
                           .arg(path, QString::number(count), count == 1 ? QStringLiteral("error") : QStringLiteral("errors"));
        return InvalidInput;
    }
    if (*format == QLatin1String("text")) {
        context.out << QStringLiteral("%1: no errors (%2 providers, %3 domains)\n")
                           .arg(path, QString::number(result.catalog.providers.size()), QString::number(domains));
    }
    return Success;
}

int runStats(const QStringList &arguments, CliContext &context)
{
    const QString command = QStringLiteral("catalog stats");
    CommandParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts the providers, domains and statuses of all catalog layers."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
    if (const auto exit = parseOrExit(parser, arguments, command, context))
        return *exit;
    const auto languages = CommonOptions::language(parser, command, context);
    if (!languages)
        return InvalidInput;
    const auto format = CommonOptions::format(parser, kFormats, command, context);
    if (!format)
        return InvalidInput;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "catalog stats takes no arguments, not '%1'"))
                              .arg(parser.positionalArguments().constFirst()),
            command, context);
    }
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded)
        return InvalidInput;
    const CatalogStats stats = CatalogStats::compute(loaded->catalog);
    if (*format == QLatin1String("json")) {
        QJsonObject json = stats.toJson();
        // A broken user or system file is left out with a warning; scripts see it here.
        json.insert(QStringLiteral("ignored"), diagnosticsToJson(loaded->warnings));
        printJson(json, context);
    } else {
        for (qsizetype i = 0; i < languages->size(); ++i)
            context.out << (i > 0 ? QStringLiteral("\n") : QString()) << stats.toText(languages->at(i));
    }
    return Success;
}

/// Writes `data` to `path` atomically (never a half-written file).
int writeOutputFile(const QString &path, const QByteArray &data, CliContext &context)
{
    if (const QString problem = writeAtomically(path, data); !problem.isEmpty()) {
        printError(QStringLiteral("catalog import-ispdb"),
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "cannot write %1: %2")).arg(path, problem), context);
        return NothingUsable;
    }
    return Success;
}

int runImportIspdb(const QStringList &arguments, CliContext &context)
{
    const QString command = QStringLiteral("catalog import-ispdb");
    CommandParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Converts the clientConfig XML files of a Mozilla ISPDB folder (thunderbird/autoconfig, ispdb/) into a "
        "catalog file (docs/catalog.md). Only facts are taken; skipped servers and duplicate domains are "
        "reported as warnings on stderr."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The folder with the ISPDB XML files."));
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write the catalog to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("source-commit"),
                      QStringLiteral("The thunderbird/autoconfig commit the files come from (cited in every entry)."),
                      QStringLiteral("SHA")});
    parser.addOption({QStringLiteral("source-date"),
                      QStringLiteral("The date of that commit, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")});
    CommonOptions::addLanguage(parser);
    if (const auto exit = parseOrExit(parser, arguments, command, context))
        return *exit;
    if (!CommonOptions::language(parser, command, context))
        return InvalidInput;
    if (parser.positionalArguments().size() != 1)
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "give exactly one ISPDB folder")), command, context);
    if (parser.isSet(QStringLiteral("output")) && parser.value(QStringLiteral("output")).isEmpty())
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--output needs a file name")), command, context);
    if (parser.isSet(QStringLiteral("force")) && !parser.isSet(QStringLiteral("output")))
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "--force needs --output FILE")), command, context);

    IspdbImporter::Options options;
    options.sourceCommit = parser.value(QStringLiteral("source-commit")).toLower();
    static const QRegularExpression commitPattern(QStringLiteral("^[0-9a-f]{7,40}$"));
    if (parser.isSet(QStringLiteral("source-commit")) && !commitPattern.match(options.sourceCommit).hasMatch())
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine",
                              "--source-commit must be a git commit id (7 to 40 hex "
                              "digits)")),
            command, context);
    options.sourceDate = QDate::currentDate();
    if (parser.isSet(QStringLiteral("source-date"))) {
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(QStringLiteral("source-date"));
        options.sourceDate = QDate::fromString(text, Qt::ISODate);
        if (!datePattern.match(text).hasMatch() || !options.sourceDate.isValid())
            return usageError(context
                                  .localized(QT_TRANSLATE_NOOP("CommandLine",
                                      "--source-date must be a date written YYYY-MM-DD, "
                                      "not '%1'"))
                                  .arg(text),
                command, context);
    }

    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        if (const auto refused = refuseOutputTarget(output, parser.isSet(QStringLiteral("force")), command, context))
            return *refused;
    }
    const IspdbImporter::Result result
        = IspdbImporter::importDirectory(parser.positionalArguments().constFirst(), options, context.language);
    if (!result.error.isEmpty()) {
        printError(command, result.error, context);
        return InvalidInput;
    }
    for (const IspdbImporter::Warning &warning : result.warnings)
        context.err << warning.toString() << u'\n';
    if (result.catalog.providers.isEmpty()) {
        printError(command, context.localized(QT_TRANSLATE_NOOP("CommandLine", "no provider could be imported")), context);
        return NothingUsable;
    }
    qsizetype domains = 0;
    for (const Provider &provider : result.catalog.providers)
        domains += provider.domains.size();
    printError(command,
        context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 providers with %2 domains imported, %3 warnings"))
            .arg(QString::number(result.catalog.providers.size()), QString::number(domains),
                QString::number(result.warnings.size())),
        context);
    const QByteArray yaml = CatalogYamlWriter::write(result.catalog, IspdbImporter::headerComment(options));
    if (output.isEmpty()) {
        context.out << QString::fromUtf8(yaml);
        return Success;
    }
    return writeOutputFile(output, yaml, context);
}

} // namespace

int runCatalog(const QStringList &arguments, CliContext &context)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("check"))
        return runCheck(rest, context);
    if (sub == QLatin1String("stats"))
        return runStats(rest, context);
    if (sub == QLatin1String("import-ispdb"))
        return runImportIspdb(rest, context);
    const QString command = QStringLiteral("catalog");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << QStringLiteral(
            "Usage: mailsetup catalog <check|stats|import-ispdb> ...\n\n"
            "  check FILE [--format text|json]   validate a catalog file, print every error\n"
            "  stats [--format text|json] [--catalog FILE]...\n"
            "                                    counts, statuses, dates of all layers\n"
            "  import-ispdb DIR [--output FILE [--force]] [--source-commit SHA]\n"
            "               [--source-date DATE]\n"
            "                                    convert Mozilla ISPDB XML files to a catalog\n");
        return Success;
    }
    if (sub.isEmpty() || sub.startsWith(u'-')) {
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "which catalog command? check, stats or import-ispdb")),
            command, context);
    }
    return usageError(
        context.localized(QT_TRANSLATE_NOOP("CommandLine", "unknown catalog command '%1'")).arg(sub), command, context);
}

} // namespace mailsetup::cli
