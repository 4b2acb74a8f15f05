// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GlossaryWindow;
}

namespace mailsetup {
struct GlossaryTerm;
}

namespace mailsetup::ui {

/// The glossary as a window next to the wizard: searchable term list, the explanation in the
/// current language (optionally with the other language below), links to related terms.
class GlossaryWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlossaryWindow)

public:
    explicit GlossaryWindow(QWidget *parent = nullptr);
    ~GlossaryWindow() override;

    /// Shows the window at a term (by glossary id); an unknown id shows the whole list.
    void showTerm(const QString &termId);
    /// The id of the term shown, or empty.
    [[nodiscard]] QString currentTermId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillList();
    void showCurrentTerm();

    std::unique_ptr<Ui::GlossaryWindow> m_ui;
};

} // namespace mailsetup::ui
