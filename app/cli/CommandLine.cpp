// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "catalog/CatalogLoader.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace mailsetup::cli {

namespace {

struct CommandEntry {
    const char *name;
    int (*run)(const QStringList &, CliContext &);
};

constexpr CommandEntry kCommands[] = {
    {"lookup", &runLookup},
    {"export", &runExport},
    {"catalog", &runCatalog},
    {"check", &runServerCheck},
};

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

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return findCommand(first) || isHelpOption(first) || first == QLatin1String("--version")
           || first == QLatin1String("-v");
}

bool needsGuiApplication(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("export"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool formatOption = argument == QLatin1String("--format") || argument == QLatin1String("-format");
        if ((formatOption && arguments.value(i + 1) == QLatin1String("sheet-pdf"))
            || argument == QLatin1String("--format=sheet-pdf") || argument == QLatin1String("-format=sheet-pdf"))
            return true;
    }
    return false;
}

QString helpText()
{
    return QStringLiteral(
        "Usage: mailsetup [--lang de|en] [ADDRESS]\n"
        "       mailsetup COMMAND [OPTIONS]\n"
        "\n"
        "Mail Setup Assistant finds the server settings for an e-mail address (IMAP or POP3 in,\n"
        "SMTP out), explains them in German or English and exports them for mail programs.\n"
        "Without a command it opens the assistant's window, with ADDRESS filled in if given;\n"
        "--lang chooses its language for this start (otherwise the last choice or the system's).\n"
        "\n"
        "Commands:\n"
        "  lookup ADDRESS [--format text|json] [--lang de|en|both] [--catalog FILE]...\n"
        "         [--online [--dns-server IP] [--ispdb-url URL] [--ca-file FILE] [--allow-http]\n"
        "          [--resolve HOST:PORT:ADDRESS[:TARGETPORT]]... [--timeout SECONDS]]\n"
        "        Show the settings for ADDRESS from the built-in catalog (no network). With --online,\n"
        "        a domain the catalogs do not know is looked up online: the provider's autoconfig file,\n"
        "        Thunderbird's ISPDB, the MX and SRV records. Only the domain is sent.\n"
        "  export ADDRESS --format FORMAT [--output FILE [--force]] [--name NAME]\n"
        "         [--incoming imap|pop3] [--username NAME] [--lang de|en|both] [--catalog FILE]...\n"
        "        Write the settings in a format a mail program imports: thunderbird-zip,\n"
        "        thunderbird-prefs, thunderbird-autoconfig, outlook-prf, outlook-autodiscover,\n"
        "        apple-mobileconfig, sheet-text, sheet-html, sheet-pdf. Never includes a password.\n"
        "        Refuses to replace FILE without --force. export --help-format FORMAT shows how to import.\n"
        "  check ADDRESS [--incoming imap|pop3] [--password-stdin] [--format text|json]\n"
        "         [--catalog FILE]... [--online] [--dns-server IP] [--ca-file FILE]\n"
        "         [--resolve HOST:PORT:ADDRESS[:TARGETPORT]]... [--timeout SECONDS]\n"
        "        Connect to the incoming and outgoing server of ADDRESS and explain what works:\n"
        "        DNS, connection, encryption, certificate, capabilities, and with --password-stdin a\n"
        "        real login (the password is used for this check only and never stored).\n"
        "  catalog check FILE [--format text|json]\n"
        "        Check a catalog file; print every error as FILE:LINE:COLUMN: error: MESSAGE.\n"
        "  catalog stats [--format text|json]\n"
        "        Count providers, domains and statuses of all catalog layers.\n"
        "  catalog import-ispdb DIR [--output FILE [--force]] [--source-commit SHA] [--source-date DATE]\n"
        "        Convert the Mozilla ISPDB's XML files in DIR into a catalog file (stdout without --output).\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help; COMMAND --help shows the options of a command.\n"
        "  -v, --version    Show the version and the dates of the built-in catalogs.\n"
        "\n"
        "Exit status: 0 settings found (or command succeeded), 1 nothing usable (unknown domain,\n"
        "discontinued provider, nothing found online, a check failed, a format that cannot express\n"
        "the provider's sign-in, a file that cannot or may not be written), 2 invalid input (bad\n"
        "address, broken --catalog file, wrong usage).\n"
        "\n"
        "Catalog files (highest priority first): each --catalog FILE, ~/.config/mailsetup/providers.yaml,\n"
        "/etc/xdg/mailsetup/providers.yaml, the built-in catalog, the built-in ISPDB import.\n");
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
    const QString first = arguments.value(1);
    if (isHelpOption(first)) {
        context.out << helpText();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out << versionText();
        return Success;
    }
    if (const CommandEntry *command = findCommand(first))
        return command->run(arguments.mid(2), context);
    context.err << QStringLiteral("mailsetup: unknown command '%1'\nTry 'mailsetup --help'.\n").arg(first);
    return InvalidInput;
}

} // namespace mailsetup::cli
