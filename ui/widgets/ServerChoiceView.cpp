// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ServerChoiceView.h"

#include "app/LanguageManager.h"
#include "lookup/SettingsText.h"
#include "session/ServerListModel.h"
#include "widgets/PageStyle.h"

#include <QAbstractItemModel>
#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mailsetup::ui {

ServerChoiceView::ServerChoiceView(QWidget *parent)
    : QWidget(parent)
    , m_incoming(makeDirection())
    , m_outgoing(makeDirection())
{
    m_incoming.group->setObjectName(QStringLiteral("incomingChoiceGroup"));
    m_outgoing.group->setObjectName(QStringLiteral("outgoingChoiceGroup"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_incoming.group, 1);
    layout->addWidget(m_outgoing.group, 1);
    retranslate();
}

ServerChoiceView::Direction ServerChoiceView::makeDirection()
{
    auto *group = new QGroupBox(this);
    PageStyle::makeTitleBold(group);
    auto *layout = new QVBoxLayout(group);
    layout->addStretch(); // buttons stay at the top when the other group has more rows
    // One choice per group: arrow keys move it, Tab leaves the group.
    auto *buttons = new QButtonGroup(group);
    buttons->setExclusive(true);
    return {group, layout, buttons};
}

void ServerChoiceView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ServerChoiceView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &ServerChoiceView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServerChoiceView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ServerChoiceView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ServerChoiceView::sync);
    }
    rebuild();
}

QList<QWidget *> ServerChoiceView::tabChain() const
{
    return {m_rows.cbegin(), m_rows.cend()};
}

void ServerChoiceView::rebuild()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const bool outgoing = m_model->index(row, 0).data(ServerListModel::IsOutgoingRole).toBool();
        const Direction &direction = outgoing ? m_outgoing : m_incoming;
        auto *button = new QRadioButton(direction.group);
        button->setObjectName(QStringLiteral("%1_%2_value").arg(objectName()).arg(row));
        QFont font = button->font();
        font.setBold(false); // the group's title is bold, not what it holds
        button->setFont(font);
        direction.layout->insertWidget(direction.layout->count() - 1, button); // above the stretch
        direction.buttons->addButton(button);
        connect(button, &QRadioButton::toggled, this, [this, row](bool on) {
            if (on && m_model)
                m_model->setData(m_model->index(row, 0), Qt::Checked, Qt::CheckStateRole);
        });
        m_rows.append(button);
    }
    sync();
    Q_EMIT buttonsReplaced();
}

void ServerChoiceView::sync()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        QRadioButton *button = m_rows.at(row);
        // A host name never holds "&"; doubling it anyway keeps a value from becoming a shortcut.
        button->setText(index.data(Qt::DisplayRole).toString().replace(u'&', QLatin1String("&&")));
        button->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
        const QSignalBlocker blocker(button); // showing the choice is not making one
        button->setChecked(index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    }
}

void ServerChoiceView::retranslate()
{
    const Language language = LanguageManager::current();
    m_incoming.group->setTitle(SettingsText::directionTitle(Protocol::Imap, language));
    m_outgoing.group->setTitle(SettingsText::directionTitle(Protocol::Smtp, language));
}

void ServerChoiceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mailsetup::ui
