// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace mailsetup {
class OnlineConsent;
}

namespace mailsetup::ui {

/// The privacy settings: switch the online search, insecure (plain http) sources and the
/// connection check on or off. A switch the user does not touch keeps its state, so "ask me the
/// first time" stays until the user decides.
class PrivacyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyDialog)

public:
    /// `consent` is not owned; OK writes the changed switches to it.
    explicit PrivacyDialog(OnlineConsent *consent, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    OnlineConsent *m_consent;
    QLabel *m_introLabel;
    QCheckBox *m_searchCheck;
    QLabel *m_searchLabel;
    QCheckBox *m_insecureCheck;
    QLabel *m_insecureLabel;
    QCheckBox *m_checkCheck;
    QLabel *m_checkLabel;
    QLabel *m_notAskedLabel;
};

} // namespace mailsetup::ui
