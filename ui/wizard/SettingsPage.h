// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class SettingsPage;
}

namespace mailsetup {
class ServerListModel;
class SetupSession;
} // namespace mailsetup

namespace mailsetup::ui {

/// Page 2: the provider's notes first, then the recommended incoming and outgoing server, each
/// field with a Copy button and an explanation; the other servers to choose from behind "More
/// options"; German and English side by side on request.
class SettingsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(SetupSession *session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Places the live connection check (built by the caller) below the settings; the page takes
    /// ownership. `tabChain` (its focusable controls in order) continues the page's tab order.
    void setConnectionCheckWidget(QWidget *widget, const QList<QWidget *> &tabChain = {});

Q_SIGNALS:
    void glossaryRequested(const QString &termId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult();
    void showChoice();
    void updateSections();
    void copyAll();
    /// Shows what was just copied; `message` is asked again after a language change.
    void setCopyStatus(std::function<QString()> message);
    /// Keyboard order top to bottom; again whenever "More options" gets new buttons.
    void setTabOrder();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    SetupSession *m_session;
    ServerListModel *m_servers;
    std::function<QString()> m_copyStatus;
    QList<QWidget *> m_connectionCheckChain;
};

} // namespace mailsetup::ui
