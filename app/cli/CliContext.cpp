// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mailsetup::cli {

namespace {

constexpr char kContext[] = "CommandLine";

/// Options that may be given more than once; every other option with a value may not.
const QStringList kRepeatableOptions {QStringLiteral("catalog"), QStringLiteral("resolve"), QStringLiteral("ca-file")};

/// QCommandLineParser's own error text (English: the program installs no Qt translations) in the
/// message language. Its three wordings are stable Qt API text; anything else passes unchanged.
QString parserError(const QCommandLineParser &parser, const CliContext &context)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString name = unknown.constFirst();
        return context.localized(QT_TRANSLATE_NOOP("CommandLine", "unknown option '%1'"))
            .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    static const QRegularExpression missing(QStringLiteral("^Missing value after '(.*)'\\.$"));
    static const QRegularExpression unexpected(QStringLiteral("^Unexpected value after '(.*)'\\.$"));
    const QString text = parser.errorText();
    if (const auto match = missing.match(text); match.hasMatch())
        return context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 needs a value")).arg(match.captured(1));
    if (const auto match = unexpected.match(text); match.hasMatch())
        return context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 takes no value"))
            .arg(match.captured(1).section(u'=', 0, 0));
    return text;
}

/// The first option with one value that is given more than once, or an empty string.
QString repeatedOption(const QCommandLineParser &parser)
{
    for (const QString &name : parser.optionNames()) {
        if (!kRepeatableOptions.contains(name) && parser.values(name).size() > 1)
            return name;
    }
    return {};
}

} // namespace

QString CliContext::localized(const char *sourceText) const
{
    return i18n::translate(language, kContext, sourceText);
}

namespace CommonOptions {

void addLanguage(CommandParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the answer: de, en or both (default: the system language)."),
                      QStringLiteral("de|en|both")});
}

void addFormat(CommandParser &parser, const QStringList &formats)
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: %1 (default: %2).").arg(formats.join(QLatin1String(", ")), formats.constFirst()),
                      formats.join(u'|')});
}

void addCatalog(CommandParser &parser)
{
    parser.addOption({QStringLiteral("catalog"),
                      QStringLiteral("Use FILE as an extra catalog above all others (repeatable)."),
                      QStringLiteral("FILE")});
}

std::optional<LanguageChoice> language(const QCommandLineParser &parser, const QString &command, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return LanguageChoice{i18n::systemLanguage()};
    const QString value = parser.value(QStringLiteral("lang")).toLower();
    if (value == QLatin1String("both"))
        return LanguageChoice{Language::German, Language::English};
    if (value == QLatin1String("de") || value == QLatin1String("en"))
        return LanguageChoice{*i18n::languageFromCode(value)};
    usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--lang must be de, en or both, not '%1'")).arg(value),
        command, context);
    return std::nullopt;
}

std::optional<QString> format(
    const QCommandLineParser &parser, const QStringList &formats, const QString &command, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("format")))
        return formats.constFirst();
    const QString value = parser.value(QStringLiteral("format"));
    if (formats.contains(value))
        return value;
    usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--format must be one of %1, not '%2'"))
                   .arg(formats.join(QLatin1String(", ")), value),
        command, context);
    return std::nullopt;
}

bool incomingProtocol(
    const QCommandLineParser &parser, const QString &command, CliContext &context, std::optional<Protocol> *incoming)
{
    if (!parser.isSet(QStringLiteral("incoming")))
        return true;
    *incoming = fromSpelling<Protocol>(parser.value(QStringLiteral("incoming")));
    if (*incoming && **incoming != Protocol::Smtp)
        return true;
    usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--incoming must be imap or pop3")), command, context);
    return false;
}

std::optional<CatalogLoader::Loaded> loadCatalog(const QCommandLineParser &parser, CliContext &context)
{
    CatalogLoader::Options options;
    options.explicitFiles = parser.values(QStringLiteral("catalog"));
    CatalogLoader::Loaded loaded = CatalogLoader::load(options);
    QStringList ignoredFiles;
    for (const CatalogDiagnostic &warning : std::as_const(loaded.warnings)) {
        context.err << warning.toString(CatalogDiagnostic::Severity::Warning) << u'\n';
        if (!ignoredFiles.contains(warning.file))
            ignoredFiles.append(warning.file);
    }
    for (const QString &file : std::as_const(ignoredFiles)) {
        printError({},
            QStringLiteral("warning: ")
                + context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 has errors and is ignored")).arg(file),
            context);
    }
    if (!loaded.errors.isEmpty()) {
        for (const CatalogDiagnostic &error : std::as_const(loaded.errors))
            context.err << error.toString() << u'\n';
        return std::nullopt;
    }
    return loaded;
}

} // namespace CommonOptions

std::optional<int> parseOrExit(CommandParser &parser, const QStringList &arguments, const QString &command,
                               CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("mailsetup ") + command);
    if (!parser.parse(withProgram))
        return usageError(parserError(parser, context), command, context);
    if (parser.isSet(help)) {
        context.out << parser.helpText(command);
        return Success;
    }
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty()) {
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--%1 may be given only once")).arg(repeated),
            command, context);
    }
    return std::nullopt;
}

void printJson(const QJsonObject &object, CliContext &context)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

namespace {

QString programAndCommand(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("mailsetup") : QStringLiteral("mailsetup ") + command;
}

} // namespace

void printError(const QString &command, const QString &message, CliContext &context)
{
    context.err << programAndCommand(command) << QStringLiteral(": ") << message << u'\n';
}

int usageError(const QString &message, const QString &command, CliContext &context)
{
    printError(command, message, context);
    context.err << context.localized(QT_TRANSLATE_NOOP("CommandLine", "Try '%1 --help'.")).arg(programAndCommand(command))
                << u'\n';
    if (context.json) {
        printJson(
            {{QStringLiteral("error"),
                QJsonObject {{QStringLiteral("code"), QStringLiteral("usage")}, {QStringLiteral("message"), message}}}},
            context);
    }
    return InvalidInput;
}

QString notUsableMessage(const LookupResult &result, bool searchedOnline, const CliContext &context)
{
    const QString domain = result.address.domain();
    QString message;
    if (result.found)
        message = context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 no longer offers working mail servers"))
                      .arg(result.provider->name);
    else if (searchedOnline)
        message
            = context
                  .localized(QT_TRANSLATE_NOOP("CommandLine", "no settings found for %1, neither in the catalogs nor online"))
                  .arg(domain);
    else
        message = context.localized(QT_TRANSLATE_NOOP("CommandLine", "no settings known for %1")).arg(domain);
    if (!result.suggestion.isEmpty())
        message += context.localized(QT_TRANSLATE_NOOP("CommandLine", " (did you mean %1?)")).arg(result.suggestion);
    return message;
}

std::optional<int> refuseOutputTarget(const QString &path, bool force, const QString &command, CliContext &context)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        printError(command,
            context
                .localized(QT_TRANSLATE_NOOP("CommandLine",
                    "%1 is not a regular file (a directory or a device); "
                    "give the name of a file to write"))
                .arg(path),
            context);
        return NothingUsable;
    }
    if (target.exists() && !force) {
        printError(command,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "%1 already exists; add --force to replace it")).arg(path),
            context);
        return NothingUsable;
    }
    return std::nullopt;
}

} // namespace mailsetup::cli
