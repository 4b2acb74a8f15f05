// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveredSettings.h"
#include "discovery/DiscoverySource.h"

namespace mailsetup {

/// RFC 6186/8314 service records: `_submissions`, `_submission`, `_imaps`, `_imap`, `_pop3s`,
/// `_pop3`, all asked at once.
class SrvSource final : public DiscoverySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SrvSource)

public:
    SrvSource(const DiscoveryContext &context, QObject *parent = nullptr);

    void start() override;

private:
    void onAnswer(const DiscoveredSettings::SrvAnswer &answer);

    QList<DiscoveredSettings::SrvAnswer> m_answers;
    qsizetype m_expected = 0;
};

} // namespace mailsetup
