// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogStats.h"

#include "catalog/CatalogLoader.h"
#include "i18n/Translation.h"
#include "lookup/SettingsResolver.h"
#include "lookup/SettingsText.h"

#include <QJsonArray>

#include <algorithm>

namespace mailsetup {

namespace {

constexpr char kContext[] = "CatalogStats";

/// `n` >= 0 fills in `%n` (with the plural form the translation chooses).
QString localized(Language language, const char *sourceText, qsizetype n = -1)
{
    return i18n::translate(language, kContext, sourceText, nullptr, int(n));
}

/// A layer as the text names it: the bundled ones in the reader's language, files by their path.
QString layerName(const QString &origin, Language language)
{
    for (const auto which : {CatalogLoader::Bundled::Curated, CatalogLoader::Bundled::Ispdb}) {
        if (origin == CatalogLoader::bundledName(which))
            return CatalogLoader::bundledName(which, language);
    }
    return origin;
}

/// The status as the text names it: English keeps the schema's spelling ("defunct"), as the
/// JSON keys do; German uses the words of the settings text.
QString statusWord(const QString &statusSpelling, Language language)
{
    const auto status = fromSpelling<ProviderStatus>(statusSpelling);
    if (language == Language::English || !status)
        return statusSpelling;
    return SettingsText::statusName(*status, language);
}

} // namespace

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

QString CatalogStats::toText(Language language) const
{
    const QString labels[] = {localized(language, QT_TRANSLATE_NOOP("CatalogStats", "Providers:")),
                              localized(language, QT_TRANSLATE_NOOP("CatalogStats", "Domains:")),
                              localized(language, QT_TRANSLATE_NOOP("CatalogStats", "Statuses:"))};
    // The values start in one column, one space after the longest label.
    qsizetype width = 0;
    for (const QString &label : labels)
        width = std::max(width, label.size() + 1);
    QStringList statusParts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statusParts.append(QStringLiteral("%1 %2").arg(QString::number(it.value()), statusWord(it.key(), language)));
    const QString values[] = {localized(language, QT_TRANSLATE_N_NOOP("CatalogStats", "%1 (%n hosters)"), hosters)
                                  .arg(QString::number(providers)),
                              QString::number(domains), statusParts.join(QLatin1String(", "))};
    QString out;
    for (std::size_t i = 0; i < std::size(labels); ++i)
        out += labels[i].leftJustified(width) + values[i] + u'\n';
    if (oldestVerified.isValid()) {
        out += localized(language,
                   QT_TRANSLATE_N_NOOP("CatalogStats", "Oldest verification: %1 (%2); %n entries older than %3 months"),
                   outdated)
                   .arg(oldestVerified.toString(Qt::ISODate), oldestVerifiedProvider,
                        QString::number(SettingsResolver::kFreshnessMonths))
            + u'\n';
    }
    out += u'\n' + localized(language, QT_TRANSLATE_NOOP("CatalogStats", "Layers (highest first):")) + u'\n';
    for (const LayerStats &layer : layers) {
        const QString commit = layer.originCommit.isEmpty()
            ? QString()
            : localized(language, QT_TRANSLATE_NOOP("CatalogStats", ", commit %1")).arg(layer.originCommit.left(12));
        out += QStringLiteral("  %1 [%2]: %3, %4, %5%6\n")
                   .arg(layerName(layer.origin, language), spelling(layer.source),
                        localized(language, QT_TRANSLATE_N_NOOP("CatalogStats", "%n providers"), layer.providers),
                        localized(language, QT_TRANSLATE_N_NOOP("CatalogStats", "%n domains"), layer.domains),
                        localized(language, QT_TRANSLATE_NOOP("CatalogStats", "snapshot %1"))
                            .arg(layer.snapshot.toString(Qt::ISODate)),
                        commit);
    }
    return out;
}

} // namespace mailsetup
