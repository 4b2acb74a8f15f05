// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ServerSettings.h"

#include <optional>

namespace mailsetup {

/// How Outlook (PRF profiles and Autodiscover responses) can log in to a server.
enum class OutlookLogin {
    Password,  ///< user name and password (Outlook negotiates CRAM-MD5 itself)
    Spa,       ///< "Secure Password Authentication" (NTLM)
    NoLogin,   ///< sending without login (by IP address); SMTP only
    FetchFirst ///< fetch mail before sending (SMTP after POP); SMTP only
};

/// The first of the server's methods Outlook can use, or nothing (OAuth2, Kerberos and
/// certificates cannot be expressed in its files).
[[nodiscard]] std::optional<OutlookLogin> outlookLogin(const ServerSettings &server);

} // namespace mailsetup
