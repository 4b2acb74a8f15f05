// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

#include <QUuid>

namespace mailsetup {

/// Writes an Apple configuration profile (.mobileconfig, an XML property list) with one
/// `com.apple.mail.managed` payload for iPhone, iPad and Mac Mail.
///
/// The UUIDs and identifiers are name-based (UUID v5) on the address, so exporting the same
/// address again gives a profile that replaces the installed one instead of adding a second.
/// Unsigned and without passwords: the device asks for the password when installing. Apple
/// Mail has no OAuth2 setting in profiles, so OAuth2-only providers are refused.
class MobileconfigWriter
{
public:
    [[nodiscard]] static ExportBytes write(const ExportAccount &account, Language language);

    /// The stable UUID of the profile (`part` "profile") or its mail payload ("mail") for an address.
    [[nodiscard]] static QUuid uuidFor(const QString &address, QStringView part);
};

} // namespace mailsetup
