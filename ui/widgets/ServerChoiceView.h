// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QButtonGroup;
class QGroupBox;
class QRadioButton;
class QVBoxLayout;

namespace mailsetup::ui {

/// "More options": every server of a ServerListModel as radio buttons in two groups side by side,
/// incoming and outgoing, one choice in each; choosing one makes the page's fields show it. As
/// tall as its rows, so the rest of the page stays in reach.
class ServerChoiceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerChoiceView)

public:
    explicit ServerChoiceView(QWidget *parent = nullptr);

    /// Shows `model` (a ServerListModel, not owned). The buttons are named
    /// `<objectName>_<row>_value`: their text is data (hosts, ports), mostly the same in both languages.
    void setModel(QAbstractItemModel *model);
    /// The radio buttons, incoming first, for the page's tab order.
    [[nodiscard]] QList<QWidget *> tabChain() const;

Q_SIGNALS:
    /// The buttons were made anew (another answer): the tab order needs them again.
    void buttonsReplaced();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Direction {
        QGroupBox *group;
        QVBoxLayout *layout;
        QButtonGroup *buttons;
    };

    void rebuild();
    void sync();
    void retranslate();
    [[nodiscard]] Direction makeDirection();

    QPointer<QAbstractItemModel> m_model;
    Direction m_incoming;
    Direction m_outgoing;
    QList<QRadioButton *> m_rows; ///< one per model row
};

} // namespace mailsetup::ui
