// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include <algorithm>

namespace mailsetup {

Catalog::Catalog(const Catalog &other)
    : m_layers(other.m_layers)
{
    rebuildIndex();
}

Catalog &Catalog::operator=(const Catalog &other)
{
    if (this != &other) {
        m_layers = other.m_layers;
        rebuildIndex();
    }
    return *this;
}

void Catalog::addLayer(Layer layer)
{
    m_layers.append(std::move(layer));
    rebuildIndex();
}

void Catalog::rebuildIndex()
{
    m_domains.clear();
    m_ids.clear();
    m_effective.clear();
    for (int layerIndex = 0; layerIndex < m_layers.size(); ++layerIndex) {
        const Layer &layer = m_layers.at(layerIndex);
        for (const Provider &provider : layer.file.providers) {
            if (m_ids.contains(provider.id))
                continue; // replaced whole by a higher layer
            const Entry entry{&provider, layer.source, layerIndex};
            m_ids.insert(provider.id, entry);
            m_effective.append(entry);
            for (const QString &domain : provider.domains) {
                if (!m_domains.contains(domain))
                    m_domains.insert(domain, entry);
            }
        }
    }
}

Catalog::Entry Catalog::findDomain(const QString &aceDomain) const
{
    return m_domains.value(aceDomain);
}

Catalog::Entry Catalog::findProvider(const QString &id) const
{
    return m_ids.value(id);
}

bool Catalog::matchesSuffix(const QString &host, const QString &suffix)
{
    if (suffix.isEmpty())
        return false;
    QString normalized = host.toLower();
    if (normalized.endsWith(u'.'))
        normalized.chop(1); // DNS answers may carry the root dot
    return normalized == suffix
           || (normalized.endsWith(suffix) && normalized.at(normalized.size() - suffix.size() - 1) == u'.');
}

QList<Catalog::Entry> Catalog::findByMx(const QString &mxHost) const
{
    QList<QPair<qsizetype, Entry>> matches;
    for (const Entry &entry : m_effective) {
        qsizetype best = 0;
        for (const QString &suffix : entry.provider->mxSuffixes) {
            if (matchesSuffix(mxHost, suffix))
                best = std::max(best, suffix.size());
        }
        if (best > 0)
            matches.append({best, entry});
    }
    // A longer pattern is more specific; among equals the higher layer wins (stable order).
    std::stable_sort(matches.begin(), matches.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<Entry> result;
    for (const auto &match : std::as_const(matches))
        result.append(match.second);
    return result;
}

QList<Catalog::Entry> Catalog::providers() const
{
    return m_effective;
}

QList<Catalog::Entry> Catalog::hosters() const
{
    QList<Entry> result;
    for (const Entry &entry : m_effective) {
        if (entry.provider->hoster)
            result.append(entry);
    }
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.provider->name, b.provider->name) < 0;
    });
    return result;
}

QStringList Catalog::allProviderIds() const
{
    QStringList ids;
    for (const Layer &layer : m_layers) {
        for (const Provider &provider : layer.file.providers)
            ids.append(provider.id);
    }
    return ids;
}

} // namespace mailsetup
