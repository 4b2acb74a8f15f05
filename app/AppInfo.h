// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

/// Sets the application name and version that QSettings and QStandardPaths use
/// (~/.config/mailsetup/...). Call right after creating the Q*Application.
void setApplicationIdentity();

/// The program version, e.g. "0.1.0".
[[nodiscard]] QString applicationVersion();

} // namespace mailsetup
