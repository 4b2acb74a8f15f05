// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"

namespace mailsetup::ImportInstructions {

/// Short numbered steps how to get the file of `format` into the mail program.
[[nodiscard]] QString forFormat(ExportFormat format, Language language);

} // namespace mailsetup::ImportInstructions
