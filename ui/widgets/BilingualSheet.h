// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/LookupResult.h"

#include <QString>

namespace mailsetup::ui {

/// The chosen settings with German and English side by side, for support staff who talk to a
/// customer in the other language. Interface words come from the German translation queried
/// directly (i18n::translate), notes are bilingual catalog data.
namespace BilingualSheet {

/// An HTML table: one row per item, German left, English right. `result` has the chosen servers
/// first (SetupSession::chosenResult()).
[[nodiscard]] QString html(const LookupResult &result);

} // namespace BilingualSheet

} // namespace mailsetup::ui
