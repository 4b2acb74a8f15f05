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
    QString text = base.toString();
    const QString placeholder = QStringLiteral("{{domain}}");
    if (text.contains(placeholder))
        return QUrl(text.replace(placeholder, aceDomain));
    if (!text.endsWith(u'/'))
        text += u'/';
    return QUrl(text + aceDomain);
}

QList<QUrl> forMxDomain(const QString &aceBaseDomain, const QUrl &ispdbBase)
{
    return {autoconfigHostUrl(QStringLiteral("https"), aceBaseDomain), ispdb(ispdbBase, aceBaseDomain)};
}

} // namespace mailsetup::DiscoveryUrls
