// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup/SettingsText.h"
#include "model/ServerSettings.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace mailsetup::ui {

/// The five fields of one server (server, port, encryption, user name, authentication): each with
/// its value, a Copy button right next to it, and a "?" button that explains the term.
///
/// Child object names are a test contract: `<prefix>_<field>_value`, `_copy`, `_explain`, with
/// field one of server, port, encryption, username, authentication.
class ServerFieldsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerFieldsWidget)

public:
    explicit ServerFieldsWidget(QWidget *parent = nullptr);
    ~ServerFieldsWidget() override;

    /// Names the child widgets; call once, right after construction.
    void setNamePrefix(const QString &prefix);
    /// The server to show; std::nullopt empties the fields.
    void setServer(const std::optional<ServerSettings> &server);

    /// The Copy and "?" buttons, row by row, for the page's tab order.
    [[nodiscard]] QList<QWidget *> tabChain() const;

    /// The text shown for a field (what its Copy button copies).
    [[nodiscard]] QString valueText(SettingsText::Field field) const;

Q_SIGNALS:
    /// A value went onto the clipboard.
    void copied(mailsetup::SettingsText::Field field, const QString &value);
    void explainRequested(const QString &termId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        SettingsText::Field field = SettingsText::Field::Server;
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QPushButton *copy = nullptr;
        QToolButton *explain = nullptr;
    };

    void refresh();
    [[nodiscard]] QString termFor(SettingsText::Field field) const;

    std::array<Row, 5> m_rows;
    std::optional<ServerSettings> m_server;
};

} // namespace mailsetup::ui
