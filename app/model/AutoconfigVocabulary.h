// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QString>
#include <QStringView>

#include <optional>

/// The values of Thunderbird's autoconfig format (`<socketType>`, `<authentication>`,
/// formats.md §1.4) and how they map to ours — one table for everything that reads or writes
/// clientConfig XML (online discovery, the ISPDB import, the autoconfig export). Case-sensitive,
/// like Thunderbird.
namespace mailsetup::AutoconfigVocabulary {

/// product.md mapping: password-cleartext/plain → password, password-encrypted/secure →
/// password-encrypted, OAuth2, NTLM, GSSAPI, TLS-client-cert, none by name, client-IP-address →
/// client-ip, smtp-after-pop. std::nullopt for values we do not know.
[[nodiscard]] std::optional<AuthMethod> authMethod(QStringView configValue);
/// "SSL", "STARTTLS", "plain".
[[nodiscard]] std::optional<Security> security(QStringView configValue);

/// The value Thunderbird expects when we write a method (the non-deprecated spelling).
[[nodiscard]] QString authValue(AuthMethod method);
[[nodiscard]] QString securityValue(Security security);

} // namespace mailsetup::AutoconfigVocabulary
