// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/OutlookLogin.h"

namespace mailsetup {

std::optional<OutlookLogin> outlookLogin(const ServerSettings &server)
{
    const bool outgoing = server.protocol == Protocol::Smtp;
    for (const AuthMethod method : server.auth) {
        switch (method) {
        case AuthMethod::Password:
        case AuthMethod::PasswordEncrypted:
            return OutlookLogin::Password;
        case AuthMethod::Ntlm:
            return OutlookLogin::Spa;
        case AuthMethod::ClientIp:
        case AuthMethod::None:
            if (outgoing)
                return OutlookLogin::NoLogin;
            break;
        case AuthMethod::SmtpAfterPop:
            if (outgoing)
                return OutlookLogin::FetchFirst;
            break;
        case AuthMethod::OAuth2:
        case AuthMethod::Gssapi:
        case AuthMethod::TlsClientCert:
            break;
        }
    }
    return std::nullopt;
}

} // namespace mailsetup
