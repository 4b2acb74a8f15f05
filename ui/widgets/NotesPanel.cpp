// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/NotesPanel.h"

#include "app/LanguageManager.h"
#include "lookup/SettingsText.h"
#include "widgets/PageStyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace mailsetup::ui {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

NotesPanel::~NotesPanel() = default;

bool NotesPanel::needsAttention(NoteKind kind)
{
    return kind != NoteKind::Info;
}

void NotesPanel::setNotes(const QList<Note> &notes)
{
    // The same notes again (e.g. after a language change) keep their widgets, and so the focus.
    if (notes == m_notes && m_texts.size() == notes.size()) {
        retranslate();
        return;
    }
    m_notes = notes;
    rebuild();
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotesPanel::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    for (const Note &note : std::as_const(m_notes)) {
        const bool attention = needsAttention(note.kind);
        auto *box = new QFrame(this);
        box->setObjectName(QStringLiteral("note_%1").arg(m_texts.size()));
        box->setStyleSheet(
            attention ? PageStyle::attentionBox(box->objectName()) : PageStyle::infoBox(box->objectName()));
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(2, 0, 2, 0);
        auto *icon = new QLabel(box);
        icon->setPixmap(QIcon(attention ? QStringLiteral(":/icons/warning.svg") : QStringLiteral(":/icons/info.svg"))
                            .pixmap(QSize(20, 20), devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop);
        row->addWidget(icon);
        auto *text = new QLabel(box);
        text->setObjectName(box->objectName() + QStringLiteral("_text"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setOpenExternalLinks(true);
        // Only a note with a link becomes a tab stop (so the link can be opened by keyboard).
        text->setTextInteractionFlags(note.url.isEmpty() ? Qt::TextSelectableByMouse : Qt::TextBrowserInteraction);
        row->addWidget(text, 1);
        m_layout->addWidget(box);
        m_texts.append(text);
    }
    retranslate();
}

void NotesPanel::retranslate()
{
    const Language language = LanguageManager::current();
    for (qsizetype i = 0; i < m_texts.size() && i < m_notes.size(); ++i) {
        const Note &note = m_notes.at(i);
        QString html = QStringLiteral("<b>%1:</b> %2")
                           .arg(SettingsText::noteKindTitle(note.kind, language).toHtmlEscaped(),
                               note.text.text(language).toHtmlEscaped());
        if (!note.url.isEmpty())
            html += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(note.url.toHtmlEscaped(), tr("More information").toHtmlEscaped());
        m_texts.at(i)->setText(html);
        m_texts.at(i)->setAccessibleName(SettingsText::noteKindTitle(note.kind, language));
    }
}

} // namespace mailsetup::ui
