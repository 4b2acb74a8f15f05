// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTypes.h"
#include "model/Language.h"

#include <QJsonObject>
#include <QList>

/// The `check` command's output: readable text and the documented JSON shape
/// (docs/discovery.md, "check --format json").
namespace mailsetup::CheckReportFormat {

/// One server: its steps with ✓ / ! / ✗ / – marks, then a one-line verdict.
[[nodiscard]] QString text(const ServerCheckReport &report, Language language);
[[nodiscard]] QJsonObject serverToJson(const ServerCheckReport &report);
/// The verdict line: "Works." / "Does not work: …".
[[nodiscard]] QString verdict(const ServerCheckReport &report, Language language);

} // namespace mailsetup::CheckReportFormat
