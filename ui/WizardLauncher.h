// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mailsetup::ui {

/// Shows the assistant's window (prefilled with the address in `arguments`, if any) and runs
/// the event loop. Needs a QApplication.
int runWizard(const QStringList &arguments);

} // namespace mailsetup::ui
