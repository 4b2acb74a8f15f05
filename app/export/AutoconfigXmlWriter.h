// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

#include <QStringList>

namespace mailsetup {

/// Writes Mozilla's autoconfig file (`clientConfig` version 1.1) for the account's domain, to be
/// served as `autoconfig.<domain>/mail/config-v1.1.xml` or dropped into Thunderbird's `isp/`.
///
/// Lists every known server, the chosen incoming protocol first and otherwise recommended
/// first, with the exact enum spellings Thunderbird compares case-sensitively and no whitespace
/// inside values. Logins become %EMAILADDRESS% / %EMAILLOCALPART% where they are just that, so
/// the file serves every address of the domain (and numeric-looking names are not turned into
/// numbers by Thunderbird's parser).
class AutoconfigXmlWriter
{
public:
    [[nodiscard]] static ExportBytes write(const ExportAccount &account);

    /// The `<authentication>` values for a server's methods, in the server's order.
    [[nodiscard]] static QStringList authenticationValues(const QList<AuthMethod> &methods);
    /// The `<username>` for a login: a placeholder where it stands for the address or its local part.
    [[nodiscard]] static QString usernameValue(const ExportAccount &account, const QString &login);
};

} // namespace mailsetup
