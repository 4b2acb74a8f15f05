// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mailsetup {
class ConnectionTester;
}

namespace mailsetup::ui {

class StatusRowsView;

/// The settings page's "Check connection": which servers it contacts, an optional password for
/// a real sign-in (used for this one check, never stored, the field is emptied when the check
/// starts), the explained steps as they come in, and Stop. Shows a ConnectionTester.
class ConnectionCheckWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheckWidget)

public:
    /// `tester` is not owned; `ask` puts the consent question.
    ConnectionCheckWidget(ConnectionTester *tester, OnlineConsent::Asker ask, QWidget *parent = nullptr);

    /// The focusable controls in order, for the page's tab chain.
    [[nodiscard]] QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void privacySettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState();
    void startCheck();
    void revealVerdict();

    ConnectionTester *m_tester;
    OnlineConsent::Asker m_ask;
    QLabel *m_introLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QLabel *m_passwordNoteLabel;
    QPushButton *m_checkButton;
    QPushButton *m_stopButton;
    QPushButton *m_privacyButton;
    StatusRowsView *m_rows;
    QLabel *m_statusLabel;
};

} // namespace mailsetup::ui
