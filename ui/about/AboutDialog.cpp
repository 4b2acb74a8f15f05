// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/AboutDialog.h"
#include "ui_AboutDialog.h"

#include "AppInfo.h"
#include "app/LanguageManager.h"
#include "lookup/SettingsText.h"
#include "session/LoadedCatalog.h"

#include <QEvent>
#include <QPushButton>

namespace mailsetup::ui {

AboutDialog::AboutDialog(const LoadedCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    resize(640, 560);
    retranslate();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::offerPrivacySettings(std::function<void()> open)
{
    m_privacyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_privacyButton->setObjectName(QStringLiteral("privacySettingsButton"));
    connect(m_privacyButton, &QPushButton::clicked, this, std::move(open));
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString AboutDialog::catalogsHtml() const
{
    if (!m_catalog)
        return QStringLiteral("<p>%1</p>").arg(tr("The catalogs are still being loaded."));
    const Language language = LanguageManager::current();
    QString html = QStringLiteral("<ul>");
    for (const Catalog::Layer &layer : m_catalog->catalog.layers()) {
        QStringList facts;
        facts.append(tr("%n provider(s)", nullptr, int(layer.file.providers.size())));
        if (layer.file.snapshot.isValid())
            facts.append(tr("as of %1").arg(LanguageManager::formatDate(layer.file.snapshot)));
        const CatalogOrigin &origin = layer.file.origin;
        if (!origin.isEmpty()) {
            QString source = origin.name.toHtmlEscaped();
            if (!origin.url.isEmpty())
                source = QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(origin.url.toHtmlEscaped(), source.isEmpty() ? origin.url.toHtmlEscaped() : source);
            if (!origin.commit.isEmpty())
                source += QStringLiteral(" @ %1").arg(origin.commit.left(12).toHtmlEscaped());
            if (!origin.license.isEmpty())
                source += QStringLiteral(" (%1)").arg(origin.license.toHtmlEscaped());
            facts.append(tr("source: %1").arg(source));
        }
        // A user or system file is named by its path; the built-in ones by what they are.
        QString name = SettingsText::sourceName(layer.source, language).toHtmlEscaped();
        if (layer.source == SettingsSource::UserCatalog)
            name += QStringLiteral(" (%1)").arg(layer.origin.toHtmlEscaped());
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(name, facts.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ul>");
    return html;
}

void AboutDialog::retranslate()
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Mail Setup Assistant").toHtmlEscaped(),
                           tr("Version %1").arg(applicationVersion()).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Finds the server settings for an e-mail address, explains them in plain "
                        "words and gets them into your mail program.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Your privacy").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p>%4</p>")
                .arg(tr("Nothing you type leaves this computer unless you ask for it. The assistant answers from the "
                        "catalogs built into the program; it goes online only for the two things below, and only "
                        "after you have agreed (it asks the first time; you can change your answer under Privacy "
                        "settings).")
                         .toHtmlEscaped(),
                    tr("Search online (for a domain the catalogs do not know): sends only the domain of your address "
                       "(the part after the @), never your name or the whole address — to your provider's own "
                       "configuration server (autoconfig), to Thunderbird's provider database (ISPDB, "
                       "live.thunderbird.net) and to your DNS server.")
                        .toHtmlEscaped(),
                    tr("Check connection: connects to your provider's incoming and outgoing mail server, as your mail "
                       "program would. If you type a password for a test sign-in, it goes only to those servers, "
                       "only encrypted, and is forgotten when the check ends.")
                        .toHtmlEscaped(),
                    tr("The assistant never stores a password. It remembers only the language you chose, the size "
                       "of its window and your privacy choices.")
                        .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Catalogs").toHtmlEscaped()) + catalogsHtml();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Licences").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                .arg(tr("Mail Setup Assistant is free software: you may use, share and change it under the GNU General "
                        "Public License, version 3 or later (GPL-3.0-or-later).")
                         .toHtmlEscaped(),
                    tr("The built-in ISPDB import contains facts from Mozilla's ISPDB "
                       "(https://github.com/thunderbird/autoconfig), licensed under the Mozilla Public License 2.0 "
                       "(MPL-2.0). The provider notes and the glossary are our own words.")
                        .toHtmlEscaped(),
                    tr("Made with Qt %1, used under the GNU Lesser General Public License, version 3.")
                        .arg(QString::fromLatin1(qVersion()))
                        .toHtmlEscaped());
    m_ui->aboutLabel->setText(html);
    if (m_privacyButton)
        m_privacyButton->setText(tr("&Privacy settings …"));
}

} // namespace mailsetup::ui
