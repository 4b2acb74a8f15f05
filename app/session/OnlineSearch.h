// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"
#include "session/OnlineServices.h"

#include <QObject>

#include <memory>

namespace mailsetup {

class DiscoveryProgressModel;
class DiscoveryRun;
class SetupSession;

/// The not-found page's "Search online": asks for consent once, runs online discovery for the
/// session's address, follows its progress per source, and hands an answer to the session.
class OnlineSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineSearch)

public:
    enum class State {
        Ready,        ///< not started for this address
        Running,
        Found,        ///< the answer is now the session's result
        NothingFound, ///< every source answered nothing, failed or timed out
        Cancelled,
    };

    /// `session` and `consent` are not owned and outlive the search.
    OnlineSearch(SetupSession *session, OnlineServices services, OnlineConsent *consent, QObject *parent = nullptr);
    ~OnlineSearch() override;

    /// A search can run: a valid address the catalogs do not know, and no search running.
    [[nodiscard]] bool canStart() const;
    /// The user refused online search for good (the privacy settings can change that).
    [[nodiscard]] bool consentIsSwitchedOff() const;
    /// Everyone the search will contact, and what each receives, for the consent question.
    [[nodiscard]] OnlineConsent::Request consentRequest() const;
    /// One sentence for the page: which hosts are asked and that only the domain is sent.
    [[nodiscard]] QString contactSummary(Language language) const;

    /// Starts when online search is allowed, asking through `ask` the first time. Returns
    /// whether it started; without consent nothing is sent.
    bool start(const OnlineConsent::Asker &ask);
    /// Stops every request at once; the progress shows what was reached.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    /// One row per source: waiting / found / nothing found / failed and why.
    [[nodiscard]] DiscoveryProgressModel *progress() const { return m_progress; }
    /// Where the search stands, in one or two plain sentences (empty before it starts).
    [[nodiscard]] QString statusText(Language language) const;

Q_SIGNALS:
    void stateChanged();
    /// An answer was found and is now the session's result (to be shown on the settings page).
    void resultFound();

private:
    void onFinished();
    void reset();
    void setState(State state);
    [[nodiscard]] DiscoveryOptions options() const;
    [[nodiscard]] bool everySourceFailed() const;

    SetupSession *m_session;
    OnlineServices m_services;
    OnlineConsent *m_consent;
    DiscoveryProgressModel *m_progress;
    std::unique_ptr<DiscoveryRun> m_run;
    State m_state = State::Ready;
};

} // namespace mailsetup
