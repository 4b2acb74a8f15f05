// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/ConsentDialog.h"

#include "app/LanguageManager.h"
#include "widgets/PageStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup::ui {

ConsentDialog::ConsentDialog(OnlineConsent::Request request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_headingLabel(new QLabel(this))
    , m_introLabel(new QLabel(this))
    , m_contactsLabel(new QLabel(this))
    , m_nothingElseLabel(new QLabel(this))
    , m_rememberCheck(new QCheckBox(this))
{
    setObjectName(QStringLiteral("ConsentDialog"));
    m_headingLabel->setObjectName(QStringLiteral("consentHeadingLabel"));
    m_introLabel->setObjectName(QStringLiteral("consentIntroLabel"));
    m_contactsLabel->setObjectName(QStringLiteral("consentContactsLabel"));
    m_nothingElseLabel->setObjectName(QStringLiteral("consentNothingElseLabel"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    PageStyle::makeProminent(m_headingLabel, 1.15);
    for (QLabel *label : {m_headingLabel, m_introLabel, m_contactsLabel, m_nothingElseLabel})
        label->setWordWrap(true);
    m_contactsLabel->setTextFormat(Qt::RichText);
    m_contactsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_allowButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_notNowButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_allowButton->setObjectName(QStringLiteral("allowButton"));
    m_notNowButton->setObjectName(QStringLiteral("notNowButton"));
    m_allowButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_contactsLabel);
    layout->addWidget(m_nothingElseLabel);
    layout->addSpacing(6);
    layout->addWidget(m_rememberCheck);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    retranslate();
}

OnlineConsent::Answer ConsentDialog::ask(const OnlineConsent::Request &request, QWidget *parent)
{
    ConsentDialog dialog(request, parent);
    dialog.exec();
    return dialog.answer();
}

OnlineConsent::Answer ConsentDialog::answer() const
{
    return {result() == QDialog::Accepted, m_rememberCheck->isChecked()};
}

void ConsentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ConsentDialog::contactsHtml() const
{
    const Language language = LanguageManager::current();
    QString html = QStringLiteral("<ul style=\"margin-left: 0\">");
    for (const OnlineConsent::Contact &contact : m_request.contacts) {
        QString who = contact.who.text(language);
        if (!who.isEmpty())
            who[0] = who.at(0).toUpper(); // the name is written to fit inside a sentence
        html += QStringLiteral("<li><b>%1</b>: %2<br>%3</li>")
                    .arg(who.toHtmlEscaped(), contact.target.toHtmlEscaped(),
                         tr("receives %1").arg(contact.receives.text(language)).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

void ConsentDialog::retranslate()
{
    const bool discovery = m_request.purpose == OnlineConsent::Purpose::Discovery;
    if (discovery) {
        setWindowTitle(tr("Search online?"));
        m_headingLabel->setText(tr("May the assistant look for the settings on the Internet?"));
        m_introLabel->setText(tr("Only the domain of your address (the part after the @) is sent — never the whole "
                                 "address, your name or a password. These are asked:"));
        m_allowButton->setText(tr("&Allow online lookup"));
    } else {
        setWindowTitle(tr("Check the connection?"));
        m_headingLabel->setText(tr("May the assistant connect to your provider's mail servers?"));
        m_introLabel->setText(tr("The check connects to the servers shown in the settings, just as your mail program "
                                 "will. These are contacted:"));
        m_allowButton->setText(tr("&Allow the check"));
    }
    m_contactsLabel->setText(contactsHtml());
    m_nothingElseLabel->setText(tr("Nothing else is sent, and nobody else is contacted."));
    m_rememberCheck->setText(tr("&Remember my choice (you can change it later under About → Privacy settings)"));
    m_notNowButton->setText(tr("&Not now"));
}

} // namespace mailsetup::ui
