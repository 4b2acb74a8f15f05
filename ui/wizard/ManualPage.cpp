// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ManualPage.h"
#include "ui_ManualPage.h"

#include "address/DomainName.h"
#include "app/LanguageManager.h"
#include "lookup/SettingsText.h"
#include "session/SetupSession.h"
#include "widgets/PageStyle.h"

#include <QEvent>

namespace mailsetup::ui {

namespace {

template<typename E> E currentValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template<typename E> void selectValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

bool isHostName(const QString &text)
{
    return !text.trimmed().isEmpty() && DomainName::parse(text.trimmed(), false).isValid();
}

} // namespace

ManualPage::ManualPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ManualPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->guessBanner->setStyleSheet(PageStyle::attentionBox(m_ui->guessBanner->objectName()));
    for (QGroupBox *group : {m_ui->manualIncomingGroup, m_ui->manualOutgoingGroup}) {
        PageStyle::makeTitleBold(group);
        group->layout()->setAlignment(Qt::AlignTop);
    }
    fillChoices();

    // A value the user touched is no longer a guess.
    const auto forget = [this](QLabel *guess) {
        return [this, guess] {
            guess->hide();
            Q_EMIT completeChanged();
        };
    };
    connect(m_ui->incomingHostEdit, &QLineEdit::textEdited, this, forget(m_ui->incomingHostGuess));
    connect(m_ui->outgoingHostEdit, &QLineEdit::textEdited, this, forget(m_ui->outgoingHostGuess));
    connect(m_ui->usernameEdit, &QLineEdit::textEdited, this, forget(m_ui->usernameGuess));
    connect(m_ui->incomingPortSpin, &QSpinBox::valueChanged, this, forget(m_ui->incomingPortGuess));
    connect(m_ui->outgoingPortSpin, &QSpinBox::valueChanged, this, forget(m_ui->outgoingPortGuess));
    connect(m_ui->incomingSecurityCombo, &QComboBox::activated, this, forget(m_ui->incomingSecurityGuess));
    connect(m_ui->outgoingSecurityCombo, &QComboBox::activated, this, forget(m_ui->outgoingSecurityGuess));
    for (QComboBox *combo : {m_ui->incomingProtocolCombo, m_ui->incomingSecurityCombo, m_ui->outgoingSecurityCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ManualPage::updateGuessedPorts);
    retranslate();
}

ManualPage::~ManualPage() = default;

void ManualPage::fillChoices()
{
    const Language language = LanguageManager::current();
    for (QComboBox *combo : {m_ui->incomingSecurityCombo, m_ui->outgoingSecurityCombo}) {
        const QSignalBlocker blocker(combo);
        const int current = combo->currentIndex();
        combo->clear();
        for (const Security security : {Security::Ssl, Security::StartTls, Security::None})
            combo->addItem(SettingsText::securityName(security, language), int(security));
        combo->setCurrentIndex(std::max(current, 0));
    }
    const QSignalBlocker blocker(m_ui->incomingProtocolCombo);
    const int current = m_ui->incomingProtocolCombo->currentIndex();
    m_ui->incomingProtocolCombo->clear();
    for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3})
        m_ui->incomingProtocolCombo->addItem(SettingsText::protocolName(protocol), int(protocol));
    m_ui->incomingProtocolCombo->setCurrentIndex(std::max(current, 0));
}

void ManualPage::initializePage()
{
    // Keep what the user typed when they come back for the same address.
    if (m_guessedFor != m_session->address().address())
        fillGuesses();
    retranslate();
}

