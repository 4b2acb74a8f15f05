// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DnsResolver.h"
#include "model/LookupResult.h"

#include <QList>
#include <QString>

namespace mailsetup {

class PublicSuffixList;

/// Turns what the online sources found into a LookupResult; pure functions, no I/O.
namespace DiscoveredSettings {

/// A provider's configuration file (autoconfig, ISPDB) filled in for `address`; secure until
/// markInsecure() says otherwise.
[[nodiscard]] LookupResult fromProvider(const Provider &provider, const EmailAddress &address, SettingsSource source);

/// Marks a result as coming from a channel that cannot be trusted and says why in a warning
/// note (the wizard asks the user to confirm such results).
void markInsecure(LookupResult &result, const LocalizedText &why);

// --- SRV (RFC 6186, RFC 8314) -------------------------------------------------------------

struct SrvService {
    const char *label; ///< "_imaps"
    Protocol protocol;
    Security security;
};
/// The six mail services, implicit TLS before STARTTLS.
[[nodiscard]] QList<SrvService> srvServices();
/// "_imaps._tcp.example.com"
[[nodiscard]] QString srvName(const SrvService &service, const QString &aceDomain);

struct SrvAnswer {
    SrvService service;
    DnsAnswer answer;
};

/// The servers the records name, recommended first; a "." target ("not offered"), targets that
/// are no valid host names and records without a port are left out. Usernames are the full address (SRV cannot say otherwise).
/// `secure` is true when every server is in the address's own domain.
[[nodiscard]] LookupResult fromSrv(const QList<SrvAnswer> &answers, const EmailAddress &address,
                                   const PublicSuffixList &suffixes);

// --- MX -----------------------------------------------------------------------------------

/// The exchanges (lower-case ACE), most preferred (lowest preference value) first, without
/// duplicates and without names that are no valid host names.
[[nodiscard]] QStringList mxHostsByPreference(const QList<MxRecord> &records);

/// The base domain of `mxHost` to ask the ISPDB/autoconfig about; empty when it is the user's
/// own domain (nothing new to learn) or has no registrable domain.
[[nodiscard]] QString mxBaseDomain(const QString &mxHost, const QString &aceDomain, const PublicSuffixList &suffixes);

/// Whether two host names belong to the same registrable domain.
[[nodiscard]] bool sameOrganisation(const QString &hostA, const QString &hostB, const PublicSuffixList &suffixes);

} // namespace DiscoveredSettings

} // namespace mailsetup
