// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/ConnectionCheck.h"

#include <algorithm>

namespace mailsetup {

ConnectionCheck::ConnectionCheck(const QList<ServerSettings> &servers, const QString &password,
                                 const ServerCheck::Setup &setup, QObject *parent)
    : QObject(parent)
{
    for (const ServerSettings &server : servers) {
        auto *check = new ServerCheck(server, password, setup, this);
        const int index = int(m_checks.size());
        m_checks.append(check);
        connect(check, &ServerCheck::stepAdded, this, [this, index](const CheckStep &step) { Q_EMIT stepAdded(index, step); });
        connect(check, &ServerCheck::finished, this, [this, index] {
            Q_EMIT serverFinished(index);
            if (isFinished())
                Q_EMIT finished();
        });
    }
}

QList<ServerSettings> ConnectionCheck::chooseServers(const LookupResult &result, std::optional<Protocol> incoming)
{
    QList<ServerSettings> servers;
    const auto in = std::find_if(result.incoming.cbegin(), result.incoming.cend(), [incoming](const ServerSettings &server) {
        return !incoming || server.protocol == *incoming;
    });
    if (in != result.incoming.cend())
        servers.append(*in);
    if (!result.outgoing.isEmpty())
        servers.append(result.outgoing.constFirst());
    return servers;
}

void ConnectionCheck::start()
{
    if (m_checks.isEmpty()) {
        QMetaObject::invokeMethod(this, &ConnectionCheck::finished, Qt::QueuedConnection);
        return;
    }
    for (ServerCheck *check : std::as_const(m_checks))
        check->start();
}

bool ConnectionCheck::isFinished() const
{
    return std::all_of(m_checks.cbegin(), m_checks.cend(), [](const ServerCheck *check) { return check->isFinished(); });
}

QList<ServerCheckReport> ConnectionCheck::reports() const
{
    QList<ServerCheckReport> result;
    for (const ServerCheck *check : m_checks)
        result.append(check->report());
    return result;
}

bool ConnectionCheck::passed() const
{
    return !m_checks.isEmpty()
           && std::all_of(m_checks.cbegin(), m_checks.cend(), [](const ServerCheck *check) { return check->report().passed(); });
}

} // namespace mailsetup
