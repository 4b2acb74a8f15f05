// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QAbstractListModel>

namespace mailsetup {

class SetupSession;
struct ServerSettings;

/// Every server of the session's answer as a list, incoming first: one row per server with a
/// description in the model's language. Qt::CheckStateRole is a one-of choice per direction, like
/// two groups of radio buttons: exactly one incoming and one outgoing row are checked (the
/// servers the user will set up); checking a row chooses that server in the session and
/// unchecks the other row of its direction; unchecking a row is refused, since a direction
/// without a server cannot be set up.
class ServerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)

public:
    enum Role {
        IsOutgoingRole = Qt::UserRole + 1, ///< views group the rows by direction
    };

    explicit ServerListModel(SetupSession *session, QObject *parent = nullptr);
    ~ServerListModel() override;

    /// The language of Qt::DisplayRole and Qt::AccessibleTextRole.
    void setLanguage(Language language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    /// A one-line description of a server among those of its direction, e.g.
    /// "IMAP · imap.gmx.net · Port 143 · STARTTLS" (Qt::DisplayRole: views group rows by direction).
    [[nodiscard]] static QString describe(const ServerSettings &server, bool recommended, Language language);
    /// The same, standing alone: "Incoming mail: IMAP · imap.gmx.net · Port 143 · STARTTLS"
    /// (Qt::AccessibleTextRole).
    [[nodiscard]] static QString describeWithDirection(const ServerSettings &server, bool recommended,
                                                       Language language);
    [[nodiscard]] const ServerSettings *serverAt(int row, bool *outgoing, qsizetype *indexInList) const;

    SetupSession *m_session;
    Language m_language = Language::English;
};

} // namespace mailsetup
