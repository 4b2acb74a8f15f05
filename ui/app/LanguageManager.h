// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QDate>
#include <QObject>
#include <QTranslator>

namespace mailsetup::ui {

/// Switches the whole user interface between German and English at runtime: installs our
/// translation and Qt's own (qtbase_de: dialog buttons, QWizard), and sets the default locale.
/// Every widget then receives a LanguageChange event and retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    [[nodiscard]] Language language() const { return m_language; }
    /// Installs the translators for `language`; does nothing if it is already active.
    void setLanguage(Language language);

    /// The language the user interface speaks now (follows QLocale's default).
    [[nodiscard]] static Language current();
    /// A date as people write it in the current language ("12 March 2026", "12. März 2026").
    [[nodiscard]] static QString formatDate(QDate date);

Q_SIGNALS:
    void languageChanged(mailsetup::Language language);

private:
    void apply(Language language);

    Language m_language = Language::English;
    bool m_applied = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace mailsetup::ui
