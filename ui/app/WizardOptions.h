// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mailsetup::ui {

/// What the window was started with: `mailsetup [--lang de|en] [ADDRESS]`.
///
/// Read before any QApplication exists, so that a mistake is reported without a display; the
/// messages are therefore translated here (no translator is installed yet).
struct WizardOptions {
    QString address;
    std::optional<Language> language;
    /// Non-empty when the arguments are not understood: the first problem, in the --lang
    /// language if one is given, else the system's.
    QString error;

    /// `arguments` as main() gets them (program name first). Qt's own options (`-platform
    /// offscreen`, `-style fusion`, …) are left for QApplication.
    [[nodiscard]] static WizardOptions parse(const QStringList &arguments);

    /// The one-line usage hint shown after an error, in `language`.
    [[nodiscard]] static QString usage(Language language);
};

} // namespace mailsetup::ui
