// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace mailsetup::ui {

/// The question before anything goes online: what is sent, to whom, nothing else; "Allow" or
/// "Not now", and "Remember my choice".
class ConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)

public:
    ConsentDialog(OnlineConsent::Request request, QWidget *parent = nullptr);

    /// Shows the question and waits for the answer (Escape and closing mean "Not now").
    [[nodiscard]] static OnlineConsent::Answer ask(const OnlineConsent::Request &request, QWidget *parent);

    [[nodiscard]] OnlineConsent::Answer answer() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QString contactsHtml() const;

    OnlineConsent::Request m_request;
    QLabel *m_headingLabel;
    QLabel *m_introLabel;
    QLabel *m_contactsLabel;
    QLabel *m_nothingElseLabel;
    QCheckBox *m_rememberCheck;
    QPushButton *m_allowButton;
    QPushButton *m_notNowButton;
};

} // namespace mailsetup::ui
