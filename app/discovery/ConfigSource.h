// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoverySource.h"

namespace mailsetup {

class ConfigFetchGroup;

/// The provider's own autoconfig file, or the central ISPDB: configuration files over HTTP(S).
class ConfigSource final : public DiscoverySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSource)

public:
    /// `kind` is Autoconfig or Ispdb.
    ConfigSource(DiscoverySourceKind kind, const DiscoveryContext &context, QObject *parent = nullptr);

    void start() override;

    /// The URLs this source asks, highest priority first.
    [[nodiscard]] QList<QUrl> urls() const;

private:
    void onFetched();

    ConfigFetchGroup *m_fetch = nullptr;
};

} // namespace mailsetup
