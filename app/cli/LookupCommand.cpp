// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "address/EmailAddress.h"
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows the mail server settings for an e-mail address, "
                                                    "from the built-in catalog (no network)."));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The e-mail address, e.g. anna@gmx.ch."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("lookup"), context))
        return *exit;

    const auto languages = CommonOptions::language(parser, context);
    const auto format = CommonOptions::format(parser, kFormats, context);
    if (!languages || !format)
        return InvalidInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty() ? QStringLiteral("an e-mail address is required")
                                               : QStringLiteral("give exactly one e-mail address"),
                          QStringLiteral("lookup"), context);
    }

    const EmailAddress address = EmailAddress::parse(positional.constFirst());
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded) {
        if (*format == QLatin1String("json")) {
            printJson({{QStringLiteral("valid"), address.isValid()},
                       {QStringLiteral("found"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("catalog-invalid")},
                                    {QStringLiteral("message"), QStringLiteral("a catalog given with --catalog has errors")}}}},
                      context);
        }
        return InvalidInput;
    }

    const TypoSuggester suggester(loaded->catalog);
    const LookupResult result = SettingsResolver::lookup(loaded->catalog, address, &suggester);
    if (*format == QLatin1String("json"))
        printJson(LookupJson::toJson(result, *languages), context);
    else
        printText(result, *languages, context);

    const int exitCode = exitCodeFor(result);
    if (exitCode == InvalidInput) {
        context.err << QStringLiteral("mailsetup lookup: ") << address.problem().message(languages->constFirst()) << u'\n';
    } else if (exitCode == NothingUsable) {
        context.err << QStringLiteral("mailsetup lookup: ")
                    << (result.found ? QStringLiteral("%1 no longer offers working mail servers").arg(result.provider->name)
                                     : QStringLiteral("no settings known for %1").arg(address.domain()))
                    << u'\n';
    }
    return exitCode;
}

} // namespace mailsetup::cli
