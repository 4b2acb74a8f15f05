// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translation.h"

#include <QLocale>
#include <QTranslator>

namespace mailsetup::i18n {

QString translate(Language language, const char *context, const char *sourceText,
                  const char *disambiguation, int n)
{
    QString result;
    if (language == Language::German) {
        // Loaded once; a missing resource leaves it empty and the English source is shown.
        static QTranslator translator;
        static const bool loaded = translator.load(QString::fromLatin1(kGermanCatalogPath));
        if (loaded)
            result = translator.translate(context, sourceText, disambiguation, n);
    }
    if (result.isEmpty())
        result = QString::fromUtf8(sourceText);
    if (n >= 0)
        result.replace(QLatin1String("%n"), QString::number(n));
    return result;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? Language::German : Language::English;
}

QString languageCode(Language language)
{
    return language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView base = code.left(2);
    if (base.compare(QLatin1String("de"), Qt::CaseInsensitive) == 0)
        return Language::German;
    if (base.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

} // namespace mailsetup::i18n
