// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class AboutDialog;
}

namespace mailsetup {
struct LoadedCatalog;
}

namespace mailsetup::ui {

/// Version, the catalogs in use (dates, sources, licences), the program's licence and a plain
/// statement of what does and does not leave the computer.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// `catalog` may be null while it is still loading.
    explicit AboutDialog(const LoadedCatalog *catalog, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// Adds a "Privacy settings" button that calls `open`.
    void offerPrivacySettings(std::function<void()> open);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QString catalogsHtml() const;

    std::unique_ptr<Ui::AboutDialog> m_ui;
    const LoadedCatalog *m_catalog;
    QPushButton *m_privacyButton = nullptr;
};

} // namespace mailsetup::ui
