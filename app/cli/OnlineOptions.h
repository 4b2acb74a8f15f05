// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"
#include "discovery/ConnectionOverrides.h"
#include "discovery/DiscoveryTypes.h"

#include <QHostAddress>
#include <QJsonArray>

#include <chrono>
#include <optional>

namespace mailsetup {
class Catalog;
class DnsResolver;
} // namespace mailsetup

namespace mailsetup::cli {

/// The network options of `lookup --online` and `check`: where to connect, whom to trust, how
/// long to wait (docs/discovery.md, "Command line").
struct NetworkSetup {
    bool online = false; ///< --online: discovery may run
    QHostAddress dnsServer; ///< null: the system's resolver
    ConnectionOverrides overrides;
    DiscoveryOptions discovery;
    std::optional<std::chrono::milliseconds> timeout; ///< --timeout, if given

    /// The resolver these options ask for (the system's, or --dns-server's).
    [[nodiscard]] std::unique_ptr<DnsResolver> createResolver() const;
};

namespace OnlineOptions {

/// --online, --dns-server, --ispdb-url, --ca-file, --allow-http, --resolve, --timeout.
void add(CommandParser &parser);
/// The values, checked; std::nullopt (after a usage error of `command`) means exit 2. With `onlyWithOnline`
/// (lookup, where they serve discovery alone) the options without --online are a usage error,
/// because they would silently do nothing; `check` uses them for its connections as well.
std::optional<NetworkSetup> read(
    const QCommandLineParser &parser, bool onlyWithOnline, const QString &command, CliContext &context);

/// What lookup and check both read before they start.
struct AnswerOptions {
    LanguageChoice languages;
    QString format;
    NetworkSetup network;
};

/// --lang, --format (one of `formats`) and the network options, checked in this order; the
/// first mistake is reported as a usage error of `command` and ends reading (std::nullopt).
std::optional<AnswerOptions> readWithAnswerOptions(const QCommandLineParser &parser, const QStringList &formats,
                                                   bool onlyWithOnline, const QString &command, CliContext &context);

} // namespace OnlineOptions

/// Runs online discovery for `address` and waits for its answer; prints one progress line per
/// source to stderr in text mode. `progress` receives the per-source states for JSON.
[[nodiscard]] LookupResult discoverOnline(const EmailAddress &address, const Catalog &catalog, const NetworkSetup &setup,
                                          Language language, bool printProgress, QJsonArray *progress,
                                          CliContext &context);

} // namespace mailsetup::cli
