// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Translation.h"
#include "model/Language.h"

#include <QString>

namespace mailsetup {

/// A QT_TRANSLATE_NOOP-marked text in both languages, with %1, %2 … filled in. Discovery and
/// the connection check report in both languages at once, so the wizard can show either or
/// both side by side.
template <typename... Args>
[[nodiscard]] LocalizedText bilingual(const char *context, const char *sourceText, const Args &...arguments)
{
    LocalizedText text{i18n::translate(Language::German, context, sourceText),
                       i18n::translate(Language::English, context, sourceText)};
    if constexpr (sizeof...(Args) > 0) {
        text.de = text.de.arg(arguments...);
        text.en = text.en.arg(arguments...);
    }
    return text;
}

/// Both languages of a text that a function produces per language.
template <typename Function>
[[nodiscard]] LocalizedText bilingualFrom(Function &&perLanguage)
{
    return {perLanguage(Language::German), perLanguage(Language::English)};
}

} // namespace mailsetup
