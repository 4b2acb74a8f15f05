// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/NotFoundPage.h"
#include "ui_NotFoundPage.h"

#include "session/SetupSession.h"

#include <QEvent>

namespace mailsetup::ui {

namespace {
constexpr int kProviderIdRole = Qt::UserRole + 1;
}

NotFoundPage::NotFoundPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::NotFoundPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->hosterList->setSpacing(2);
    for (QRadioButton *radio : {m_ui->hosterRadio, m_ui->manualRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this] {
            m_onlineResult = false; // the user chose another way
            Q_EMIT completeChanged();
        });
    }
    connect(m_ui->hosterList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_ui->hosterRadio->setChecked(true);
        m_onlineResult = false;
        Q_EMIT completeChanged();
    });
    connect(m_ui->hosterFilterEdit, &QLineEdit::textChanged, this, &NotFoundPage::filterHosters);
    connect(m_ui->hosterFilterEdit, &QLineEdit::textEdited, this, [this] { m_ui->hosterRadio->setChecked(true); });
    connect(m_session, &SetupSession::catalogChanged, this, &NotFoundPage::fillHosters);
    fillHosters();
    retranslate();
}

NotFoundPage::~NotFoundPage() = default;

void NotFoundPage::fillHosters()
{
    m_ui->hosterList->clear();
    if (!m_session->catalog())
        return;
    for (const Catalog::Entry &entry : m_session->catalog()->catalog.hosters()) {
        auto *item = new QListWidgetItem(entry.provider->name, m_ui->hosterList);
        item->setData(kProviderIdRole, entry.provider->id);
    }
}

void NotFoundPage::filterHosters(const QString &text)
{
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_ui->hosterList->count(); ++i) {
        QListWidgetItem *item = m_ui->hosterList->item(i);
        const bool match = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    QListWidgetItem *current = m_ui->hosterList->currentItem();
    if (!current || current->isHidden())
        m_ui->hosterList->setCurrentItem(firstVisible);
}

bool NotFoundPage::wantsManualEntry() const
{
    return !m_onlineResult && m_ui->manualRadio->isChecked();
}

void NotFoundPage::setOnlineDiscoveryWidget(QWidget *widget)
{
    m_ui->onlineSearchLayout->addWidget(widget);
}

void NotFoundPage::useOnlineResult()
{
    m_onlineResult = true;
    Q_EMIT completeChanged();
}

void NotFoundPage::initializePage()
{
    m_onlineResult = false;
    retranslate();
}

bool NotFoundPage::isComplete() const
{
    if (m_onlineResult || m_ui->manualRadio->isChecked())
        return true;
    const QListWidgetItem *item = m_ui->hosterList->currentItem();
    return m_ui->hosterRadio->isChecked() && item && !item->isHidden();
}

bool NotFoundPage::validatePage()
{
    if (!m_onlineResult && m_ui->hosterRadio->isChecked() && m_ui->hosterList->currentItem())
        m_session->chooseHoster(m_ui->hosterList->currentItem()->data(kProviderIdRole).toString());
    return true;
}

void NotFoundPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void NotFoundPage::retranslate()
{
    const QString domain = m_session->address().domain();
    setTitle(tr("No settings known for %1").arg(domain));
    setSubTitle(tr("That is normal for your own domain, for example of a club or a small business."));
    m_ui->explanationLabel->setText(tr(
        "The built-in list has the big mail providers and the common hosters. %1 is not among them. If it is your own "
        "domain, it is run by a hoster: choose it below and you get its settings. Otherwise enter the settings your "
        "provider gave you.")
                                        .arg(domain));
}

} // namespace mailsetup::ui
