// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/ConnectionCheckWidget.h"

#include "app/LanguageManager.h"
#include "check/CheckProgressModel.h"
#include "session/ConnectionTester.h"
#include "widgets/PageStyle.h"
#include "widgets/StatusRowsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mailsetup::ui {

namespace {

using Mark = StatusRowsView::Mark;

StatusRowsView::RowLook lookOfCheckRow(const QModelIndex &index)
{
    const int status = index.data(CheckProgressModel::StatusRole).toInt();
    if (CheckProgressModel::RowKind(index.data(CheckProgressModel::RowKindRole).toInt())
        == CheckProgressModel::RowKind::Server) {
        switch (CheckProgressModel::ServerState(status)) {
        case CheckProgressModel::ServerState::Checking:
            return {Mark::Waiting, true};
        case CheckProgressModel::ServerState::Works:
            return {Mark::Passed, true};
        case CheckProgressModel::ServerState::DoesNotWork:
            return {Mark::Failed, true};
        case CheckProgressModel::ServerState::Stopped:
            break;
        }
        return {Mark::Neutral, true};
    }
    switch (CheckStatus(status)) {
    case CheckStatus::Passed:
        return {Mark::Passed};
    case CheckStatus::Warning:
        return {Mark::Warning};
    case CheckStatus::Failed:
        return {Mark::Failed};
    case CheckStatus::Skipped:
        break;
    }
    return {Mark::Neutral};
}

} // namespace

ConnectionCheckWidget::ConnectionCheckWidget(ConnectionTester *tester, OnlineConsent::Asker ask, QWidget *parent)
    : QGroupBox(parent)
    , m_tester(tester)
    , m_ask(std::move(ask))
    , m_introLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_passwordNoteLabel(new QLabel(this))
    , m_checkButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_privacyButton(new QPushButton(this))
    , m_rows(new StatusRowsView(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ConnectionCheckWidget"));
    PageStyle::makeTitleBold(this);
    m_introLabel->setObjectName(QStringLiteral("checkIntroLabel"));
    m_passwordLabel->setObjectName(QStringLiteral("checkPasswordLabel"));
    m_passwordEdit->setObjectName(QStringLiteral("checkPasswordEdit"));
    m_passwordNoteLabel->setObjectName(QStringLiteral("checkPasswordNoteLabel"));
    m_checkButton->setObjectName(QStringLiteral("checkConnectionButton"));
    m_stopButton->setObjectName(QStringLiteral("stopCheckButton"));
    m_privacyButton->setObjectName(QStringLiteral("checkPrivacyButton"));
    m_rows->setObjectName(QStringLiteral("checkProgress"));
    m_statusLabel->setObjectName(QStringLiteral("checkStatusLabel"));
    for (QLabel *label : {m_introLabel, m_passwordNoteLabel, m_statusLabel})
        label->setWordWrap(true);
    // Never echoed, never copied out, not offered to input methods that learn words.
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passwordEdit->setMaximumWidth(320);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_passwordNoteLabel->setStyleSheet(PageStyle::toneText(PageStyle::Tone::Neutral));
    m_rows->setModel(m_tester->progress(), lookOfCheckRow);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_privacyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(passwordRow);
    layout->addWidget(m_passwordNoteLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel); // the verdict first, then the steps
    layout->addWidget(m_rows);

    connect(m_checkButton, &QPushButton::clicked, this, &ConnectionCheckWidget::startCheck);
    connect(m_stopButton, &QPushButton::clicked, m_tester, &ConnectionTester::stop);
    connect(m_privacyButton, &QPushButton::clicked, this, &ConnectionCheckWidget::privacySettingsRequested);
    connect(m_tester, &ConnectionTester::stateChanged, this, &ConnectionCheckWidget::showState);
    connect(m_tester, &ConnectionTester::stateChanged, this, &ConnectionCheckWidget::revealVerdict);
    retranslate();
}

QList<QWidget *> ConnectionCheckWidget::tabChain() const
{
    return {m_passwordEdit, m_checkButton, m_stopButton, m_privacyButton};
}

void ConnectionCheckWidget::startCheck()
{
    QString password = m_passwordEdit->isVisible() ? m_passwordEdit->text() : QString();
    // setText (unlike clear) also empties the undo history, so nothing can bring it back.
    m_passwordEdit->setText(QString());
    if (m_tester->start(std::move(password), m_ask))
        m_stopButton->setFocus(Qt::OtherFocusReason);
}

void ConnectionCheckWidget::revealVerdict()
{
    const ConnectionTester::State state = m_tester->state();
    if (state != ConnectionTester::State::Passed && state != ConnectionTester::State::Failed)
        return;
    // The check sits at the bottom of a scrolling page: once the layout has made room for the
    // steps, scroll so that the check, its verdict and as many steps as fit are in view.
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(ancestor)) {
            QTimer::singleShot(0, scroll, [scroll, self = QPointer<QWidget>(this)] {
                if (self && scroll->widget()->isAncestorOf(self))
                    scroll->verticalScrollBar()->setValue(self->mapTo(scroll->widget(), QPoint()).y());
            });
            return;
        }
    }
}

void ConnectionCheckWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ConnectionCheckWidget::retranslate()
{
    setTitle(tr("Check the connection"));
    m_passwordLabel->setText(tr("Pass&word for a test sign-in (optional):"));
    m_passwordEdit->setAccessibleName(tr("Password for a test sign-in (optional)"));
    m_passwordNoteLabel->setText(tr("The password is used for this check only: it is not stored anywhere and is "
                                    "forgotten when the check ends."));
    m_checkButton->setText(tr("Chec&k connection"));
    m_checkButton->setToolTip(tr("Connects to the incoming and the outgoing server and explains what works"));
    m_stopButton->setText(tr("&Stop check"));
    m_privacyButton->setText(tr("Privac&y settings …"));
    m_tester->progress()->setLanguage(LanguageManager::current());
    showState();
}

void ConnectionCheckWidget::showState()
{
    const Language language = LanguageManager::current();
    const bool switchedOff = m_tester->consentIsSwitchedOff();
    const bool running = m_tester->state() == ConnectionTester::State::Running;
    QStringList servers;
    for (const ServerSettings &server : m_tester->servers())
        servers.append(tr("%1 (port %2)").arg(server.host).arg(server.port));
    if (m_tester->waitsForConfirmation())
        m_introLabel->setText(tr("Confirm the settings above first; then you can check them here."));
    else if (switchedOff)
        m_introLabel->setText(tr("You have switched the connection check off in the privacy settings."));
    else
        m_introLabel->setText(tr("Connects to %1 — your provider's servers — and checks step by step that they answer, "
                                 "encrypt the connection and offer a sign-in.")
                                  .arg(servers.join(tr(" and "))));
    const bool usable = m_tester->canStart() && !switchedOff;
    m_checkButton->setEnabled(usable);
    m_passwordEdit->setEnabled(usable);
    // Servers that sign in only in the browser (OAuth2) get no password field at all.
    const bool password = m_tester->offersPasswordLogin();
    for (QWidget *widget : {static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_passwordEdit),
                            static_cast<QWidget *>(m_passwordNoteLabel)})
        widget->setVisible(password);
    m_stopButton->setVisible(running);
    m_privacyButton->setVisible(switchedOff);
    m_rows->setVisible(m_tester->state() != ConnectionTester::State::Idle);
    m_statusLabel->setText(m_tester->statusText(language));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    m_statusLabel->setStyleSheet(PageStyle::toneText(m_tester->state() == ConnectionTester::State::Failed
                                                         ? PageStyle::Tone::Problem
                                                         : m_tester->state() == ConnectionTester::State::Passed
                                                             ? PageStyle::Tone::Good
                                                             : PageStyle::Tone::Neutral));
}

} // namespace mailsetup::ui
