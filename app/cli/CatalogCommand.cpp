// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "catalog/CatalogStats.h"
#include "catalog/CatalogYamlReader.h"

#include <QJsonArray>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a catalog file against the schema (docs/catalog.md) "
                                                    "and prints every error as FILE:LINE:COLUMN: error: MESSAGE."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The catalog file (YAML) to check."));
    CommonOptions::addFormat(parser, kFormats);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("catalog check"), context))
        return *exit;
    const auto format = CommonOptions::format(parser, kFormats, context);
    if (!format)
        return InvalidInput;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("give exactly one catalog file"), QStringLiteral("catalog check"), context);

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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts the providers, domains and statuses of all catalog layers."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addCatalog(parser);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("catalog stats"), context))
        return *exit;
    const auto format = CommonOptions::format(parser, kFormats, context);
    if (!format)
        return InvalidInput;
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded)
        return InvalidInput;
    const CatalogStats stats = CatalogStats::compute(loaded->catalog);
    if (*format == QLatin1String("json"))
        printJson(stats.toJson(), context);
    else
        context.out << stats.toText();
    return Success;
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
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        (sub.isEmpty() ? context.err : context.out)
            << QStringLiteral("Usage: mailsetup catalog <check|stats> ...\n\n"
                              "  check FILE [--format text|json]   validate a catalog file, print every error\n"
                              "  stats [--format text|json]        counts, statuses, dates of all layers\n");
        return sub.isEmpty() ? int(InvalidInput) : int(Success);
    }
    return usageError(QStringLiteral("unknown catalog command '%1'").arg(sub), QStringLiteral("catalog"), context);
}

} // namespace mailsetup::cli
