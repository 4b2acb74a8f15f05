// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SettingsPage.h"
#include "ui_SettingsPage.h"

#include "app/LanguageManager.h"
#include "lookup/SettingsText.h"
#include "session/ServerListModel.h"
#include "session/SetupSession.h"
#include "widgets/BilingualSheet.h"
#include "widgets/PageStyle.h"
#include "widgets/ServerChoiceView.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QUrl>

namespace mailsetup::ui {

namespace {

bool isOnlineSource(SettingsSource source)
{
    return source == SettingsSource::Autoconfig || source == SettingsSource::OnlineIspdb || source == SettingsSource::Mx
           || source == SettingsSource::Srv;
}

} // namespace

SettingsPage::SettingsPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_session(session)
    , m_servers(new ServerListModel(session, this))
{
    m_ui->setupUi(this);
    // QScrollArea::setWidget() makes the area a tab stop; it holds nothing to type into.
    m_ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    m_ui->incomingFields->setNamePrefix(QStringLiteral("incoming"));
    m_ui->outgoingFields->setNamePrefix(QStringLiteral("outgoing"));
    m_ui->serverChoice->setModel(m_servers);
    m_ui->insecureFrame->setStyleSheet(PageStyle::attentionBox(m_ui->insecureFrame->objectName()));
    PageStyle::makeProminent(m_ui->providerLabel);
    for (QGroupBox *group : {m_ui->incomingGroup, m_ui->outgoingGroup})
        PageStyle::makeTitleBold(group);
    m_ui->bilingualView->setMinimumHeight(400);
    m_ui->copyAllButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->bothLanguagesButton->setIcon(QIcon(QStringLiteral(":/icons/language.svg")));

    connect(m_ui->imapRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_session->chooseIncomingProtocol(Protocol::Imap);
    });
    connect(m_ui->pop3Radio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_session->chooseIncomingProtocol(Protocol::Pop3);
    });
    connect(m_ui->confirmInsecureCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_session->confirmInsecureResult();
    });
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &SettingsPage::copyAll);
    connect(m_ui->bothLanguagesButton, &QPushButton::toggled, m_session, &SetupSession::setBothLanguages);
    connect(m_ui->moreOptionsButton, &QPushButton::toggled, this, &SettingsPage::updateSections);
    connect(m_ui->providerHelpButton, &QPushButton::clicked, this, [this] {
        if (m_session->result().provider)
            QDesktopServices::openUrl(QUrl(m_session->result().provider->helpUrl));
    });
    for (ServerFieldsWidget *fields : {m_ui->incomingFields, m_ui->outgoingFields}) {
        connect(fields, &ServerFieldsWidget::copied, this, [this](SettingsText::Field field, const QString &value) {
            setCopyStatus([field, value] {
                return tr("Copied to the clipboard: %1 “%2”")
                    .arg(SettingsText::fieldLabel(field, LanguageManager::current()), value);
            });
        });
        connect(fields, &ServerFieldsWidget::explainRequested, this, &SettingsPage::glossaryRequested);
    }
    connect(m_session, &SetupSession::resultChanged, this, &SettingsPage::showResult);
    connect(m_session, &SetupSession::choiceChanged, this, &SettingsPage::showChoice);
    connect(m_ui->serverChoice, &ServerChoiceView::buttonsReplaced, this, &SettingsPage::setTabOrder);
    setTabOrder();
    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setTabOrder()
{
    QList<QWidget *> chain {m_ui->confirmInsecureCheck, m_ui->imapRadio, m_ui->pop3Radio};
    for (ServerFieldsWidget *fields : {m_ui->incomingFields, m_ui->outgoingFields})
        chain += fields->tabChain();
    chain += {m_ui->copyAllButton, m_ui->bothLanguagesButton, m_ui->moreOptionsButton, m_ui->providerHelpButton};
    chain += m_ui->serverChoice->tabChain();
    chain += m_connectionCheckChain;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void SettingsPage::initializePage()
{
    showResult();
    setCopyStatus({});
}

bool SettingsPage::isComplete() const
{
    return m_session->isReady();
}

void SettingsPage::setConnectionCheckWidget(QWidget *widget, const QList<QWidget *> &tabChain)
{
    m_ui->connectionCheckLayout->addWidget(widget);
    m_connectionCheckChain = tabChain;
    setTabOrder();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_servers->setLanguage(LanguageManager::current());
    setSubTitle(tr("Enter these values in your mail program. Each Copy button puts one value on the clipboard."));
    m_ui->protocolHintLabel->setText(tr("IMAP keeps your mail on the server, the same on all your devices. POP3 "
                                        "downloads it to this computer and usually removes it from the server."));
    setCopyStatus(m_copyStatus);
    showResult();
}

void SettingsPage::showResult()
{
    const LookupResult &result = m_session->result();
    const Language language = LanguageManager::current();
    setTitle(tr("Settings for %1").arg(result.address.address()));

    QString providerName;
    QStringList status;
    if (result.provider) {
        const Provider &provider = *result.provider;
        providerName = provider.name;
        if (result.mergedTarget)
            providerName = tr("%1, now %2").arg(provider.name, result.mergedTarget->name);
        if (provider.id != QLatin1String(SetupSession::kManualProviderId)) {
            status.append(SettingsText::statusName(provider.status, language));
            const QDate checked = result.mergedTarget ? result.mergedTarget->verifiedDate : provider.verifiedDate;
            if (checked.isValid())
                status.append(tr("verified on %1").arg(LanguageManager::formatDate(checked)));
            if (result.outdated)
                status.append(tr("may be outdated"));
        } else {
            status.append(tr("entered by hand"));
        }
        if (result.source && isOnlineSource(*result.source))
            status.append(tr("found online in %1").arg(SettingsText::sourceName(*result.source, language)));
        else if (result.source)
            status.append(tr("source: %1").arg(SettingsText::sourceName(*result.source, language)));
    }
    m_ui->providerLabel->setText(providerName);
    m_ui->statusLabel->setText(status.join(QStringLiteral(" · ")));
    const bool attention = result.outdated || (result.provider && result.provider->status != ProviderStatus::Active);
    m_ui->statusLabel->setStyleSheet(
        PageStyle::toneText(attention ? PageStyle::Tone::Problem : PageStyle::Tone::Neutral));
    m_ui->notesPanel->setNotes(result.notes);

    m_ui->insecureLabel->setText(
        tr("These settings come from %1 over a connection that could not be checked. Someone could have changed them "
           "on the way. Compare them with your provider's information before you use them.")
            .arg(result.source ? SettingsText::sourceName(*result.source, language) : tr("an unknown source")));
    {
        const QSignalBlocker blocker(m_ui->confirmInsecureCheck);
        m_ui->confirmInsecureCheck->setChecked(!m_session->needsConfirmation());
    }

    showChoice();
    Q_EMIT completeChanged();
}

void SettingsPage::showChoice()
{
    const Language language = LanguageManager::current();
    const bool confirmed = !m_session->needsConfirmation();
    const ServerSettings *incoming = m_session->chosenIncoming();
    const ServerSettings *outgoing = m_session->chosenOutgoing();
    m_ui->incomingFields->setServer(incoming ? std::optional(*incoming) : std::nullopt);
    m_ui->outgoingFields->setServer(outgoing ? std::optional(*outgoing) : std::nullopt);
    m_ui->serversWidget->setEnabled(confirmed);
    m_ui->copyAllButton->setEnabled(confirmed && m_session->result().isUsable());
    m_ui->incomingGroup->setTitle(incoming
            ? QStringLiteral("%1 (%2)").arg(
                SettingsText::directionTitle(Protocol::Imap, language), SettingsText::protocolName(incoming->protocol))
            : QString());
    m_ui->outgoingGroup->setTitle(outgoing
            ? QStringLiteral("%1 (%2)").arg(
                SettingsText::directionTitle(Protocol::Smtp, language), SettingsText::protocolName(outgoing->protocol))
            : QString());
    if (incoming) {
        const QSignalBlocker imapBlocker(m_ui->imapRadio);
        const QSignalBlocker pop3Blocker(m_ui->pop3Radio);
        (incoming->protocol == Protocol::Pop3 ? m_ui->pop3Radio : m_ui->imapRadio)->setChecked(true);
    }
    {
        const QSignalBlocker blocker(m_ui->bothLanguagesButton);
        m_ui->bothLanguagesButton->setChecked(m_session->bothLanguages());
    }
    updateSections();
}

void SettingsPage::updateSections()
{
    const LookupResult &result = m_session->result();
    const bool usable = result.isUsable();
    const bool both = m_session->bothLanguages() && usable;
    m_ui->notesPanel->setVisible(!both && !result.notes.isEmpty());
    m_ui->insecureFrame->setVisible(result.found && !result.secure);
    m_ui->noServersLabel->setVisible(!usable);
    m_ui->protocolChoice->setVisible(usable && !both && m_session->incomingProtocols().size() > 1);
    m_ui->serversWidget->setVisible(usable && !both);
    m_ui->bilingualView->setVisible(both);
    if (both)
        m_ui->bilingualView->setHtml(BilingualSheet::html(m_session->chosenResult()));
    m_ui->providerHelpButton->setVisible(result.provider && !result.provider->helpUrl.isEmpty());
    m_ui->bothLanguagesButton->setEnabled(usable);
    m_ui->moreOptionsButton->setVisible(usable && result.incoming.size() + result.outgoing.size() > 2);
    m_ui->alternativesPanel->setVisible(
        m_ui->moreOptionsButton->isChecked() && m_ui->moreOptionsButton->isVisibleTo(this));
}

void SettingsPage::copyAll()
{
    const LookupResult chosen = m_session->chosenResult();
    const Language language = LanguageManager::current();
    QString text = SettingsText::formatResult(chosen, language);
    if (m_session->bothLanguages()) {
        const Language other = language == Language::German ? Language::English : Language::German;
        text += QStringLiteral("\n\n") + SettingsText::formatResult(chosen, other);
    }
    QGuiApplication::clipboard()->setText(text);
    setCopyStatus(
        [] { return tr("All settings are on the clipboard. You can paste them into an e-mail or a document."); });
}

void SettingsPage::setCopyStatus(std::function<QString()> message)
{
    m_copyStatus = std::move(message);
    m_ui->copyStatusLabel->setText(m_copyStatus ? m_copyStatus() : QString());
    m_ui->copyStatusLabel->setVisible(bool(m_copyStatus)); // no empty gap above "More options"
}

} // namespace mailsetup::ui
