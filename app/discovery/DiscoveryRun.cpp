// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryRun.h"

#include "discovery/Bilingual.h"
#include "discovery/ConfigSource.h"
#include "discovery/MxSource.h"
#include "discovery/PriorityRace.h"
#include "discovery/SrvSource.h"

namespace mailsetup {

namespace {

const char *const kContext = "DiscoveryRun";

std::size_t indexOf(DiscoverySourceKind kind)
{
    return static_cast<std::size_t>(kind);
}

DiscoverySource *createSource(DiscoverySourceKind kind, const DiscoveryContext &context, QObject *parent)
{
    switch (kind) {
    case DiscoverySourceKind::Autoconfig:
    case DiscoverySourceKind::Ispdb:
        return new ConfigSource(kind, context, parent);
    case DiscoverySourceKind::Mx:
        return new MxSource(context, parent);
    case DiscoverySourceKind::Srv:
        break;
    }
    return new SrvSource(context, parent);
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 3);
}

} // namespace

DiscoveryRun::DiscoveryRun(const DiscoveryContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_result.address = context.address;
    m_totalTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, &DiscoveryRun::onTotalTimeout);
}

DiscoveryRun::~DiscoveryRun() = default;

const SourceOutcome &DiscoveryRun::outcomeOf(DiscoverySourceKind kind) const
{
    return m_outcomes.at(indexOf(kind));
}

void DiscoveryRun::start()
{
    m_running = true;
    m_totalTimer.start(m_context.options.totalTimeout);
    for (const DiscoverySourceKind kind : kDiscoverySources) {
        DiscoverySource *source = createSource(kind, m_context, this);
        m_sources.at(indexOf(kind)) = source;
        connect(source, &DiscoverySource::finished, this,
                [this, kind](const SourceOutcome &outcome) { onSourceFinished(kind, outcome); });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, kind] { onSourceTimeout(kind); });
        m_timers.at(indexOf(kind)) = timer;
        timer->start(m_context.options.timeoutOf(kind));
        setOutcome(kind, SourceState::Waiting, bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryRun", "asking …")));
        source->start();
    }
}

void DiscoveryRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    stopSources(SourceState::Skipped, bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryRun", "cancelled")));
    m_running = false;
    Q_EMIT finished();
}

void DiscoveryRun::onSourceFinished(DiscoverySourceKind kind, const SourceOutcome &outcome)
{
    if (!m_running || outcomeOf(kind).state != SourceState::Waiting)
        return;
    setOutcome(kind, outcome.state, outcome.detail, outcome.result);
    evaluate();
}

void DiscoveryRun::onSourceTimeout(DiscoverySourceKind kind)
{
    if (!m_running || outcomeOf(kind).state != SourceState::Waiting)
        return;
    setOutcome(kind, SourceState::TimedOut,
               bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryRun", "no answer within %1 seconds"),
                         seconds(m_context.options.timeoutOf(kind))));
    evaluate();
}

void DiscoveryRun::onTotalTimeout()
{
    if (!m_running)
        return;
    for (const DiscoverySourceKind kind : kDiscoverySources) {
        if (outcomeOf(kind).state == SourceState::Waiting) {
            setOutcome(kind, SourceState::TimedOut,
                       bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryRun", "the online lookup ended after %1 seconds"),
                                 seconds(m_context.options.totalTimeout)));
        }
    }
    evaluate();
}

void DiscoveryRun::setOutcome(DiscoverySourceKind kind, SourceState state, const LocalizedText &detail,
                              const LookupResult &result)
{
    SourceOutcome &outcome = m_outcomes.at(indexOf(kind));
    outcome.state = state;
    outcome.detail = detail;
    outcome.result = result;
    if (state != SourceState::Waiting) {
        // A source that is done needs neither its timer nor its network requests any more.
        if (QTimer *timer = m_timers.at(indexOf(kind)))
            timer->stop();
        if (DiscoverySource *source = std::exchange(m_sources.at(indexOf(kind)), nullptr)) {
            source->disconnect(this);
            source->deleteLater();
        }
    }
    Q_EMIT sourceChanged(kind);
}

void DiscoveryRun::evaluate()
{
    QList<PriorityRace::Slot> slots;
    for (const SourceOutcome &outcome : m_outcomes) {
        if (outcome.state == SourceState::Waiting)
            slots.append(PriorityRace::Slot::Pending);
        else if (outcome.state == SourceState::Found)
            slots.append(PriorityRace::Slot::Answered);
        else
            slots.append(PriorityRace::Slot::Empty);
    }
    const PriorityRace::Decision decision = PriorityRace::decide(slots);
    if (decision.action == PriorityRace::Decision::Action::Wait)
        return;
    if (decision.action == PriorityRace::Decision::Action::Take) {
        m_winner = kDiscoverySources.at(std::size_t(decision.index));
        m_result = outcomeOf(*m_winner).result;
    }
    stopSources(SourceState::Skipped,
                bilingual(kContext, QT_TRANSLATE_NOOP("DiscoveryRun", "not needed: a better source answered")));
    m_running = false;
    Q_EMIT finished();
}

void DiscoveryRun::stopSources(SourceState replacement, const LocalizedText &detail)
{
    m_totalTimer.stop();
    for (const DiscoverySourceKind kind : kDiscoverySources) {
        if (outcomeOf(kind).state == SourceState::Waiting)
            setOutcome(kind, replacement, detail);
    }
}

} // namespace mailsetup
