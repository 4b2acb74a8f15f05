// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

/// The two languages the assistant speaks. Sources are written in English.
enum class Language { German, English };

/// Text that exists in both languages (catalog notes, glossary entries, hints).
struct LocalizedText {
    QString de;
    QString en;

    [[nodiscard]] const QString &text(Language language) const
    {
        return language == Language::German ? de : en;
    }
    [[nodiscard]] bool isEmpty() const { return de.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace mailsetup
