// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ConfigFetchGroup.h"

#include "discovery/PriorityRace.h"

namespace mailsetup {

ConfigFetchGroup::ConfigFetchGroup(QNetworkAccessManager *network, bool allowHttp, QObject *parent)
    : QObject(parent), m_network(network), m_allowHttp(allowHttp)
{
}

void ConfigFetchGroup::start(const QList<QUrl> &urls, const QString &centralHost)
{
    for (const QUrl &url : urls) {
        auto *download = new ConfigDownload(m_network, m_allowHttp, this);
        download->setHostMustExist(url.host() == centralHost);
        const qsizetype index = m_downloads.size();
        m_downloads.append(download);
        m_done.append(false);
        connect(download, &ConfigDownload::finished, this, [this, index] {
            m_done[index] = true;
            evaluate();
        });
        download->start(url);
    }
    if (m_downloads.isEmpty())
        QMetaObject::invokeMethod(this, &ConfigFetchGroup::evaluate, Qt::QueuedConnection);
}

void ConfigFetchGroup::evaluate()
{
    if (m_finished)
        return;
    QList<PriorityRace::Slot> slots;
    for (qsizetype i = 0; i < m_downloads.size(); ++i) {
        if (!m_done.at(i))
            slots.append(PriorityRace::Slot::Pending);
        else if (m_downloads.at(i)->outcome().status == ConfigDownload::Status::Found)
            slots.append(PriorityRace::Slot::Answered);
        else
            slots.append(PriorityRace::Slot::Empty);
    }
    const PriorityRace::Decision decision = PriorityRace::decide(slots);
    switch (decision.action) {
    case PriorityRace::Decision::Action::Wait:
        return;
    case PriorityRace::Decision::Action::Take:
        m_outcome = m_downloads.at(decision.index)->outcome();
        break;
    case PriorityRace::Decision::Action::NoAnswer: {
        m_outcome = {};
        m_outcome.status = ConfigDownload::Status::Nothing;
        QStringList de;
        QStringList en;
        for (const ConfigDownload *download : std::as_const(m_downloads)) {
            if (download->outcome().status == ConfigDownload::Status::Failed)
                m_outcome.status = ConfigDownload::Status::Failed;
            de.append(download->outcome().reason.de);
            en.append(download->outcome().reason.en);
        }
        m_outcome.reason = {de.join(QLatin1String("; ")), en.join(QLatin1String("; "))};
        break;
    }
    }
    m_finished = true;
    // The rest are not needed any more.
    for (ConfigDownload *download : std::as_const(m_downloads))
        download->abort();
    Q_EMIT finished();
}

} // namespace mailsetup
