// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "address/EmailAddress.h"
#include "cli/OnlineOptions.h"
#include "lookup/LookupJson.h"
#include "lookup/SettingsResolver.h"
#include "lookup/SettingsText.h"
#include "lookup/TypoSuggester.h"

namespace mailsetup::cli {

namespace {

const QStringList kFormats{QStringLiteral("text"), QStringLiteral("json")};

int exitCodeFor(const LookupResult &result)
{
    if (!result.address.isValid())
        return InvalidInput;
    return result.isUsable() ? Success : NothingUsable;
}

void printText(const LookupResult &result, const LanguageChoice &languages, CliContext &context)
{
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (i > 0)
            context.out << QStringLiteral("\n────────────────────────────────────────\n\n");
        context.out << SettingsText::formatResult(result, languages.at(i));
    }
}

} // namespace

int runLookup(const QStringList &arguments, CliContext &context)
{
    const QString command = QStringLiteral("lookup");
    CommandParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows the mail server settings for an e-mail address, "
                                                    "from the built-in catalog (no network unless --online)."));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The e-mail address, e.g. anna@gmx.ch."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
    OnlineOptions::add(parser);
    if (const auto exit = parseOrExit(parser, arguments, command, context))
        return *exit;

    const auto options = OnlineOptions::readWithAnswerOptions(parser, kFormats, true, command, context);
    if (!options)
        return InvalidInput;
    const LanguageChoice *languages = &options->languages;
    const QString *format = &options->format;
    const NetworkSetup *network = &options->network;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty()
                ? context.localized(QT_TRANSLATE_NOOP("CommandLine", "an e-mail address is required"))
                : context.localized(QT_TRANSLATE_NOOP("CommandLine", "give exactly one e-mail address")),
            command, context);
    }

    const EmailAddress address = EmailAddress::parse(positional.constFirst());
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded) {
        if (*format == QLatin1String("json")) {
            printJson({{QStringLiteral("valid"), address.isValid()}, {QStringLiteral("found"), false},
                          {QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("code"), QStringLiteral("catalog-invalid")},
                                  {QStringLiteral("message"),
                                      context.localized(QT_TRANSLATE_NOOP(
                                          "CommandLine", "a catalog given with --catalog has errors"))}}}},
                context);
        }
        return InvalidInput;
    }

    const TypoSuggester suggester(loaded->catalog);
    LookupResult result = SettingsResolver::lookup(loaded->catalog, address, &suggester);
    // Online only for what the catalogs do not know: a known domain never leaves the machine.
    const bool online = network->online && address.isValid() && !result.found;
    QJsonArray progress;
    if (online) {
        const bool text = *format == QLatin1String("text");
        if (text)
            printError(command,
                context.localized(QT_TRANSLATE_NOOP("CommandLine", "looking online for %1 …")).arg(address.domain()), context);
        const QString suggestion = result.suggestion;
        result = discoverOnline(address, loaded->catalog, *network, languages->constFirst(), text, &progress, context);
        if (!result.found)
            result.suggestion = suggestion;
    }
    if (*format == QLatin1String("json")) {
        QJsonObject json = LookupJson::toJson(result, *languages);
        if (online)
            json.insert(QStringLiteral("discovery"), progress);
        printJson(json, context);
    } else {
        printText(result, *languages, context);
    }

    const int exitCode = exitCodeFor(result);
    if (exitCode == InvalidInput)
        printError(command, address.problem().message(context.language), context);
    else if (exitCode == NothingUsable)
        printError(command, notUsableMessage(result, online, context), context);
    return exitCode;
}

} // namespace mailsetup::cli
