// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "catalog/CatalogLoader.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace mailsetup::cli {

namespace {

struct CommandEntry {
    const char *name;
    int (*run)(const QStringList &, CliContext &);
    bool hasSubcommands; ///< `catalog check|stats|import-ispdb`: options follow the second word
};

constexpr CommandEntry kCommands[] = {
    {"lookup", &runLookup, false},
    {"export", &runExport, false},
    {"catalog", &runCatalog, true},
    {"check", &runServerCheck, false},
};

/// Options that may also come before the command (`mailsetup --lang de lookup …`).
const QStringList kLeadingOptions {QStringLiteral("lang"), QStringLiteral("format"), QStringLiteral("catalog")};

const CommandEntry *findCommand(const QString &name)
{
    for (const auto &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("-?");
}

bool isVersionOption(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

/// The name of `argument` if it is `--NAME` or `--NAME=VALUE`, else an empty string.
QString optionName(const QString &argument)
{
    if (!argument.startsWith(QLatin1String("--")))
        return {};
    return argument.mid(2).section(u'=', 0, 0);
}

/// `mailsetup [LEADING OPTIONS] WORD REST…`, split up.
struct Invocation {
    QStringList leadingOptions; ///< with their values
    QString word; ///< the command, --help, --version, or what stands there instead
    QStringList rest;

    [[nodiscard]] bool hasLeadingOption(const QString &name) const
    {
        return std::any_of(leadingOptions.cbegin(), leadingOptions.cend(),
            [&name](const QString &argument) { return optionName(argument) == name; });
    }
};

Invocation splitInvocation(const QStringList &arguments)
{
    Invocation invocation;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!kLeadingOptions.contains(optionName(argument)))
            break;
        invocation.leadingOptions.append(argument);
        if (!argument.contains(u'=') && i + 1 < arguments.size())
            invocation.leadingOptions.append(arguments.at(++i));
    }
    invocation.word = arguments.value(i);
    invocation.rest = arguments.mid(i + 1);
    return invocation;
}

/// The values of `--NAME VALUE` and `--NAME=VALUE` anywhere in `arguments`.
QStringList valuesOf(const QStringList &arguments, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionName(argument) != name)
            continue;
        if (argument.contains(u'='))
            values.append(argument.section(u'=', 1));
        else if (i + 1 < arguments.size())
            values.append(arguments.at(i + 1));
    }
    return values;
}

/// The message language and JSON mode, read before the command's own parser runs: even its
/// complaint about an unknown option must come in the language and the form asked for.
void prepareMessages(const QStringList &arguments, CliContext &context)
{
    for (const QString &value : valuesOf(arguments, QStringLiteral("lang"))) {
        if (value.compare(QLatin1String("both"), Qt::CaseInsensitive) == 0) {
            context.language = Language::German;
            break;
        }
        if (const auto language = i18n::languageFromCode(value); language && value.size() == 2) {
            context.language = *language;
            break;
        }
    }
    context.json = valuesOf(arguments, QStringLiteral("format")).contains(QLatin1String("json"));
}

/// Output to a full disk or /dev/full fails only when the buffer is flushed, after the command
/// thought it was done: that is still a failure, and it is said.
int checkStandardOutput(int exitCode, CliContext &context)
{
    context.out.flush();
    if (context.out.status() == QTextStream::Ok)
        return exitCode;
    const QIODevice *device = context.out.device();
    printError({},
        context.localized(QT_TRANSLATE_NOOP("CommandLine", "cannot write to standard output: %1"))
            .arg(device ? device->errorString() : QString()),
        context);
    return exitCode == Success ? int(NothingUsable) : exitCode;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    const Invocation invocation = splitInvocation(arguments);
    // --format and --catalog mean nothing to the window: with them it is a command line, even a
    // wrong one, and its error comes from there.
    return findCommand(invocation.word) || isHelpOption(invocation.word) || isVersionOption(invocation.word)
        || invocation.hasLeadingOption(QStringLiteral("format"))
        || invocation.hasLeadingOption(QStringLiteral("catalog"));
}

bool needsGuiApplication(const QStringList &arguments)
{
    const Invocation invocation = splitInvocation(arguments);
    if (invocation.word != QLatin1String("export"))
        return false;
    return valuesOf(invocation.leadingOptions + invocation.rest, QStringLiteral("format"))
        .contains(QLatin1String("sheet-pdf"));
}

