// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ConfigDownload.h"

#include "discovery/Bilingual.h"
#include "discovery/ClientConfigParser.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace mailsetup {

namespace {

const char *const kContext = "ConfigDownload";

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}

bool isHttp(const QUrl &url)
{
    return url.scheme() == QLatin1String("http");
}

} // namespace

ConfigDownload::ConfigDownload(QNetworkAccessManager *network, bool allowHttp, QObject *parent)
    : QObject(parent), m_network(network), m_allowHttp(allowHttp)
{
}

ConfigDownload::~ConfigDownload()
{
    releaseReply();
}

bool ConfigDownload::isXmlContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "text/xml" || type == "application/xml";
}

bool ConfigDownload::isRedirectAllowed(const QUrl &from, const QUrl &to, bool allowHttp)
{
    if (isHttps(to))
        return true;
    return isHttp(to) && isHttp(from) && allowHttp;
}

void ConfigDownload::start(const QUrl &url)
{
    m_redirects = 0;
    m_allHttps = true;
    if (!isHttps(url) && !(isHttp(url) && m_allowHttp)) {
        m_url = url;
        const LocalizedText reason = bilingual(kContext,
                                               QT_TRANSLATE_NOOP("ConfigDownload", "%1 is not an https address, and "
                                                                                   "unprotected addresses are not allowed"),
                                               url.toString());
        // Callers connect before start(): report from the event loop, as for every other outcome.
        QMetaObject::invokeMethod(this, [this, reason] { finish(Status::Failed, reason); }, Qt::QueuedConnection);
        return;
    }
    request(url);
}

void ConfigDownload::abort()
{
    releaseReply();
}

void ConfigDownload::request(const QUrl &url)
{
    releaseReply();
    m_url = url;
    m_allHttps = m_allHttps && isHttps(url);
    m_body.clear();
    m_sslErrors.clear();

    QNetworkRequest request(url);
    // Redirects are followed by hand: only then can each hop be checked and counted.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "text/xml, application/xml");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ConfigDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ConfigDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ConfigDownload::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

void ConfigDownload::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > ClientConfigParser::kMaxBytes) {
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                     "the answer from %1 is too large for a "
                                                                     "configuration file"),
                                         m_url.host()));
        return;
    }
    const QByteArray type = m_reply->rawHeader("Content-Type");
    if (!isXmlContentType(type)) {
        finish(Status::Failed,
               bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                     "%1 did not answer with a configuration file (content type \"%2\")"),
                         m_url.host(), QString::fromLatin1(type)));
    }
}

void ConfigDownload::onReadyRead()
{
    // Read at most one byte beyond the cap: enough to know it is too large.
    m_body += m_reply->read(ClientConfigParser::kMaxBytes + 1 - m_body.size());
    if (m_body.size() > ClientConfigParser::kMaxBytes) {
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                     "the answer from %1 is too large for a "
                                                                     "configuration file"),
                                         m_url.host()));
    }
}

void ConfigDownload::onFinished()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_url.host();
    if (error == QNetworkReply::ContentNotFoundError || error == QNetworkReply::ContentGoneError) {
        finish(Status::Nothing, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                      "%1 has no configuration file (HTTP %2)"),
                                          host, QString::number(status)));
        return;
    }
    if (error == QNetworkReply::HostNotFoundError && m_hostMustExist) {
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                     "the server %1 could not be found (is there an "
                                                                     "internet connection?)"),
                                         host));
        return;
    }
    if (error == QNetworkReply::HostNotFoundError) {
        finish(Status::Nothing, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload", "the server %1 does not exist"), host));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        const QString why = m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.constFirst().errorString();
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                     "the secure connection to %1 failed: %2"),
                                         host, why));
        return;
    }
    if (error != QNetworkReply::NoError) {
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload", "could not download from %1: %2"),
                                         host, m_reply->errorString()));
        return;
    }
    if (status >= 300 && status < 400) {
        const QByteArray location = m_reply->rawHeader("Location");
        const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        if (location.isEmpty() || !target.isValid()) {
            finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                         "%1 sent a redirect without a valid target"),
                                             host));
        } else if (++m_redirects > kMaxRedirects) {
            finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                         "%1 redirected more than %2 times"),
                                             host, QString::number(kMaxRedirects)));
        } else if (!isRedirectAllowed(m_url, target, m_allowHttp)) {
            finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload",
                                                                         "%1 redirected to the unprotected address %2, "
                                                                         "which is refused"),
                                             host, target.toString()));
        } else {
            request(target);
        }
        return;
    }
    if (status < 200 || status >= 300) {
        finish(Status::Failed, bilingual(kContext, QT_TRANSLATE_NOOP("ConfigDownload", "%1 answered with HTTP status %2"),
                                         host, QString::number(status)));
        return;
    }
    onReadyRead();
    if (!m_reply)
        return; // too large: already finished
    const ClientConfigParser::Result parsed = ClientConfigParser::parse(m_body);
    if (!parsed.provider) {
        finish(Status::Failed, bilingualFrom([&](Language language) {
                   return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("ConfigDownload", "%1: %2"))
                       .arg(host, parsed.problem.message(language));
               }));
        return;
    }
    m_outcome.provider = parsed.provider;
    finish(Status::Found);
}

void ConfigDownload::finish(Status status, const LocalizedText &reason)
{
    m_outcome.status = status;
    m_outcome.reason = reason;
    m_outcome.finalUrl = m_url;
    m_outcome.secure = status == Status::Found && m_allHttps;
    releaseReply();
    Q_EMIT finished();
}

void ConfigDownload::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace mailsetup
