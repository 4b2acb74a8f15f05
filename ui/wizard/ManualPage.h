// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class ManualPage;
}

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// Entering settings by hand, prefilled with the usual values for the domain (imap.<domain>,
/// smtp.<domain>, the address as user name); every prefilled value is marked "guess" until the
/// user changes it.
class ManualPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualPage)

public:
    explicit ManualPage(SetupSession *session, QWidget *parent = nullptr);
    ~ManualPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillGuesses();
    void fillChoices();
    /// After a protocol or encryption change: the standard port, unless the user typed one.
    void updateGuessedPorts();

    std::unique_ptr<Ui::ManualPage> m_ui;
    SetupSession *m_session;
    QString m_guessedFor;
};

} // namespace mailsetup::ui
