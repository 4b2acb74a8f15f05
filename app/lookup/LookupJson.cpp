// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup/LookupJson.h"

#include <QJsonArray>

namespace mailsetup::LookupJson {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue localizedOrNull(const LocalizedText &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("de"), text.de}, {QStringLiteral("en"), text.en}};
}

QJsonArray serversToJson(const QList<ServerSettings> &servers)
{
    QJsonArray array;
    for (const ServerSettings &server : servers)
        array.append(serverToJson(server));
    return array;
}

QJsonObject providerToJson(const LookupResult &result)
{
    const Provider &provider = *result.provider;
    QJsonValue mergedInto = QJsonValue::Null;
    if (result.mergedTarget) {
        mergedInto = QJsonObject{{QStringLiteral("id"), result.mergedTarget->id},
                                 {QStringLiteral("name"), result.mergedTarget->name}};
    } else if (!provider.mergedInto.isEmpty()) {
        mergedInto = QJsonObject{{QStringLiteral("id"), provider.mergedInto}, {QStringLiteral("name"), QJsonValue::Null}};
    }
    return {
        {QStringLiteral("id"), provider.id},
        {QStringLiteral("name"), provider.name},
        {QStringLiteral("status"), spelling(provider.status)},
        {QStringLiteral("verified"), textOrNull(provider.verifiedDate.toString(Qt::ISODate))},
        {QStringLiteral("verifiedSource"), textOrNull(provider.verifiedSource)},
        {QStringLiteral("outdated"), result.outdated},
        {QStringLiteral("mergedInto"), mergedInto},
        {QStringLiteral("helpUrl"), textOrNull(provider.helpUrl)},
        {QStringLiteral("hoster"), provider.hoster},
    };
}

} // namespace

QJsonObject serverToJson(const ServerSettings &server)
{
    QJsonArray auth;
    for (const AuthMethod method : server.auth)
        auth.append(spelling(method));
    return {
        {QStringLiteral("protocol"), spelling(server.protocol)},
        {QStringLiteral("host"), textOrNull(server.host)},
        {QStringLiteral("hostHint"), localizedOrNull(server.hostHint)},
        {QStringLiteral("port"), server.port},
        {QStringLiteral("security"), spelling(server.security)},
        {QStringLiteral("username"), textOrNull(server.username)},
        {QStringLiteral("usernameHint"), localizedOrNull(server.usernameHint)},
        {QStringLiteral("auth"), auth},
    };
}

QJsonObject toJson(const LookupResult &result, const QList<Language> &languages)
{
    const EmailAddress &address = result.address;
    const bool valid = address.isValid();
    QJsonObject json{
        {QStringLiteral("valid"), valid},
        {QStringLiteral("input"), address.cleaned()},
        {QStringLiteral("address"), valid ? QJsonValue(address.address()) : QJsonValue::Null},
        {QStringLiteral("addressAce"), valid ? QJsonValue(address.addressAce()) : QJsonValue::Null},
        {QStringLiteral("domain"), valid ? QJsonValue(address.domain()) : QJsonValue::Null},
        {QStringLiteral("domainAce"), valid ? QJsonValue(address.domainAce()) : QJsonValue::Null},
        {QStringLiteral("found"), result.found},
        {QStringLiteral("source"), result.source ? QJsonValue(spelling(*result.source)) : QJsonValue::Null},
        {QStringLiteral("secure"), result.source ? QJsonValue(result.secure) : QJsonValue::Null},
        {QStringLiteral("provider"), result.provider ? QJsonValue(providerToJson(result)) : QJsonValue::Null},
        {QStringLiteral("incoming"), serversToJson(result.incoming)},
        {QStringLiteral("outgoing"), serversToJson(result.outgoing)},
        {QStringLiteral("suggestion"), textOrNull(result.suggestion)},
    };
    QJsonArray notes;
    for (const Note &note : result.notes) {
        QJsonObject object{{QStringLiteral("kind"), spelling(note.kind)},
                           {QStringLiteral("de"), note.text.de},
                           {QStringLiteral("en"), note.text.en}};
        if (!note.url.isEmpty())
            object.insert(QStringLiteral("url"), note.url);
        notes.append(object);
    }
    json.insert(QStringLiteral("notes"), notes);
    if (!valid) {
        QStringList messages;
        for (const Language language : languages)
            messages.append(address.problem().message(language));
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), address.problem().code()},
                                {QStringLiteral("message"), messages.join(QLatin1String(" / "))},
                                {QStringLiteral("messages"),
                                 QJsonObject{{QStringLiteral("de"), address.problem().message(Language::German)},
                                             {QStringLiteral("en"), address.problem().message(Language::English)}}}});
    }
    return json;
}

} // namespace mailsetup::LookupJson
