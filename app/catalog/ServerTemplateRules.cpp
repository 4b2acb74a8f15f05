// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ServerTemplateRules.h"

#include "address/DomainName.h"
#include "address/EmailAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace mailsetup::ServerTemplateRules {

namespace {

const QString kAddress = QStringLiteral("%EMAILADDRESS%");
const QString kLocalPart = QStringLiteral("%EMAILLOCALPART%");
const QString kDomain = QStringLiteral("%EMAILDOMAIN%");
const QString kMxHost = QStringLiteral("%MXHOST%");
// Stands in for %EMAILDOMAIN% while the rest of a host template is checked.
const QString kDomainStandIn = QStringLiteral("placeholder.example");

QString unknownPlaceholder(const QString &text, const QStringList &allowed)
{
    static const QRegularExpression placeholder(QStringLiteral("%[^%\\s]*%?"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured();
        if (!allowed.contains(found))
            return found;
    }
    return {};
}

} // namespace

bool isMxHost(const QString &host)
{
    return host == kMxHost;
}

QString checkHost(const QString &host)
{
    if (host != host.trimmed()) // QHostAddress would accept "192.0.2.1 " and keep the space
        return QStringLiteral("host '%1' starts or ends with a space").arg(host);
    if (isMxHost(host))
        return {};
    const QString unknown = unknownPlaceholder(host, {kDomain});
    if (!unknown.isEmpty())
        return QStringLiteral("host '%1' uses the unknown placeholder '%2' (host names allow %EMAILDOMAIN%, or %MXHOST% alone)")
            .arg(host, unknown);
    // QHostAddress also accepts what follows a NUL byte or a scope ("%eth0"): only the
    // characters of an address itself count as one.
    const bool addressCharacters = std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'.' || c == u':';
    });
    if (addressCharacters && QHostAddress().setAddress(host))
        return {};
    QString candidate = host;
    candidate.replace(kDomain, kDomainStandIn);
    const DomainName domain = DomainName::parse(candidate, false);
    if (!domain.isValid())
        return QStringLiteral("host '%1' is not a valid host name: %2").arg(host, domain.problem.message(Language::English));
    return {};
}

QString normalizedHost(const QString &host)
{
    if (isMxHost(host))
        return host;
    if (!host.contains(kDomain))
        return DomainName::toAce(host);
    QString candidate = host;
    candidate.replace(kDomain, kDomainStandIn);
    return DomainName::toAce(candidate).replace(kDomainStandIn, kDomain);
}

QString checkUsernameTemplate(const QString &username)
{
    const bool control = std::any_of(username.cbegin(), username.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
    if (control)
        return QStringLiteral("username '%1' contains a control character or line break").arg(username);
    if (username != username.trimmed())
        return QStringLiteral("username '%1' starts or ends with a space").arg(username);
    const QString unknown = unknownPlaceholder(username, {kAddress, kLocalPart, kDomain});
    if (unknown.isEmpty())
        return {};
    return QStringLiteral("username '%1' uses the unknown placeholder '%2' (allowed: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%)")
        .arg(username, unknown);
}

QString substitute(const QString &text, const EmailAddress &address)
{
    QString result = text;
    result.replace(kAddress, address.addressAce());
    result.replace(kLocalPart, address.localPart());
    result.replace(kDomain, address.domainAce());
    return result;
}

} // namespace mailsetup::ServerTemplateRules
