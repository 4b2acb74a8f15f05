// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryPlan.h"

#include "discovery/Bilingual.h"
#include "discovery/DiscoveredSettings.h"
#include "discovery/DiscoveryUrls.h"

namespace mailsetup::DiscoveryPlan {

namespace {

const char *const kContext = "DiscoveryPlan";

} // namespace

QList<Contact> contacts(const EmailAddress &address, const DiscoveryOptions &options)
{
    const QString domain = address.domainAce();
    const LocalizedText sendsDomain =
        bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryPlan", "the domain %1 (never your full address)"), domain);
    QList<Contact> result;
    for (const QUrl &url : DiscoveryUrls::autoconfig(domain, options.allowHttp))
        result.append({DiscoverySourceKind::Autoconfig, url.toString(), sendsDomain});
    result.append({DiscoverySourceKind::Ispdb, DiscoveryUrls::ispdb(options.ispdbBaseUrl, domain).toString(), sendsDomain});
    result.append({DiscoverySourceKind::Mx, QStringLiteral("DNS"),
                   bilingual(kContext,
                             QT_TRANSLATE_NOOP("DiscoveryPlan",
                                               "a question for the MX record of %1 to your DNS server; if the mail server "
                                               "belongs to another provider, that provider's domain goes to %2 and to its "
                                               "own autoconfig address"),
                             domain, options.ispdbBaseUrl.host())});
    QStringList names;
    for (const DiscoveredSettings::SrvService &service : DiscoveredSettings::srvServices())
        names.append(DiscoveredSettings::srvName(service, domain));
    result.append({DiscoverySourceKind::Srv, QStringLiteral("DNS"),
                   bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryPlan", "questions for %1 to your DNS server"),
                             names.join(QLatin1String(", ")))});
    return result;
}

} // namespace mailsetup::DiscoveryPlan
