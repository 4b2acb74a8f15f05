// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogLoader.h"
#include "lookup/TypoSuggester.h"

#include <memory>

namespace mailsetup {

/// The stacked catalog together with what is derived from it once (the typo index), built in
/// one go so that a worker thread can prepare it while the window is already usable.
struct LoadedCatalog {
    Catalog catalog;
    /// Problems in the user or system catalog file: shown, but the rest still works.
    CatalogDiagnostics warnings;
    TypoSuggester suggester;

    explicit LoadedCatalog(CatalogLoader::Loaded loaded);

    /// Reads every layer; safe to call from any thread (touches no shared state).
    [[nodiscard]] static std::shared_ptr<const LoadedCatalog> load(const CatalogLoader::Options &options);
};

} // namespace mailsetup
