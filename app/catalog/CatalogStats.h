// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "model/Language.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace mailsetup {

/// Counts over the effective catalog and each layer (`mailsetup catalog stats`).
struct CatalogStats {
    struct LayerStats {
        QString origin;
        SettingsSource source = SettingsSource::Catalog;
        QDate snapshot;
        QString originCommit;
        qsizetype providers = 0;
        qsizetype domains = 0;
    };

    QList<LayerStats> layers;
    qsizetype providers = 0; ///< effective (after overrides)
    qsizetype domains = 0;   ///< domains that answer
    qsizetype hosters = 0;
    QMap<QString, qsizetype> byStatus; ///< status spelling -> count
    qsizetype outdated = 0;
    QDate oldestVerified;
    QString oldestVerifiedProvider;

    [[nodiscard]] static CatalogStats compute(const Catalog &catalog, QDate today = QDate::currentDate());
    /// The same in every language: the keys are the contract.
    [[nodiscard]] QJsonObject toJson() const;
    /// Labels and status words in `language`; numbers, dates, file names and the layers' source
    /// spellings stay as they are.
    [[nodiscard]] QString toText(Language language) const;
};

} // namespace mailsetup
