// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoverySource.h"
#include "discovery/DnsResolver.h"

namespace mailsetup {

class ConfigFetchGroup;

/// Who receives the domain's mail: the MX host is matched against the catalogs' hoster
/// patterns; failing that, the autoconfig file and the ISPDB of the MX host's base domain are
/// asked. Such a guess leads to another domain, so its result is marked insecure.
class MxSource final : public DiscoverySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MxSource)

public:
    MxSource(const DiscoveryContext &context, QObject *parent = nullptr);

    void start() override;

private:
    void onMx(const DnsAnswer &answer);
    void onFetched();
    void finishWith(SourceState state, const LocalizedText &detail, const LookupResult &result = {});

    ConfigFetchGroup *m_fetch = nullptr;
    QString m_mxHost;
    QString m_baseDomain;
};

} // namespace mailsetup
