// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/PrivacyDialog.h"

#include "session/OnlineConsent.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace mailsetup::ui {

namespace {

using Purpose = OnlineConsent::Purpose;

QLabel *explanation(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 8); // under the text of its check box
    return label;
}

} // namespace

PrivacyDialog::PrivacyDialog(OnlineConsent *consent, QWidget *parent)
    : QDialog(parent)
    , m_consent(consent)
    , m_introLabel(new QLabel(this))
    , m_searchCheck(new QCheckBox(this))
    , m_searchLabel(explanation(QStringLiteral("searchExplanationLabel"), this))
    , m_insecureCheck(new QCheckBox(this))
    , m_insecureLabel(explanation(QStringLiteral("insecureExplanationLabel"), this))
    , m_checkCheck(new QCheckBox(this))
    , m_checkLabel(explanation(QStringLiteral("checkExplanationLabel"), this))
    , m_notAskedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("PrivacyDialog"));
    m_introLabel->setObjectName(QStringLiteral("privacyIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_notAskedLabel->setObjectName(QStringLiteral("notAskedLabel"));
    m_notAskedLabel->setWordWrap(true);
    m_searchCheck->setObjectName(QStringLiteral("onlineSearchCheck"));
    m_insecureCheck->setObjectName(QStringLiteral("insecureSourcesCheck"));
    m_checkCheck->setObjectName(QStringLiteral("connectionCheckCheck"));
    m_searchCheck->setChecked(m_consent->isAllowed(Purpose::Discovery));
    m_insecureCheck->setChecked(m_consent->allowInsecureSources());
    m_checkCheck->setChecked(m_consent->isAllowed(Purpose::ConnectionCheck));
    const auto undecided = [this](Purpose purpose) {
        return !m_consent->isAllowed(purpose) && !m_consent->isSwitchedOff(purpose);
    };
    m_notAskedLabel->setVisible(undecided(Purpose::Discovery) || undecided(Purpose::ConnectionCheck));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrivacyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addSpacing(6);
    for (const auto &[check, label] : {std::pair{m_searchCheck, m_searchLabel}, std::pair{m_insecureCheck, m_insecureLabel},
                                        std::pair{m_checkCheck, m_checkLabel}}) {
        layout->addWidget(check);
        layout->addWidget(label);
    }
    layout->addWidget(m_notAskedLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslate();
}

void PrivacyDialog::accept()
{
    // Only what the user changed: an untouched switch keeps "not asked yet".
    if (m_searchCheck->isChecked() != m_consent->isAllowed(Purpose::Discovery))
        m_consent->setAllowed(Purpose::Discovery, m_searchCheck->isChecked());
    if (m_checkCheck->isChecked() != m_consent->isAllowed(Purpose::ConnectionCheck))
        m_consent->setAllowed(Purpose::ConnectionCheck, m_checkCheck->isChecked());
    if (m_insecureCheck->isChecked() != m_consent->allowInsecureSources())
        m_consent->setAllowInsecureSources(m_insecureCheck->isChecked());
    QDialog::accept();
}

void PrivacyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PrivacyDialog::retranslate()
{
    setWindowTitle(tr("Privacy settings"));
    m_introLabel->setText(tr("The assistant goes online only when you ask it to and have allowed it here or "
                             "in its question."));
    m_searchCheck->setText(tr("&Search online for the settings of domains the assistant does not know"));
    m_searchLabel->setText(tr("Sends only the domain (the part after the @) to your provider's web server, to "
                              "Thunderbird's provider database (live.thunderbird.net) and to your DNS server."));
    m_insecureCheck->setText(tr("Also use &unencrypted sources (http)"));
    m_insecureLabel->setText(tr("Answers that come without encryption could have been changed on the way. You must "
                                "confirm them before you can use them."));
    m_checkCheck->setText(tr("&Check the connection to the mail servers when I ask for it"));
    m_checkLabel->setText(tr("Connects only to your provider's incoming and outgoing server. A password you type for "
                             "the check is used for that check only and never stored."));
    m_notAskedLabel->setText(tr("Where you have not decided yet, the assistant asks you the first time."));
}

} // namespace mailsetup::ui
