// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"
#include "model/Provider.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace mailsetup {

/// Fetches one autoconfig/ISPDB URL as if the network were hostile, and parses the answer.
///
/// The rules (docs/discovery.md, "Trust rules"): at most kMaxRedirects redirects, never from
/// https to http (nor to any other scheme); plain http only when allowed; the body is capped at
/// ClientConfigParser::kMaxBytes and the download aborted beyond it; the content type must be
/// text/xml or application/xml; TLS errors are never ignored.
class ConfigDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigDownload)

public:
    static constexpr int kMaxRedirects = 3;

    enum class Status {
        Found,   ///< a usable configuration in `provider`
        Nothing, ///< the server says there is none (404, 410) or the host does not exist
        Failed,  ///< anything else; `reason` says what
    };

    struct Outcome {
        Status status = Status::Failed;
        std::optional<Provider> provider;
        /// Every hop was https with a verified certificate.
        bool secure = false;
        QUrl finalUrl;
        LocalizedText reason; ///< for Nothing and Failed
    };

    ConfigDownload(QNetworkAccessManager *network, bool allowHttp, QObject *parent = nullptr);
    ~ConfigDownload() override;

    /// For a central server (the ISPDB) a missing host is a failure (no network?), not "no
    /// configuration here" as for a provider's optional autoconfig host.
    void setHostMustExist(bool mustExist) { m_hostMustExist = mustExist; }

    /// Starts the download; finished() follows exactly once unless abort() comes first.
    void start(const QUrl &url);
    /// Stops at once; no finished() follows.
    void abort();

    [[nodiscard]] const Outcome &outcome() const { return m_outcome; }

    /// "text/xml; charset=utf-8" → true. Thunderbird accepts the same two types.
    [[nodiscard]] static bool isXmlContentType(const QByteArray &contentType);
    /// Whether following a redirect from `from` to `to` is allowed (scheme rules only).
    [[nodiscard]] static bool isRedirectAllowed(const QUrl &from, const QUrl &to, bool allowHttp);

Q_SIGNALS:
    void finished();

private:
    void request(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finish(Status status, const LocalizedText &reason = {});
    void releaseReply();

    QNetworkAccessManager *m_network;
    bool m_allowHttp;
    bool m_hostMustExist = false;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url; ///< the URL as asked for (before any --resolve rewriting)
    int m_redirects = 0;
    bool m_allHttps = true;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Outcome m_outcome;
};

} // namespace mailsetup
