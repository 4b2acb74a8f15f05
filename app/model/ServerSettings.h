// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "model/Language.h"

#include <QList>
#include <QString>

namespace mailsetup {

/// One server with everything filled in for a concrete address: what the user types into the
/// mail program.
struct ServerSettings {
    Protocol protocol = Protocol::Imap;
    QString host; ///< ACE; empty when the hoster assigns each customer a server name
    quint16 port = 0;
    Security security = Security::Ssl;
    QList<AuthMethod> auth;
    QString username;           ///< empty when the provider assigns account names
    LocalizedText usernameHint; ///< what to enter when `username` is empty
    LocalizedText hostHint;     ///< what to enter when `host` is empty

    [[nodiscard]] bool isEncrypted() const { return security != Security::None; }
    [[nodiscard]] bool acceptsPassword() const
    {
        return auth.contains(AuthMethod::Password) || auth.contains(AuthMethod::PasswordEncrypted);
    }
    friend bool operator==(const ServerSettings &, const ServerSettings &) = default;
};

} // namespace mailsetup
