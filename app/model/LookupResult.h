// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address/EmailAddress.h"
#include "model/Provider.h"
#include "model/ServerSettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace mailsetup {

/// The answer for one address: which provider, which servers (recommended first), what to do.
struct LookupResult {
    EmailAddress address;
    bool found = false;
    std::optional<SettingsSource> source;
    /// Whether the channel the answer came from is trustworthy (bundled, verified HTTPS).
    bool secure = true;
    std::optional<Provider> provider;     ///< the matched entry
    std::optional<Provider> mergedTarget; ///< for a merged entry: the provider that serves it now
    /// The entry's `verified` date is older than the catalog's freshness limit.
    bool outdated = false;
    QList<ServerSettings> incoming;
    QList<ServerSettings> outgoing;
    QList<Note> notes;
    /// "Did you mean …": a corrected full address, or empty.
    QString suggestion;

    /// Exit-code meaning of the CLI: servers to set up exist.
    [[nodiscard]] bool isUsable() const { return !incoming.isEmpty() && !outgoing.isEmpty(); }
};

} // namespace mailsetup
