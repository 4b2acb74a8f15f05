// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogDiagnostic.h"
#include "model/Provider.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailsetup {

/// Reads a catalog YAML file (schema in docs/catalog.md) and reports every schema error with
/// its position. Used for user catalogs, `catalog check` and the build-time compiler; the
/// bundled catalogs are read from their compiled form instead.
class CatalogYamlReader
{
public:
    /// A `mergedInto` whose target is not in the same file; only the caller knows the other
    /// layers, so it decides whether the target exists.
    struct ExternalReference {
        QString providerId;
        QString target;
        int line = 0;
        int column = 0;
    };

    struct Result {
        CatalogFile catalog;
        CatalogDiagnostics errors;
        QList<ExternalReference> externalMerges;

        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
        /// Turns every external merge whose target is not in `knownIds` into an error.
        void resolveExternalMerges(const QString &fileName, const QStringList &knownIds);
    };

    /// Files larger than this are refused before parsing (product rule).
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    [[nodiscard]] static Result readFile(const QString &path);
    /// `fileName` is only used in diagnostics.
    [[nodiscard]] static Result read(const QByteArray &yaml, const QString &fileName);
};

} // namespace mailsetup
