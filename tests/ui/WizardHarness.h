// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the widget tests and the screenshot renderer: a wizard over the bundled catalogs
// only (never the user's own files), driven the way a user drives it.

#include "app/LanguageManager.h"
#include "session/SetupSession.h"
#include "wizard/MailSetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace mailsetup::ui::test {

inline std::shared_ptr<const LoadedCatalog> bundledCatalog()
{
    static const std::shared_ptr<const LoadedCatalog> catalog = LoadedCatalog::load({{}, false, false, true});
    return catalog;
}

/// One wizard window with its session and language, in a known state.
class WizardHarness
{
public:
    explicit WizardHarness(Language language = Language::English)
    {
        languages.setLanguage(language);
        session.setCatalog(bundledCatalog());
        wizard.resize(1024, 768);
    }

    template <typename T = QWidget>
    T *find(const QString &name) const
    {
        return wizard.findChild<T *>(name);
    }

    [[nodiscard]] QAbstractButton *button(QWizard::WizardButton which) const { return wizard.button(which); }

    /// Types into the address field as a user would (keyClicks handles ASCII only).
    void typeAddress(const QString &address) const
    {
        auto *edit = find<QLineEdit>(QStringLiteral("addressEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, address);
    }

    /// Shows the window and waits until it can take keyboard input.
    bool showAndActivate()
    {
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        return QTest::qWaitForWindowActive(&wizard);
    }

    /// Restarts at the address page, enters `address` and goes on.
    void lookUp(const QString &address)
    {
        wizard.restart();
        find<QLineEdit>(QStringLiteral("addressEdit"))->setText(address);
        wizard.next();
    }

    /// Switches the language as the language buttons do, and lets the posted LanguageChange
    /// events arrive.
    void switchLanguage(Language language)
    {
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

    LanguageManager languages;
    SetupSession session;
    MailSetupWizard wizard{&session, &languages};
};

} // namespace mailsetup::ui::test
