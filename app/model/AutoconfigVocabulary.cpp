// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AutoconfigVocabulary.h"

namespace mailsetup::AutoconfigVocabulary {

namespace {

// The first spelling of a method is the one we write; later ones are deprecated aliases.
constexpr EnumSpelling<AuthMethod> kAuthValues[] = {
    {AuthMethod::Password, "password-cleartext"},
    {AuthMethod::Password, "plain"},
    {AuthMethod::PasswordEncrypted, "password-encrypted"},
    {AuthMethod::PasswordEncrypted, "secure"},
    {AuthMethod::OAuth2, "OAuth2"},
    {AuthMethod::Ntlm, "NTLM"},
    {AuthMethod::Gssapi, "GSSAPI"},
    {AuthMethod::TlsClientCert, "TLS-client-cert"},
    {AuthMethod::ClientIp, "client-IP-address"},
    {AuthMethod::SmtpAfterPop, "smtp-after-pop"},
    {AuthMethod::None, "none"},
};

constexpr EnumSpelling<Security> kSecurityValues[] = {
    {Security::Ssl, "SSL"},
    {Security::StartTls, "STARTTLS"},
    {Security::None, "plain"},
};

template <typename E, std::size_t N>
std::optional<E> valueFor(const EnumSpelling<E> (&table)[N], QStringView text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString spellingFor(const EnumSpelling<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

} // namespace

std::optional<AuthMethod> authMethod(QStringView configValue)
{
    return valueFor(kAuthValues, configValue);
}

std::optional<Security> security(QStringView configValue)
{
    return valueFor(kSecurityValues, configValue);
}

QString authValue(AuthMethod method)
{
    return spellingFor(kAuthValues, method);
}

QString securityValue(Security security)
{
    return spellingFor(kSecurityValues, security);
}

} // namespace mailsetup::AutoconfigVocabulary
