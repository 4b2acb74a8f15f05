// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class AddressPage;
}

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// Page 1: the address (checked as it is typed, with "Did you mean …?") and an optional name.
class AddressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressPage)

public:
    explicit AddressPage(SetupSession *session, QWidget *parent = nullptr);
    ~AddressPage() override;

    /// Fills in the address field (e.g. from the command line).
    void setAddressText(const QString &text);
    /// The address field's clear button. Its icon comes from the icon theme, and looking that up
    /// costs the first paint several milliseconds: the wizard adds it once the window is shown.
    void enableClearButton();

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAddressState();
    void showCatalogWarnings();

    std::unique_ptr<Ui::AddressPage> m_ui;
    SetupSession *m_session;
};

} // namespace mailsetup::ui
