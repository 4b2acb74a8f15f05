// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/ConfigDownload.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace mailsetup {

/// Downloads several candidate URLs at once and keeps the best answer: the first URL in the
/// list that has a configuration, as soon as every URL before it has none (PriorityRace).
class ConfigFetchGroup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFetchGroup)

public:
    ConfigFetchGroup(QNetworkAccessManager *network, bool allowHttp, QObject *parent = nullptr);

    /// Starts all downloads; finished() follows once. Destroying the group aborts them.
    /// `centralHost` (the ISPDB's) must exist; the other hosts may be missing.
    void start(const QList<QUrl> &urls, const QString &centralHost);

    /// Found with the winner's provider; Nothing when every URL had none; otherwise Failed,
    /// with the reasons of all URLs joined.
    [[nodiscard]] const ConfigDownload::Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    void evaluate();

    QNetworkAccessManager *m_network;
    bool m_allowHttp;
    QList<ConfigDownload *> m_downloads;
    QList<bool> m_done;
    ConfigDownload::Outcome m_outcome;
    bool m_finished = false;
};

} // namespace mailsetup
