// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OverridingNetworkAccessManager.h"

#include <QNetworkProxyFactory>

namespace mailsetup {

namespace {

/// The system's proxy, except for connections --resolve sends to a fixed address: those are
/// meant to reach that address directly (as curl does).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SystemProxyFactory(const ConnectionOverrides &overrides) : m_overrides(overrides) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        for (const HostOverride &entry : m_overrides.resolve) {
            if (query.peerHostName() == entry.address)
                return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        return systemProxyForQuery(query);
    }

private:
    ConnectionOverrides m_overrides;
};

} // namespace

OverridingNetworkAccessManager::OverridingNetworkAccessManager(ConnectionOverrides overrides, QObject *parent)
    : QNetworkAccessManager(parent), m_overrides(std::move(overrides))
{
    setProxyFactory(new SystemProxyFactory(m_overrides)); // takes ownership
}

QNetworkRequest OverridingNetworkAccessManager::rewritten(const QNetworkRequest &request,
                                                          const ConnectionOverrides &overrides)
{
    QNetworkRequest result = request;
    // TLS errors are never ignored; only the set of trusted authorities may grow.
    result.setSslConfiguration(overrides.sslConfiguration());
    const QUrl url = request.url();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const quint16 port = quint16(url.port(defaultPort));
    const HostOverride *entry = overrides.find(url.host(), port);
    if (!entry)
        return result;
    QUrl target = url;
    target.setHost(entry->address);
    target.setPort(entry->connectPort());
    result.setUrl(target);
    result.setPeerVerifyName(url.host());
    const QString host = port == defaultPort ? url.host() : url.host() + u':' + QString::number(port);
    result.setRawHeader("Host", host.toLatin1());
    return result;
}

QNetworkReply *OverridingNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                             QIODevice *data)
{
    return QNetworkAccessManager::createRequest(operation, rewritten(request, m_overrides), data);
}

} // namespace mailsetup
