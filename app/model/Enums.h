// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

/// The closed value lists of the catalog schema and the JSON contract, with their spellings.
namespace mailsetup {

enum class Protocol { Imap, Pop3, Smtp };
enum class Security { Ssl, StartTls, None };
enum class AuthMethod {
    Password,
    PasswordEncrypted,
    OAuth2,
    Ntlm,
    Gssapi,
    TlsClientCert,
    ClientIp,
    SmtpAfterPop,
    None
};
enum class ProviderStatus { Active, Unverified, Defunct, Merged };
enum class NoteKind { BeforeSetup, AppPassword, OAuth2, Limit, Warning, Info, Status };
/// Where a lookup answer came from (`source` in the JSON contract).
enum class SettingsSource { Catalog, Ispdb, UserCatalog, OnlineIspdb, Autoconfig, Mx, Srv };

template <typename E>
struct EnumSpelling {
    E value;
    const char *name;
};

inline constexpr EnumSpelling<Protocol> kProtocolSpellings[] = {
    {Protocol::Imap, "imap"}, {Protocol::Pop3, "pop3"}, {Protocol::Smtp, "smtp"}};
inline constexpr EnumSpelling<Security> kSecuritySpellings[] = {
    {Security::Ssl, "ssl"}, {Security::StartTls, "starttls"}, {Security::None, "none"}};
inline constexpr EnumSpelling<AuthMethod> kAuthMethodSpellings[] = {
    {AuthMethod::Password, "password"},
    {AuthMethod::PasswordEncrypted, "password-encrypted"},
    {AuthMethod::OAuth2, "oauth2"},
    {AuthMethod::Ntlm, "ntlm"},
    {AuthMethod::Gssapi, "gssapi"},
    {AuthMethod::TlsClientCert, "tls-client-cert"},
    {AuthMethod::ClientIp, "client-ip"},
    {AuthMethod::SmtpAfterPop, "smtp-after-pop"},
    {AuthMethod::None, "none"}};
inline constexpr EnumSpelling<ProviderStatus> kStatusSpellings[] = {
    {ProviderStatus::Active, "active"},
    {ProviderStatus::Unverified, "unverified"},
    {ProviderStatus::Defunct, "defunct"},
    {ProviderStatus::Merged, "merged"}};
inline constexpr EnumSpelling<NoteKind> kNoteKindSpellings[] = {
    {NoteKind::BeforeSetup, "before-setup"}, {NoteKind::AppPassword, "app-password"},
    {NoteKind::OAuth2, "oauth2"},            {NoteKind::Limit, "limit"},
    {NoteKind::Warning, "warning"},          {NoteKind::Info, "info"},
    {NoteKind::Status, "status"}};
inline constexpr EnumSpelling<SettingsSource> kSourceSpellings[] = {
    {SettingsSource::Catalog, "catalog"},         {SettingsSource::Ispdb, "ispdb"},
    {SettingsSource::UserCatalog, "user-catalog"}, {SettingsSource::OnlineIspdb, "online-ispdb"},
    {SettingsSource::Autoconfig, "autoconfig"},   {SettingsSource::Mx, "mx"},
    {SettingsSource::Srv, "srv"}};

namespace detail {
template <typename E>
std::span<const EnumSpelling<E>> spellings();
template <> inline std::span<const EnumSpelling<Protocol>> spellings() { return kProtocolSpellings; }
template <> inline std::span<const EnumSpelling<Security>> spellings() { return kSecuritySpellings; }
template <> inline std::span<const EnumSpelling<AuthMethod>> spellings() { return kAuthMethodSpellings; }
template <> inline std::span<const EnumSpelling<ProviderStatus>> spellings() { return kStatusSpellings; }
template <> inline std::span<const EnumSpelling<NoteKind>> spellings() { return kNoteKindSpellings; }
template <> inline std::span<const EnumSpelling<SettingsSource>> spellings() { return kSourceSpellings; }
} // namespace detail

/// The schema/JSON spelling of an enum value, e.g. `Security::StartTls` → "starttls".
template <typename E>
QString spelling(E value)
{
    for (const auto &entry : detail::spellings<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

/// The enum value for a schema/JSON spelling; exact, case-sensitive match.
template <typename E>
std::optional<E> fromSpelling(QStringView text)
{
    for (const auto &entry : detail::spellings<E>()) {
        if (text == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

/// All spellings of an enum, comma-separated, for error messages ("one of: ssl, starttls, none").
template <typename E>
QString allSpellings()
{
    QString result;
    for (const auto &entry : detail::spellings<E>()) {
        if (!result.isEmpty())
            result += QLatin1String(", ");
        result += QLatin1String(entry.name);
    }
    return result;
}

} // namespace mailsetup
