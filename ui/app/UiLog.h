// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace mailsetup::ui {

/// Log category of the widgets library ("mailsetup.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace mailsetup::ui
