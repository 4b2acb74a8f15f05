// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OnlineConsent.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace mailsetup {
class OnlineSearch;
}

namespace mailsetup::ui {

class StatusRowsView;

/// The not-found page's online search: what will be contacted, "Search online", one live line
/// per source, Stop, and the outcome in plain words. Shows an OnlineSearch; decides nothing.
class OnlineSearchWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineSearchWidget)

public:
    /// `search` is not owned; `ask` puts the consent question.
    OnlineSearchWidget(OnlineSearch *search, OnlineConsent::Asker ask, QWidget *parent = nullptr);

Q_SIGNALS:
    void privacySettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState();

    OnlineSearch *m_search;
    OnlineConsent::Asker m_ask;
    QLabel *m_introLabel;
    QPushButton *m_searchButton;
    QPushButton *m_stopButton;
    QPushButton *m_privacyButton;
    StatusRowsView *m_rows;
    QLabel *m_statusLabel;
};

} // namespace mailsetup::ui
