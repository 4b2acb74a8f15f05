// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTransport.h"
#include "check/CheckTypes.h"
#include "check/MailDialog.h"
#include "discovery/ConnectionOverrides.h"
#include "discovery/DnsResolver.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace mailsetup {

/// Checks one server live: DNS, TCP, TLS (implicit or STARTTLS), certificate, greeting,
/// capabilities, sign-in methods and, with a password, a real login. Each outcome becomes an
/// explained CheckStep.
///
/// The password lives only in memory for this one check: it is never logged, never part of the
/// report, and dropped when the check ends.
class ServerCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerCheck)

public:
    using TransportFactory = std::function<CheckTransport *(QObject *parent)>;
    static constexpr std::chrono::milliseconds kDefaultTimeout{15000};

    struct Setup {
        DnsResolver *dns = nullptr;      ///< not owned
        ConnectionOverrides overrides;   ///< --resolve targets (its CAs go into the factory's TLS setup)
        TransportFactory createTransport;
        std::chrono::milliseconds timeout = kDefaultTimeout;
    };

    ServerCheck(ServerSettings server, QString password, Setup setup, QObject *parent = nullptr);
    ~ServerCheck() override;

    /// Starts; finished() follows once.
    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ServerCheckReport &report() const { return m_report; }

Q_SIGNALS:
    void stepAdded(const mailsetup::CheckStep &step);
    void finished();

private:
    void onAddress(const DnsAnswer &answer);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onFailed(CheckTransport::Failure failure, const QString &detail);
    void onTimeout();
    void perform(const QList<MailDialog::Action> &actions);
    void addStep(const CheckStep &step);
    void finish();

    Setup m_setup;
    ServerCheckReport m_report;
    std::optional<MailDialog> m_dialog; ///< holds the password; reset when done
    CheckTransport *m_transport = nullptr;
    QList<QHostAddress> m_addresses;
    quint16 m_connectPort = 0;
    QString m_connectedAddress;
    bool m_connected = false;
    bool m_hasUsername = false;
    bool m_hasPassword = false;
    bool m_finished = false;
    QTimer m_timer;
};

} // namespace mailsetup
