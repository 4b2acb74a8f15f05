// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DnsResolver.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

/// Canned HTTP answers and DNS records for discovery tests: nothing leaves the process, and
/// faults (hangs, garbage, oversized bodies, errors) can be injected per URL or name.
namespace fake {

/// A provider's clientConfig file: IMAP on `imapHost`:993 and SMTP on smtp.<the address's
/// domain>:465, both SSL/TLS with the full address as user name; the display name is `imapHost`.
inline QByteArray clientConfig(const QString &imapHost)
{
    return QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"p\"><displayName>%1</displayName>"
                          "<incomingServer type=\"imap\"><hostname>%1</hostname><port>993</port><socketType>SSL</socketType>"
                          "<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
                          "</incomingServer><outgoingServer type=\"smtp\"><hostname>smtp.%EMAILDOMAIN%</hostname>"
                          "<port>465</port><socketType>SSL</socketType><authentication>password-cleartext</authentication>"
                          "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>")
        .arg(imapHost)
        .toUtf8();
}

struct Response {
    int status = 200;
    QByteArray contentType = "text/xml";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0;
    bool hang = false;      ///< never answers
    bool announceLength = true;

    static Response xml(const QByteArray &body, int delayMs = 0)
    {
        Response response;
        response.body = body;
        response.delayMs = delayMs;
        return response;
    }
    static Response notFound(int delayMs = 0)
    {
        Response response;
        response.status = 404;
        response.contentType = "text/html";
        response.body = "<html>not found</html>";
        response.error = QNetworkReply::ContentNotFoundError;
        response.errorString = QStringLiteral("Not Found");
        response.delayMs = delayMs;
        return response;
    }
    static Response redirect(const QByteArray &location)
    {
        Response response;
        response.status = 301;
        response.contentType = "text/html";
        response.headers = {{"Location", location}};
        return response;
    }
    static Response failure(QNetworkReply::NetworkError error, const QString &text)
    {
        Response response;
        response.status = 0;
        response.error = error;
        response.errorString = text;
        return response;
    }
    static Response hanging()
    {
        Response response;
        response.hang = true;
        return response;
    }
};

/// What happened to one reply; outlives the reply, which the code under test deletes.
struct ReplyLog {
    bool aborted = false;
    qint64 bytesRead = 0;
};

class Reply final : public QNetworkReply
{
    Q_OBJECT

public:
    Reply(const QNetworkRequest &request, const Response &response, std::shared_ptr<ReplyLog> log, QObject *parent)
        : QNetworkReply(parent), m_response(response), m_log(std::move(log))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!response.hang)
            QTimer::singleShot(response.delayMs, this, &Reply::respond);
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        m_log->aborted = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override { return m_buffer.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_buffer.size()) - m_offset);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_buffer.constData() + m_offset, size_t(count));
        m_offset += count;
        m_log->bytesRead = m_offset;
        return count;
    }

private:
    void respond()
    {
        if (m_aborted)
            return;
        if (m_response.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
            if (!m_response.contentType.isEmpty())
                setRawHeader("Content-Type", m_response.contentType);
            if (m_response.announceLength)
                setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
            for (const auto &header : std::as_const(m_response.headers))
                setRawHeader(header.first, header.second);
            Q_EMIT metaDataChanged();
        }
        if (m_aborted)
            return;
        if (m_response.error != NoError) {
            setError(m_response.error, m_response.errorString);
            Q_EMIT errorOccurred(m_response.error);
        }
        // Deliver the body in chunks, as a network would.
        const qsizetype chunk = 64 * 1024;
        for (qsizetype at = 0; at < m_response.body.size() && !m_aborted; at += chunk) {
            m_buffer += m_response.body.mid(at, chunk);
            Q_EMIT readyRead();
        }
        if (m_aborted)
            return;
        setFinished(true);
        Q_EMIT finished();
    }

    Response m_response;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    bool m_aborted = false;
    std::shared_ptr<ReplyLog> m_log;
};

/// Answers requests from a table; an unknown URL behaves like a host that does not exist.
class NetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void set(const QString &url, const Response &response) { m_responses.insert(url, response); }
    [[nodiscard]] const QList<QNetworkRequest> &requests() const { return m_requests; }
    [[nodiscard]] QStringList requestedUrls() const
    {
        QStringList urls;
        for (const QNetworkRequest &request : m_requests)
            urls.append(request.url().toString());
        return urls;
    }
    [[nodiscard]] const QList<std::shared_ptr<ReplyLog>> &replyLogs() const { return m_logs; }

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        m_requests.append(request);
        const QString url = request.url().toString();
        const Response response = m_responses.value(
            url, Response::failure(QNetworkReply::HostNotFoundError, QStringLiteral("Host %1 not found").arg(request.url().host())));
        m_logs.append(std::make_shared<ReplyLog>());
        return new Reply(request, response, m_logs.constLast(), this);
    }

private:
    QHash<QString, Response> m_responses;
    QList<QNetworkRequest> m_requests;
    QList<std::shared_ptr<ReplyLog>> m_logs;
};

/// DNS from a table; unknown names are "not found". Answers arrive from the event loop.
class DnsResolver final : public mailsetup::DnsResolver
{
public:
    struct Entry {
        mailsetup::DnsAnswer answer;
        int delayMs = 0;
        bool hang = false;
    };

    void set(Type type, const QString &name, const Entry &entry) { m_entries.insert(key(type, name), entry); }
    void setMx(const QString &name, const QList<mailsetup::MxRecord> &records, int delayMs = 0)
    {
        mailsetup::DnsAnswer answer;
        answer.status = mailsetup::DnsAnswer::Status::Found;
        answer.mx = records;
        set(Type::Mx, name, {answer, delayMs, false});
    }
    void setSrv(const QString &name, const QList<mailsetup::SrvRecord> &records, int delayMs = 0)
    {
        mailsetup::DnsAnswer answer;
        answer.status = mailsetup::DnsAnswer::Status::Found;
        answer.srv = records;
        set(Type::Srv, name, {answer, delayMs, false});
    }
    void setHanging(Type type, const QString &name) { set(type, name, {{}, 0, true}); }
    [[nodiscard]] const QStringList &queries() const { return m_queries; }

    void lookup(Type type, const QString &name, QObject *context, Callback done) override
    {
        m_queries.append(name);
        Entry entry = m_entries.value(key(type, name));
        if (!m_entries.contains(key(type, name))) {
            entry.answer.status = mailsetup::DnsAnswer::Status::NotFound;
            entry.answer.error = QStringLiteral("Non existent domain");
        }
        if (entry.hang)
            return;
        QTimer::singleShot(entry.delayMs, context, [done, answer = entry.answer] { done(answer); });
    }

private:
    static QString key(Type type, const QString &name) { return QString::number(int(type)) + u' ' + name; }

    QHash<QString, Entry> m_entries;
    QStringList m_queries;
};

} // namespace fake

Q_DECLARE_METATYPE(fake::Response)
