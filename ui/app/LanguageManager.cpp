// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LanguageManager.h"

#include "app/UiLog.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace mailsetup::ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

Language LanguageManager::current()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

QString LanguageManager::formatDate(QDate date)
{
    return SettingsText::formatDate(date, current()); // the same as the command line and the exports
}

void LanguageManager::setLanguage(Language language)
{
    if (m_applied && language == m_language)
        return;
    apply(language);
    Q_EMIT languageChanged(language);
}

void LanguageManager::apply(Language language)
{
    m_language = language;
    m_applied = true;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (language == Language::German) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        if (m_appTranslator.load(QString::fromLatin1(i18n::kGermanCatalogPath)))
            QCoreApplication::installTranslator(&m_appTranslator);
        else
            qCWarning(lcUi) << "German translation missing from this build";
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(QStringLiteral("qtbase_de"), qtDir))
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCWarning(lcUi) << "Qt's own German translation (qtbase_de.qm) not found in" << qtDir;
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
}

} // namespace mailsetup::ui
