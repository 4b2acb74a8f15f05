// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"

#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ExportPage;
}

namespace mailsetup {
class SetupSession;
}

namespace mailsetup::ui {

/// The last page: which mail program, then a file it imports (only formats that work for it),
/// short import steps, and Save / Copy / Print / Send by e-mail. For mail programs that import
/// nothing (new Outlook, Outlook for Mac) it shows the fields with Copy buttons instead.
class ExportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPage)

public:
    /// The dialogs the page opens; replaceable so that tests can answer them.
    struct Dialogs {
        /// Returns the chosen path, or an empty string when the user cancels.
        std::function<QString(QWidget *parent, const QString &suggestedPath, const QString &filter)> askSavePath;
        std::function<bool(QWidget *parent, const QString &path)> confirmOverwrite;
        std::function<void(QWidget *parent, const QString &message)> showError;

        /// QFileDialog and QMessageBox.
        [[nodiscard]] static Dialogs standard();
    };

    explicit ExportPage(SetupSession *session, QWidget *parent = nullptr);
    ~ExportPage() override;

    void setDialogs(Dialogs dialogs);
    [[nodiscard]] MailClient client() const;
    /// Where the last file was saved, or empty.
    [[nodiscard]] const QString &savedPath() const { return m_savedPath; }

    void initializePage() override;

    /// Asks where to save the chosen file and writes it atomically; an existing file is only
    /// replaced after the user confirmed it.
    void save();

Q_SIGNALS:
    void glossaryRequested(const QString &termId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showClient();
    void renderDocument();
    [[nodiscard]] std::optional<ExportFormat> currentFormat() const;
    [[nodiscard]] QString sheetText() const;
    void copy();
    void print();
    void sendByMail();
    void openFolder();
    /// Shows the outcome of the last action; `message` is asked again after a language change.
    void setStatus(std::function<QString()> message);

    std::unique_ptr<Ui::ExportPage> m_ui;
    SetupSession *m_session;
    Dialogs m_dialogs;
    std::optional<ExportDocument> m_document;
    QString m_savedPath;
    std::function<QString()> m_status;
};

} // namespace mailsetup::ui
