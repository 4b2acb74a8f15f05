// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveryTypes.h"

#include <QObject>

namespace mailsetup {

/// One online source (autoconfig, ISPDB, MX, SRV). It reports once through finished();
/// destroying it cancels whatever it still waits for.
class DiscoverySource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoverySource)

public:
    DiscoverySource(DiscoverySourceKind kind, const DiscoveryContext &context, QObject *parent)
        : QObject(parent), m_kind(kind), m_context(context)
    {
    }

    [[nodiscard]] DiscoverySourceKind kind() const { return m_kind; }

    /// Starts asking; finished() follows from the event loop, never from inside start().
    virtual void start() = 0;

Q_SIGNALS:
    /// `outcome.state` is Found, Nothing or Failed.
    void finished(const mailsetup::SourceOutcome &outcome);

protected:
    [[nodiscard]] const DiscoveryContext &context() const { return m_context; }

private:
    DiscoverySourceKind m_kind;
    DiscoveryContext m_context;
};

} // namespace mailsetup
