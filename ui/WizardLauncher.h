// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// Shows the assistant's window for `mailsetup [--lang de|en] [ADDRESS]` and runs the event loop.
/// Needs a QApplication. Returns 2 (with a message on stderr) for arguments it does not understand.
int runWizard(const QStringList &arguments);

/// Reads the catalogs in a worker thread and hands them to `session` when done, so that the window
/// is usable at once even with a large catalog file of the user's own.
void loadCatalogInBackground(SetupSession *session);

} // namespace mailsetup::ui