void ManualPage::fillGuesses()
{
    m_guessedFor = m_session->address().address();
    const SetupSession::Guess guess = SetupSession::guessFor(m_session->address());
    const QList<QWidget *> editors {m_ui->incomingProtocolCombo, m_ui->incomingHostEdit, m_ui->incomingPortSpin,
        m_ui->incomingSecurityCombo, m_ui->outgoingHostEdit, m_ui->outgoingPortSpin, m_ui->outgoingSecurityCombo,
        m_ui->usernameEdit};
    for (QWidget *editor : editors)
        editor->blockSignals(true);
    selectValue(m_ui->incomingProtocolCombo, guess.incoming.protocol);
    m_ui->incomingHostEdit->setText(guess.incoming.host);
    m_ui->incomingPortSpin->setValue(guess.incoming.port);
    selectValue(m_ui->incomingSecurityCombo, guess.incoming.security);
    m_ui->outgoingHostEdit->setText(guess.outgoing.host);
    m_ui->outgoingPortSpin->setValue(guess.outgoing.port);
    selectValue(m_ui->outgoingSecurityCombo, guess.outgoing.security);
    m_ui->usernameEdit->setText(guess.incoming.username);
    for (QWidget *editor : editors)
        editor->blockSignals(false);
    for (QLabel *label : {m_ui->incomingHostGuess, m_ui->incomingPortGuess, m_ui->incomingSecurityGuess,
             m_ui->outgoingHostGuess, m_ui->outgoingPortGuess, m_ui->outgoingSecurityGuess, m_ui->usernameGuess})
        label->show();
    Q_EMIT completeChanged();
}

void ManualPage::updateGuessedPorts()
{
    if (m_ui->incomingPortGuess->isVisibleTo(this)) {
        const QSignalBlocker blocker(m_ui->incomingPortSpin);
        m_ui->incomingPortSpin->setValue(SetupSession::standardPort(
            currentValue<Protocol>(m_ui->incomingProtocolCombo), currentValue<Security>(m_ui->incomingSecurityCombo)));
    }
    if (m_ui->outgoingPortGuess->isVisibleTo(this)) {
        const QSignalBlocker blocker(m_ui->outgoingPortSpin);
        m_ui->outgoingPortSpin->setValue(
            SetupSession::standardPort(Protocol::Smtp, currentValue<Security>(m_ui->outgoingSecurityCombo)));
    }
}

bool ManualPage::isComplete() const
{
    return isHostName(m_ui->incomingHostEdit->text()) && isHostName(m_ui->outgoingHostEdit->text())
        && !m_ui->usernameEdit->text().trimmed().isEmpty();
}

bool ManualPage::validatePage()
{
    ServerSettings incoming;
    incoming.protocol = currentValue<Protocol>(m_ui->incomingProtocolCombo);
    incoming.host = DomainName::toAce(m_ui->incomingHostEdit->text().trimmed().toLower());
    incoming.port = quint16(m_ui->incomingPortSpin->value());
    incoming.security = currentValue<Security>(m_ui->incomingSecurityCombo);
    incoming.auth = {AuthMethod::Password};
    incoming.username = m_ui->usernameEdit->text().trimmed();
    ServerSettings outgoing = incoming;
    outgoing.protocol = Protocol::Smtp;
    outgoing.host = DomainName::toAce(m_ui->outgoingHostEdit->text().trimmed().toLower());
    outgoing.port = quint16(m_ui->outgoingPortSpin->value());
    outgoing.security = currentValue<Security>(m_ui->outgoingSecurityCombo);
    m_session->useManualSettings(incoming, outgoing);
    return true;
}

void ManualPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ManualPage::retranslate()
{
    m_ui->guessBanner->setText(tr("The values marked “guess” are the usual names for %1, not confirmed facts. Compare "
                                  "them with your provider's information and correct them where needed.")
                                   .arg(m_session->address().domain()));
    m_ui->outgoingPortHint->setText(tr("Many providers use port 587 with STARTTLS instead."));
    const QString guessTip = tr("A guess: please check this value");
    for (QLabel *label : {m_ui->incomingHostGuess, m_ui->incomingPortGuess, m_ui->incomingSecurityGuess,
             m_ui->outgoingHostGuess, m_ui->outgoingPortGuess, m_ui->outgoingSecurityGuess, m_ui->usernameGuess}) {
        label->setToolTip(guessTip);
        label->setStyleSheet(PageStyle::toneText(PageStyle::Tone::Problem));
    }
}

} // namespace mailsetup::ui
