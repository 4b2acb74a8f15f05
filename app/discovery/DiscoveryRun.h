// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveryTypes.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mailsetup {

class DiscoverySource;

/// One online discovery for one address: all sources in parallel, each with its own timeout,
/// the whole run bounded, cancellable.
///
/// The answer of the highest-priority source that has one is taken as soon as every source
/// above it has answered nothing, failed or timed out (PriorityRace); the other sources are
/// then stopped. Only the domain leaves the machine, and only to the hosts docs/discovery.md
/// lists. Progress is reported per source through sourceChanged().
class DiscoveryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryRun)

public:
    explicit DiscoveryRun(const DiscoveryContext &context, QObject *parent = nullptr);
    ~DiscoveryRun() override;

    /// Starts every source; finished() follows once, from the event loop.
    void start();
    /// Stops everything still running; finished() follows at once with no result.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    /// The current state of one source, with its detail text.
    [[nodiscard]] const SourceOutcome &outcomeOf(DiscoverySourceKind kind) const;
    /// After finished(): the source whose answer was taken, if any.
    [[nodiscard]] std::optional<DiscoverySourceKind> winner() const { return m_winner; }
    /// After finished(): the answer; `found` is false when no source had one.
    [[nodiscard]] const LookupResult &result() const { return m_result; }

Q_SIGNALS:
    void sourceChanged(mailsetup::DiscoverySourceKind kind);
    void finished();

private:
    void onSourceFinished(DiscoverySourceKind kind, const SourceOutcome &outcome);
    void onSourceTimeout(DiscoverySourceKind kind);
    void onTotalTimeout();
    void setOutcome(DiscoverySourceKind kind, SourceState state, const LocalizedText &detail,
                    const LookupResult &result = {});
    void evaluate();
    void stopSources(SourceState replacement, const LocalizedText &detail);

    DiscoveryContext m_context;
    std::array<SourceOutcome, kDiscoverySources.size()> m_outcomes;
    std::array<DiscoverySource *, kDiscoverySources.size()> m_sources{};
    std::array<QTimer *, kDiscoverySources.size()> m_timers{};
    QTimer m_totalTimer;
    LookupResult m_result;
    std::optional<DiscoverySourceKind> m_winner;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace mailsetup
