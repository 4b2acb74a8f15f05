// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/GlossaryLinks.h"

namespace mailsetup::GlossaryLinks {

QString termFor(SettingsText::Field field)
{
    switch (field) {
    case SettingsText::Field::Server:
        return QStringLiteral("server");
    case SettingsText::Field::Port:
        return QStringLiteral("port");
    case SettingsText::Field::Encryption:
        return QStringLiteral("encryption");
    case SettingsText::Field::Username:
        return QStringLiteral("username");
    case SettingsText::Field::Authentication:
        return QStringLiteral("authentication");
    }
    return {};
}

QString termFor(Protocol protocol)
{
    return spelling(protocol);
}

QString termFor(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("ssl-tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        break;
    }
    return QStringLiteral("encryption");
}

QString termFor(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OAuth2:
        return QStringLiteral("oauth2");
    case AuthMethod::SmtpAfterPop:
    case AuthMethod::Password:
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("authentication");
    default:
        break;
    }
    return {};
}

} // namespace mailsetup::GlossaryLinks
