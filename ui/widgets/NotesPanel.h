// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mailsetup::ui {

/// The provider's notes ("switch on IMAP first", "use an app password", "sign-in in the browser",
/// "unverified", "may be outdated") as coloured boxes that cannot be overlooked. Notes that ask
/// the user to act are amber, plain information is blue. Each box is named `note_<n>`, its text
/// `note_<n>_text`. Whether the panel is shown is up to the page.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    explicit NotesPanel(QWidget *parent = nullptr);
    ~NotesPanel() override;

    void setNotes(const QList<Note> &notes);

    /// Whether a note of this kind asks the user to do something (shown in amber).
    [[nodiscard]] static bool needsAttention(NoteKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QVBoxLayout *m_layout;
    QList<Note> m_notes;
    QList<QLabel *> m_texts; ///< one per note
};

} // namespace mailsetup::ui
