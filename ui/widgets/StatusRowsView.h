// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QVBoxLayout;

namespace mailsetup::ui {

/// The rows of a list model as lines of wrapped text, each with a status icon: the live progress
/// of the online search and of the connection check. Labels rather than a list view, so long
/// explanations wrap and every line can be read by a screen reader.
class StatusRowsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusRowsView)

public:
    enum class Mark { Waiting, Passed, Warning, Failed, Neutral };

    struct RowLook {
        Mark mark = Mark::Neutral;
        bool heading = false; ///< bold, with some space above (e.g. a server's name)
    };
    using LookOf = std::function<RowLook(const QModelIndex &)>;

    explicit StatusRowsView(QWidget *parent = nullptr);

    /// Shows `model` (not owned); `lookOf` decides the icon of each row. Row labels are named
    /// `<objectName>_row_<n>` (text) and `<objectName>_row_<n>_mark` (icon).
    void setModel(QAbstractItemModel *model, LookOf lookOf);

    /// What the icon means in words ("done", "problem"), for screen readers.
    [[nodiscard]] static QString markName(Mark mark);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line {
        QLabel *mark;
        QLabel *text;
    };

    /// Makes the lines follow the model: as many as it has rows, each showing its row. Lines are
    /// kept and only rewritten, so a language switch or a new state changes text, not widgets.
    void sync();
    void addLine();

    QPointer<QAbstractItemModel> m_model;
    LookOf m_lookOf;
    QVBoxLayout *m_layout;
    QList<Line> m_lines;
};

} // namespace mailsetup::ui
