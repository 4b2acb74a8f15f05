// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailsetup {

/// The compact compiled form of a validated catalog, embedded in the program at build time so
/// that start-up never parses YAML.
class CatalogCbor
{
public:
    [[nodiscard]] static QByteArray encode(const CatalogFile &catalog);
    /// std::nullopt if `data` is not a catalog of this format version; `error` says why.
    [[nodiscard]] static std::optional<CatalogFile> decode(const QByteArray &data, QString *error = nullptr);

    /// Bumped whenever the encoding changes; a mismatch means a stale build.
    static constexpr int kFormatVersion = 1;
};

} // namespace mailsetup
