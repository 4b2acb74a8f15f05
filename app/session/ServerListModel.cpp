// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ServerListModel.h"

#include "i18n/Translation.h"
#include "lookup/SettingsText.h"
#include "session/SetupSession.h"

namespace mailsetup {

ServerListModel::ServerListModel(SetupSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(m_session, &SetupSession::resultChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_session, &SetupSession::choiceChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    });
}

ServerListModel::~ServerListModel() = default;

void ServerListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const LookupResult &result = m_session->result();
    return int(result.incoming.size() + result.outgoing.size());
}

const ServerSettings *ServerListModel::serverAt(int row, bool *outgoing, qsizetype *indexInList) const
{
    const LookupResult &result = m_session->result();
    if (row < 0)
        return nullptr;
    if (row < result.incoming.size()) {
        *outgoing = false;
        *indexInList = row;
        return &result.incoming.at(row);
    }
    const qsizetype outgoingRow = row - result.incoming.size();
    if (outgoingRow < result.outgoing.size()) {
        *outgoing = true;
        *indexInList = outgoingRow;
        return &result.outgoing.at(outgoingRow);
    }
    return nullptr;
}

QString ServerListModel::describe(const ServerSettings &server, bool recommended, Language language)
{
    QString text = QStringLiteral("%1 · %2 · %3 %4 · %5")
                       .arg(SettingsText::protocolName(server.protocol), server.host,
                           SettingsText::fieldLabel(SettingsText::Field::Port, language), QString::number(server.port),
                           SettingsText::securityName(server.security, language));
    if (recommended)
        text += QStringLiteral(" (%1)").arg(
            i18n::translate(language, "ServerListModel", QT_TRANSLATE_NOOP("ServerListModel", "recommended")));
    return text;
}

QString ServerListModel::describeWithDirection(const ServerSettings &server, bool recommended, Language language)
{
    return QStringLiteral("%1: %2").arg(
        SettingsText::directionTitle(server.protocol, language), describe(server, recommended, language));
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    bool outgoing = false;
    qsizetype position = 0;
    const ServerSettings *server = serverAt(index.row(), &outgoing, &position);
    if (!server)
        return {};
    const bool recommended = position == 0;
    switch (role) {
    case Qt::DisplayRole:
        return describe(*server, recommended, m_language);
    case Qt::AccessibleTextRole:
        return describeWithDirection(*server, recommended, m_language);
    case Qt::CheckStateRole: {
        const qsizetype chosen = outgoing ? m_session->outgoingIndex() : m_session->incomingIndex();
        return chosen == position ? Qt::Checked : Qt::Unchecked;
    }
    case IsOutgoingRole:
        return outgoing;
    default:
        break;
    }
    return {};
}

bool ServerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // A one-of choice per direction: checking a row chooses it (and unchecks the other row of
    // its direction, see choiceChanged); a row cannot be unchecked by itself.
    if (value.value<Qt::CheckState>() != Qt::Checked)
        return false;
    bool outgoing = false;
    qsizetype position = 0;
    if (!serverAt(index.row(), &outgoing, &position))
        return false;
    if (outgoing)
        m_session->chooseOutgoing(position);
    else
        m_session->chooseIncoming(position);
    return true;
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace mailsetup
