// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AddressPage.h"
#include "ui_AddressPage.h"

#include "app/LanguageManager.h"
#include "session/SetupSession.h"
#include "widgets/PageStyle.h"

#include <QEvent>

namespace mailsetup::ui {

AddressPage::AddressPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AddressPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->catalogWarningLabel->setStyleSheet(PageStyle::attentionBox(m_ui->catalogWarningLabel->objectName()));
    QFont large = m_ui->addressEdit->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_ui->addressEdit->setFont(large);
    m_ui->suggestionButton->setFlat(true);
    m_ui->suggestionButton->setCursor(Qt::PointingHandCursor);
    m_ui->suggestionButton->setStyleSheet(PageStyle::linkButton());

    connect(m_ui->addressEdit, &QLineEdit::textChanged, m_session, &SetupSession::setAddressText);
    connect(m_ui->suggestionButton, &QPushButton::clicked, this, [this] {
        m_ui->addressEdit->setText(m_session->preview().suggestion);
        m_ui->addressEdit->setFocus();
    });
    connect(m_session, &SetupSession::addressChanged, this, &AddressPage::showAddressState);
    connect(m_session, &SetupSession::catalogChanged, this, &AddressPage::showCatalogWarnings);
    showAddressState();
    showCatalogWarnings();
}

AddressPage::~AddressPage() = default;

void AddressPage::setAddressText(const QString &text)
{
    m_ui->addressEdit->setText(text);
}

void AddressPage::enableClearButton()
{
    m_ui->addressEdit->setClearButtonEnabled(true);
}

void AddressPage::initializePage()
{
    // Coming back to look up another address: typing replaces the old one.
    m_ui->addressEdit->selectAll();
    m_ui->addressEdit->setFocus();
}

bool AddressPage::isComplete() const
{
    return m_session->address().isValid() && m_session->hasCatalog();
}

bool AddressPage::validatePage()
{
    m_session->setDisplayName(m_ui->nameEdit->text());
    m_session->lookUp();
    return true;
}

void AddressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showAddressState();
        showCatalogWarnings();
    }
    QWizardPage::changeEvent(event);
}

void AddressPage::showAddressState()
{
    const LookupResult &preview = m_session->preview();
    const EmailAddress &address = preview.address;
    QString state;
    PageStyle::Tone tone = PageStyle::Tone::Neutral;
    if (m_ui->addressEdit->text().trimmed().isEmpty()) {
        state.clear();
    } else if (!address.isValid()) {
        state = address.problem().message(LanguageManager::current());
        tone = PageStyle::Tone::Problem;
    } else if (!m_session->hasCatalog()) {
        state = tr("Loading the list of providers …");
    } else if (preview.found && preview.provider) {
        state = tr("Found: %1. Press Enter to see the settings.").arg(preview.provider->name);
        tone = PageStyle::Tone::Good;
    } else if (!preview.suggestion.isEmpty()) {
        state = tr("%1 is not in the built-in list.").arg(address.domain());
    } else {
        state = tr("%1 is not in the built-in list. On the next page you can pick your hoster or enter the "
                   "settings yourself.")
                    .arg(address.domain());
    }
    m_ui->addressStatusLabel->setText(state);
    m_ui->addressStatusLabel->setStyleSheet(PageStyle::toneText(tone));

    const QString suggestion = preview.suggestion;
    m_ui->suggestionButton->setVisible(!suggestion.isEmpty());
    m_ui->suggestionButton->setText(tr("Did you mean %1?").arg(suggestion));
    m_ui->suggestionButton->setAccessibleName(tr("Use the suggested address %1").arg(suggestion));
    Q_EMIT completeChanged();
}

void AddressPage::showCatalogWarnings()
{
    const LoadedCatalog *catalog = m_session->catalog();
    const bool broken = catalog && !catalog->warnings.isEmpty();
    m_ui->catalogWarningLabel->setVisible(broken);
    if (!broken)
        return;
    const CatalogDiagnostic &first = catalog->warnings.constFirst();
    m_ui->catalogWarningLabel->setText(
        tr("A catalog file has %n problem(s) and is not used; everything else works. First problem: %1", nullptr,
            int(catalog->warnings.size()))
            .arg(first.toString()));
}

} // namespace mailsetup::ui
