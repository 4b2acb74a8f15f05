// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QByteArray>

#include <optional>

namespace mailsetup::ui {

/// The few things the window remembers between starts (language, geometry), stored in
/// ~/.config/mailsetup/mailsetup.conf. Never anything the user typed into the wizard.
namespace AppSettings {

[[nodiscard]] QString filePath();
[[nodiscard]] std::optional<Language> language();
void setLanguage(Language language);
[[nodiscard]] QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

} // namespace AppSettings

} // namespace mailsetup::ui
