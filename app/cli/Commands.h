// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QStringList>

/// One function per command; `arguments` excludes the program name and the command word.
namespace mailsetup::cli {

int runLookup(const QStringList &arguments, CliContext &context);
int runCatalog(const QStringList &arguments, CliContext &context);
int runExport(const QStringList &arguments, CliContext &context);
int runServerCheck(const QStringList &arguments, CliContext &context);

} // namespace mailsetup::cli
