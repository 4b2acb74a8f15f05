// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ServerFieldsWidget.h"

#include "app/LanguageManager.h"
#include "glossary/Glossary.h"
#include "glossary/GlossaryLinks.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace mailsetup::ui {

namespace {

using Field = SettingsText::Field;

constexpr std::array<Field, 5> kFields {
    Field::Server, Field::Port, Field::Encryption, Field::Username, Field::Authentication};

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Server:
        return QStringLiteral("server");
    case Field::Port:
        return QStringLiteral("port");
    case Field::Encryption:
        return QStringLiteral("encryption");
    case Field::Username:
        return QStringLiteral("username");
    case Field::Authentication:
        return QStringLiteral("authentication");
    }
    return {};
}

} // namespace

ServerFieldsWidget::ServerFieldsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        Row &row = m_rows.at(i);
        row.field = kFields.at(i);
        row.label = new QLabel(this);
        row.value = new QLabel(this);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.value->setWordWrap(true);
        // The values are what the user copies: white boxes in bold, the first thing the eye finds.
        row.value->setStyleSheet(
            QStringLiteral("QLabel { background: palette(base); color: palette(text); border: 1px solid "
                           "palette(mid); border-radius: 3px; padding: 3px 6px; font-weight: bold; }"));
        row.value->setMinimumWidth(120);
        row.value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        row.label->setBuddy(row.value);
        row.copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
        row.explain = new QToolButton(this);
        row.explain->setIcon(QIcon(QStringLiteral(":/icons/help.svg")));
        row.explain->setAutoRaise(true);
        const int r = int(i);
        grid->addWidget(row.label, r, 0);
        grid->addWidget(row.value, r, 1);
        grid->addWidget(row.copy, r, 2);
        grid->addWidget(row.explain, r, 3);

        const Field field = row.field;
        connect(row.copy, &QPushButton::clicked, this, [this, field] {
            const QString value = valueText(field);
            QGuiApplication::clipboard()->setText(value);
            Q_EMIT copied(field, value);
        });
        connect(row.explain, &QToolButton::clicked, this, [this, field] { Q_EMIT explainRequested(termFor(field)); });
    }
    refresh();
}

ServerFieldsWidget::~ServerFieldsWidget() = default;

void ServerFieldsWidget::setNamePrefix(const QString &prefix)
{
    for (Row &row : m_rows) {
        const QString base = prefix + u'_' + fieldKey(row.field);
        row.label->setObjectName(base + QStringLiteral("_label"));
        row.value->setObjectName(base + QStringLiteral("_value"));
        row.copy->setObjectName(base + QStringLiteral("_copy"));
        row.explain->setObjectName(base + QStringLiteral("_explain"));
    }
}

void ServerFieldsWidget::setServer(const std::optional<ServerSettings> &server)
{
    m_server = server;
    refresh();
}

QList<QWidget *> ServerFieldsWidget::tabChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain += {row.copy, row.explain};
    return chain;
}

QString ServerFieldsWidget::valueText(SettingsText::Field field) const
{
    return m_server ? SettingsText::fieldValue(*m_server, field, LanguageManager::current()) : QString();
}

QString ServerFieldsWidget::termFor(SettingsText::Field field) const
{
    if (m_server && field == Field::Encryption)
        return GlossaryLinks::termFor(m_server->security);
    if (m_server && field == Field::Authentication && !m_server->auth.isEmpty()) {
        const QString term = GlossaryLinks::termFor(m_server->auth.constFirst());
        if (!term.isEmpty())
            return term;
    }
    return GlossaryLinks::termFor(field);
}

void ServerFieldsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ServerFieldsWidget::refresh()
{
    const Language language = LanguageManager::current();
    for (Row &row : m_rows) {
        const QString name = SettingsText::fieldLabel(row.field, language);
        row.label->setText(tr("%1:", "field label").arg(name));
        // A user or server name the provider assigns is described, not given: nothing to copy then.
        const bool isHint = m_server
                            && ((row.field == Field::Username && m_server->username.isEmpty())
                                || (row.field == Field::Server && m_server->host.isEmpty()));
        row.value->setText(valueText(row.field));
        QFont font = row.value->font();
        font.setItalic(isHint);
        row.value->setFont(font);
        row.value->setAccessibleName(name);
        row.copy->setText(tr("Copy"));
        row.copy->setEnabled(m_server.has_value() && !isHint);
        row.copy->setToolTip(tr("Copy the %1 to the clipboard").arg(name));
        row.copy->setAccessibleName(tr("Copy %1").arg(name));
        const GlossaryTerm *term = Glossary::bundled().find(termFor(row.field));
        const QString explanation = term ? term->shortText.text(language) : QString();
        row.label->setToolTip(explanation);
        row.value->setToolTip(explanation);
        row.explain->setToolTip(explanation.isEmpty() ? tr("Explain this term")
                                                      : explanation + u'\n' + tr("Click for more in the glossary."));
        row.explain->setAccessibleName(tr("Explain “%1”").arg(name));
        row.explain->setAccessibleDescription(explanation);
    }
}

} // namespace mailsetup::ui
