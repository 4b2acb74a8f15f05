// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusRowsView.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace mailsetup::ui {

namespace {

constexpr int kIconSize = 16;

QString iconPath(StatusRowsView::Mark mark)
{
    switch (mark) {
    case StatusRowsView::Mark::Waiting:
        return QStringLiteral(":/icons/waiting.svg");
    case StatusRowsView::Mark::Passed:
        return QStringLiteral(":/icons/check.svg");
    case StatusRowsView::Mark::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case StatusRowsView::Mark::Failed:
        return QStringLiteral(":/icons/cross.svg");
    case StatusRowsView::Mark::Neutral:
        break;
    }
    return QStringLiteral(":/icons/dash.svg");
}

} // namespace

StatusRowsView::StatusRowsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(3);
}

QString StatusRowsView::markName(Mark mark)
{
    switch (mark) {
    case Mark::Waiting:
        return tr("in progress");
    case Mark::Passed:
        return tr("done");
    case Mark::Warning:
        return tr("warning");
    case Mark::Failed:
        return tr("problem");
    case Mark::Neutral:
        break;
    }
    return tr("nothing");
}

void StatusRowsView::setModel(QAbstractItemModel *model, LookOf lookOf)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_lookOf = std::move(lookOf);
    if (m_model) {
        // At most a few dozen rows: rewriting all of them is simpler than patching single ones.
        connect(m_model, &QAbstractItemModel::modelReset, this, &StatusRowsView::sync);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &StatusRowsView::sync);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &StatusRowsView::sync);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StatusRowsView::sync);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &StatusRowsView::sync);
    }
    sync();
}

void StatusRowsView::addLine()
{
    const QString name = QStringLiteral("%1_row_%2").arg(objectName()).arg(m_lines.size());
    auto *mark = new QLabel(this);
    mark->setObjectName(name + QStringLiteral("_mark"));
    mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    mark->setFixedWidth(kIconSize + 4);
    auto *text = new QLabel(this);
    text->setObjectName(name);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *line = new QHBoxLayout;
    line->addWidget(mark);
    line->addWidget(text, 1);
    m_layout->addLayout(line);
    m_lines.append(Line{mark, text});
}

void StatusRowsView::sync()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    while (m_lines.size() > rows) {
        const Line line = m_lines.takeLast();
        delete m_layout->takeAt(m_layout->count() - 1);
        delete line.mark;
        delete line.text;
    }
    while (m_lines.size() < rows)
        addLine();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const RowLook look = m_lookOf(index);
        const Line &line = m_lines.at(row);
        line.mark->setPixmap(QIcon(iconPath(look.mark)).pixmap(kIconSize, kIconSize));
        line.mark->setAccessibleName(markName(look.mark));
        line.text->setText(index.data(Qt::DisplayRole).toString());
        QFont font = line.text->font();
        font.setBold(look.heading);
        line.text->setFont(font);
        // A heading (e.g. the next server) gets some room above it.
        line.mark->setContentsMargins(0, look.heading && row > 0 ? 6 : 0, 0, 0);
        line.text->setContentsMargins(0, look.heading && row > 0 ? 6 : 0, 0, 0);
    }
}

void StatusRowsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        sync(); // the icons' spoken names
    QWidget::changeEvent(event);
}

} // namespace mailsetup::ui
