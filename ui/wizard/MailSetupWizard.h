// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"

#include <QPointer>
#include <QWizard>

namespace mailsetup {
class ConnectionTester;
class OnlineSearch;
class SetupSession;
struct OnlineServices;
} // namespace mailsetup

namespace mailsetup::ui {

class AddressPage;
class ExportPage;
class GlossaryWindow;
class LanguageManager;
class NotFoundPage;
class SettingsPage;

/// The assistant's window: address → settings (or not found → hoster / manual entry) → export.
/// The language buttons, the glossary (F1) and About sit in the button row on every page.
///
/// Only the address page is built before the window first appears; the other pages (and the
/// online widgets) are built right after the first paint, so the window shows up at once.
class MailSetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSetupWizard)

public:
    enum PageId { AddressPageId, SettingsPageId, NotFoundPageId, ManualPageId, ExportPageId };

    MailSetupWizard(SetupSession *session, LanguageManager *languages, QWidget *parent = nullptr);
    ~MailSetupWizard() override;

    [[nodiscard]] int nextId() const override;

    [[nodiscard]] AddressPage *addressPage() const { return m_addressPage; }
    // These build the remaining pages first if the window has not been painted yet.
    [[nodiscard]] SettingsPage *settingsPage();
    [[nodiscard]] NotFoundPage *notFoundPage();
    [[nodiscard]] ExportPage *exportPage();

    /// Builds every page after the first and applies setOnline(); runs by itself right after the
    /// first paint, and before leaving the first page. Calling it again does nothing.
    void completeSetup();

    /// Adds the online search to the not-found page and "Check connection" to the settings page,
    /// going online through `services` (real ones from runWizard, fakes in tests). `ask` puts
    /// the consent question; empty means the consent dialog. Without this call the wizard works
    /// from the catalogs alone.
    void setOnline(const OnlineServices &services, OnlineConsent::Asker ask = {});
    [[nodiscard]] OnlineConsent *onlineConsent() const { return m_consent; }
    [[nodiscard]] OnlineSearch *onlineSearch() const { return m_search; }
    [[nodiscard]] ConnectionTester *connectionTester() const { return m_tester; }
    /// Opens the privacy settings (switch online search, insecure sources, connection check).
    void showPrivacySettings();

    /// Opens (or raises) the glossary window at a term; empty shows the list.
    void showGlossary(const QString &termId = {});
    [[nodiscard]] GlossaryWindow *glossaryWindow() const;
    void showAbout();

Q_SIGNALS:
    /// completeSetup() has built every page: the moment for work the first page does not need.
    void setupCompleted();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    bool validateCurrentPage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpButtons();
    void retranslate();
    void showLanguage();
    void focusFirstControl();
    void buildOnlineWidgets();

    SetupSession *m_session;
    LanguageManager *m_languages;
    AddressPage *m_addressPage;
    SettingsPage *m_settingsPage = nullptr;
    NotFoundPage *m_notFoundPage = nullptr;
    ExportPage *m_exportPage = nullptr;
    OnlineConsent::Asker m_ask; ///< kept until the pages that ask exist
    QPointer<GlossaryWindow> m_glossary;
    OnlineConsent *m_consent = nullptr;
    OnlineSearch *m_search = nullptr;
    ConnectionTester *m_tester = nullptr;
};

} // namespace mailsetup::ui
