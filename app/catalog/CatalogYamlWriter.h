// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailsetup {

/// Writes a catalog in the YAML schema of docs/catalog.md, so that CatalogYamlReader reads back
/// exactly the same data.
///
/// The output is deterministic (same catalog → same bytes): keys in schema order, providers and
/// lists in the given order, one server per line. A string is written plain only when it cannot
/// be mistaken for anything else; all others are double-quoted with escapes, so quotes, colons,
/// `%`, `#`, line breaks and control characters are safe.
class CatalogYamlWriter
{
public:
    /// `headerComment` lines are written first, each prefixed with "# ".
    [[nodiscard]] static QByteArray write(const CatalogFile &catalog, const QStringList &headerComment = {});

    /// How `text` is written as a YAML scalar; `inFlow` for values inside `{…}` or `[…]`.
    [[nodiscard]] static QString scalar(const QString &text, bool inFlow);
};

} // namespace mailsetup
