// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/WizardOptions.h"

#include <QStringList>

#include <optional>

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// Reads `mailsetup [--lang de|en] [ADDRESS]`. Needs no QApplication: on a mistake it prints the
/// problem and the usage on stderr and returns std::nullopt (exit 2) before any window exists.
[[nodiscard]] std::optional<WizardOptions> readWizardOptions(const QStringList &arguments);

/// Shows the assistant's window for `options` and runs the event loop. Needs a QApplication.
int runWizard(const WizardOptions &options);

/// Reads the catalogs in a worker thread and hands them to `session` when done, so that the window
/// is usable at once even with a large catalog file of the user's own.
void loadCatalogInBackground(SetupSession *session);

} // namespace mailsetup::ui
