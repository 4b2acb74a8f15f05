// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "model/Language.h"
#include "model/LookupResult.h"

#include <QDate>
#include <QString>

/// The words the assistant uses for settings, in German and English, shared by the command
/// line, the wizard and the settings sheet so that all of them say the same thing.
namespace mailsetup::SettingsText {

enum class Field { Server, Port, Encryption, Username, Authentication };

[[nodiscard]] QString fieldLabel(Field field, Language language);
[[nodiscard]] QString protocolName(Protocol protocol);
[[nodiscard]] QString securityName(Security security, Language language);
[[nodiscard]] QString authName(AuthMethod method, Language language);
/// The methods of a server, preferred first, joined for display.
[[nodiscard]] QString authNames(const QList<AuthMethod> &methods, Language language);
[[nodiscard]] QString statusName(ProviderStatus status, Language language);
[[nodiscard]] QString noteKindTitle(NoteKind kind, Language language);
[[nodiscard]] QString sourceName(SettingsSource source, Language language);
/// "Incoming mail" / "Outgoing mail".
[[nodiscard]] QString directionTitle(Protocol protocol, Language language);
/// The user name to type, or the provider's hint when it assigns account names.
[[nodiscard]] QString usernameText(const ServerSettings &server, Language language);
/// The value of one field of a server as shown to the user.
[[nodiscard]] QString fieldValue(const ServerSettings &server, Field field, Language language);

/// A date as people write it: "30. Dezember 2010" / "30 December 2010" (JSON keeps ISO dates).
[[nodiscard]] QString formatDate(QDate date, Language language);

/// The whole answer as a readable, aligned text block (command line, "Copy all").
[[nodiscard]] QString formatResult(const LookupResult &result, Language language);

} // namespace mailsetup::SettingsText
