// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup::ThunderbirdOAuthHosts {

/// Whether Thunderbird 153 can sign in to `host` with OAuth2. Thunderbird has its OAuth2
/// providers built in (`kHostnames` in modules/OAuth2Providers.sys.mjs) and matches a host and
/// each of its parent domains against that list; for any other host it rejects authMethod 10
/// in autoconfig files and cannot sign in with it from prefs.
[[nodiscard]] bool isKnown(const QString &host);

} // namespace mailsetup::ThunderbirdOAuthHosts
