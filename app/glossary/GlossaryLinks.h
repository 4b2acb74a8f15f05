// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup/SettingsText.h"
#include "model/Enums.h"

#include <QString>

/// Which glossary term explains a field or value, so every place that shows a setting links to
/// the same explanation.
namespace mailsetup::GlossaryLinks {

[[nodiscard]] QString termFor(SettingsText::Field field);
[[nodiscard]] QString termFor(Protocol protocol);
[[nodiscard]] QString termFor(Security security);
/// Empty for methods without an own entry (they are explained under "authentication").
[[nodiscard]] QString termFor(AuthMethod method);

} // namespace mailsetup::GlossaryLinks
