// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

/// Writes `data` to `path` so that afterwards either the whole new file is there or the old file
/// (if any) is untouched, with no temporary file left behind. Returns the system's reason when
/// it fails ("No space left on device"), else an empty string. The one way every part of the
/// program (export, catalog import, the wizard) writes a file.
[[nodiscard]] QString writeAtomically(const QString &path, const QByteArray &data);

} // namespace mailsetup
