// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "model/LookupResult.h"

#include <QDate>

namespace mailsetup {

class TypoSuggester;

/// Turns catalog entries into the concrete settings for one address (offline lookup).
class SettingsResolver
{
public:
    /// Entries checked longer ago than this are shown as "may be outdated".
    static constexpr int kFreshnessMonths = 18;

    /// The catalog's answer for `address`; `suggester` may be null (no typo suggestions).
    [[nodiscard]] static LookupResult lookup(const Catalog &catalog, const EmailAddress &address,
                                             const TypoSuggester *suggester,
                                             QDate today = QDate::currentDate());

    /// The settings of one entry for `address`, e.g. a hoster the user picked for an own domain.
    /// `mxHost` is the domain's mail server when known (online discovery); it fills %MXHOST%.
    [[nodiscard]] static LookupResult resolve(const Catalog &catalog, const Catalog::Entry &entry,
                                              const EmailAddress &address,
                                              QDate today = QDate::currentDate(), const QString &mxHost = {});

    /// Fills in the placeholders and sorts the servers, recommended first. A %MXHOST% host stays
    /// empty (with its hint) unless `mxHost` is given.
    [[nodiscard]] static QList<ServerSettings> settingsFor(const QList<ServerTemplate> &servers,
                                                           const EmailAddress &address, const QString &mxHost = {});

    /// Recommended first: encrypted before unencrypted, IMAP before POP3, implicit TLS before
    /// STARTTLS, then the given order (stable).
    static void sortRecommended(QList<ServerSettings> &servers);
};

} // namespace mailsetup
