// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"
#include "session/OnlineServices.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mailsetup {

class CheckProgressModel;
class ConnectionCheck;
class SetupSession;

/// The settings page's "Check connection": checks the chosen incoming and outgoing server live
/// (after consent), shows each step, and can be stopped. An optional password is used for this
/// one check only: it is handed to the check, never kept here, and dropped when the check ends.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class State { Idle, Running, Passed, Failed, Stopped };

    /// `session` and `consent` are not owned and outlive the tester.
    ConnectionTester(SetupSession *session, OnlineServices services, OnlineConsent *consent, QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// The servers a check would contact now: the chosen incoming and outgoing server.
    [[nodiscard]] QList<ServerSettings> servers() const;
    /// A chosen server signs in with a password, so a test sign-in makes sense (not for OAuth2).
    [[nodiscard]] bool offersPasswordLogin() const;
    /// A check can run: usable, confirmed settings and no check running.
    [[nodiscard]] bool canStart() const;
    /// The settings came over an untrusted channel and are not confirmed yet: no connection
    /// (and certainly no password) goes to servers nobody has looked at.
    [[nodiscard]] bool waitsForConfirmation() const;
    /// The user refused the connection check for good (the privacy settings can change that).
    [[nodiscard]] bool consentIsSwitchedOff() const;
    /// The servers and DNS, and what they receive, for the consent question.
    [[nodiscard]] OnlineConsent::Request consentRequest() const;

    /// Starts when the connection check is allowed, asking through `ask` the first time.
    /// `password` (may be empty) is used only for this check's login. Returns whether it started.
    bool start(QString password, const OnlineConsent::Asker &ask);
    /// Stops at once; the steps so far stay visible.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] CheckProgressModel *progress() const { return m_progress; }
    /// The verdict in one or two plain sentences (empty before a check).
    [[nodiscard]] QString statusText(Language language) const;

Q_SIGNALS:
    void stateChanged();

private:
    void onSessionChanged();
    void onFinished();
    void setState(State state);

    SetupSession *m_session;
    OnlineServices m_services;
    OnlineConsent *m_consent;
    CheckProgressModel *m_progress;
    QPointer<ConnectionCheck> m_check;
    QList<ServerSettings> m_checkedServers;
    bool m_loginTried = false;
    bool m_incomingFailed = false;
    bool m_outgoingFailed = false;
    State m_state = State::Idle;
};

} // namespace mailsetup
