// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "i18n/Translation.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace mailsetup::cli {

namespace CommonOptions {

void addLanguage(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the answer: de, en or both (default: the system language)."),
                      QStringLiteral("de|en|both")});
}

void addFormat(QCommandLineParser &parser, const QStringList &formats)
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: %1 (default: %2).").arg(formats.join(QLatin1String(", ")), formats.constFirst()),
                      formats.join(u'|')});
}

void addCatalog(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("catalog"),
                      QStringLiteral("Use FILE as an extra catalog above all others (repeatable)."),
                      QStringLiteral("FILE")});
}

std::optional<LanguageChoice> language(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return LanguageChoice{i18n::systemLanguage()};
    const QString value = parser.value(QStringLiteral("lang")).toLower();
    if (value == QLatin1String("both"))
        return LanguageChoice{Language::German, Language::English};
    if (value == QLatin1String("de") || value == QLatin1String("en"))
        return LanguageChoice{*i18n::languageFromCode(value)};
    context.err << QStringLiteral("mailsetup: --lang must be de, en or both, not '%1'\n").arg(value);
    return std::nullopt;
}

std::optional<QString> format(const QCommandLineParser &parser, const QStringList &formats, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("format")))
        return formats.constFirst();
    const QString value = parser.value(QStringLiteral("format"));
    if (formats.contains(value))
        return value;
    context.err << QStringLiteral("mailsetup: --format must be one of %1, not '%2'\n")
                       .arg(formats.join(QLatin1String(", ")), value);
    return std::nullopt;
}

std::optional<CatalogLoader::Loaded> loadCatalog(const QCommandLineParser &parser, CliContext &context)
{
    CatalogLoader::Options options;
    options.explicitFiles = parser.values(QStringLiteral("catalog"));
    CatalogLoader::Loaded loaded = CatalogLoader::load(options);
    for (const CatalogDiagnostic &warning : std::as_const(loaded.warnings))
        context.err << warning.toString() << QStringLiteral(" (this catalog file is ignored)\n");
    if (!loaded.errors.isEmpty()) {
        for (const CatalogDiagnostic &error : std::as_const(loaded.errors))
            context.err << error.toString() << u'\n';
        return std::nullopt;
    }
    return loaded;
}

} // namespace CommonOptions

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                               CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("mailsetup ") + command);
    if (!parser.parse(withProgram))
        return usageError(parser.errorText(), command, context);
    if (parser.isSet(help)) {
        // QCommandLineParser names only the program; the command belongs in the usage line too.
        static const QRegularExpression usage(QStringLiteral("^Usage: \\S+"));
        context.out << parser.helpText().replace(usage, QStringLiteral("Usage: mailsetup ") + command);
        return Success;
    }
    return std::nullopt;
}

void printJson(const QJsonObject &object, CliContext &context)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int usageError(const QString &message, const QString &command, CliContext &context)
{
    context.err << QStringLiteral("mailsetup %1: %2\n").arg(command, message)
                << QStringLiteral("Try 'mailsetup %1 --help'.\n").arg(command);
    return InvalidInput;
}

} // namespace mailsetup::cli
