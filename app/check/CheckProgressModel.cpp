// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckProgressModel.h"

#include "check/ConnectionCheck.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

#include <algorithm>

namespace mailsetup {

namespace {

const char *const kContext = "CheckProgressModel";

QString stateName(CheckProgressModel::ServerState state, Language language)
{
    switch (state) {
    case CheckProgressModel::ServerState::Checking:
        return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("CheckProgressModel", "checking …"));
    case CheckProgressModel::ServerState::Works:
        return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("CheckProgressModel", "works"));
    case CheckProgressModel::ServerState::DoesNotWork:
        return i18n::translate(language, kContext,
                               QT_TRANSLATE_NOOP("CheckProgressModel", "does not work with these settings"));
    case CheckProgressModel::ServerState::Stopped:
        break;
    }
    return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("CheckProgressModel", "check stopped"));
}

} // namespace

CheckProgressModel::CheckProgressModel(QObject *parent) : QAbstractListModel(parent) {}

void CheckProgressModel::setCheck(ConnectionCheck *check, const QList<ServerSettings> &servers)
{
    beginResetModel();
    if (m_check)
        m_check->disconnect(this);
    m_check = check;
    m_servers.clear();
    m_order.clear();
    for (const ServerSettings &server : servers) {
        m_order.append(int(m_servers.size()));
        m_servers.append({server, ServerState::Checking, {}});
    }
    if (m_check) {
        connect(m_check, &ConnectionCheck::stepAdded, this, &CheckProgressModel::addStep);
        connect(m_check, &ConnectionCheck::serverFinished, this, &CheckProgressModel::finishServer);
    }
    endResetModel();
}

void CheckProgressModel::clear()
{
    setCheck(nullptr, {});
}

void CheckProgressModel::markStopped()
{
    if (m_check)
        m_check->disconnect(this);
    for (int server = 0; server < m_servers.size(); ++server) {
        if (m_servers.at(server).state != ServerState::Checking)
            continue;
        m_servers[server].state = ServerState::Stopped;
        const QModelIndex heading = index(headingRow(server));
        Q_EMIT dataChanged(heading, heading);
    }
    putFailedServersFirst();
}

void CheckProgressModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int CheckProgressModel::headingRow(int server) const
{
    int row = 0;
    for (const int shown : m_order) {
        if (shown == server)
            break;
        row += 1 + int(m_servers.at(shown).steps.size());
    }
    return row;
}

int CheckProgressModel::rowOf(const Row &row) const
{
    return headingRow(row.server) + 1 + row.step;
}

CheckProgressModel::Row CheckProgressModel::rowAt(int row) const
{
    for (const int server : m_order) {
        const int steps = int(m_servers.at(server).steps.size());
        if (row <= steps)
            return {server, row - 1};
        row -= 1 + steps;
    }
    return {};
}

void CheckProgressModel::putFailedServersFirst()
{
    const bool checking = std::any_of(m_servers.cbegin(), m_servers.cend(),
                                      [](const ServerRows &rows) { return rows.state == ServerState::Checking; });
    if (checking)
        return; // rows that move while they are being read are hard to follow
    QList<int> order = m_order;
    std::stable_partition(order.begin(), order.end(),
                          [this](int server) { return m_servers.at(server).state == ServerState::DoesNotWork; });
    if (order == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Row> rows;
    rows.reserve(before.size());
    for (const QModelIndex &index : before)
        rows.append(rowAt(index.row()));
    m_order = order;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(rows.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CheckProgressModel::addStep(int server, const CheckStep &step)
{
    if (server < 0 || server >= m_servers.size())
        return;
    const int row = headingRow(server) + 1 + int(m_servers.at(server).steps.size());
    beginInsertRows({}, row, row);
    m_servers[server].steps.append(step);
    endInsertRows();
}

void CheckProgressModel::finishServer(int server)
{
    if (!m_check || server < 0 || server >= m_servers.size())
        return;
    // The finished report has the conversation's steps too, sorted into reading order.
    const ServerCheckReport report = m_check->reports().at(server);
    const int first = headingRow(server) + 1;
    ServerRows &rows = m_servers[server];
    if (!rows.steps.isEmpty()) {
        beginRemoveRows({}, first, first + int(rows.steps.size()) - 1);
        rows.steps.clear();
        endRemoveRows();
    }
    if (!report.steps.isEmpty()) {
        beginInsertRows({}, first, first + int(report.steps.size()) - 1);
        rows.steps = report.steps;
        endInsertRows();
    }
    rows.state = report.passed() ? ServerState::Works : ServerState::DoesNotWork;
    const QModelIndex heading = index(first - 1);
    Q_EMIT dataChanged(heading, heading);
    putFailedServersFirst();
}

int CheckProgressModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    int rows = 0;
    for (const ServerRows &server : m_servers)
        rows += 1 + int(server.steps.size());
    return rows;
}

QString CheckProgressModel::serverLine(const ServerSettings &server, ServerState state, Language language)
{
    return i18n::translate(language, kContext, QT_TRANSLATE_NOOP("CheckProgressModel", "%1: %2 %3, port %4 (%5) — %6"))
        .arg(SettingsText::directionTitle(server.protocol, language), SettingsText::protocolName(server.protocol),
             server.host, QString::number(server.port), SettingsText::securityName(server.security, language),
             stateName(state, language));
}

QString CheckProgressModel::text(const Row &row, Language language) const
{
    const ServerRows &server = m_servers.at(row.server);
    if (row.step < 0)
        return serverLine(server.server, server.state, language);
    return server.steps.at(row.step).message.text(language);
}

QVariant CheckProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = rowAt(index.row());
    const ServerRows &server = m_servers.at(row.server);
    switch (role) {
    case Qt::DisplayRole:
        return text(row, m_language);
    case RowKindRole:
        return int(row.step < 0 ? RowKind::Server : RowKind::Step);
    case StatusRole:
        return row.step < 0 ? int(server.state) : int(server.steps.at(row.step).status);
    case ServerRole:
        return row.server;
    case GermanTextRole:
        return text(row, Language::German);
    case EnglishTextRole:
        return text(row, Language::English);
    default:
        return {};
    }
}

} // namespace mailsetup
