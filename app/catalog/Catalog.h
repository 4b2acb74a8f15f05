// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mailsetup {

/// All catalog layers stacked by priority, with the override rules of docs/catalog.md applied.
///
/// A provider id in a higher layer hides the same id in lower layers; a domain claimed by a
/// higher layer is ignored below. Lookups are exact, on the lower-case ACE domain.
class Catalog
{
public:
    struct Layer {
        SettingsSource source = SettingsSource::Catalog;
        QString origin; ///< file path, or a name such as "bundled providers.yaml"
        CatalogFile file;
    };

    /// A provider as seen through the layers.
    struct Entry {
        const Provider *provider = nullptr;
        SettingsSource source = SettingsSource::Catalog;
        int layer = -1;

        [[nodiscard]] bool isValid() const { return provider != nullptr; }
    };

    Catalog() = default;
    // The index points into the layers, so a copy must build its own.
    Catalog(const Catalog &other);
    Catalog &operator=(const Catalog &other);
    Catalog(Catalog &&) noexcept = default;
    Catalog &operator=(Catalog &&) noexcept = default;
    ~Catalog() = default;

    /// Adds a layer below all layers added before (add the highest priority first).
    void addLayer(Layer layer);

    [[nodiscard]] const QList<Layer> &layers() const { return m_layers; }

    /// The provider that answers for `aceDomain` (lower case), if any.
    [[nodiscard]] Entry findDomain(const QString &aceDomain) const;
    /// The effective provider with this id, if any.
    [[nodiscard]] Entry findProvider(const QString &id) const;
    /// Providers whose MX patterns match `mxHost` on a label boundary, longest pattern first.
    [[nodiscard]] QList<Entry> findByMx(const QString &mxHost) const;
    /// Every effective provider, highest layer first, in file order.
    [[nodiscard]] QList<Entry> providers() const;
    /// Every effective provider marked as a hoster, sorted by name.
    [[nodiscard]] QList<Entry> hosters() const;
    /// Every domain that answers, with the entry that answers it.
    [[nodiscard]] const QHash<QString, Entry> &domainIndex() const { return m_domains; }
    /// All provider ids of all layers (for checking mergedInto references).
    [[nodiscard]] QStringList allProviderIds() const;

    /// True when `host` equals `suffix` or ends with "." + suffix.
    [[nodiscard]] static bool matchesSuffix(const QString &host, const QString &suffix);

private:
    void rebuildIndex();

    QList<Layer> m_layers;
    QHash<QString, Entry> m_domains;
    QHash<QString, Entry> m_ids;
    QList<Entry> m_effective;
};

} // namespace mailsetup
