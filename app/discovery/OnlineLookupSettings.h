// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "model/LookupResult.h"

#include <QString>

class QSettings;

namespace mailsetup {

/// The user's decisions about going online, remembered in QSettings (`privacy/onlineLookup`,
/// `privacy/allowInsecureSources`, `privacy/connectionCheck`). Nothing goes online before the
/// user has said yes; the command line's `--online` counts as a yes for that one run, and
/// `mailsetup check` is itself the request to connect.
struct OnlineLookupSettings {
    enum class Consent { NotAsked, Allowed, Refused };

    static constexpr auto kConsentKey = "privacy/onlineLookup";
    static constexpr auto kInsecureKey = "privacy/allowInsecureSources";
    static constexpr auto kCheckConsentKey = "privacy/connectionCheck";

    Consent consent = Consent::NotAsked;
    /// Also ask plain-http autoconfig addresses; their results need confirmation.
    bool allowInsecureSources = false;
    /// The wizard's "Check connection": connecting to the provider's mail servers is network
    /// traffic too, and is asked about separately (it reaches only the provider, no third party).
    Consent connectionCheck = Consent::NotAsked;

    [[nodiscard]] static OnlineLookupSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Whether the wizard has to ask before it may look online.
    [[nodiscard]] bool needsQuestion() const { return consent == Consent::NotAsked; }
    /// Online discovery runs only with consent, for a valid address the catalogs do not know.
    [[nodiscard]] bool mayDiscover(const LookupResult &offline) const;

    friend bool operator==(const OnlineLookupSettings &, const OnlineLookupSettings &) = default;
};

/// The stored spellings: "allowed", "refused", "not-asked".
inline constexpr EnumSpelling<OnlineLookupSettings::Consent> kConsentSpellings[] = {
    {OnlineLookupSettings::Consent::NotAsked, "not-asked"},
    {OnlineLookupSettings::Consent::Allowed, "allowed"},
    {OnlineLookupSettings::Consent::Refused, "refused"}};
namespace detail {
template <> inline std::span<const EnumSpelling<OnlineLookupSettings::Consent>> spellings() { return kConsentSpellings; }
} // namespace detail

} // namespace mailsetup
