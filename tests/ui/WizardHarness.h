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
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <functional>
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

    template<typename T = QWidget> T *find(const QString &name) const { return wizard.findChild<T *>(name); }

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
    MailSetupWizard wizard {&session, &languages};
};

/// Brings a fresh wizard into one state the user can see.
using PageState = std::function<void(WizardHarness &)>;

/// Every page, and the notable states of each, for the checks that must hold everywhere
/// (language switch, mnemonics, layout at 1024×768).
inline QList<std::pair<const char *, PageState>> pageStates()
{
    QList<std::pair<const char *, PageState>> states;
    states.append({"address found", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna@gmx.ch")); }});
    states.append({"address typo", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna@gmx.dee")); }});
    states.append({"address invalid", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna.gmx.ch")); }});
    states.append(
        {"address unknown", [](WizardHarness &h) { h.typeAddress(QStringLiteral("a@baeckerei-muster.de")); }});
    states.append({"settings", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@gmx.ch")); }});
    states.append({"settings more options", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.find<QPushButton>(QStringLiteral("moreOptionsButton"))->setChecked(true);
                       h.find<QPushButton>(QStringLiteral("incoming_server_copy"))->click();
                   }});
    states.append({"settings both languages", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(true);
                   }});
    states.append({"settings oauth2", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@outlook.com")); }});
    states.append({"settings merged", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@arcor.de")); }});
    states.append({"settings unconfirmed", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       LookupResult result = h.session.result();
                       result.secure = false;
                       result.source = SettingsSource::Autoconfig;
                       h.session.setResult(result);
                   }});
    states.append({"not found", [](WizardHarness &h) { h.lookUp(QStringLiteral("a@baeckerei-muster.de")); }});
    states.append({"manual", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("a@baeckerei-muster.de"));
                       h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
                       h.wizard.next();
                   }});
    states.append({"manual settings", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("a@baeckerei-muster.de"));
                       h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
                       h.wizard.next();
                       h.wizard.next();
                   }});
    states.append({"export", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                   }});
    states.append({"export new outlook", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                       h.find<QRadioButton>(QStringLiteral("outlookNewRadio"))->setChecked(true);
                   }});
    states.append({"export sheet", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                       h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
                   }});
    return states;
}

} // namespace mailsetup::ui::test
