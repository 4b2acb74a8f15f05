// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace mailsetup {

namespace {

// Integer keys keep the embedded form small and its decoding fast.
enum Key : int {
    FormatVersion,
    Schema,
    Snapshot,
    OriginName,
    OriginUrl,
    OriginCommit,
    OriginLicense,
    Providers,
    Id,
    Name,
    Status,
    MergedInto,
    Hoster,
    Domains,
    Mx,
    HelpUrl,
    VerifiedDate,
    VerifiedSource,
    Incoming,
    Outgoing,
    Notes,
    Protocol_,
    Host,
    Port,
    Security_,
    Auth,
    Username,
    HintDe,
    HintEn,
    Kind,
    TextDe,
    TextEn,
    Url,
    HostHintDe,
    HostHintEn,
};

QCborArray toArray(const QStringList &list)
{
    QCborArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

QStringList toStringList(const QCborValue &value)
{
    QStringList list;
    const QCborArray array = value.toArray();
    list.reserve(array.size());
    for (const QCborValue &element : array)
        list.append(element.toString());
    return list;
}

QCborMap encodeServer(const ServerTemplate &server)
{
    QCborMap map;
    map.insert(Protocol_, static_cast<int>(server.protocol));
    map.insert(Host, server.host);
    if (!server.hostHint.isEmpty()) {
        map.insert(HostHintDe, server.hostHint.de);
        map.insert(HostHintEn, server.hostHint.en);
    }
    map.insert(Port, server.port);
    map.insert(Security_, static_cast<int>(server.security));
    QCborArray auth;
    for (const AuthMethod method : server.auth)
        auth.append(static_cast<int>(method));
    map.insert(Auth, auth);
    if (!server.username.isEmpty())
        map.insert(Username, server.username);
    if (!server.usernameHint.isEmpty()) {
        map.insert(HintDe, server.usernameHint.de);
        map.insert(HintEn, server.usernameHint.en);
    }
    return map;
}

ServerTemplate decodeServer(const QCborMap &map)
{
    ServerTemplate server;
    server.protocol = static_cast<Protocol>(map.value(Protocol_).toInteger());
    server.host = map.value(Host).toString();
    server.hostHint = {map.value(HostHintDe).toString(), map.value(HostHintEn).toString()};
    server.port = static_cast<quint16>(map.value(Port).toInteger());
    server.security = static_cast<Security>(map.value(Security_).toInteger());
    const QCborArray auth = map.value(Auth).toArray();
    for (const QCborValue &method : auth)
        server.auth.append(static_cast<AuthMethod>(method.toInteger()));
    server.username = map.value(Username).toString();
    server.usernameHint = {map.value(HintDe).toString(), map.value(HintEn).toString()};
    return server;
}

QCborArray encodeServers(const QList<ServerTemplate> &servers)
{
    QCborArray array;
    for (const ServerTemplate &server : servers)
        array.append(encodeServer(server));
    return array;
}

QList<ServerTemplate> decodeServers(const QCborValue &value)
{
    QList<ServerTemplate> servers;
    const QCborArray array = value.toArray();
    for (const QCborValue &element : array)
        servers.append(decodeServer(element.toMap()));
    return servers;
}

QCborMap encodeProvider(const Provider &provider)
{
    QCborMap map;
    map.insert(Id, provider.id);
    map.insert(Name, provider.name);
    map.insert(Status, static_cast<int>(provider.status));
    if (!provider.mergedInto.isEmpty())
        map.insert(MergedInto, provider.mergedInto);
    if (provider.hoster)
        map.insert(Hoster, true);
    map.insert(Domains, toArray(provider.domains));
    if (!provider.mxSuffixes.isEmpty())
        map.insert(Mx, toArray(provider.mxSuffixes));
    if (!provider.helpUrl.isEmpty())
        map.insert(HelpUrl, provider.helpUrl);
    map.insert(VerifiedDate, provider.verifiedDate.toString(Qt::ISODate));
    map.insert(VerifiedSource, provider.verifiedSource);
    map.insert(Incoming, encodeServers(provider.incoming));
    map.insert(Outgoing, encodeServers(provider.outgoing));
    QCborArray notes;
    for (const Note &note : provider.notes) {
        QCborMap noteMap;
        noteMap.insert(Kind, static_cast<int>(note.kind));
        noteMap.insert(TextDe, note.text.de);
        noteMap.insert(TextEn, note.text.en);
        if (!note.url.isEmpty())
            noteMap.insert(Url, note.url);
        notes.append(noteMap);
    }
    map.insert(Notes, notes);
    return map;
}

Provider decodeProvider(const QCborMap &map)
{
    Provider provider;
    provider.id = map.value(Id).toString();
    provider.name = map.value(Name).toString();
    provider.status = static_cast<ProviderStatus>(map.value(Status).toInteger());
    provider.mergedInto = map.value(MergedInto).toString();
    provider.hoster = map.value(Hoster).toBool();
    provider.domains = toStringList(map.value(Domains));
    provider.mxSuffixes = toStringList(map.value(Mx));
    provider.helpUrl = map.value(HelpUrl).toString();
    provider.verifiedDate = QDate::fromString(map.value(VerifiedDate).toString(), Qt::ISODate);
    provider.verifiedSource = map.value(VerifiedSource).toString();
    provider.incoming = decodeServers(map.value(Incoming));
    provider.outgoing = decodeServers(map.value(Outgoing));
    const QCborArray notes = map.value(Notes).toArray();
    for (const QCborValue &element : notes) {
        const QCborMap noteMap = element.toMap();
        provider.notes.append({static_cast<NoteKind>(noteMap.value(Kind).toInteger()),
                               {noteMap.value(TextDe).toString(), noteMap.value(TextEn).toString()},
                               noteMap.value(Url).toString()});
    }
    return provider;
}

} // namespace

QByteArray CatalogCbor::encode(const CatalogFile &catalog)
{
    QCborMap map;
    map.insert(FormatVersion, kFormatVersion);
    map.insert(Schema, catalog.schema);
    map.insert(Snapshot, catalog.snapshot.toString(Qt::ISODate));
    if (!catalog.origin.isEmpty()) {
        map.insert(OriginName, catalog.origin.name);
        map.insert(OriginUrl, catalog.origin.url);
        map.insert(OriginCommit, catalog.origin.commit);
        map.insert(OriginLicense, catalog.origin.license);
    }
    QCborArray providers;
    for (const Provider &provider : catalog.providers)
        providers.append(encodeProvider(provider));
    map.insert(Providers, providers);
    return QCborValue(map).toCbor();
}

std::optional<CatalogFile> CatalogCbor::decode(const QByteArray &data, QString *error)
{
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError || !root.isMap()) {
        if (error)
            *error = QStringLiteral("not a compiled catalog: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QCborMap map = root.toMap();
    if (map.value(FormatVersion).toInteger() != kFormatVersion) {
        if (error)
            *error = QStringLiteral("compiled catalog has format %1, expected %2")
                         .arg(map.value(FormatVersion).toInteger())
                         .arg(kFormatVersion);
        return std::nullopt;
    }
    CatalogFile catalog;
    catalog.schema = static_cast<int>(map.value(Schema).toInteger());
    catalog.snapshot = QDate::fromString(map.value(Snapshot).toString(), Qt::ISODate);
    catalog.origin = {map.value(OriginName).toString(), map.value(OriginUrl).toString(),
                      map.value(OriginCommit).toString(), map.value(OriginLicense).toString()};
    const QCborArray providers = map.value(Providers).toArray();
    catalog.providers.reserve(providers.size());
    for (const QCborValue &element : providers)
        catalog.providers.append(decodeProvider(element.toMap()));
    return catalog;
}

} // namespace mailsetup
