// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup::ui::SaveFile {

/// Writes `data` to `path` atomically (QSaveFile): either the whole new file is there, or the old
/// file (if any) is untouched. Returns an error message for people, or an empty string.
[[nodiscard]] QString writeAtomically(const QString &path, const QByteArray &data);

} // namespace mailsetup::ui::SaveFile
