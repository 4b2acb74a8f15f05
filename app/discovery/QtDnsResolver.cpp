// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/QtDnsResolver.h"

#include <QDnsLookup>
#include <QHostInfo>
#include <QPointer>

#include <memory>

namespace mailsetup {

namespace {

QString withoutRootDot(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    return host.toLower();
}

DnsAnswer answerFrom(const QDnsLookup &lookup)
{
    DnsAnswer answer;
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        answer.status = DnsAnswer::Status::Found;
        break;
    case QDnsLookup::NotFoundError:
        answer.status = DnsAnswer::Status::NotFound;
        break;
    default:
        answer.status = DnsAnswer::Status::Failed;
        break;
    }
    answer.error = lookup.errorString();
    for (const QDnsMailExchangeRecord &record : lookup.mailExchangeRecords())
        answer.mx.append({withoutRootDot(record.exchange()), record.preference()});
    for (const QDnsServiceRecord &record : lookup.serviceRecords())
        answer.srv.append({withoutRootDot(record.target()), record.port(), record.priority(), record.weight()});
    for (const QDnsHostAddressRecord &record : lookup.hostAddressRecords())
        answer.addresses.append(record.value());
    const bool empty = answer.mx.isEmpty() && answer.srv.isEmpty() && answer.addresses.isEmpty();
    if (answer.status == DnsAnswer::Status::Found && empty)
        answer.status = DnsAnswer::Status::NotFound;
    return answer;
}

/// Merges the A and AAAA answers of one name; the better status wins.
DnsAnswer merged(const DnsAnswer &a, const DnsAnswer &b)
{
    DnsAnswer result = a;
    result.addresses += b.addresses;
    if (!result.addresses.isEmpty())
        result.status = DnsAnswer::Status::Found;
    else if (a.status == DnsAnswer::Status::NotFound || b.status == DnsAnswer::Status::NotFound)
        result.status = DnsAnswer::Status::NotFound;
    if (result.error.isEmpty())
        result.error = b.error;
    return result;
}

} // namespace

void QtDnsResolver::lookup(Type type, const QString &name, QObject *context, Callback done)
{
    if (type == Type::Address && m_nameserver.isNull()) {
        // QHostInfo also reads /etc/hosts, which a user's own setup may rely on.
        QHostInfo::lookupHost(name, context, [done](const QHostInfo &info) {
            DnsAnswer answer;
            answer.addresses = info.addresses();
            answer.error = info.errorString();
            if (info.error() == QHostInfo::NoError && !answer.addresses.isEmpty())
                answer.status = DnsAnswer::Status::Found;
            else if (info.error() == QHostInfo::HostNotFound || info.error() == QHostInfo::NoError)
                answer.status = DnsAnswer::Status::NotFound;
            done(answer);
        });
        return;
    }

    QList<QDnsLookup::Type> questions;
    switch (type) {
    case Type::Mx:
        questions = {QDnsLookup::MX};
        break;
    case Type::Srv:
        questions = {QDnsLookup::SRV};
        break;
    case Type::Address:
        questions = {QDnsLookup::A, QDnsLookup::AAAA};
        break;
    }
    // Shared by the lookups of one question; the last one to finish reports.
    struct Pending {
        int open = 0;
        std::optional<DnsAnswer> answer;
    };
    auto pending = std::make_shared<Pending>();
    pending->open = int(questions.size());
    for (const QDnsLookup::Type question : std::as_const(questions)) {
        // Parented to the context: destroying it aborts the lookup and drops the callback.
        auto *lookup = new QDnsLookup(question, name, context);
        if (!m_nameserver.isNull())
            lookup->setNameserver(m_nameserver);
        QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, pending, done] {
            const DnsAnswer answer = answerFrom(*lookup);
            lookup->deleteLater();
            pending->answer = pending->answer ? merged(*pending->answer, answer) : answer;
            if (--pending->open == 0)
                done(*pending->answer);
        });
        lookup->lookup();
    }
}

void QtDnsResolver::limitResolverWaiting()
{
    if (!qEnvironmentVariableIsSet("RES_OPTIONS"))
        qputenv("RES_OPTIONS", "timeout:2 attempts:2");
}

} // namespace mailsetup
