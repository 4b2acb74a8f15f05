// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckTypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace mailsetup {

class ConnectionCheck;

/// The live result of a connection check for the wizard: for each server a heading row
/// ("Incoming mail: IMAP imap.example.org, port 993 — works") followed by its explained steps.
/// Follows a ConnectionCheck; keeps what it showed when the check is stopped. Once no server is
/// being checked any more, servers that do not work come first, right below the verdict that
/// points at their red crosses.
class CheckProgressModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckProgressModel)

public:
    enum Role {
        RowKindRole = Qt::UserRole + 1, ///< RowKind as int
        StatusRole,                     ///< a step's CheckStatus, a heading's ServerState (as int)
        ServerRole,                     ///< index (in the check's list) of the server the row belongs to
        GermanTextRole,
        EnglishTextRole,
    };
    enum class RowKind { Server, Step };
    enum class ServerState { Checking, Works, DoesNotWork, Stopped };

    explicit CheckProgressModel(QObject *parent = nullptr);

    /// Follows `check` (not owned) for `servers` (the list the check was made with).
    void setCheck(ConnectionCheck *check, const QList<ServerSettings> &servers);
    /// Empties the model.
    void clear();
    /// The check was stopped: servers still being checked say so; their steps stay.
    void markStopped();
    void setLanguage(Language language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "Incoming mail: IMAP imap.example.org, port 993 (SSL/TLS) — works".
    [[nodiscard]] static QString serverLine(const ServerSettings &server, ServerState state, Language language);

private:
    struct ServerRows {
        ServerSettings server;
        ServerState state = ServerState::Checking;
        QList<CheckStep> steps;
    };
    struct Row {
        int server = 0;
        int step = -1; ///< -1 for the heading
    };

    [[nodiscard]] Row rowAt(int row) const;
    [[nodiscard]] int headingRow(int server) const;
    [[nodiscard]] int rowOf(const Row &row) const;
    /// When nothing is being checked any more: failed servers first, otherwise in check order.
    void putFailedServersFirst();
    [[nodiscard]] QString text(const Row &row, Language language) const;
    void addStep(int server, const CheckStep &step);
    void finishServer(int server);

    QPointer<ConnectionCheck> m_check;
    QList<ServerRows> m_servers; ///< in the check's order, which its signals refer to
    QList<int> m_order;           ///< the order shown: indices into m_servers
    Language m_language = Language::English;
};

} // namespace mailsetup
