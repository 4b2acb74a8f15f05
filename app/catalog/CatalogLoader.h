// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogDiagnostic.h"
#include "model/Language.h"

#include <QStringList>

#include <optional>

namespace mailsetup {

/// Finds, reads and stacks the catalog layers: `--catalog` files, the user file, the system
/// file and the two bundled catalogs (docs/catalog.md, "Files and layers").
class CatalogLoader
{
public:
    struct Options {
        QStringList explicitFiles; ///< `--catalog FILE`..., highest priority first
        bool userFile = true;
        bool systemFile = true;
        bool bundled = true;
    };

    struct Loaded {
        Catalog catalog;
        /// Problems in explicitly given files: the caller must refuse to go on (exit 2).
        CatalogDiagnostics errors;
        /// Problems in the user or system file: shown, but the other layers still answer.
        CatalogDiagnostics warnings;
    };

    enum class Bundled { Curated, Ispdb };

    [[nodiscard]] static Loaded load(const Options &options);

    /// `~/.config/mailsetup/providers.yaml` (QStandardPaths::AppConfigLocation).
    [[nodiscard]] static QString userCatalogPath();
    /// The first `mailsetup/providers.yaml` in the system XDG config dirs, or the default path
    /// `/etc/xdg/mailsetup/providers.yaml` when none exists.
    [[nodiscard]] static QString systemCatalogPath();

    /// A bundled catalog from the program's resources.
    [[nodiscard]] static std::optional<CatalogFile> bundled(Bundled which, QString *error = nullptr);
    /// Resource path and human-readable name of a bundled catalog.
    [[nodiscard]] static QString bundledResourcePath(Bundled which);
    /// English by default: the name layers carry in JSON and diagnostics.
    [[nodiscard]] static QString bundledName(Bundled which, Language language = Language::English);
};

} // namespace mailsetup
