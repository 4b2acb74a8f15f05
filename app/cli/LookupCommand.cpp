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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows the mail server settings for an e-mail address, "
                                                    "from the built-in catalog (no network unless --online)."));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The e-mail address, e.g. anna@gmx.ch."));
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
    OnlineOptions::add(parser);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("lookup"), context))
        return *exit;

    const auto languages = CommonOptions::language(parser, context);
    const auto format = CommonOptions::format(parser, kFormats, context);
    const auto network = OnlineOptions::read(parser, true, context);
    if (!languages || !format || !network)
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
    LookupResult result = SettingsResolver::lookup(loaded->catalog, address, &suggester);
    // Online only for what the catalogs do not know: a known domain never leaves the machine.
    const bool online = network->online && address.isValid() && !result.found;
    QJsonArray progress;
    if (online) {
        const bool text = *format == QLatin1String("text");
        if (text)
            context.err << QStringLiteral("mailsetup lookup: looking online for %1 …\n").arg(address.domain());
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
    if (exitCode == InvalidInput) {
        context.err << QStringLiteral("mailsetup lookup: ") << address.problem().message(languages->constFirst()) << u'\n';
    } else if (exitCode == NothingUsable) {
        context.err << QStringLiteral("mailsetup lookup: ")
                    << (result.found ? QStringLiteral("%1 no longer offers working mail servers").arg(result.provider->name)
                                     : online ? QStringLiteral("no settings found for %1, neither in the catalogs nor online")
                                                    .arg(address.domain())
                                              : QStringLiteral("no settings known for %1").arg(address.domain()))
                    << u'\n';
    }
    return exitCode;
}

} // namespace mailsetup::cli
