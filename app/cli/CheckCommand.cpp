// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "check/CheckReportFormat.h"
#include "check/ConnectionCheck.h"
#include "check/SocketTransport.h"
#include "cli/OnlineOptions.h"
#include "discovery/DnsResolver.h"
#include "lookup/LookupJson.h"
#include "lookup/SettingsResolver.h"
#include "lookup/SettingsText.h"
#include "lookup/TypoSuggester.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace mailsetup::cli {

namespace {

const QStringList kFormats{QStringLiteral("text"), QStringLiteral("json")};
const QString kCommand = QStringLiteral("check");
/// Passwords are far shorter; a longer first line is something else piped in by mistake.
constexpr qint64 kMaxPasswordBytes = 4096;

/// One line from standard input, without its line end. The password is never echoed.
std::optional<QString> readPassword(CliContext &context)
{
    QFile input;
    // The descriptor, not the FILE *: Qt reads a FILE * line with fgets, which ends the line at a
    // NUL byte and would silently take a shortened password.
    if (!input.open(0 /* standard input */, QIODevice::ReadOnly)) {
        printError(kCommand,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "cannot read the password from standard input")), context);
        return std::nullopt;
    }
    // One byte past the limit (plus CR LF), so that a longer line is refused, not cut.
    QByteArray line = input.readLine(kMaxPasswordBytes + 3);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        printError(kCommand,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "--password-stdin, but standard input holds no password")),
            context);
        return std::nullopt;
    }
    if (line.size() > kMaxPasswordBytes || line.contains('\0')) {
        printError(kCommand,
            context
                .localized(QT_TRANSLATE_NOOP("CommandLine",
                    "the first line of standard input is not a password "
                    "(longer than %1 bytes or with a NUL byte)"))
                .arg(kMaxPasswordBytes),
            context);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace

int runServerCheck(const QStringList &arguments, CliContext &context)
{
    CommandParser parser;
    parser.setApplicationDescription(QStringLiteral("Connects to the incoming and outgoing server of an e-mail address and "
                                                    "explains what works."));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The e-mail address, e.g. anna@gmx.ch."));
    parser.addOption({QStringLiteral("password-stdin"),
                      QStringLiteral("Read a password from standard input and try a real login (used for this check "
                                     "only, never stored).")});
    parser.addOption({QStringLiteral("incoming"), QStringLiteral("Check the IMAP or the POP3 server (default: the recommended one)."),
                      QStringLiteral("imap|pop3")});
    CommonOptions::addFormat(parser, kFormats);
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
    OnlineOptions::add(parser);
    if (const auto exit = parseOrExit(parser, arguments, kCommand, context))
        return *exit;

    const auto options = OnlineOptions::readWithAnswerOptions(parser, kFormats, false, kCommand, context);
    if (!options)
        return InvalidInput;
    const LanguageChoice *languages = &options->languages;
    const QString *format = &options->format;
    const NetworkSetup *network = &options->network;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "give exactly one e-mail address")), kCommand, context);
    std::optional<Protocol> incoming;
    if (!CommonOptions::incomingProtocol(parser, kCommand, context, &incoming))
        return InvalidInput;
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        const auto read = readPassword(context);
        if (!read)
            return InvalidInput;
        password = *read;
    }

    const EmailAddress address = EmailAddress::parse(positional.constFirst());
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded)
        return InvalidInput;
    const bool json = *format == QLatin1String("json");
    const Language language = languages->constFirst();

    const TypoSuggester suggester(loaded->catalog);
    LookupResult result = SettingsResolver::lookup(loaded->catalog, address, &suggester);
    QJsonArray discovery;
    const bool online = network->online && address.isValid() && !result.found;
    if (online) {
        const QString suggestion = result.suggestion;
        result = discoverOnline(address, loaded->catalog, *network, language, !json, &discovery, context);
        if (!result.found)
            result.suggestion = suggestion;
    }

    QJsonObject output = LookupJson::toJson(result, *languages);
    if (online)
        output.insert(QStringLiteral("discovery"), discovery);
    if (!address.isValid() || !result.isUsable()) {
        output.insert(QStringLiteral("passed"), false);
        output.insert(QStringLiteral("servers"), QJsonArray());
        if (json)
            printJson(output, context);
        printError(kCommand,
            (address.isValid() ? notUsableMessage(result, online, context)
                               : address.problem().message(context.language)),
            context);
        return address.isValid() ? NothingUsable : InvalidInput;
    }
    const QList<ServerSettings> servers = ConnectionCheck::chooseServers(result, incoming);
    if (incoming && (servers.isEmpty() || servers.constFirst().protocol != *incoming)) {
        printError(kCommand,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "no %1 server is known for %2"))
                .arg(SettingsText::protocolName(*incoming), address.domain()),
            context);
        return NothingUsable;
    }

    const std::unique_ptr<DnsResolver> resolver = network->createResolver();
    ServerCheck::Setup setup;
    setup.dns = resolver.get();
    setup.overrides = network->overrides;
    const QSslConfiguration tls = network->overrides.sslConfiguration();
    setup.createTransport = [tls](QObject *parent) { return new SocketTransport(tls, {}, parent); };
    if (network->timeout)
        setup.timeout = *network->timeout;

    ConnectionCheck check(servers, password, setup);
    password.fill(u'\0'); // the checks hold their own copy until they end
    QEventLoop loop;
    QObject::connect(&check, &ConnectionCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (!check.isFinished())
        loop.exec();

    QJsonArray serverJson;
    for (const ServerCheckReport &report : check.reports()) {
        serverJson.append(CheckReportFormat::serverToJson(report));
        if (!json) {
            for (const Language each : *languages)
                context.out << CheckReportFormat::text(report, each) << u'\n';
        }
    }
    output.insert(QStringLiteral("passed"), check.passed());
    output.insert(QStringLiteral("servers"), serverJson);
    if (json)
        printJson(output, context);
    if (!check.passed())
        printError(kCommand,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "at least one server does not work with these settings")),
            context);
    return check.passed() ? Success : NothingUsable;
}

} // namespace mailsetup::cli
