// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/UiLog.h"

namespace mailsetup::ui {

Q_LOGGING_CATEGORY(lcUi, "mailsetup.ui", QtInfoMsg)

} // namespace mailsetup::ui
