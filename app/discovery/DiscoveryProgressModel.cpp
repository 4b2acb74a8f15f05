// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryProgressModel.h"

#include "discovery/DiscoveryRun.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

#include <algorithm>

namespace mailsetup {

DiscoveryProgressModel::DiscoveryProgressModel(QObject *parent) : QAbstractListModel(parent) {}

void DiscoveryProgressModel::setRun(DiscoveryRun *run)
{
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    if (m_run) {
        connect(m_run, &DiscoveryRun::sourceChanged, this, [this](DiscoverySourceKind kind) {
            const QModelIndex changed = index(static_cast<int>(kind));
            Q_EMIT dataChanged(changed, changed);
        });
    }
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void DiscoveryProgressModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int DiscoveryProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kDiscoverySources.size());
}

SourceOutcome DiscoveryProgressModel::outcomeAt(int row) const
{
    if (!m_run)
        return {};
    return m_run->outcomeOf(kDiscoverySources.at(std::size_t(row)));
}

QVariant DiscoveryProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscoverySourceKind kind = kDiscoverySources.at(std::size_t(index.row()));
    const SourceOutcome outcome = outcomeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line(kind, outcome, m_language);
    case KindRole:
        return int(kind);
    case StateRole:
        return int(outcome.state);
    case SourceNameRole:
        return SettingsText::sourceName(settingsSourceOf(kind), m_language);
    case StateNameRole:
        return stateName(outcome.state, m_language);
    case DetailRole:
        return outcome.detail.text(m_language);
    case GermanLineRole:
        return line(kind, outcome, Language::German);
    case EnglishLineRole:
        return line(kind, outcome, Language::English);
    default:
        return {};
    }
}

QString DiscoveryProgressModel::stateName(SourceState state, Language language)
{
    static constexpr EnumSpelling<SourceState> kNames[] = {
        {SourceState::Waiting, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "waiting")},
        {SourceState::Found, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "found")},
        {SourceState::Nothing, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "nothing found")},
        {SourceState::Failed, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "failed")},
        {SourceState::TimedOut, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "timed out")},
        {SourceState::Skipped, QT_TRANSLATE_NOOP("DiscoveryProgressModel", "not needed")},
    };
    const auto *entry = std::find_if(std::begin(kNames), std::end(kNames), [state](const auto &each) { return each.value == state; });
    return i18n::translate(language, "DiscoveryProgressModel", entry->name);
}

QString DiscoveryProgressModel::line(DiscoverySourceKind kind, const SourceOutcome &outcome, Language language)
{
    QString text = SettingsText::sourceName(settingsSourceOf(kind), language);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper(); // the name is written to fit inside a sentence
    text += QStringLiteral(": ") + stateName(outcome.state, language);
    const QString detail = outcome.detail.text(language);
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + u')';
    return text;
}

} // namespace mailsetup
