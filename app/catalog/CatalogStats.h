// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

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
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const;
};

} // namespace mailsetup
