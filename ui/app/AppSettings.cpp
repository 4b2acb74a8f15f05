// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"

#include "i18n/Translation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace mailsetup::ui::AppSettings {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/geometry");

QSettings settings()
{
    // The program has no organisation name, so the default QSettings location would differ from
    // QStandardPaths' ~/.config/mailsetup; name the file explicitly.
    return QSettings(filePath(), QSettings::IniFormat);
}

} // namespace

QString filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("mailsetup.conf"));
}

std::optional<Language> language()
{
    return i18n::languageFromCode(settings().value(kLanguageKey).toString());
}

void setLanguage(Language language)
{
    settings().setValue(kLanguageKey, i18n::languageCode(language));
}

QByteArray windowGeometry()
{
    return settings().value(kGeometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    settings().setValue(kGeometryKey, geometry);
}

} // namespace mailsetup::ui::AppSettings
