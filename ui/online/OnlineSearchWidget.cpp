// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/OnlineSearchWidget.h"

#include "app/LanguageManager.h"
#include "discovery/DiscoveryProgressModel.h"
#include "session/OnlineSearch.h"
#include "widgets/PageStyle.h"
#include "widgets/StatusRowsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup::ui {

namespace {

StatusRowsView::RowLook lookOfSource(const QModelIndex &index)
{
    switch (SourceState(index.data(DiscoveryProgressModel::StateRole).toInt())) {
    case SourceState::Waiting:
        return {StatusRowsView::Mark::Waiting};
    case SourceState::Found:
        return {StatusRowsView::Mark::Passed};
    case SourceState::Failed:
        return {StatusRowsView::Mark::Failed};
    case SourceState::TimedOut:
        return {StatusRowsView::Mark::Warning};
    case SourceState::Nothing:
    case SourceState::Skipped:
        break;
    }
    return {StatusRowsView::Mark::Neutral};
}

} // namespace

OnlineSearchWidget::OnlineSearchWidget(OnlineSearch *search, OnlineConsent::Asker ask, QWidget *parent)
    : QGroupBox(parent)
    , m_search(search)
    , m_ask(std::move(ask))
    , m_introLabel(new QLabel(this))
    , m_searchButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_privacyButton(new QPushButton(this))
    , m_rows(new StatusRowsView(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("OnlineSearchWidget"));
    PageStyle::makeTitleBold(this);
    m_introLabel->setObjectName(QStringLiteral("onlineIntroLabel"));
    m_searchButton->setObjectName(QStringLiteral("searchOnlineButton"));
    m_stopButton->setObjectName(QStringLiteral("stopSearchButton"));
    m_privacyButton->setObjectName(QStringLiteral("searchPrivacyButton"));
    m_rows->setObjectName(QStringLiteral("onlineProgress"));
    m_statusLabel->setObjectName(QStringLiteral("onlineStatusLabel"));
    m_introLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_searchButton->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
    m_rows->setModel(m_search->progress(), lookOfSource);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_privacyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel); // the outcome first, then the details
    layout->addWidget(m_rows);

    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        if (m_search->start(m_ask))
            m_stopButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_stopButton, &QPushButton::clicked, m_search, &OnlineSearch::cancel);
    connect(m_privacyButton, &QPushButton::clicked, this, &OnlineSearchWidget::privacySettingsRequested);
    connect(m_search, &OnlineSearch::stateChanged, this, &OnlineSearchWidget::showState);
    retranslate();
}

void OnlineSearchWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void OnlineSearchWidget::retranslate()
{
    setTitle(tr("Online search"));
    m_searchButton->setText(tr("Search &online"));
    m_searchButton->setToolTip(tr("Looks for the settings of your domain on the Internet"));
    m_stopButton->setText(tr("S&top"));
    m_stopButton->setToolTip(tr("Stops the online search at once"));
    m_privacyButton->setText(tr("&Privacy settings …"));
    m_search->progress()->setLanguage(LanguageManager::current());
    showState();
}

void OnlineSearchWidget::showState()
{
    const Language language = LanguageManager::current();
    const bool switchedOff = m_search->consentIsSwitchedOff();
    const OnlineSearch::State state = m_search->state();
    const bool running = state == OnlineSearch::State::Running;
    if (switchedOff)
        m_introLabel->setText(tr("The assistant could look for the settings online, but you have switched the online "
                                 "search off."));
    else
        m_introLabel->setText(tr("The assistant can look for the settings on the Internet. %1")
                                  .arg(m_search->contactSummary(language)));
    m_searchButton->setEnabled(m_search->canStart() && !switchedOff);
    m_stopButton->setVisible(running);
    m_privacyButton->setVisible(switchedOff);
    m_rows->setVisible(state != OnlineSearch::State::Ready);
    m_statusLabel->setText(m_search->statusText(language));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

} // namespace mailsetup::ui
