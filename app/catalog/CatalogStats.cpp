// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogStats.h"

#include "lookup/SettingsResolver.h"

#include <QJsonArray>

namespace mailsetup {

CatalogStats CatalogStats::compute(const Catalog &catalog, QDate today)
{
    CatalogStats stats;
    for (const auto &layer : catalog.layers()) {
        LayerStats layerStats{layer.origin, layer.source, layer.file.snapshot, layer.file.origin.commit, 0, 0};
        layerStats.providers = layer.file.providers.size();
        for (const Provider &provider : layer.file.providers)
            layerStats.domains += provider.domains.size();
        stats.layers.append(layerStats);
    }
    for (const auto &status : kStatusSpellings)
        stats.byStatus.insert(QString::fromLatin1(status.name), 0);
    const QList<Catalog::Entry> providers = catalog.providers();
    stats.providers = providers.size();
    stats.domains = catalog.domainIndex().size();
    for (const Catalog::Entry &entry : providers) {
        const Provider &provider = *entry.provider;
        ++stats.byStatus[spelling(provider.status)];
        if (provider.hoster)
            ++stats.hosters;
        if (!provider.verifiedDate.isValid())
            continue;
        if (provider.verifiedDate.addMonths(SettingsResolver::kFreshnessMonths) < today)
            ++stats.outdated;
        if (!stats.oldestVerified.isValid() || provider.verifiedDate < stats.oldestVerified) {
            stats.oldestVerified = provider.verifiedDate;
            stats.oldestVerifiedProvider = provider.id;
        }
    }
    return stats;
}

QJsonObject CatalogStats::toJson() const
{
    QJsonArray layerArray;
    for (const LayerStats &layer : layers) {
        layerArray.append(QJsonObject{{QStringLiteral("origin"), layer.origin},
                                      {QStringLiteral("source"), spelling(layer.source)},
                                      {QStringLiteral("snapshot"), layer.snapshot.toString(Qt::ISODate)},
                                      {QStringLiteral("commit"), layer.originCommit.isEmpty() ? QJsonValue::Null : QJsonValue(layer.originCommit)},
                                      {QStringLiteral("providers"), layer.providers},
                                      {QStringLiteral("domains"), layer.domains}});
    }
    QJsonObject statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    return {{QStringLiteral("providers"), providers},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("hosters"), hosters},
            {QStringLiteral("statuses"), statuses},
            {QStringLiteral("outdated"), outdated},
            {QStringLiteral("oldestVerified"),
             oldestVerified.isValid() ? QJsonValue(QJsonObject{{QStringLiteral("date"), oldestVerified.toString(Qt::ISODate)},
                                                               {QStringLiteral("provider"), oldestVerifiedProvider}})
                                      : QJsonValue::Null},
            {QStringLiteral("layers"), layerArray}};
}

QString CatalogStats::toText() const
{
    QString out = QStringLiteral("Providers: %1 (%2 hosters)\nDomains:   %3\n")
                      .arg(QString::number(providers), QString::number(hosters), QString::number(domains));
    QStringList statusParts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statusParts.append(QStringLiteral("%1 %2").arg(QString::number(it.value()), it.key()));
    out += QStringLiteral("Statuses:  %1\n").arg(statusParts.join(QLatin1String(", ")));
    if (oldestVerified.isValid()) {
        out += QStringLiteral("Oldest verification: %1 (%2); %3 entries older than %4 months\n")
                   .arg(oldestVerified.toString(Qt::ISODate), oldestVerifiedProvider, QString::number(outdated),
                        QString::number(SettingsResolver::kFreshnessMonths));
    }
    out += QStringLiteral("\nLayers (highest first):\n");
    for (const LayerStats &layer : layers) {
        out += QStringLiteral("  %1 [%2]: %3 providers, %4 domains, snapshot %5%6\n")
                   .arg(layer.origin, spelling(layer.source), QString::number(layer.providers), QString::number(layer.domains),
                        layer.snapshot.toString(Qt::ISODate),
                        layer.originCommit.isEmpty() ? QString() : QStringLiteral(", commit ") + layer.originCommit.left(12));
    }
    return out;
}

} // namespace mailsetup
