// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryUrls.h"

namespace mailsetup::DiscoveryUrls {

namespace {

QUrl providerUrl(const QString &scheme, const QString &host, const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPath(path);
    return url;
}

QUrl autoconfigHostUrl(const QString &scheme, const QString &aceDomain)
{
    return providerUrl(scheme, QStringLiteral("autoconfig.") + aceDomain, QStringLiteral("/mail/config-v1.1.xml"));
}

} // namespace

QList<QUrl> autoconfig(const QString &aceDomain, bool allowHttp)
{
    const QString wellKnown = QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml");
    QList<QUrl> urls{autoconfigHostUrl(QStringLiteral("https"), aceDomain),
                     providerUrl(QStringLiteral("https"), aceDomain, wellKnown)};
    if (allowHttp) {
        urls.append(autoconfigHostUrl(QStringLiteral("http"), aceDomain));
        urls.append(providerUrl(QStringLiteral("http"), aceDomain, wellKnown));
    }
    return urls;
}

QUrl ispdb(const QUrl &base, const QString &aceDomain)
{
    QUrl url = base;
    QString path = base.path(QUrl::FullyDecoded);
    const QString placeholder = QStringLiteral("{{domain}}");
    if (path.contains(placeholder)) {
        path.replace(placeholder, aceDomain);
    } else {
        if (!path.endsWith(u'/'))
            path += u'/';
        path += aceDomain;
    }
    url.setPath(path, QUrl::DecodedMode);
    return url;
}

QList<QUrl> forMxDomain(const QString &aceBaseDomain, const QUrl &ispdbBase)
{
    return {autoconfigHostUrl(QStringLiteral("https"), aceBaseDomain), ispdb(ispdbBase, aceBaseDomain)};
}

} // namespace mailsetup::DiscoveryUrls
