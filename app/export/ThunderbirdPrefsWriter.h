// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

#include <optional>

namespace mailsetup {

/// Writes one account as Thunderbird 153 preferences (`user_pref(…);` lines): a user.js for a
/// fresh profile, or the prefs.js inside a profile ZIP for Thunderbird's importer.
///
/// Both contain only the account's own prefs — no Local Folders, no `*.default.*`, no
/// `mail.smtp.defaultserver` or `defaultaccount` (they would take over the user's defaults), no
/// directories and nothing unrelated; the identity names its SMTP server itself.
class ThunderbirdPrefsWriter
{
public:
    enum class Target { UserJs, ProfileImport };

    [[nodiscard]] static ExportBytes write(const ExportAccount &account, Target target);

    /// A double-quoted pref-file string: `\` `"` and line breaks escaped, other text as UTF-8.
    [[nodiscard]] static QString quoted(const QString &text);
    /// Thunderbird's nsMsgSocketType: 0 plain, 2 STARTTLS, 3 SSL/TLS (1 no longer exists).
    [[nodiscard]] static int socketType(Security security);
    /// Thunderbird's nsMsgAuthMethod for the first method of `server` Thunderbird can use
    /// (OAuth2 = 10 only for hosts it knows), or nothing if it can use none of them.
    [[nodiscard]] static std::optional<int> authMethod(const ServerSettings &server);
};

} // namespace mailsetup
