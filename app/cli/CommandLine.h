// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QStringList>

/// The command-line front end: `mailsetup lookup|export|check|catalog …`, `--help`, `--version`.
namespace mailsetup::cli {

/// True when the arguments (including the program name) ask for a command rather than the
/// wizard; `mailsetup` and `mailsetup ADDRESS` start the wizard.
[[nodiscard]] bool isCommandLineInvocation(const QStringList &arguments);

/// True when the command needs a QGuiApplication (`export --format sheet-pdf` renders PDF with
/// QtGui); everything else runs on a QCoreApplication, which starts faster and needs no display.
[[nodiscard]] bool needsGuiApplication(const QStringList &arguments);

/// Runs the command in `arguments` (including the program name); returns the exit code.
int run(const QStringList &arguments, CliContext &context);

/// The `--version` text: program version and the snapshot dates of the bundled catalogs.
[[nodiscard]] QString versionText();

/// The `--help` text (also the source of the man page).
[[nodiscard]] QString helpText();

} // namespace mailsetup::cli