QString helpText()
{
    // At most 80 columns: this is also the man page (help2man), and terminals are that wide.
    return QStringLiteral(
        "Usage: mailsetup [--lang de|en] [ADDRESS]\n"
        "       mailsetup COMMAND [OPTIONS]\n"
        "\n"
        "Mail Setup Assistant finds the server settings for an e-mail address (IMAP or\n"
        "POP3 in, SMTP out), explains them in German or English and exports them for\n"
        "mail programs. Without a command it opens the assistant's window, with ADDRESS\n"
        "filled in if given; --lang chooses its language for this start (otherwise the\n"
        "last choice or the system's).\n"
        "\n"
        "Commands:\n"
        "  lookup ADDRESS [--format text|json] [--lang de|en|both] [--catalog FILE]...\n"
        "         [--online [--dns-server IP] [--ispdb-url URL] [--ca-file FILE]\n"
        "          [--allow-http] [--resolve HOST:PORT:ADDRESS[:TARGETPORT]]...\n"
        "          [--timeout SECONDS]]\n"
        "        Show the settings for ADDRESS from the built-in catalog (no network).\n"
        "        With --online, a domain the catalogs do not know is looked up online:\n"
        "        the provider's autoconfig file, Thunderbird's ISPDB, the MX and SRV\n"
        "        records. Only the domain is sent.\n"
        "  export ADDRESS --format FORMAT [--output FILE [--force]] [--name NAME]\n"
        "         [--incoming imap|pop3] [--username NAME] [--lang de|en|both]\n"
        "         [--catalog FILE]...\n"
        "        Write the settings in a format a mail program imports:\n"
        "        thunderbird-zip, thunderbird-prefs, thunderbird-autoconfig, outlook-prf,\n"
        "        outlook-autodiscover, apple-mobileconfig, sheet-text, sheet-html,\n"
        "        sheet-pdf. Never includes a password. Refuses to replace FILE without\n"
        "        --force. export --help-format FORMAT shows how to import.\n"
        "  check ADDRESS [--incoming imap|pop3] [--password-stdin] [--format text|json]\n"
        "         [--lang de|en|both] [--catalog FILE]... [--online] [--dns-server IP]\n"
        "         [--ca-file FILE] [--resolve HOST:PORT:ADDRESS[:TARGETPORT]]...\n"
        "         [--timeout SECONDS]\n"
        "        Connect to the incoming and outgoing server of ADDRESS and explain what\n"
        "        works: DNS, connection, encryption, certificate, capabilities, and with\n"
        "        --password-stdin a real login (the password is used for this check only\n"
        "        and never stored).\n"
        "  catalog check FILE [--format text|json]\n"
        "        Check a catalog file; print every error as\n"
        "        FILE:LINE:COLUMN: error: MESSAGE.\n"
        "  catalog stats [--format text|json] [--catalog FILE]...\n"
        "        Count providers, domains and statuses of all catalog layers.\n"
        "  catalog import-ispdb DIR [--output FILE [--force]] [--source-commit SHA]\n"
        "         [--source-date DATE]\n"
        "        Convert the Mozilla ISPDB's XML files in DIR into a catalog file\n"
        "        (stdout without --output).\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help; COMMAND --help shows the options of a command.\n"
        "  -v, --version  Show the version and the dates of the built-in catalogs.\n"
        "\n"
        "--lang, --format and --catalog may also come before COMMAND. Messages on stderr\n"
        "are in the --lang language (German for both), otherwise the system's.\n"
        "With --format json a usage error is also printed on stdout as\n"
        "{\"error\": {\"code\": \"usage\", \"message\": ...}}.\n"
        "\n"
        "Exit status: 0 settings found (or command succeeded), 1 nothing usable (unknown\n"
        "domain, discontinued provider, nothing found online, a check failed, a format\n"
        "that cannot express the provider's sign-in, a file that cannot or may not be\n"
        "written), 2 invalid input (bad address, broken --catalog file, wrong usage).\n"
        "\n"
        "Catalog files (highest priority first): each --catalog FILE,\n"
        "~/.config/mailsetup/providers.yaml, /etc/xdg/mailsetup/providers.yaml, the\n"
        "built-in catalog, the built-in ISPDB import. A broken user or system file is\n"
        "left out with a warning; a broken --catalog FILE is an error.\n");
}

QString versionText()
{
    QString text = QStringLiteral("mailsetup %1\n").arg(QCoreApplication::applicationVersion());
    for (const auto which : {CatalogLoader::Bundled::Curated, CatalogLoader::Bundled::Ispdb}) {
        QString error;
        const auto file = CatalogLoader::bundled(which, &error);
        if (!file) {
            text += QStringLiteral("%1: %2\n").arg(CatalogLoader::bundledName(which), error);
            continue;
        }
        text += QStringLiteral("%1: snapshot %2, %3 providers")
                    .arg(CatalogLoader::bundledName(which), file->snapshot.toString(Qt::ISODate),
                         QString::number(file->providers.size()));
        if (!file->origin.isEmpty()) {
            text += QStringLiteral(" (from %1%2, %3)")
                        .arg(file->origin.name,
                             file->origin.commit.isEmpty() ? QString() : QStringLiteral(" commit ") + file->origin.commit.left(12),
                             file->origin.license);
        }
        text += u'\n';
    }
    return text;
}

int run(const QStringList &arguments, CliContext &context)
{
    prepareMessages(arguments.mid(1), context);
    const Invocation invocation = splitInvocation(arguments);
    const int exitCode = [&] {
        if (isHelpOption(invocation.word)) {
            context.out << helpText();
            return int(Success);
        }
        if (isVersionOption(invocation.word)) {
            context.out << versionText();
            return int(Success);
        }
        const CommandEntry *command = findCommand(invocation.word);
        if (!command) {
            if (invocation.word.isEmpty())
                return usageError(
                    context.localized(QT_TRANSLATE_NOOP("CommandLine", "a command is needed after the options")), {}, context);
            const char *problem = invocation.word.startsWith(u'-')
                ? QT_TRANSLATE_NOOP("CommandLine", "unknown option '%1'")
                : QT_TRANSLATE_NOOP("CommandLine", "unknown command '%1'");
            return usageError(context.localized(problem).arg(invocation.word), {}, context);
        }
        // Options given before the command go right after it (after `catalog check`, say), where
        // the command's parser reads them.
        const qsizetype words = command->hasSubcommands && !invocation.rest.isEmpty() ? 1 : 0;
        QStringList commandArguments = invocation.rest;
        for (qsizetype i = invocation.leadingOptions.size() - 1; i >= 0; --i)
            commandArguments.insert(words, invocation.leadingOptions.at(i));
        return command->run(commandArguments, context);
    }();
    return checkStandardOutput(exitCode, context);
}

} // namespace mailsetup::cli
