// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"
#include "model/LookupResult.h"

#include <QJsonObject>
#include <QList>

namespace mailsetup {

/// The `lookup --format json` object of the command-line contract (product.md). Keys may be
/// added; none may be removed or renamed.
namespace LookupJson {

/// `languages` decides the language of `error.message` (both: German, then English).
[[nodiscard]] QJsonObject toJson(const LookupResult &result, const QList<Language> &languages);
[[nodiscard]] QJsonObject serverToJson(const ServerSettings &server);

} // namespace LookupJson

} // namespace mailsetup
