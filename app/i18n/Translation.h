// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QString>
#include <QStringView>

#include <optional>

/// Language-explicit translation, independent of the translators installed in the application.
///
/// The wizard's "both languages" view and the command line's `--lang both` need a text in a
/// language other than the current one; both go through here. Sources mark their strings with
/// QT_TRANSLATE_NOOP so lupdate collects them into the same .ts files as tr().
namespace mailsetup::i18n {

/// `sourceText` translated into `language` (English is the source language). `%n` is replaced
/// by `n` when n >= 0, with the plural form the translation chooses.
[[nodiscard]] QString translate(Language language, const char *context, const char *sourceText,
                                const char *disambiguation = nullptr, int n = -1);

/// German for a German system locale, English otherwise.
[[nodiscard]] Language systemLanguage();

/// "de" or "en".
[[nodiscard]] QString languageCode(Language language);

/// Accepts "de"/"en" (case-insensitive, also "de_CH" style locales).
[[nodiscard]] std::optional<Language> languageFromCode(QStringView code);

/// Resource path of the compiled German translation of this program.
inline constexpr auto kGermanCatalogPath = ":/i18n/mailsetup_de.qm";

} // namespace mailsetup::i18n
