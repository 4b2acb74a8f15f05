// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/GlossaryWindow.h"
#include "ui_GlossaryWindow.h"

#include "app/LanguageManager.h"
#include "glossary/Glossary.h"

#include <QEvent>
#include <QUrl>

namespace mailsetup::ui {

namespace {

constexpr int kTermIdRole = Qt::UserRole + 1;
const QString kTermScheme = QStringLiteral("term");

QString termHtml(const GlossaryTerm &term, Language language)
{
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
                       .arg(term.term.text(language).toHtmlEscaped(), term.shortText.text(language).toHtmlEscaped());
    const QStringList paragraphs = term.text.text(language).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.trimmed().toHtmlEscaped());
    return html;
}

} // namespace

GlossaryWindow::GlossaryWindow(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GlossaryWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/glossary.svg")));
    m_ui->splitter->setSizes({280, 520});
    resize(820, 560);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &GlossaryWindow::fillList);
    connect(m_ui->termList, &QListWidget::currentItemChanged, this, &GlossaryWindow::showCurrentTerm);
    connect(m_ui->bothLanguagesCheck, &QCheckBox::toggled, this, &GlossaryWindow::showCurrentTerm);
    connect(m_ui->termView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kTermScheme)
            showTerm(url.path());
    });
    fillList();
}

GlossaryWindow::~GlossaryWindow() = default;

void GlossaryWindow::showTerm(const QString &termId)
{
    m_ui->searchEdit->clear();
    for (int i = 0; i < m_ui->termList->count(); ++i) {
        if (m_ui->termList->item(i)->data(kTermIdRole).toString() == termId) {
            m_ui->termList->setCurrentRow(i);
            break;
        }
    }
    show();
    raise();
    activateWindow();
    m_ui->termList->setFocus();
}

QString GlossaryWindow::currentTermId() const
{
    const QListWidgetItem *item = m_ui->termList->currentItem();
    return item ? item->data(kTermIdRole).toString() : QString();
}

void GlossaryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillList();
    }
    QDialog::changeEvent(event);
}

void GlossaryWindow::fillList()
{
    const QString previous = currentTermId();
    const Language language = LanguageManager::current();
    const QList<const GlossaryTerm *> terms = Glossary::bundled().search(m_ui->searchEdit->text().trimmed());
    {
        const QSignalBlocker blocker(m_ui->termList);
        m_ui->termList->clear();
        for (const GlossaryTerm *term : terms) {
            auto *item = new QListWidgetItem(term->term.text(language), m_ui->termList);
            item->setData(kTermIdRole, term->id);
            if (term->id == previous)
                m_ui->termList->setCurrentItem(item);
        }
        if (!m_ui->termList->currentItem() && m_ui->termList->count() > 0)
            m_ui->termList->setCurrentRow(0);
    }
    m_ui->noMatchLabel->setVisible(terms.isEmpty());
    m_ui->noMatchLabel->setText(tr("No term matches “%1”.").arg(m_ui->searchEdit->text().trimmed()));
    showCurrentTerm();
}

void GlossaryWindow::showCurrentTerm()
{
    const GlossaryTerm *term = Glossary::bundled().find(currentTermId());
    if (!term) {
        m_ui->termView->clear();
        return;
    }
    const Language language = LanguageManager::current();
    QString html = termHtml(*term, language);
    QStringList related;
    for (const QString &id : term->related) {
        if (const GlossaryTerm *other = Glossary::bundled().find(id))
            related.append(QStringLiteral("<a href=\"%1:%2\">%3</a>")
                               .arg(kTermScheme, id, other->term.text(language).toHtmlEscaped()));
    }
    if (!related.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("See also:").toHtmlEscaped(), related.join(QStringLiteral(", ")));
    if (m_ui->bothLanguagesCheck->isChecked()) {
        const Language other = language == Language::German ? Language::English : Language::German;
        html += QStringLiteral("<hr>") + termHtml(*term, other);
    }
    m_ui->termView->setHtml(html);
}

} // namespace mailsetup::ui
