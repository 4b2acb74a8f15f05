// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OnlineOptions.h"

#include "discovery/DiscoveryProgressModel.h"
#include "discovery/DiscoveryRun.h"
#include "discovery/OverridingNetworkAccessManager.h"
#include "discovery/PublicSuffixList.h"
#include "discovery/QtDnsResolver.h"

#include <QEventLoop>
#include <QJsonObject>

namespace mailsetup::cli {

namespace {

const QString kOnline = QStringLiteral("online");
const QString kDnsServer = QStringLiteral("dns-server");
const QString kIspdbUrl = QStringLiteral("ispdb-url");
const QString kCaFile = QStringLiteral("ca-file");
const QString kAllowHttp = QStringLiteral("allow-http");
const QString kResolve = QStringLiteral("resolve");
const QString kTimeout = QStringLiteral("timeout");

constexpr double kMaxTimeoutSeconds = 300;

} // namespace

std::unique_ptr<DnsResolver> NetworkSetup::createResolver() const
{
    return std::make_unique<QtDnsResolver>(dnsServer);
}

namespace OnlineOptions {

void add(CommandParser &parser)
{
    parser.addOption({kOnline, QStringLiteral("If the catalogs do not know the domain, look for its settings online "
                                              "(autoconfig, ISPDB, MX, SRV). Only the domain is sent.")});
    parser.addOption({kDnsServer, QStringLiteral("Ask this DNS server (port 53) instead of the system's."),
                      QStringLiteral("IP")});
    parser.addOption({kIspdbUrl,
                      QStringLiteral("Base URL of the ISPDB (default: %1).").arg(QLatin1String(DiscoveryOptions::kDefaultIspdbUrl)),
                      QStringLiteral("URL")});
    parser.addOption({kCaFile, QStringLiteral("Also trust the certificate authorities in FILE (PEM)."),
                      QStringLiteral("FILE")});
    parser.addOption({kAllowHttp, QStringLiteral("Also ask unencrypted http:// autoconfig addresses (results are marked "
                                                 "insecure).")});
    parser.addOption({kResolve,
                      QStringLiteral("Connect to ADDRESS (and TARGETPORT) when HOST:PORT is asked for; certificates are "
                                     "still checked for HOST (repeatable)."),
                      QStringLiteral("HOST:PORT:ADDRESS[:TARGETPORT]")});
    parser.addOption({kTimeout, QStringLiteral("Give up after SECONDS (default: %1).")
                                    .arg(DiscoveryOptions::kDefaultTotalTimeout.count() / 1000),
                      QStringLiteral("SECONDS")});
}

std::optional<NetworkSetup> read(
    const QCommandLineParser &parser, bool onlyWithOnline, const QString &command, CliContext &context)
{
    const auto fail = [&](const QString &message) {
        usageError(message, command, context);
        return std::nullopt;
    };
    NetworkSetup setup;
    setup.online = parser.isSet(kOnline);
    if (onlyWithOnline && !setup.online) {
        for (const QString &name : {kDnsServer, kIspdbUrl, kCaFile, kAllowHttp, kResolve, kTimeout}) {
            if (parser.isSet(name))
                return fail(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--%1 needs --online")).arg(name));
        }
        return setup;
    }
    if (parser.isSet(kDnsServer)) {
        setup.dnsServer = QHostAddress(parser.value(kDnsServer));
        if (setup.dnsServer.isNull()) {
            return fail(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--dns-server must be an IP address, not '%1'"))
                            .arg(parser.value(kDnsServer)));
        }
    }
    setup.discovery.allowHttp = parser.isSet(kAllowHttp);
    if (parser.isSet(kIspdbUrl)) {
        const QUrl url(parser.value(kIspdbUrl), QUrl::StrictMode);
        const bool https = url.scheme() == QLatin1String("https");
        const bool http = url.scheme() == QLatin1String("http");
        if (!url.isValid() || url.host().isEmpty() || !(https || (http && setup.discovery.allowHttp))) {
            return fail(context
                            .localized(QT_TRANSLATE_NOOP("CommandLine",
                                "--ispdb-url must be an https:// URL (http:// only "
                                "with --allow-http), not '%1'"))
                            .arg(parser.value(kIspdbUrl)));
        }
        setup.discovery.ispdbBaseUrl = url;
    }
    for (const QString &file : parser.values(kCaFile)) {
        QString error;
        if (!setup.overrides.addCaFile(file, context.language, &error))
            return fail(QStringLiteral("--ca-file: ") + error);
    }
    for (const QString &spec : parser.values(kResolve)) {
        QString error;
        const auto entry = ConnectionOverrides::parseResolve(spec, context.language, &error);
        if (!entry)
            return fail(error);
        setup.overrides.resolve.append(*entry);
    }
    if (parser.isSet(kTimeout)) {
        bool ok = false;
        const double seconds = parser.value(kTimeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > kMaxTimeoutSeconds) {
            return fail(context
                            .localized(QT_TRANSLATE_NOOP("CommandLine",
                                "--timeout must be a number of seconds above 0 and "
                                "at most %1, not '%2'"))
                            .arg(QString::number(kMaxTimeoutSeconds), parser.value(kTimeout)));
        }
        setup.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
        setup.discovery.setTotalTimeout(*setup.timeout);
    }
    return setup;
}

std::optional<AnswerOptions> readWithAnswerOptions(const QCommandLineParser &parser, const QStringList &formats,
                                                   bool onlyWithOnline, const QString &command, CliContext &context)
{
    auto languages = CommonOptions::language(parser, command, context);
    if (!languages)
        return std::nullopt;
    auto format = CommonOptions::format(parser, formats, command, context);
    if (!format)
        return std::nullopt;
    auto network = read(parser, onlyWithOnline, command, context);
    if (!network)
        return std::nullopt;
    return AnswerOptions{std::move(*languages), std::move(*format), std::move(*network)};
}

} // namespace OnlineOptions

LookupResult discoverOnline(const EmailAddress &address, const Catalog &catalog, const NetworkSetup &setup,
                            Language language, bool printProgress, QJsonArray *progress, CliContext &context)
{
    OverridingNetworkAccessManager network(setup.overrides);
    const std::unique_ptr<DnsResolver> resolver = setup.createResolver();
    DiscoveryContext discoveryContext;
    discoveryContext.address = address;
    discoveryContext.catalog = &catalog;
    discoveryContext.network = &network;
    discoveryContext.dns = resolver.get();
    discoveryContext.suffixes = &PublicSuffixList::shared();
    discoveryContext.options = setup.discovery;

    DiscoveryRun run(discoveryContext);
    QEventLoop loop;
    QObject::connect(&run, &DiscoveryRun::finished, &loop, &QEventLoop::quit);
    if (printProgress) {
        QObject::connect(&run, &DiscoveryRun::sourceChanged, &loop, [&run, &context, language](DiscoverySourceKind kind) {
            const SourceOutcome &outcome = run.outcomeOf(kind);
            if (outcome.state == SourceState::Waiting)
                return;
            context.err << QStringLiteral("  ") << DiscoveryProgressModel::line(kind, outcome, language) << u'\n';
            context.err.flush();
        });
    }
    run.start();
    if (run.isRunning())
        loop.exec();

    if (progress) {
        for (const DiscoverySourceKind kind : kDiscoverySources) {
            const SourceOutcome &outcome = run.outcomeOf(kind);
            progress->append(QJsonObject{
                {QStringLiteral("source"), spelling(settingsSourceOf(kind))},
                {QStringLiteral("state"), spelling(outcome.state)},
                {QStringLiteral("detail"), QJsonObject{{QStringLiteral("de"), outcome.detail.de},
                                                       {QStringLiteral("en"), outcome.detail.en}}},
            });
        }
    }
    LookupResult result = run.result();
    result.address = address;
    return result;
}

} // namespace mailsetup::cli
