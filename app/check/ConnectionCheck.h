// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/ServerCheck.h"
#include "model/LookupResult.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mailsetup {

/// The "Check connection" of the settings page and of `mailsetup check`: the chosen incoming
/// and outgoing server, checked at the same time.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    /// `password` is used for the login of every server and then dropped; may be empty.
    ConnectionCheck(const QList<ServerSettings> &servers, const QString &password, const ServerCheck::Setup &setup,
                    QObject *parent = nullptr);

    /// The servers to check for a lookup answer: the recommended incoming server (of
    /// `incoming` if given) and the recommended outgoing server.
    [[nodiscard]] static QList<ServerSettings> chooseServers(const LookupResult &result,
                                                             std::optional<Protocol> incoming = std::nullopt);

    void start();
    [[nodiscard]] bool isFinished() const;
    [[nodiscard]] QList<ServerCheckReport> reports() const;
    /// Every server passed (no failed step).
    [[nodiscard]] bool passed() const;

Q_SIGNALS:
    /// `server` indexes the list given to the constructor.
    void stepAdded(int server, const mailsetup::CheckStep &step);
    /// One server is done; its report (reports().at(server)) has every step, in reading order.
    void serverFinished(int server);
    void finished();

private:
    QList<ServerCheck *> m_checks;
};

} // namespace mailsetup
