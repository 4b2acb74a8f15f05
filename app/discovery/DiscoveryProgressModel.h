// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveryTypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace mailsetup {

class DiscoveryRun;

/// One row per online source — "Provider's own configuration file: nothing found (…)" — for
/// the wizard's live progress list; follows a DiscoveryRun.
class DiscoveryProgressModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryProgressModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< DiscoverySourceKind as int
        StateRole,                   ///< SourceState as int
        SourceNameRole,              ///< "the provider's own configuration file"
        StateNameRole,               ///< "nothing found"
        DetailRole,                  ///< why, or where it was found
        GermanLineRole,              ///< the whole line in German
        EnglishLineRole,             ///< the whole line in English
    };

    explicit DiscoveryProgressModel(QObject *parent = nullptr);

    /// Follows `run` (not owned; may be null to show every source as waiting).
    void setRun(DiscoveryRun *run);
    /// The language of DisplayRole and the name/detail roles.
    void setLanguage(Language language);
    [[nodiscard]] Language language() const { return m_language; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "waiting", "found", "nothing found", "failed", "timed out", "not needed".
    [[nodiscard]] static QString stateName(SourceState state, Language language);
    /// The progress line of one source: "<source>: <state> (<detail>)".
    [[nodiscard]] static QString line(DiscoverySourceKind kind, const SourceOutcome &outcome, Language language);

private:
    [[nodiscard]] SourceOutcome outcomeAt(int row) const;

    QPointer<DiscoveryRun> m_run;
    Language m_language = Language::English;
};

} // namespace mailsetup
