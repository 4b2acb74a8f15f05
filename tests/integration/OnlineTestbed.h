// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTestServer.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

/// The HTTPS side of online discovery on loopback: a test CA, an HTTPS server whose certificate
/// names every test host, a plain HTTP server, and the `lookup --online` arguments that send
/// every autoconfig and ISPDB request of a domain to them (--resolve, --ca-file, --ispdb-url).
class OnlineTestbed
{
public:
    /// `hosts`: the names the HTTPS certificate must be valid for.
    bool start(const QStringList &hosts)
    {
        m_pki = std::make_unique<TestPki>(m_dir.path());
        if (!m_pki->createAuthority() || !m_pki->createServer(QStringLiteral("web"), hosts + QStringList{kIspdbHost}))
            return false;
        https = std::make_unique<HttpTestServer>(m_pki->certificateFile(QStringLiteral("web")),
                                                 m_pki->keyFile(QStringLiteral("web")));
        http = std::make_unique<HttpTestServer>();
        return https->listen() && http->listen();
    }

    [[nodiscard]] TestPki &pki() { return *m_pki; }
    [[nodiscard]] QString ispdbPath(const QString &domain) const { return QStringLiteral("/v1.1/") + domain; }

    /// `lookup anna@DOMAIN --online --format json …`, with DNS questions going to `dnsServer`.
    [[nodiscard]] QStringList lookupArguments(const QString &domain, const QString &dnsServer, int timeoutSeconds = 8) const
    {
        const QString httpsTarget = QStringLiteral("127.0.0.1:") + QString::number(https->port());
        const QString ispdbPort = QString::number(https->port());
        return {QStringLiteral("lookup"), QStringLiteral("anna@") + domain, QStringLiteral("--online"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout"),
                QString::number(timeoutSeconds), QStringLiteral("--dns-server"), dnsServer, QStringLiteral("--ca-file"),
                m_pki->caFile(), QStringLiteral("--ispdb-url"),
                QStringLiteral("https://%1:%2/v1.1/").arg(kIspdbHost, ispdbPort), QStringLiteral("--resolve"),
                QStringLiteral("%1:%2:127.0.0.1").arg(kIspdbHost, ispdbPort), QStringLiteral("--resolve"),
                QStringLiteral("autoconfig.%1:443:%2").arg(domain, httpsTarget), QStringLiteral("--resolve"),
                QStringLiteral("%1:443:%2").arg(domain, httpsTarget), QStringLiteral("--resolve"),
                QStringLiteral("autoconfig.%1:80:127.0.0.1:%2").arg(domain, QString::number(http->port()))};
    }

    /// The `state` of one source in a lookup's "discovery" list.
    [[nodiscard]] static QString sourceState(const QJsonObject &json, const QString &source)
    {
        for (const QJsonValue &entry : json.value(QStringLiteral("discovery")).toArray()) {
            if (entry[QStringLiteral("source")].toString() == source)
                return entry[QStringLiteral("state")].toString();
        }
        return {};
    }

    static inline const QString kIspdbHost = QStringLiteral("ispdb.example.test");

    std::unique_ptr<HttpTestServer> https;
    std::unique_ptr<HttpTestServer> http;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
};
