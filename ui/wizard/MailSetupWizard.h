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
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }
    [[nodiscard]] NotFoundPage *notFoundPage() const { return m_notFoundPage; }
    [[nodiscard]] ExportPage *exportPage() const { return m_exportPage; }

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

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void setUpButtons();
    void retranslate();
    void showLanguage();
    void focusFirstControl();

    SetupSession *m_session;
    LanguageManager *m_languages;
    AddressPage *m_addressPage;
    SettingsPage *m_settingsPage;
    NotFoundPage *m_notFoundPage;
    ExportPage *m_exportPage;
    QPointer<GlossaryWindow> m_glossary;
    OnlineConsent *m_consent = nullptr;
    OnlineSearch *m_search = nullptr;
    ConnectionTester *m_tester = nullptr;
};

} // namespace mailsetup::ui
