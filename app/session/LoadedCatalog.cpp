// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/LoadedCatalog.h"

namespace mailsetup {

LoadedCatalog::LoadedCatalog(CatalogLoader::Loaded loaded)
    : catalog(std::move(loaded.catalog))
    , warnings(loaded.errors + loaded.warnings)
    , suggester(catalog)
{ }

std::shared_ptr<const LoadedCatalog> LoadedCatalog::load(const CatalogLoader::Options &options)
{
    return std::make_shared<const LoadedCatalog>(CatalogLoader::load(options));
}

} // namespace mailsetup
