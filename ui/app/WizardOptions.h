// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mailsetup::ui {

/// What the window was started with: `mailsetup [--lang de|en] [ADDRESS]`.
struct WizardOptions {
    QString address;
    std::optional<Language> language;
    QString error; ///< non-empty when the arguments are not understood

    /// `arguments` as QCoreApplication::arguments() gives them (program name first).
    [[nodiscard]] static WizardOptions parse(const QStringList &arguments);
};

} // namespace mailsetup::ui
