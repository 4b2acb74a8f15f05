// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace mailsetup {

struct MxRecord {
    QString exchange; ///< host name without the root dot
    quint16 preference = 0;
    friend bool operator==(const MxRecord &, const MxRecord &) = default;
};

struct SrvRecord {
    QString target; ///< host name without the root dot; empty for "." (service not offered)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    friend bool operator==(const SrvRecord &, const SrvRecord &) = default;
};

/// The answer to one DNS question.
struct DnsAnswer {
    enum class Status {
        Found,    ///< records in the lists below
        NotFound, ///< the name or the record type does not exist
        Failed,   ///< no usable answer (server unreachable, refused, malformed reply)
    };
    Status status = Status::Failed;
    QString error; ///< the resolver's own words, for diagnostics
    QList<MxRecord> mx;
    QList<SrvRecord> srv;
    QList<QHostAddress> addresses;
};

/// Asks DNS; the interface that discovery and the connection check use so tests can answer
/// from a fake and the command line can name its own nameserver.
class DnsResolver
{
public:
    enum class Type { Mx, Srv, Address };
    using Callback = std::function<void(const DnsAnswer &)>;

    DnsResolver() = default;
    virtual ~DnsResolver() = default;
    Q_DISABLE_COPY_MOVE(DnsResolver)

    /// Starts a lookup of `type` for `name`; `done` runs once, later, from the event loop —
    /// unless `context` is destroyed first, which cancels the lookup. `Address` asks for A and
    /// AAAA records.
    virtual void lookup(Type type, const QString &name, QObject *context, Callback done) = 0;
};

} // namespace mailsetup
