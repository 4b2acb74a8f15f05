// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class NotFoundPage;
}

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// Page for a domain the catalog does not know: pick the hoster of an own domain, or go on to
/// enter the settings by hand.
class NotFoundPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotFoundPage)

public:
    explicit NotFoundPage(SetupSession *session, QWidget *parent = nullptr);
    ~NotFoundPage() override;

    /// Whether the user chose to type the settings in (the wizard then shows the manual page).
    [[nodiscard]] bool wantsManualEntry() const;

    /// Places the online search (built by the caller) above the choices; the page takes ownership.
    void setOnlineDiscoveryWidget(QWidget *widget);
    /// The online search put its answer into the session: Next shows it instead of a hoster's,
    /// until the user picks a hoster or manual entry.
    void useOnlineResult();

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillHosters();
    void filterHosters(const QString &text);

    std::unique_ptr<Ui::NotFoundPage> m_ui;
    SetupSession *m_session;
    bool m_onlineResult = false;
};

} // namespace mailsetup::ui
