// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address/EmailAddress.h"
#include "model/Enums.h"
#include "model/Language.h"
#include "model/LookupResult.h"

#include <QUrl>

#include <array>
#include <chrono>

class QNetworkAccessManager;

namespace mailsetup {

class Catalog;
class DnsResolver;
class PublicSuffixList;

/// The online sources, highest priority first (docs/discovery.md, "Sources and order").
enum class DiscoverySourceKind { Autoconfig, Ispdb, Mx, Srv };
inline constexpr std::array<DiscoverySourceKind, 4> kDiscoverySources{
    DiscoverySourceKind::Autoconfig, DiscoverySourceKind::Ispdb, DiscoverySourceKind::Mx, DiscoverySourceKind::Srv};

/// The `source` value of a result found by this kind of source.
[[nodiscard]] constexpr SettingsSource settingsSourceOf(DiscoverySourceKind kind)
{
    switch (kind) {
    case DiscoverySourceKind::Autoconfig:
        return SettingsSource::Autoconfig;
    case DiscoverySourceKind::Ispdb:
        return SettingsSource::OnlineIspdb;
    case DiscoverySourceKind::Mx:
        return SettingsSource::Mx;
    case DiscoverySourceKind::Srv:
        break;
    }
    return SettingsSource::Srv;
}

/// Where one source stands; shown as one progress line each.
enum class SourceState {
    Waiting,  ///< asked, no answer yet
    Found,    ///< has settings
    Nothing,  ///< answered: nothing there
    Failed,   ///< no usable answer; the detail says why
    TimedOut, ///< no answer within its time
    Skipped,  ///< stopped because a source with higher priority answered
};

/// JSON spellings of the states, for spelling() of model/Enums.h.
inline constexpr EnumSpelling<SourceState> kSourceStateSpellings[] = {
    {SourceState::Waiting, "waiting"},    {SourceState::Found, "found"},        {SourceState::Nothing, "nothing"},
    {SourceState::Failed, "failed"},      {SourceState::TimedOut, "timed-out"}, {SourceState::Skipped, "skipped"}};
namespace detail {
template <> inline std::span<const EnumSpelling<SourceState>> spellings() { return kSourceStateSpellings; }
} // namespace detail

/// The final answer of a source (or of the whole run).
struct SourceOutcome {
    SourceState state = SourceState::Waiting;
    LookupResult result;  ///< for Found
    LocalizedText detail; ///< what was found, or why not
};

/// What the user (or the command line) chose for online discovery.
struct DiscoveryOptions {
    static constexpr auto kDefaultIspdbUrl = "https://live.thunderbird.net/autoconfig/v1.1/";
    static constexpr std::chrono::milliseconds kDefaultTotalTimeout{10000};
    static constexpr std::chrono::milliseconds kDefaultSourceTimeout{6000};

    QUrl ispdbBaseUrl = QUrl(QString::fromLatin1(kDefaultIspdbUrl));
    /// Also ask the plain-http autoconfig addresses (results are marked insecure).
    bool allowHttp = false;
    /// The whole run ends after this; sources still waiting count as timed out.
    std::chrono::milliseconds totalTimeout = kDefaultTotalTimeout;
    /// Per source, in kDiscoverySources order.
    std::array<std::chrono::milliseconds, 4> sourceTimeouts{kDefaultSourceTimeout, kDefaultSourceTimeout,
                                                            kDefaultSourceTimeout, kDefaultSourceTimeout};

    [[nodiscard]] std::chrono::milliseconds timeoutOf(DiscoverySourceKind kind) const
    {
        return sourceTimeouts.at(static_cast<std::size_t>(kind));
    }
    /// Sets the whole run's bound and caps every source's timeout at it.
    void setTotalTimeout(std::chrono::milliseconds timeout)
    {
        totalTimeout = timeout;
        for (auto &source : sourceTimeouts)
            source = std::min(source, timeout);
    }
};

/// Everything a source needs; the pointers are not owned and outlive the run.
struct DiscoveryContext {
    EmailAddress address;
    const Catalog *catalog = nullptr;
    QNetworkAccessManager *network = nullptr;
    DnsResolver *dns = nullptr;
    const PublicSuffixList *suffixes = nullptr;
    DiscoveryOptions options;
};

} // namespace mailsetup
